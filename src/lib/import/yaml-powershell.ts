/**
 * Learn's PowerShell cmdlet pages as PlatyPS 1.0 writes them (`### YamlMime:PowerShellCmdlet1`: name,
 * summary, syntaxes, description, parameters, inputs, outputs, notes, examples and links, each value
 * Markdown) as the Markdown article Learn renders from them: front matter from `metadata` (a PlatyPS
 * page's, `Module Name` and all), the name as H1, the summary below it, then the sections Learn shows, in
 * its order. windows-powershell-docs keeps every cmdlet so (import trial 24: winserver2022-ps/International).
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { stringify } from 'yaml';
import type { YamlWarning } from './source-error.ts';
import { metadataOf, pathValue, placeParts, readYamlPage, text, type Placed } from './yaml-faq.ts';

/** The YamlMime kind (yamlMimeOf) of a PowerShell cmdlet page. */
export const YAML_POWERSHELL_CMDLET = 'PowerShellCmdlet1';

type Path = (string | number)[];

/** The items of a YAML list, each an object (another value is none). */
function objects(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.map((item) =>
        typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {},
      )
    : [];
}

/**
 * A type as PlatyPS writes it, HTML of docfx's `<xref href="T">` and `<span>` parts
 * (`<xref href="System.Collections.Generic.List`1" …/><span>[</span>…`), as the text Learn shows of it:
 * an xref's href where docfx resolves none, the spans' text.
 */
export function cmdletTypeText(html: string): string {
  const textOf = (node: DefaultTreeAdapterTypes.ChildNode): string => {
    if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
    if (!('childNodes' in node)) return '';
    // HTML has no empty <xref/>: what follows it is read as its content, and shown after its href.
    const href =
      node.nodeName === 'xref'
        ? (node.attrs.find((attribute) => attribute.name === 'href')?.value ?? '')
        : '';
    return `${href}${node.childNodes.map(textOf).join('')}`;
  };
  return parseFragment(html).childNodes.map(textOf).join('').replace(/\s+/g, ' ').trim();
}

/** Inline code showing `value` as it is, fenced past any run of backticks in it (`` List`1 ``). */
function code(value: string): string {
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A table cell's text: pipes escaped, on one line. */
const cell = (value: string): string => value.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

/** A YAML scalar as text (a string, number or boolean); another value is none. */
const scalar = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value).trim()
    : '';

/** YAML's true or false as Learn's table shows it. */
const yesNo = (value: unknown): string => (value === true ? 'True' : 'False');

