/**
 * The lines of a code file that Learn's code snippets show (`:::code … id="Part" range="2-5":::`,
 * `[!code-csharp[Part](s.cs#Part)]`, `?name=`, `?range=`), as docfx selects them: a named region
 * without its marker lines, line ranges, or the whole file, the common indentation removed. Pure, no I/O.
 */
import { dedented } from '../learn/syntax.ts';

/** What a snippet takes from its file; nothing set is the whole file. */
export interface CodeSelection {
  /** A region name (`id="Part"`, `#Part`, `?name=Part`): wins over a range, as in docfx. */
  region?: string | undefined;
  /** Line ranges, 1-based (`3-5,8`, `12-`). */
  range?: string | undefined;
  /** Columns of indentation to remove (`?dedent=4`); the lines' common indentation by default. */
  dedent?: number | undefined;
}

/**
 * The lines selected, or why there are none (a sentence about the file, its path as written); `tooLong`
 * when they would be more than the characters the snippet may bring in.
 */
export type SelectedCode = { ok: true; lines: string[] } | { ok: false; problem: string; tooLong?: true };

/** How one kind of comment marks a region: its opening and closing lines and how to write them. */
interface MarkerStyle {
  /** An opening line: group 1 is the region's name. */
  start: RegExp;
  /** A closing line: group 1 is the name it closes, or none when it closes the innermost region. */
  end: RegExp;
  /** The opening line of a region `name`, to say what was looked for. */
  example: (name: string) => string;
}

/** `<open> <Name> <close>` and `<open> </Name> <close>`, spaces anywhere between, any case (docfx's tag markers). */
function tagStyle(open: string, close: string, written: (tag: string) => string): MarkerStyle {
  const line = (slash: string) =>
    new RegExp(String.raw`^\s*${open}\s*<\s*${slash}([\w.-]+)\s*>\s*${close}\s*$`, 'i');
  return { start: line(''), end: line(String.raw`/\s*`), example: (name) => written(`<${name}>`) };
}

const STYLES = {
  slashes: tagStyle('//', '', (tag) => `// ${tag}`),
  quote: tagStyle("'", '', (tag) => `' ${tag}`),
  markup: tagStyle('<!--', '-->', (tag) => `<!-- ${tag} -->`),
  dashes: tagStyle('--', '', (tag) => `-- ${tag}`),
  hash: tagStyle('#', '', (tag) => `# ${tag}`),
  rem: tagStyle('rem', '', (tag) => `rem ${tag}`),
  percent: tagStyle('%', '', (tag) => `% ${tag}`),
  semicolon: tagStyle(';', '', (tag) => `; ${tag}`),
  css: tagStyle(String.raw`/\*`, String.raw`\*/`, (tag) => `/* ${tag} */`),
  // C#'s `#region Name` … `#endregion` and VB's `#Region "Name"` … `#End Region`: the end names nothing.
  region: {
    start: /^\s*#\s*region\b\s*"?(.*?)"?\s*$/i,
    end: /^\s*#\s*end\s*region\b/i,
    example: (name: string) => `#region ${name}`,
  },
} satisfies Record<string, MarkerStyle>;

type StyleName = keyof typeof STYLES;

/** The marker styles of each language, by its names and file extensions (docfx's table, with a few more). */
const LANGUAGE_STYLES: [StyleName[], string][] = [
  [
    ['slashes'],
    'actionscript as arduino ino assembly nasm asm cpp c c++ objective-c obj-c objc objectivec h hpp cc cxx m csharp cs cuda cu cuh d dlang fsharp fs fsi fsx go golang java gradle javascript js jsx mjs node json pascal pas php processing pde react tsx rust rs scala smalltalk st swift typescript ts kotlin kt kts dart groovy bicep cshtml razor',
  ],
  [['region'], 'csharp cs cshtml razor vb vbnet'],
  [['quote'], 'vb vbnet vbscript bas vbs vba vbhtml'],
  [
    ['markup'],
    'xml xsl xslt xsd wsdl csdl edmx xaml handlebars hbs html htm jsp asp aspx ascx cshtml razor php react tsx ruby vbhtml csproj vbproj fsproj proj props targets config manifest resx svg',
  ],
  [['dashes'], 'haskell hs lua sql'],
  [
    ['hash'],
    'perl pl powershell posh ps1 psm1 python py r ruby rb erb shell sh bash zsh console azurecli azurepowershell yaml yml dockerfile toml cmake makefile',
  ],
  [['rem'], 'batchfile bat cmd'],
  [['percent'], 'erlang erl matlab'],
  [['semicolon'], 'lisp lsp ini'],
  [['css'], 'css scss less'],
];

