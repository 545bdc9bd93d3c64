/** Learn Markdown made safe for MDX, which reads `{`, `<tag>` and `<!-- -->` as code: the text stays the same. */

/** HTML elements Learn articles use as HTML; any other `<word>` is text, such as a `<tenant-name>` placeholder. */
const HTML_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'code',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'i',
  'img',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
]);
const VOID_TAGS = new Set(['br', 'hr', 'img', 'wbr']);

/** One line of prose (not in a code block): inline code spans are left alone. */
function escapeProse(line: string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : escapeText(part)))
    .join('');
}

function escapeText(text: string): string {
  return text
    .replace(/<(https?:\/\/[^>\s]+)>/g, '[$1]($1)')
    .replace(/[{}]/g, (brace) => `\\${brace}`)
    .replace(
      /<(\/?)([A-Za-z][\w-]*)([^<>]*)>|</g,
      (whole, slash: string | undefined, name: string | undefined, rest: string | undefined) => {
        if (name === undefined || !HTML_TAGS.has(name.toLowerCase())) return `\\<${whole.slice(1)}`;
        const tag = name.toLowerCase();
        const attributes = (rest ?? '').replace(/\s*\/\s*$/, '');
        return VOID_TAGS.has(tag) && !slash
          ? `<${tag}${attributes} />`
          : `<${slash ?? ''}${tag}${attributes}>`;
      },
    );
}

/** Escapes braces and stray `<`, self-closes void tags, drops HTML comments; fenced code is untouched. */
export function toMdxSafe(markdown: string): string {
  const withoutComments = markdown.replace(/<!--[\s\S]*?-->/g, '');
  let fence: string | undefined;
  return withoutComments
    .split('\n')
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (fence === undefined || marker.startsWith(fence))) {
        fence = fence === undefined ? marker : undefined;
        return line;
      }
      return fence === undefined ? escapeProse(line) : line;
    })
    .join('\n');
}
