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
import { hasImageExtension } from '../learn/source-files.ts';

/**
 * An `<img>`, or an `<iframe>`/`<video>` with its end tag and nothing but text between, on one line; a
 * quoted attribute value may hold `<` or `>` (`alt="Work>product"`).
 */
const MEDIA_TAG = /<(img|iframe|video)\b(?:[^<>"']|"[^"]*"|'[^']*')*>(?:[^<>]*<\/\1\s*>)?/gi;

/** The first element of `html`, parsed as a browser parses a fragment of a body. */
export function parseTag(html: string): Element | undefined {
  return fromHtml(html, { fragment: true }).children.find((node): node is Element => node.type === 'element');
}

/**
 * `source` as a Markdown link destination meaning the same path: in angle brackets when it holds a space or a
 * parenthesis, as CommonMark reads `<images/Dn986544.note(EXCHG.150).gif>` whole, and names an image file (else
 * undefined: any other file stays HTML, as before). Learn's TechNet-converted articles
 * (OfficeDocs-Exchange-Test-pr.fr-fr's Exchange-Deployments-2013) head each note table with such an icon; left
 * as HTML, its path stayed relative to the article, a broken image on every page, its file never copied and
 * nothing said.
 */
function imageDestination(source: string): string | undefined {
  if (!/[\s()]/.test(source)) return source;
  return hasImageExtension(source.replace(/[?#].*$/s, '')) ? `<${source}>` : undefined;
}

/** `prose` (one line, outside code) with its media tags written as Markdown; tags it cannot carry stay. */
export function htmlMediaToMarkdown(prose: string): string {
  return prose.replace(MEDIA_TAG, (whole) => {
    const element = parseTag(whole);
    const source = element?.properties['src'];
    if (!element || typeof source !== 'string' || !/^[^<>\r\n]+$/.test(source)) return whole;
    if (element.tagName === 'img') {
      const alt = element.properties['alt'];
      const destination = imageDestination(source);
      if (destination === undefined) return whole;
      return `![${typeof alt === 'string' ? alt.replace(/[[\]\\]/g, '') : ''}](${destination})`;
    }
    // A player whose source Markdown cannot hold as written (a space, a parenthesis) stays HTML, as before.
    if (!/^[^\s()]+$/.test(source)) return whole;
    const page = videoPage(source);
    return page ? `[${videoLinkText(page)}](${page.href})` : whole;
  });
}
