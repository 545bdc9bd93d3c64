/**
 * HTML media in Learn Markdown as the site renders media: `<img src alt>` as a Markdown image, so the
 * import publishes its file as it does any image's (an `<img>` left as HTML kept a path relative to the
 * article, broken on the site, and its file was not copied); an `<iframe>` or `<video>` player as a link
 * to the video, as Learn's `[!VIDEO url]` is: the site embeds no player, which would load another origin.
 * Each tag is read with an HTML parser; what the site does not keep (width, height, allowfullscreen) drops.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { videoLinkText, videoPage } from '../../markdown/remark-learn-video.ts';

/**
 * An `<img>`, or an `<iframe>`/`<video>` with its end tag and nothing but text between, on one line; a
 * quoted attribute value may hold `<` or `>` (`alt="Work>product"`).
 */
const MEDIA_TAG = /<(img|iframe|video)\b(?:[^<>"']|"[^"]*"|'[^']*')*>(?:[^<>]*<\/\1\s*>)?/gi;

/** The first element of `html`, parsed as a browser parses a fragment of a body. */
export function parseTag(html: string): Element | undefined {
  return fromHtml(html, { fragment: true }).children.find((node): node is Element => node.type === 'element');
}

/** `prose` (one line, outside code) with its media tags written as Markdown; tags it cannot carry stay. */
export function htmlMediaToMarkdown(prose: string): string {
  return prose.replace(MEDIA_TAG, (whole) => {
    const element = parseTag(whole);
    const source = element?.properties['src'];
    // A source Markdown cannot hold as written (a space, a parenthesis) stays HTML, as before.
    if (!element || typeof source !== 'string' || !/^[^\s()<>]+$/.test(source)) return whole;
    if (element.tagName === 'img') {
      const alt = element.properties['alt'];
      return `![${typeof alt === 'string' ? alt.replace(/[[\]\\]/g, '') : ''}](${source})`;
    }
    const page = videoPage(source);
    return page ? `[${videoLinkText(page)}](${page.href})` : whole;
  });
}
