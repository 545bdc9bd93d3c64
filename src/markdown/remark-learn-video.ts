/**
 * Learn's `[!VIDEO url]` (alone, or as a `> ` quote) as a link to the video, named by its `alt-text` (or
 * else its `title`): the site embeds no player, since a player makes requests to another origin. YouTube
 * embed URLs link to the video's watch page. On a page in another language than the site's, "Watch the
 * video on …" carries `lang="en"`. A video file (`~/assets/videos/x.mp4`) is linked when public/ has it, else
 * named, with a warning (videoFile).
 */
import type { Link, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from '../lib/tree-visit.ts';
import type { VFile } from 'vfile';
import { SITE_LANG } from '../consts.ts';
import { parseAttributes, VIDEO_MARKER } from '../lib/learn/syntax.ts';
import { otherPageLang } from './page-lang.ts';
import { placeName } from './source-place.ts';

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

/**
 * The paragraph for a video that is a file of the article's repository (`[!VIDEO ~/assets/videos/x.mp4]`,
 * msteams-docs), which Learn plays from its own site: one of public/ named from the site's root (`/media/x.mp4`)
 * is linked, the link checked as any; any other path is named, not linked, and said in a warning, as a
 * missing image shows its alt text. Undefined for a URL (videoLink's).
 */
function videoFile(
  source: string,
  name: string | undefined,
  english: boolean,
  warn: (message: string) => void,
): Paragraph | undefined {
  if (URL.canParse(source)) return undefined;
  const shown = name?.trim() || source.split(/[/\\]/).pop() || source;
  // On a page in another language, the site's words carry its lang; the video's name is the page's.
  const lang = english ? { data: { hName: 'span', hProperties: { lang: SITE_LANG } } } : {};
  const className = { data: { hProperties: { className: ['learn-video'] } } };
  if (source.startsWith('/') && !source.startsWith('//')) {
    const link: Link = {
      type: 'link',
      url: source,
      children: [
        { type: 'text', value: 'Watch the video', ...lang },
        { type: 'text', value: `: ${shown}` },
      ],
    };
    return { type: 'paragraph', children: [link], ...className };
  }
  warn(
    `the video "${source}" is a file the site does not publish: the page names it instead. Put the file in public/ and write its path from the site's root ([!VIDEO /media/video.mp4]), or link the video's page (https://…).`,
  );
  return {
    type: 'paragraph',
    children: [
      { type: 'text', value: 'Video not published on this site', ...lang },
      { type: 'text', value: `: ${shown}` },
    ],
    ...className,
  };
}

/** Gives `paragraph` and its link, if any, `position`, the marker's they replace; their text has none in the source. */
function placeAt(paragraph: Paragraph, position: Position): void {
  paragraph.position = position;
  for (const child of paragraph.children) if (child.type === 'link') child.position = position;
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
      const source = video?.[1] ?? '';
      const warn = (message: string) => {
        console.warn(`[learn-video] ${placeName(file, node.position?.start.line)}: ${message}`);
      };
      const replacement = video
        ? (videoFile(source, name, english, warn) ?? videoLink(source, name, english))
        : undefined;
      if (!replacement) return undefined;
      // The marker's place, for what the build says of the link (a host not allowed, a refused URL) at its line.
      if (node.position) placeAt(replacement, node.position);
      parent.children.splice(index, 1, replacement as RootContent);
      return [SKIP, index + 1];
    });
  };
}
