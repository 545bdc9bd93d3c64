/**
 * The names Learn shows for the languages of code blocks ("C#", "Azure CLI"), which a code block's bar shows
 * above it (rehype-code-bar.ts): Learn names each block's language in its header, and shows blocks side by
 * side in different languages (dotnet/docs' `:::code language="csharp"` then `:::code language="vb"`) as one
 * block with a tab a language, where the site shows each, named.
 */

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
  pwsh: 'PowerShell',
  azurepowershell: 'Azure PowerShell',
  azurecli: 'Azure CLI',
  bash: 'Bash',
  sh: 'Shell',
  shell: 'Shell',
  cmd: 'Windows Command Prompt',
  bicep: 'Bicep',
  terraform: 'Terraform',
  dockerfile: 'Dockerfile',
  markdown: 'Markdown',
  md: 'Markdown',
  ruby: 'Ruby',
  php: 'PHP',
  swift: 'Swift',
  kotlin: 'Kotlin',
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

/**
 * The name of a code block's language (`language` as its fence writes it), when it has one here: any case,
 * and Learn's `-interactive` (```azurecli-interactive, which opens Cloud Shell there) is the language.
 */
export function codeLanguageName(language: string | undefined): string | undefined {
  const lang = language?.toLowerCase().replace(/-interactive$/, '');
  return lang !== undefined && Object.hasOwn(LANGUAGE_NAMES, lang) ? LANGUAGE_NAMES[lang] : undefined;
}

/** The class of the name of a code block's language in its bar, which content may not write. */
export const CODE_LABEL_CLASS = 'learn-code-label';
