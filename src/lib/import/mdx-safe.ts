/** Learn Markdown made safe for MDX, which reads `{`, `<tag>` and `<!-- -->` as code: the text stays the same. */
import { mapOutsideInlineCode, mapProseLines, markdownLines } from '../learn/syntax.ts';

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

/** `</sup|`: an end tag of a known element missing its `>` (HTML parsers forgive it; MDX does not). */
const UNFINISHED_END_TAG = /(?<!\\)<\/([A-Za-z][\w-]*)(?=[^\w\s>-]|$)/g;

function escapeText(text: string): string {
  return (
    text
      .replace(UNFINISHED_END_TAG, (whole, name: string) =>
        HTML_TAGS.has(name.toLowerCase()) ? `</${name}>` : whole,
      )
      .replace(/<(https?:\/\/[^>\s]+)>/g, '[$1]($1)')
      .replace(/(?<!\\)[{}]/g, (brace) => `\\${brace}`)
      // A `<` the author escaped (`\<placeholder\>`) is text already: left exactly as written.
      .replace(
        /(?<!\\)<(\/?)([A-Za-z][\w-]*)([^<>]*)>|(?<!\\)</g,
        (whole, slash: string | undefined, name: string | undefined, rest: string | undefined) => {
          if (name === undefined || !HTML_TAGS.has(name.toLowerCase())) return `\\<${whole.slice(1)}`;
          const tag = name.toLowerCase();
          const attributes = (rest ?? '').replace(/\s*\/\s*$/, '');
          // `<br>`, `<br/>` and Learn's `</br>` are all one line break.
          if (VOID_TAGS.has(tag)) return `<${tag}${slash ? '' : attributes} />`;
          return `<${slash ?? ''}${tag}${attributes}>`;
        },
      )
  );
}

/** Escapes braces and stray `<`, self-closes void tags, drops HTML comments; fenced code is untouched. */
export function toMdxSafe(markdown: string): string {
  const withoutComments = markdown.replace(/<!--[\s\S]*?-->/g, '');
  const escaped = mapProseLines(withoutComments, (line) => mapOutsideInlineCode(line, escapeText));
  return balanceBlocks(escaped);
}

/** An HTML tag as the escaped text writes it (`<sup>`, `</li>`, `<br />`); escaped `\<` excluded. */
const TAG = /(?<!\\)<(\/?)([a-z][\w-]*)((?:\s[^<>]*?)?)(\/?)>/g;

/**
 * HTML tags of one Markdown block (a table cell, or a paragraph) balanced as a browser's parser would:
 * an end tag with no open element is dropped, an open `<li>` is closed by the next `<li>`, an end tag
 * closes the elements opened inside it, and what is still open at the end is closed. MDX needs every
 * element closed where it opened; Learn, rendering HTML, lets the browser repair it.
 */
export function balanceHtml(segment: string): string {
  const open: string[] = [];
  const balanceTags = (text: string) =>
    text.replace(TAG, (whole, slash: string, name: string, _attributes: string, selfClosing: string) => {
      if (selfClosing || VOID_TAGS.has(name)) return whole;
      if (!slash) {
        const closing = name === 'li' && open.at(-1) === 'li' ? `</${open.pop() ?? 'li'}>` : '';
        open.push(name);
        return `${closing}${whole}`;
      }
      const at = open.lastIndexOf(name);
      if (at === -1) return '';
      return open
        .splice(at)
        .reverse()
        .map((tag) => `</${tag}>`)
        .join('');
    });
  // Inline code spans are text: their `<y>` is no tag.
  let out = segment
    .split(/(`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : balanceTags(part)))
    .join('');
  while (open.length > 0) out += `</${open.pop() ?? ''}>`;
  return out;
}

/** Table rows cell by cell, other prose block by block (blank lines apart), each with its HTML balanced. */
function balanceBlocks(markdown: string): string {
  const lines = markdownLines(markdown);
  const out: string[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0) out.push(...balanceHtml(block.join('\n')).split('\n'));
    block = [];
  };
  for (const { line, code } of lines) {
    if (code || line.trim() === '') {
      flush();
      out.push(line);
    } else if (/^\s*\|/.test(line)) {
      flush();
      out.push(
        line
          .split(/(?<!\\)\|/)
          .map(balanceHtml)
          .join('|'),
      );
    } else block.push(line);
  }
  flush();
  return out.join('\n');
}