/** The extension of the file `path` names, as written, without its dot (`cs` of `snippets/Program.cs`); empty for none. */
function extensionOf(path: string): string {
  return /\.([^./\\]+)$/.exec(path)?.[1] ?? '';
}

/**
 * The language of a code file by its extension, as Learn names it for a `:::code:::` written without
 * `language=` (dotnet/docs' `:::code source="snippets/health-checks/Program.cs":::` is C#): the fence's
 * language, which the page's Markdown copy and its code's class carry. Undefined for an extension it
 * does not know.
 */
export function fileLanguage(path: string): string | undefined {
  const extension = extensionOf(path).toLowerCase();
  return Object.hasOwn(FILE_LANGUAGES, extension) ? FILE_LANGUAGES[extension] : undefined;
}

/** Learn's language names of code files by their extensions. */
const FILE_LANGUAGES: Record<string, string> = {
  cs: 'csharp',
  csx: 'csharp',
  vb: 'vb',
  fs: 'fsharp',
  fsx: 'fsharp',
  fsi: 'fsharp',
  c: 'c',
  h: 'cpp',
  cpp: 'cpp',
  cc: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  java: 'java',
  js: 'javascript',
  mjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  json: 'json',
  xml: 'xml',
  csproj: 'xml',
  vbproj: 'xml',
  fsproj: 'xml',
  props: 'xml',
  targets: 'xml',
  config: 'xml',
  xaml: 'xaml',
  html: 'html',
  htm: 'html',
  css: 'css',
  cshtml: 'cshtml',
  razor: 'razor',
  ps1: 'powershell',
  psm1: 'powershell',
  py: 'python',
  sh: 'bash',
  yml: 'yaml',
  yaml: 'yaml',
  sql: 'sql',
  go: 'go',
  rs: 'rust',
  rb: 'ruby',
  php: 'php',
  kt: 'kotlin',
  swift: 'swift',
  bicep: 'bicep',
  md: 'markdown',
};

/** The marker styles a file of `language` (a name or an extension, either case) may use. */
function stylesOf(language: string): StyleName[] {
  const key = language.toLowerCase().replace(/^\./, '');
  return LANGUAGE_STYLES.flatMap(([styles, names]) => (names.split(' ').includes(key) ? styles : []));
}

/** Regions a style marks in `lines`: name (lower case) → first and last line index of the code inside. */
interface Regions {
  found: Map<string, { from: number; to: number }>;
  /** Each region found, by its name in lower case: its name as written. */
  written: Map<string, string>;
  /** Names opened and never closed, with the index of their opening line. */
  unclosed: Map<string, number>;
  /** Every marker line of the style, of any region: none of them is shown. */
  markerLines: Set<number>;
}

function regionsOf(lines: readonly string[], style: MarkerStyle): Regions {
  const found = new Map<string, { from: number; to: number }>();
  const written = new Map<string, string>();
  const markerLines = new Set<number>();
  const open: { name: string; written: string; at: number }[] = [];
  lines.forEach((line, index) => {
    const end = style.end.exec(line);
    if (end) {
      markerLines.add(index);
      const name = end[1]?.toLowerCase();
      const at = name === undefined ? open.length - 1 : open.findLastIndex((region) => region.name === name);
      const [region] = at === -1 ? [] : open.splice(at, 1);
      if (region && !found.has(region.name)) {
        found.set(region.name, { from: region.at + 1, to: index - 1 });
        written.set(region.name, region.written);
      }
      return;
    }
    const start = style.start.exec(line);
    if (start) {
      markerLines.add(index);
      const name = (start[1] ?? '').trim();
      open.push({ name: name.toLowerCase(), written: name, at: index });
    }
  });
  return { found, written, unclosed: new Map(open.map((region) => [region.name, region.at])), markerLines };
}

