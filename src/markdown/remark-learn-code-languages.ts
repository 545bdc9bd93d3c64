/**
 * Code blocks side by side in different languages: Learn writes one sample in each language a page is for
 * (dotnet/docs' `:::code language="csharp"` then `:::code language="vb"`, a page of `dev_langs: csharp, vb`)
 * and shows them as one block, a tab a language. The site shows each, as it shows every zone, so each gets
 * its language's name above it ("C#", "Visual Basic"), as a zone gets "For C#:" (`learn-code-label`, styled
 * as the zone's label): without it two blocks ran on as one sample. A block alone, a run in one language,
 * and a run holding a language without a name here, stay as they are.
 */
import type { Code, Paragraph, Parent, Root, RootContent } from 'mdast';
import { visit } from '../lib/tree-visit.ts';

/** The names Learn shows for the languages of code blocks, by the fence's language in lower case. */
const LANGUAGE_NAMES: Record<string, string> = {
  csharp: 'C#',
  cs: 'C#',
  'c#': 'C#',
  vb: 'Visual Basic',
  vbnet: 'Visual Basic',
  fsharp: 'F#',
  fs: 'F#',
  'f#': 'F#',
  cpp: 'C++',
  'c++': 'C++',
  c: 'C',
  java: 'Java',
  javascript: 'JavaScript',
  js: 'JavaScript',
  typescript: 'TypeScript',
  ts: 'TypeScript',
  python: 'Python',
  py: 'Python',
  go: 'Go',
  rust: 'Rust',
  powershell: 'PowerShell',
  azurepowershell: 'Azure PowerShell',
  azurecli: 'Azure CLI',
  bash: 'Bash',
  console: 'Console',
  dotnetcli: '.NET CLI',
  output: 'Output',
  json: 'JSON',
  xml: 'XML',
  xaml: 'XAML',
  yaml: 'YAML',
  yml: 'YAML',
  html: 'HTML',
  css: 'CSS',
  sql: 'SQL',
  kusto: 'Kusto',
  http: 'HTTP',
};

/** The name of a code block's language, when it has one here. */
function languageName(code: Code): string | undefined {
  const lang = code.lang?.toLowerCase();
  return lang !== undefined && Object.hasOwn(LANGUAGE_NAMES, lang) ? LANGUAGE_NAMES[lang] : undefined;
}

/** The class of the label above a block of a run (its language's name), styled by callouts.css. */
export const CODE_LABEL_CLASS = 'learn-code-label';

/** The label above a block of a run: its language's name. */
function label(name: string): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: name }],
    data: { hProperties: { className: [CODE_LABEL_CLASS] } },
  };
}

/** `children` with a label above each block of every run of code blocks in two or more named languages. */
function labelled(children: RootContent[]): RootContent[] | undefined {
  const out: RootContent[] = [];
  let changed = false;
  for (let at = 0; at < children.length;) {
    let end = at;
    while (children[end]?.type === 'code') end++;
    const run = children.slice(at, end) as Code[];
    const names = run.map(languageName);
    if (run.length > 1 && names.every((name) => name !== undefined) && new Set(names).size > 1) {
      run.forEach((code, index) => out.push(label(names[index] ?? ''), code));
      changed = true;
    } else out.push(...run);
    if (end < children.length) out.push(children[end] as RootContent);
    at = end + 1;
  }
  return changed ? out : undefined;
}

export function remarkLearnCodeLanguages() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      if (!parent.children.some((child) => child.type === 'code')) return;
      const children = labelled(parent.children);
      if (children) parent.children = children;
    });
  };
}
