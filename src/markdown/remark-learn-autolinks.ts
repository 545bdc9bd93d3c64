/**
 * Bare URLs and emails as Learn's Markdown engine (markdig) links them, where GFM's autolink literals (of
 * remark-gfm) link more: markdig links `https://…`, `www.…` and `mailto:…` written where a link may start,
 * and never a bare email (`yourID@contoso.com`, a placeholder more often than an address) nor a URL the
 * author escaped so that it stays text (`https:\//portal.example.cn/`). Those two become text again here,
 * so the page shows what Learn shows and the build does not refuse a link nobody wrote. A `www.…` literal,
 * which both link, goes to `https://`: the site links out over https only. On a page written right to left
 * (front matter `lang: "ar-SA"`), a link whose text is its URL or address is a left-to-right isolate
 * (`dir="ltr"`), as code is: its slashes and dots would otherwise be placed by the Arabic around them.
 * A literal ends before full-width punctuation (bareUrlEnd): `https://example.com。下一句` links the URL alone.
 * A backslash escape in a literal is the author's escape (`**http://www.contoso.com/\*.jpg**`, the `*` kept from
 * being emphasis): the link and its text are the URL without it. markdig and micromark keep the backslash, which
 * browsers read as `/` (so the build refuses the link); Learn links `…/\*.jpg`, which goes to `…//*.jpg`.
 */
import type { Link, Parent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from '../lib/tree-visit.ts';
import type { VFile } from 'vfile';
import { ESCAPES } from '../lib/learn/syntax.ts';
import { textDirection } from '../lib/text-direction.ts';
import { bareUrlEnd } from '../lib/url-class.ts';
import { otherPageLang } from './page-lang.ts';
import { sourceText } from './source-place.ts';

/** True when `link` is a GFM autolink literal: its text is its URL (less `mailto:`, or `http://` for `www.`). */
function isLiteral(link: Link, text: string): boolean {
  return link.url === text || link.url === `mailto:${text}` || link.url === `http://${text}`;
}

/**
 * A GFM literal once built, or undefined for another link: its text as the author wrote it (`written`) and
 * without their escapes (`text`), and its URL without them, a `www.…` literal's over https (see the file comment).
 */
function builtLiteral(link: Link): { written: string; text: string; url: string } | undefined {
  const written = toString(link);
  if (!isLiteral(link, written)) return undefined;
  const text = written.replace(ESCAPES, '$1');
  const url =
    link.url === `http://${written}`
      ? `https://${text}`
      : link.url.slice(0, link.url.length - written.length) + text;
  return { written, text, url };
}

/** The URL a link goes to once built (builtLiteral), so the import's refused-link scan sees the link the page has. */
export function builtLiteralUrl(link: Link): string {
  return builtLiteral(link)?.url ?? link.url;
}

/**
 * True when the link at `index` of `parent` is inside an inline `:::image …:::`'s attributes (`link="https://…"`):
 * the text before it opens one that no `:::` has closed yet. markdig reads the directive first, so the URL is none.
 */
function insideImageDirective(parent: Parent, index: number): boolean {
  const before = parent.children[index - 1];
  if (before?.type !== 'text') return false;
  const open = before.value.lastIndexOf(':::image');
  return open !== -1 && !before.value.slice(open + ':::image'.length).includes(':::');
}

/**
 * Remark plugin: see the file comment. A literal GFM linked only after the text was parsed (after an
 * escape, or a character no link may follow) has no source position: micromark, like markdig, saw no link
 * start there. A bare email is told by its source, which is the address alone (not `<a@b.c>`, not `mailto:`).
 */
export function remarkLearnAutolinks() {
  return (tree: Root, file: VFile) => {
    // What the page and its includes wrote (remarkLearnInclude runs before).
    const source = sourceText(file);
    const lang = otherPageLang(file);
    const rightToLeft = lang !== undefined && textDirection(lang) === 'rtl';
    visit(tree, 'link', (node: Link, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return undefined;
      const literal = builtLiteral(node);
      if (!literal) return undefined;
      // The URL the author wrote, its escapes undone.
      const { written, text, url } = literal;
      // Text again, one with the directive around it, so that remarkLearnImages reads the directive whole.
      if (insideImageDirective(parent, index)) {
        const before = parent.children[index - 1] as Text;
        const after = parent.children[index + 1];
        const rest = after?.type === 'text' ? after.value : '';
        parent.children.splice(index - 1, rest === '' ? 2 : 3, {
          type: 'text',
          value: before.value + written + rest,
        });
        return [SKIP, index];
      }
      node.url = url;
      if (text !== written) node.children = [{ type: 'text', value: text }];
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const unlinked =
        start === undefined || end === undefined
          ? true
          : node.url.startsWith('mailto:') && source.slice(start, end) === text;
      if (!unlinked) {
        if (rightToLeft) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dir: 'ltr' } };
        // A Chinese or Japanese sentence goes on right after a URL: the link ends at its first `。`.
        const cut = bareUrlEnd(text);
        if (cut === text.length || cut === 0) return undefined;
        const kept = text.slice(0, cut);
        node.url = node.url.slice(0, node.url.length - (text.length - cut));
        node.children = [{ type: 'text', value: kept }];
        parent.children.splice(index + 1, 0, { type: 'text', value: text.slice(cut) });
        return [SKIP, index + 2];
      }
      const plain: RootContent = {
        type: 'text',
        value: text,
        ...(node.position ? { position: node.position } : {}),
      };
      parent.children.splice(index, 1, plain);
      return [SKIP, index + 1];
    });
  };
}