/**
 * Lines `range` selects (`3-5,8`, `12-`; 1-based) from `lines`; all of them without a range. Undefined
 * once they come to more than `most` characters (each line with its line break): a range may name the
 * whole file again and again (`1-100000,1-100000,…`), and 500 snippets of a 700 KB file, or one such
 * range, took minutes and ran the import out of memory (red team 15).
 */
export function selectLines(
  lines: readonly string[],
  range: string | undefined,
  most = Number.POSITIVE_INFINITY,
): string[] | undefined {
  const selected: string[] = [];
  let characters = 0;
  for (const part of range ? range.split(',') : ['1-']) {
    const [from = '', to = from] = part.split('-').map((bound) => bound.trim());
    const start = Number(from) || 1;
    const end = to === '' ? lines.length : Number(to) || start;
    for (let index = Math.max(start - 1, 0); index < Math.min(end, lines.length); index++) {
      const line = lines[index] ?? '';
      characters += line.length + 1;
      if (characters > most) return undefined;
      selected.push(line);
    }
  }
  return selected;
}

/** The problem of a selection of more than `most` characters. */
function tooLong(path: string, most: number): SelectedCode {
  return {
    ok: false,
    problem: `"${path}": the lines selected would bring the page's code past ${most.toLocaleString('en-US')} more characters, more than the site builds a page of.`,
    tooLong: true,
  };
}

/** How many of a file's regions a missing region's problem names. */
const REGIONS_NAMED = 5;

/**
 * The regions a file has, to say beside one it lacks (`; its regions: "snippet_metricConstants"`), as an
 * article may name a region the file has under another name; a few named, the rest counted. Nothing when
 * it has none.
 */
