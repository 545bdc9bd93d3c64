/**
 * The build as link checker, first half: while a page renders, checks every URL of every element content
 * can write (links, images, media, SVG, `ping`, `srcset`… in any case and however often an attribute is
 * repeated; the `url(…)` of any other attribute, which SVG reads as CSS) against the link policy
 * (src/lib/link-check.ts) and each link for a name (no text nor image alt text: a reader sees nothing to
 * click), naming file and line, and records the page's links, its internal link targets
 * and its heading ids. The second half, links between pages, is checked once for the whole site from
 * those records (src/data/site-links.ts). Runs after rehype-learn-links, so it sees URLs as published.
 * Fails the build; in `astro dev` (NODE_ENV=development) it warns instead.
 */
import type {} from '@astrojs/markdown-remark';
import { basename, extname, join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { Node, Parent } from 'unist';
import { visit } from '../lib/tree-visit.ts';
import type { VFile } from 'vfile';
import { attributeName, srcsetUrls, urlRole, urlsOf } from '../lib/content-safety.ts';
import {
  checkUrl,
  cssUrls,
  describeProblem,
  misleadingTextProblem,
  pushedMarkerProblem,
  nearestFirst,
  type InternalLink,
  type LinkSite,
} from '../lib/link-check.ts';
import { isTabSetId } from '../lib/layout-ids.ts';
import { Nearness } from '../lib/learn-links.ts';
import { isPublicFile } from '../lib/public-file.ts';
import { isOutbound, type LinkRecord } from '../lib/link-inventory.ts';
import { pageHref, slugOfContentPath } from '../lib/navigation.ts';
import { linkFailure, writtenHref } from './rehype-learn-links.ts';
import { isJsx } from './mdx-jsx.ts';
import { EMAIL_TEXT, EXTERNAL_TEXT } from './external-links.ts';
import { hasAccessibleName, shownNames } from './rehype-image-link-name.ts';
import { classifyUrl } from '../lib/url-class.ts';
import { pageLine, sourcePlace } from './source-place.ts';
import { leavesFolder } from '../lib/learn/source-files.ts';

export interface LinkCheckOptions {
  /** Hosts outbound links may go to. */
  allowedHosts: Iterable<string>;
  /** Project root: problems name files relative to it. */
  root: string;
  /** The site's public/ folder, whose files a link may open (by default `root`'s public/). */
  publicDir?: string;
  /** Throw on a problem (true) or warn (false); by default, warn only when NODE_ENV is development. */
  strict?: boolean;
}

/** What the checker records of a page, in its front matter, for the site-wide check and the Links page. */
export interface PageLinkRecord {
  /** The page's navigation links (`<a href>`), as published, for the Links page. */
  links: LinkRecord[];
  /** Its links to pages of this site, checked once every page's headings are known. */
  internal: InternalLink[];
  /** Ids a link can land on: headings and bookmarks (`<a id>`). */
  headingIds: string[];
  /**
   * Its links refused for their text (none, no image alt text, or an address the link does not go to), each with
   * its problem; recorded only when some are, for the import, which renders pages with problems as warnings
   * (strict false) and says them first.
   */
  textProblems?: { site: LinkSite; problem: string }[];
}

/** Every attribute of an element as name (as the browser reads it) and text value; repeated names kept. */
function attributesOf(node: Node): { name: string; value: string }[] {
  if (node.type === 'element') {
    const element = node as Element;
    return Object.entries(element.properties).flatMap(([property, value]) => {
      if (value === null || value === undefined || typeof value === 'boolean') return [];
      const text = Array.isArray(value) ? value.join(property === 'ping' ? ' ' : ',') : String(value);
      // hast names properties in camel case (`srcSet`, `xLinkHref`): lower case is the attribute's name.
      return [{ name: attributeName(property), value: text }];
    });
  }
  if (isJsx(node)) {
    return node.attributes.flatMap((attribute) =>
      attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
        ? [{ name: attributeName(attribute.name), value: attribute.value }]
        : [],
    );
  }
  return [];
}

/**
 * Whether `node` (child `index` of `parent`) is a link to the heading just before it, as the "#" link
 * rehype-autolink-headings puts after each heading: a target that exists by construction.
 */
function isLinkToHeadingBefore(node: Node, index: number | undefined, parent: Parent | undefined): boolean {
  if (node.type !== 'element' || (node as Element).tagName !== 'a' || !parent || index === undefined)
    return false;
  // The nearest sibling before it that is not white space, read from the link back: a copy of the siblings
  // before each link made a paragraph's or footnote's links quadratic (red team 22: one footnote referenced
  // 20,000 times, 82 KB, gave its definition 20,000 back links, 40 s of CPU here alone).
  let before: Node | undefined;
  for (let at = index - 1; at >= 0 && before === undefined; at--) {
    const sibling = parent.children[at];
    if (sibling !== undefined && (sibling.type !== 'text' || toString(sibling as Element).trim() !== ''))
      before = sibling;
  }
  if (before === undefined || headingRank(before as Element) === undefined) return false;
  const id = (before as Element).properties['id'];
  return typeof id === 'string' && (node as Element).properties['href'] === `#${id}`;
}

/**
 * Why a link of `kind` (as classifyUrl reads its href) without a name is refused, and what to write: a
 * reader sees nothing to click (or an image that says nothing), and a screen reader hears no name (on an
 * outbound link only the marker's words), which axe's link-name rule flags.
 */
function unnamedLinkProblem(link: Node, kind: ReturnType<typeof classifyUrl>['kind']): string {
  const heard =
    kind === 'outbound'
      ? `only "${EXTERNAL_TEXT}"`
      : kind === 'mailto'
        ? `only "${EMAIL_TEXT}"`
        : 'no name for it, at most its address';
  const tags: (string | null | undefined)[] = [];
  visit(link, (node: Node) => {
    tags.push(node.type === 'element' ? (node as Element).tagName : isJsx(node) ? node.name : undefined);
  });
  return tags.includes('img')
    ? `shows only an image without alt text: a screen reader hears ${heard}. Give the image alt text saying where the link goes: [![where it goes](image)](url).`
    : `has no text: a reader sees nothing to click, and a screen reader hears ${heard}. Write its text: [text](url).`;
}

/**
 * Why a file an HTML element of the page loads from the site (`<img src>`, `<video poster>`, `srcset`…) is
 * refused: its path names no file of public/, so a reader's browser gets a 404 and shows a broken image.
 * The browser requests it as written, resolved against the page's URL (a relative `images/a.gif` of
 * /x/ is /x/images/a.gif): Astro processes Markdown images only (real-folder trial BW, an `<img>` of an
 * .mdx page whose relative path named nothing, published silently). Undefined when it names one, or the page
 * itself (`<use href="#icon">`).
 */
function missingFileProblem(url: string, pagePath: string, publicDir: string): string | undefined {
  const found = classifyUrl(url, pagePath);
  if (found.kind !== 'internal' || found.path === pagePath || isPublicFile(found.path, publicDir))
    return undefined;
  return `names no file of public/ (${found.path}), so a reader's browser shows a broken image. Put the file in public/ and write its path from the site's root (/media/x.png), or write the image in Markdown, ![alt text](./x.png), which the build checks and publishes.`;
}

/**
 * SVG's presentation attributes that name a paint server, filter, clip path, mask or marker by `url(…)`, each with
 * the elements it can name (names as attributesOf gives them, hyphens left out: JSX writes `clipPath`, HTML
 * `clip-path`): a browser draws the element with what the URL names, an element of this page (`url(#gradient)`)
 * or of another document it loads; with any other element, or none, without it.
 */
const PAINT_SERVERS = ['linearGradient', 'radialGradient', 'pattern'];
const REFERENCING_ATTRIBUTES = new Map([
  ['fill', PAINT_SERVERS],
  ['stroke', PAINT_SERVERS],
  ['filter', ['filter']],
  ['clippath', ['clipPath']],
  ['mask', ['mask']],
  ['marker', ['marker']],
  ['markerstart', ['marker']],
  ['markermid', ['marker']],
  ['markerend', ['marker']],
]);

/** Whether an element named `tag` (lower case) is one of `kinds` (any when undefined). */
function isOfKinds(tag: string, kinds: readonly string[] | undefined): boolean {
  return kinds === undefined || kinds.some((kind) => kind.toLowerCase() === tag);
}

/**
 * Why a reference to an element of this page (`url(#id)` of REFERENCING_ATTRIBUTES, the `href` of an SVG `<use>`,
 * `<image>`, `<feImage>`, gradient…) names none its content holds of the kinds `kinds` (any when undefined), with
 * what to write; undefined when it does. `elements` maps each id of the page's content to its element's name, in
 * lower case (SVG's names are read in any case: `<lineargradient>` as HTML writes it). Chromium draws a shape
 * filled with `url(#nowhere)` not at all, and drops a mask or filter so named; a layout's id (`url(#main-content)`)
 * is none of the page's content's. The ids it suggests are found within the page's one `nearness` (a page of
 * thousands of broken references and ids took minutes when each found its own).
 */
function missingElementProblem(
  anchor: string | undefined,
  kinds: readonly string[] | undefined,
  elements: ReadonlyMap<string, string>,
  nearness: Nearness,
  listedOf: (kinds: readonly string[] | undefined) => string[],
): string | undefined {
  const element = anchor === undefined ? undefined : elements.get(anchor);
  if (element !== undefined && isOfKinds(element, kinds)) return undefined;
  const named =
    anchor === undefined
      ? 'names this page itself'
      : element === undefined
        ? `names #${anchor}, which no element of this page's content has`
        : `names #${anchor}, a <${element}>, which it cannot use (only ${(kinds ?? []).map((kind) => `<${kind}>`).join(', ')})`;
  const listed = listedOf(kinds);
  const known = listed.length === 0 ? 'none' : nearestFirst(`#${anchor ?? ''}`, listed, nearness);
  return `${named}, so a reader's browser draws it without what it refers to (a shape filled so is not drawn at all). Refer to an element the page writes, by its id (<linearGradient id="g"> and fill="url(#g)"); those it can name: ${known}.`;
}

/**
 * Why a `url(…)` of REFERENCING_ATTRIBUTES loads another document of this site that is no file of public/ (another
 * page, a missing SVG): Chromium loads it and draws the element without what it names. Undefined when it is one.
 */
function missingDocumentProblem(path: string, publicDir: string): string | undefined {
  return isPublicFile(path, publicDir)
    ? undefined
    : `loads ${path}, which is no file of public/, so a reader's browser draws it without what it refers to. Define the gradient, clip path, mask, filter or marker in the page's own <svg> and write url(#its-id), or put the SVG file in public/.`;
}

/** Rehype plugin: checks the URLs of each page and records its links; see the file comment. */
export function rehypeLinkCheck(options: LinkCheckOptions) {
  const allowedHosts = new Set(options.allowedHosts);
  const publicDir = options.publicDir ?? join(options.root, 'public');

  return (tree: Root, file: VFile) => {
    const strict = options.strict ?? process.env['NODE_ENV'] !== 'development';
    // A page's path keeps its folders (content/docs/setup.mdx is /docs/setup/).
    const inContent = relative(join(options.root, 'content'), file.path);
    const pagePath = pageHref(
      leavesFolder(inContent) ? basename(file.path, extname(file.path)) : slugOfContentPath(inContent),
    );
    const record: PageLinkRecord = { links: [], internal: [], headingIds: [] };
    const problems: string[] = [];
    let firstLine: number | undefined;
    let section: LinkRecord['section'];
    /** References to an element of this page (`url(#g)`, `<use href="#icon">`), checked once all its ids are known. */
    const elementReferences: {
      site: LinkSite;
      anchor: string | undefined;
      kinds: readonly string[] | undefined;
      line: number | undefined;
    }[] = [];
    /** Each id of the page's content, with its element's name in lower case (the first element of an id). */
    const elements = new Map<string, string>();
    /** Whether `url`, as classifyUrl read it, is this page's document: a reference to one of its elements. */
    const thisPage = (found: ReturnType<typeof classifyUrl>) =>
      found.kind === 'internal' && found.path === pagePath && found.search === '';

    visit(tree, (node: Node, index: number | undefined, parent: Parent | undefined) => {
      const tag = node.type === 'element' ? (node as Element).tagName : isJsx(node) ? (node.name ?? '') : '';
      if (tag === '') return;
      const line = node.position?.start.line;
      // Where it is written: the page, or an include's file and line (and where the page includes it); found
      // for a node with a URL or a nameless link only, not for every element of the page.
      let place: Pick<LinkSite, 'file' | 'line' | 'includedAt'> | undefined;
      const written = () => {
        if (place === undefined) {
          const found = sourcePlace(file, line, options.root);
          place = { file: found.path, line: found.line, includedAt: found.includedAt };
        }
        return place;
      };
      const attributes = attributesOf(node);
      const id = attributes.find((attribute) => attribute.name === 'id' || attribute.name === 'name');
      // Any id is a target (Learn bookmarks `<a id>` too); headings also open a section.
      if (id) {
        record.headingIds.push(id.value);
        if (!elements.has(id.value)) elements.set(id.value, tag.toLowerCase());
      }
      const rank = headingRank(node as Element);
      if (rank !== undefined && rank > 1 && id) {
        section = { id: id.value, title: toString(node as Element) };
      }
      const html = isJsx(node);
      for (const { name, value } of attributes) {
        const role = urlRole(tag, name);
        if (role === undefined) {
          // Any other value may be read as CSS (SVG's fill, filter, mask, clip-path, marker-*, cursor…):
          // its url(…)s load, so they stay on the site like any request; `url(#gradient)` is this page.
          const kinds = REFERENCING_ATTRIBUTES.get(name.replaceAll('-', ''));
          for (const url of cssUrls(value)) {
            const checked = checkUrl(url, pagePath, 'request', allowedHosts);
            const site = { ...written(), href: url, attribute: { element: tag, name, css: 'CSS URL' } };
            const found = kinds ? classifyUrl(url, pagePath) : undefined;
            let problem = 'problem' in checked ? checked.problem : undefined;
            if (!problem && found?.kind === 'internal') {
              if (thisPage(found)) elementReferences.push({ site, anchor: found.anchor, kinds, line });
              else problem = missingDocumentProblem(found.path, publicDir);
            }
            if (problem) {
              firstLine ??= pageLine(file, line);
              problems.push(describeProblem(site, problem));
            }
          }
          continue;
        }
        // The files a srcset loads are its candidates' URLs; urlsOf also gives its other words, to check them too.
        const loaded = name === 'srcset' || name === 'imagesrcset' ? new Set(srcsetUrls(value)) : undefined;
        for (const url of urlsOf(name, value)) {
          const href =
            name === 'href' && node.type === 'element' ? (writtenHref(node as Element) ?? url) : url;
          const site: LinkSite = {
            ...written(),
            href,
            published: url,
            ...(role === 'link' && name === 'href' ? {} : { attribute: { element: tag, name } }),
          };
          const checked = checkUrl(url, pagePath, role, allowedHosts);
          let problem = 'problem' in checked ? checked.problem : undefined;
          if (name === 'ping') problem ??= 'makes the browser report each click: content may not set ping=.';
          // An SVG <use>, <image>, <feImage> or gradient href to this page names one of its elements.
          const found = role === 'request' && name === 'href' ? classifyUrl(url, pagePath) : undefined;
          if (!problem && found?.kind === 'internal' && thisPage(found))
            elementReferences.push({ site, anchor: found.anchor, kinds: undefined, line });
          else if (!problem && html && role === 'request' && (loaded === undefined || loaded.has(url)))
            problem = missingFileProblem(url, pagePath, publicDir);
          if (!problem && html && role === 'link' && !('internal' in checked)) {
            problem =
              'is an HTML <a> leaving the site: write it as a Markdown link, [text](url), so it is marked as external.';
          }
          const misleading =
            !problem && role === 'link' && name === 'href' && 'ok' in checked
              ? (misleadingTextProblem(shownNames(node), url, allowedHosts) ??
                pushedMarkerProblem(toString(node as Element)))
              : undefined;
          if (misleading !== undefined) {
            problem = misleading;
            (record.textProblems ??= []).push({ site, problem });
          }
          if (problem) {
            firstLine ??= pageLine(file, line);
            problems.push(describeProblem(site, problem));
          }
          // Kept small, as Astro holds every page's record in memory: the links the site-wide check or
          // the /links/ page need (a heading's own "#" link needs no check; only outbound links are listed).
          // A link to a file of public/ (a full-size image the import published) is no page to check later.
          if (
            'internal' in checked &&
            !isLinkToHeadingBefore(node, index, parent) &&
            !isPublicFile(checked.internal.path, publicDir)
          )
            record.internal.push({ site, ...checked.internal });
          if (role === 'link' && isOutbound(url)) {
            const text = html ? '' : toString(node as Element).trim();
            record.links.push({ href: url, text, line: pageLine(file, line), section });
          }
        }
      }
      // A link (an `<a href>`, an empty one too) has a name, or is refused.
      const href = tag === 'a' ? attributes.find(({ name }) => name === 'href') : undefined;
      if (href !== undefined && !hasAccessibleName(node)) {
        const asWritten = node.type === 'element' ? (writtenHref(node as Element) ?? href.value) : href.value;
        const site: LinkSite = { ...written(), href: asWritten, published: href.value };
        const problem = unnamedLinkProblem(node, classifyUrl(href.value, pagePath).kind);
        firstLine ??= pageLine(file, line);
        problems.push(describeProblem(site, problem));
        (record.textProblems ??= []).push({ site, problem });
      }
    });

    const nearness = new Nearness();
    // The ids each kind of reference can name, listed once a page (REFERENCING_ATTRIBUTES' lists, or any).
    const listed = new Map<readonly string[] | undefined, string[]>();
    const listedOf = (kinds: readonly string[] | undefined) => {
      const known = listed.get(kinds);
      if (known !== undefined) return known;
      const ids = [...elements]
        .filter(([id, tag]) => !isTabSetId(id) && isOfKinds(tag, kinds))
        .map(([id]) => `#${id}`);
      listed.set(kinds, ids);
      return ids;
    };
    for (const { site, anchor, kinds, line } of elementReferences) {
      const problem = missingElementProblem(anchor, kinds, elements, nearness, listedOf);
      if (problem === undefined) continue;
      firstLine ??= pageLine(file, line);
      problems.push(describeProblem(site, problem));
    }

    if (problems.length > 0) {
      const message = `Broken link${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`;
      if (strict) throw linkFailure(message, firstLine);
      console.warn(`[links] ${message}`);
    }

    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter['links'] = record.links;
    file.data.astro.frontmatter['linkCheck'] = {
      internal: record.internal,
      headingIds: record.headingIds,
      ...(record.textProblems ? { textProblems: record.textProblems } : {}),
    };
  };
}