/** Markdown link text showing `value` as it is. */
const linkText = (value: string): string => value.replace(/[\\`*_[\]<>{}&|~!]/g, '\\$&');

/**
 * The cmdlet page's text as a Learn Markdown article; a SourceError when it is not YAML or no object. The
 * YAML's warnings (an unknown tag) go to `warn`, at their lines of the file.
 */
export function cmdletToMarkdown(
  source: string,
  file: string,
  warn: (warning: YamlWarning) => void = () => undefined,
): string {
  const { page, lineOf } = readYamlPage(source, file, 'PowerShellCmdlet1', warn);
  const metadata = metadataOf(page);
  const name = text(page['name']) || text(metadata['title']);
  const module = text(page['module']);
  const frontMatter = {
    ...metadata,
    ...(name && !text(metadata['title']) ? { title: name } : {}),
    ...(module && !text(metadata['Module Name']) ? { 'Module Name': module } : {}),
  };
  const at = (path: Path, before = ''): Placed => {
    const read = text(pathValue(page, path));
    return { text: read === '' ? '' : `${before}${read}`, line: lineOf(path) };
  };
  const heading = (title: string, present: boolean, line?: number): Placed => ({
    text: present ? title : '',
    line,
  });

  const syntaxes = objects(page['syntaxes']);
  const syntaxParts = syntaxes.flatMap((syntax, index): Placed[] => {
    const set = text(syntax['parameterSetName']);
    const label = `${set}${syntax['isDefault'] === true && syntaxes.length > 1 ? ' (Default)' : ''}`;
    return [
      heading(`### ${label}`, syntaxes.length > 1 && set !== '', lineOf(['syntaxes', index])),
      at(['syntaxes', index, 'syntax']),
    ];
  });

  const parameters = (page['parameters'] ?? {}) as Record<string, unknown>;
  const cmdletParameters = objects(parameters['cmdletParameters']);
  const parameterParts = cmdletParameters.flatMap((parameter, index): Placed[] => {
    const path: Path = ['parameters', 'cmdletParameters', index];
    const type = typeof parameter['type'] === 'string' ? cmdletTypeText(parameter['type']) : '';
    const aliases = Array.isArray(parameter['aliases'])
      ? parameter['aliases'].filter((alias): alias is string => typeof alias === 'string')
      : [];
    const defaultValue = scalar(parameter['defaultValue']);
    const properties = [
      ...(type ? [['Type', code(type)]] : []),
      ...(aliases.length > 0 ? [['Aliases', aliases.map(code).join(', ')]] : []),
      ...(defaultValue === '' ? [] : [['Default value', cell(defaultValue)]]),
      ['Supports wildcards', yesNo(parameter['supportsWildcards'])],
      ['DontShow', yesNo(parameter['dontShow'])],
    ];
    const table = (rows: string[][]) =>
      ['| Property | Value |', '| --- | --- |', ...rows.map(([key, value]) => `| ${key} | ${value} |`)].join(
        '\n',
      );
    const sets = objects(parameter['parameterSets']).map((set) => ({
      text: `Parameter set ${code(text(set['name']) || '(All)')}:\n\n${table([
        ['Position', cell(scalar(set['position']) || 'Named')],
        ['Mandatory', yesNo(set['isRequired'])],
        ['Value from pipeline', yesNo(set['valueFromPipeline'])],
        ['Value from pipeline by property name', yesNo(set['valueFromPipelineByPropertyName'])],
        ['Value from remaining arguments', yesNo(set['valueFromRemainingArguments'])],
      ])}`,
      line: undefined,
    }));
    return [
      { text: `### -${text(parameter['name'])}`, line: lineOf([...path, 'name']) },
      at([...path, 'description']),
      { text: table(properties), line: undefined },
      ...sets,
    ];
  });
  const common = at(['parameters', 'commonParameters']);

  const types = (key: 'inputs' | 'outputs'): Placed[] =>
    objects(page[key]).flatMap((item, index) => [
      {
        text: typeof item['name'] === 'string' ? `### ${code(cmdletTypeText(item['name']))}` : '',
        line: lineOf([key, index, 'name']),
      },
      at([key, index, 'description']),
    ]);
  const inputs = types('inputs');
  const outputs = types('outputs');

  const examples = objects(page['examples']).flatMap((_, index): Placed[] => [
    at(['examples', index, 'title'], '### '),
    at(['examples', index, 'description']),
  ]);
  const links = objects(page['links'])
    .map((link) => {
      const shown = text(link['text']);
      const href = text(link['href']);
      if (shown === '' && href === '') return '';
      if (href === '') return `- ${linkText(shown)}`;
      // A destination with a space or parenthesis is written in angle brackets, as CommonMark reads it.
      const destination = /^[^\s()<>]+$/.test(href) ? href : `<${href.replace(/[<>]/g, encodeURIComponent)}>`;
      return `- [${linkText(shown || href)}](${destination})`;
    })
    .filter((line) => line !== '');

  const parts: Placed[] = [
    { text: name ? `# ${name}` : '', line: lineOf(['name']) },
    at(['summary']),
    heading(
      '## Syntax',
      syntaxParts.some((part) => part.text !== ''),
    ),
    ...syntaxParts,
    heading('## Description', text(page['description']) !== ''),
    at(['description']),
    heading(
      '## Examples',
      examples.some((part) => part.text !== ''),
    ),
    ...examples,
    heading('## Parameters', cmdletParameters.length > 0 || common.text !== ''),
    ...parameterParts,
    heading('### CommonParameters', common.text !== ''),
    common,
    heading(
      '## Inputs',
      inputs.some((part) => part.text !== ''),
    ),
    ...inputs,
    heading(
      '## Outputs',
      outputs.some((part) => part.text !== ''),
    ),
    ...outputs,
    heading('## Notes', text(page['notes']) !== ''),
    at(['notes']),
    heading('## Related links', links.length > 0),
    { text: links.join('\n'), line: lineOf(['links']) },
  ];
  return placeParts(`---\n${stringify(frontMatter, { lineWidth: 0 }).trim()}\n---\n`, parts);
}
