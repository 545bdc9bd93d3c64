/**
 * Learn's `[!VIDEO url]` (alone, or as a `> ` quote) as a link to the video, named by its `alt-text` (or
 * else its `title`): the site embeds no player, since a player makes requests to another origin. YouTube
 * embed URLs link to the video's watch page. On a page in another language than the site's, "Watch the
 * video on …" carries `lang="en"`.
 */
import type { Link, Paragraph, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { SITE_LANG } from '../consts.ts';
import { parseAttributes, VIDEO_MARKER } from '../lib/learn/syntax.ts';
import { otherPageLang } from './page-lang.ts';

/** The page a reader opens for a video URL: a YouTube embed becomes its watch page; others stay. */
export function videoPage(url: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const embed = /^\/embed\/([\w-]+)/.exec(parsed.pathname);
  if (embed && /(^|\.)youtube(-nocookie)?\.com$/.test(parsed.hostname))
    return new URL(`https://www.youtube.com/watch?v=${embed[1] ?? ''}`);
  return parsed;
}

/**
 * What a link to the video at `page` says: "Watch the video on <site>", then what the video shows when
 * its alt text says it ("Watch the video on youtube.com: Setting up a device.").
 */
export function videoLinkText(page: URL, altText = ''): string {
  const site = `Watch the video on ${page.hostname.replace(/^www\./, '')}`;
  return altText.trim() === '' ? site : `${site}: ${altText.trim()}`;
}

/**
 * The paragraph that replaces a `[!VIDEO url alt-text="…"]` marker: "Watch the video on <site>", linked.
 * On a page in another language than the site's (`english`), those words carry the site's `lang`, and
 * the alt text after them is the page's.
 */
function videoLink(url: string, altText: string | undefined, english: boolean): Paragraph | undefined {
  const page = videoPage(url);
  if (!page) return undefined;
  const text = videoLinkText(page, altText);
  const site = videoLinkText(page);
  const lang = { hProperties: { lang: SITE_LANG } };
  const link: Link = { type: 'link', url: page.href, children: [{ type: 'text', value: text }] };
  if (english && text === site) link.data = lang;
  else if (english) {
    // The link ends in text, so its last letter stays on the line of the external-link arrow.
    link.children = [
      { type: 'text', value: site, data: { hName: 'span', ...lang } },
      { type: 'text', value: text.slice(site.length) },
    ];
  }
  return { type: 'paragraph', children: [link], data: { hProperties: { className: ['learn-video'] } } };
}

/** Remark plugin: see the file comment. */
export function remarkLearnVideo() {
  return (tree: Root, file: VFile) => {
    const english = otherPageLang(file) !== undefined;
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return undefined;
      const paragraph =
        node.type === 'paragraph'
          ? node
          : node.type === 'blockquote' && node.children.length === 1 && node.children[0]?.type === 'paragraph'
            ? node.children[0]
            : undefined;
      const video = paragraph && VIDEO_MARKER.exec(toString(paragraph).trim());
      const attributes = video ? parseAttributes(video[2] ?? '') : {};
      // Its `title` names the video when it has no alt text (`[!VIDEO url title="Set up…"]`).
      const name = attributes['alt-text']?.trim() || attributes['title'];
      const replacement = video ? videoLink(video[1] ?? '', name, english) : undefined;
      if (!replacement) return undefined;
      parent.children.splice(index, 1, replacement as RootContent);
      return [SKIP, index + 1];
    });
  };
}
