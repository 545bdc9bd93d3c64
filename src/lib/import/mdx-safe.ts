/** Learn Markdown made safe for MDX, which reads `{`, `<tag>` and `<!-- -->` as code: the text stays the same. */
import { mapOutsideInlineCode, mapProseLines, markdownLines } from '../learn/syntax.ts';

/** HTML elements Learn articles use as HTML; any other `<word>` is text, such as a `<tenant-name>` placeholder. */
const HTML_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);
const VOID_TAGS = new Set(['br', 'col', 'hr', 'img', 'wbr']);

/** `</sup|`: an end tag missing its `>`, which Learn shows as text (it is not HTML): escaped to stay text. */
const UNFINISHED_END_TAG = /(?<!\\)<\/([A-Za-z][\w-]*)(?=[^\w\s>-]|$)/g;

function escapeText(text: string): string {
  return (
    text
      .replace(UNFINISHED_END_TAG, (whole) => `\\${whole}`)
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
  const balanceTags = (text: string) => {
    let out = '';
    let last = 0;
    const addText = (chunk: string) => {
      // Text straight inside a list is an item of it (a browser would leave it loose, outside any item).
      if (chunk.trim() !== '' && (open.at(-1) === 'ul' || open.at(-1) === 'ol')) {
        open.push('li');
        out += '<li>';
      }
      out += chunk;
    };
    for (const match of text.matchAll(TAG)) {
      addText(text.slice(last, match.index));
      last = match.index + match[0].length;
      const [whole, slash, name = '', , selfClosing] = match;
      if (selfClosing || VOID_TAGS.has(name)) {
        out += whole;
      } else if (!slash) {
        if (name === 'li' && open.at(-1) === 'li') out += `</${open.pop() ?? 'li'}>`;
        open.push(name);
        out += whole;
      } else {
        const at = open.lastIndexOf(name);
        if (at !== -1)
          out += open
            .splice(at)
            .reverse()
            .map((tag) => `</${tag}>`)
            .join('');
      }
    }
    addText(text.slice(last));
    return out;
  };
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