function regionList(names: readonly string[]): string {
  if (names.length === 0) return '';
  const shown = names
    .slice(0, REGIONS_NAMED)
    .map((name) => `"${name.length > 60 ? `${name.slice(0, 60)}…` : name}"`);
  const more = names.length - shown.length;
  return `; its regions: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/**
 * The lines of the file `text` that `selection` takes, for a snippet of `language` (its name, else the
 * file's extension decides which comment markers are regions). A region is the lines between its
 * markers (names match in any case; `Part` finds `<SnippetPart>` too, as docfx does), without the
 * marker lines of other regions inside it; `path` names the file in a problem.
 */
export function selectCode(
  text: string,
  selection: CodeSelection,
  language: string,
  path: string,
  most = Number.POSITIVE_INFINITY,
): SelectedCode {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n');
  if (!selection.region) {
    const selected = selectLines(lines, selection.range, most);
    return selected === undefined
      ? tooLong(path, most)
      : { ok: true, lines: dedented(selected, selection.dedent) };
  }
  const known = [...new Set([...stylesOf(language), ...stylesOf(extensionOf(path))])];
  const styles = (known.length > 0 ? known : (Object.keys(STYLES) as StyleName[])).map(
    (name) => STYLES[name],
  );
  const names = [selection.region.toLowerCase(), `snippet${selection.region.toLowerCase()}`];
  const others = new Map<string, string>();
  for (const style of styles) {
    const regions = regionsOf(lines, style);
    for (const [name, as] of regions.written) if (!others.has(name)) others.set(name, as);
    const region = names.map((name) => regions.found.get(name)).find((found) => found !== undefined);
    if (region) {
      const inside = lines
        .slice(region.from, region.to + 1)
        .filter((_line, index) => !regions.markerLines.has(region.from + index));
      if (inside.reduce((sum, line) => sum + line.length + 1, 0) > most) return tooLong(path, most);
      return { ok: true, lines: dedented(inside, selection.dedent) };
    }
    const unclosed = names.map((name) => regions.unclosed.get(name)).find((at) => at !== undefined);
    if (unclosed !== undefined)
      return {
        ok: false,
        problem: `"${path}" opens the region "${selection.region}" on its line ${unclosed + 1} and never closes it.`,
      };
  }
  const examples = styles.map((style) => style.example(selection.region ?? '')).join(', ');
  return {
    ok: false,
    problem: `"${path}" has no region "${selection.region}" (no line such as ${examples})${regionList([...others.values()])}.`,
  };
}

/** A Jupyter notebook's cell as its file writes it (nbformat 4): its kind, metadata and source lines. */
interface NotebookCell {
  cell_type?: unknown;
  metadata?: { name?: unknown } | undefined;
  source?: unknown;
}

/**
 * The code a `[!notebook-…]` line shows from the Jupyter notebook `text`: the code cells whose metadata
 * `name` is `cell` (every code cell without one), their sources one after another, as Learn shows them;
 * `path` names the file in a problem.
 */
export function selectNotebookCells(
  text: string,
  cell: string | undefined,
  path: string,
  most = Number.POSITIVE_INFINITY,
): SelectedCode {
  let notebook: unknown;
  try {
    notebook = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: `"${path}" is not a Jupyter notebook (not JSON).` };
  }
  const cells =
    typeof notebook === 'object' && notebook !== null && 'cells' in notebook ? notebook.cells : undefined;
  if (!Array.isArray(cells)) return { ok: false, problem: `"${path}" is not a Jupyter notebook (no cells).` };
  // A cell that is no object (`null`, a number) is none: reading its kind threw, and the import stopped.
  const sources = cells
    .filter((each): each is NotebookCell => typeof each === 'object' && each !== null)
    .filter((each) => each.cell_type === 'code' && (cell === undefined || each.metadata?.name === cell))
    .map(({ source }) =>
      (Array.isArray(source) ? source.join('') : typeof source === 'string' ? source : '').replace(/\n$/, ''),
    );
  if (sources.length === 0)
    return {
      ok: false,
      problem:
        cell === undefined ? `"${path}" has no code cell.` : `"${path}" has no code cell named "${cell}".`,
    };
  const code = sources.join('\n\n').replace(/\r\n?/g, '\n');
  return code.length > most ? tooLong(path, most) : { ok: true, lines: code.split('\n') };
}

/**
 * What docfx's `[!code-…[…](path?query#fragment)]` selects: `#Name` or `?name=Name` a region, `#L3-L5`,
 * `?range=3-5,8` or `?start=3&end=5` lines, `?dedent=N` its indentation; `?highlight=` changes nothing
 * here. `unknown` lists the query's parts that are none of these.
 */
export function snippetSelection(
  query: string,
  fragment: string,
): { selection: CodeSelection; unknown: string[] } {
  const selection: CodeSelection = {};
  const unknown: string[] = [];
  let range: string | undefined;
  let start: string | undefined;
  let end: string | undefined;
  for (const part of query.replace(/^\?/, '').split('&').filter(Boolean)) {
    const [key = '', value = '', ...rest] = part.split('=');
    const number = /^\d+$/.test(value);
    if (rest.length > 0) unknown.push(part);
    else if (/^name$/i.test(key) && value) selection.region = value;
    else if (/^range$/i.test(key) && /^\d+(?:-\d*)?(?:,\d+(?:-\d*)?)*$/.test(value)) range = value;
    else if (/^start$/i.test(key) && number) start = value;
    else if (/^end$/i.test(key) && number) end = value;
    else if (/^dedent$/i.test(key) && number) selection.dedent = Number(value);
    else if (!/^highlight$/i.test(key)) unknown.push(part);
  }
  const name = fragment.replace(/^#/, '').trim();
  const bookmark = /^L(\d+)(?:-L(\d+))?$/i.exec(name);
  if (name && !bookmark) selection.region = name;
  // docfx's order: a region, then #L3-L5, then ?start=&end=, then ?range=.
  selection.range = bookmark
    ? `${bookmark[1]}-${bookmark[2] ?? bookmark[1]}`
    : start !== undefined || end !== undefined
      ? `${start ?? 1}-${end ?? start ?? ''}`
      : range;
  return { selection, unknown };
}
