/** Learn's `:::image …:::` as `<figure>`/`<img>` with its alt text; a missing file shows the alt text instead. */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type {
  Blockquote,
  Definition,
  Image,
  ImageReference,
  Link,
  LinkReference,
  ListItem,
  Paragraph,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  Text,
} from 'mdast';
import type { Element, ElementContent, Properties } from 'hast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit, type VisitorResult } from '../lib/tree-visit.ts';
import type { VFile } from 'vfile';
import { SITE_LANG } from '../consts.ts';
import { confineLearnPath } from '../lib/learn/include.ts';
import { isPublicFile } from '../lib/public-file.ts';
import { classifyUrl } from '../lib/url-class.ts';
import {
  hasImageExtension,
  IMAGE_EXTENSIONS,
  IMAGE_MAX_BYTES,
  imageProblem,
  relativePath,
} from '../lib/learn/source-files.ts';
import { IMAGE_DIRECTIVE, IMAGE_END, parseImageDirective, type ImageDirective } from '../lib/learn/syntax.ts';
import { inlineLines, joinLines, type InlineLine } from './inline-lines.ts';
import { otherPageLang } from './page-lang.ts';
import { pagePoint, placeName, sourcePlace } from './source-place.ts';
import { alsoLines } from '../lib/import/report.ts';

export interface LearnImagesOptions {
  /** The site's public/ folder: an image `source` is a path under it (`/media/x.png`). */
  publicDir: string;
  /**
   * The pages' folder, content/: a relative image path (`![d](./x.png)`) names a file inside it. By
   * default the content/ beside `publicDir`, as both are in the project's folder.
   */
  contentDir?: string;
}

/**
 * Warnings already given in this build: a page rendered more than once says it once (`astro dev` says it
 * at each edit of the page).
 */
const warned = new Set<string>();

/** Says `message` unless a warning of the same `key` was given in this build (warned). */
function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  if (process.env['NODE_ENV'] !== 'development') warned.add(key);
  console.warn(`[learn-images] ${message}`);
}

/** A missing file's uses on one page, from one source file: where it is first, and the lines of the others. */
interface MissingUses {
  first: string;
  message: string;
  lines: number[];
}

/** The missing files of each page being rendered, said together once its images are made (sayMissing). */
const missingOf = new WeakMap<VFile, Map<string, MissingUses>>();

/**
 * Notes that `image.source` is not in public/; `what` says so and what the page does instead (by default:
 * shows the alt text). sayMissing says it once for the page.
 */
function warnMissing(
  image: Pick<ImageDirective, 'source'>,
  file: VFile,
  line: number | undefined,
  what = (source: string) => `image "${source}" is not in public/: the page shows its alt text instead`,
): void {
  const message = what(image.source);
  // The same file missing again in the same source (a check mark in every cell of a table) is one warning.
  const { path, line: own } = sourcePlace(file, line);
  const key = `${path}\0${message}`;
  const missing = missingOf.get(file) ?? new Map<string, MissingUses>();
  missingOf.set(file, missing);
  const uses = missing.get(key);
  if (uses) uses.lines.push(own ?? 0);
  // Named from the project, as the build's other messages name files (content/a.md:12).
  else missing.set(key, { first: placeName(file, line), message, lines: [own ?? 0] });
}

/** Warns, once a build, that the complex image at `line` has no `:::image-end:::` after it in its block. */
function warnUnclosed(file: VFile, line: number | undefined): void {
  const place = placeName(file, line);
  warnOnce(
    `${place}:unclosed`,
    `${place}: this :::image type="complex"::: has no :::image-end::: after it, so what ` +
      "follows it stays on the page rather than in the image's long description. Add :::image-end::: " +
      'after the description.',
  );
}

/**
 * Warns of each file missing on the page, once per source file it is written in, at its first use,
 * counting the others: certificates-configure.md of MicrosoftDocs/memdocs shows one missing check mark 40
 * times on 12 lines, which made 12 warnings.
 */
function sayMissing(file: VFile): void {
  for (const { first, message, lines } of missingOf.get(file)?.values() ?? []) {
    const others = alsoLines(lines);
    const repeats =
      lines.length === 1
        ? ''
        : ` (used ${String(lines.length)} times in this file${others && `: ${others}`})`;
    warnOnce(
      `${first}:${message}`,
      `${first}: ${message}${repeats}. Put the file there ` +
        '(the import copies the images it finds beside an article).',
    );
  }
  missingOf.delete(file);
}

/** The alt text of an image that is not there, in the box a missing image shows. */
function missingText(altText: string, source: string): PhrasingContent {
  return {
    type: 'text',
    value: altText || source,
    data: { hName: 'span', hProperties: { className: ['image-missing'] } },
  };
}

/** `<img>` of a present image, or the alt text in a box when it is missing. */
function picture(image: ImageDirective, present: boolean): Element {
  if (!present) {
    return {
      type: 'element',
      tagName: 'span',
      properties: { className: ['image-missing'] },
      children: [{ type: 'text', value: image.altText || image.source }],
    };
  }
  const properties: Properties = {
    src: image.source,
    alt: image.altText,
    loading: 'lazy',
    decoding: 'async',
  };
  return { type: 'element', tagName: 'img', properties, children: [] };
}

/**
 * A node that mdast-util-to-hast turns into exactly the element `hName`: with `hChildren`, or with the
 * Markdown `children` (a link stays a Markdown link, resolved and checked as any other). Its own type
 * (not an empty paragraph) because MDX removes paragraphs with no Markdown children.
 */
function element(
  hName: string,
  hProperties: Properties,
  content: { hChildren: ElementContent[] } | { children: RootContent[] },
): RootContent {
  const hChildren = 'hChildren' in content ? content.hChildren : undefined;
  return {
    type: 'learnImage',
    children: 'children' in content ? content.children : [],
    data: { hName, hProperties, ...(hChildren ? { hChildren } : {}) },
  } as unknown as RootContent;
}

/** The link a source puts around a block image (`[:::image …:::](url)`), if any. */
type ImageLink = Link | LinkReference;

/** The picture of a block image, inside the source's link when it has one (a missing image's box too). */
function linkedPicture(image: ImageDirective, present: boolean, link: ImageLink | undefined): RootContent {
  const shown = picture(image, present);
  const node = element(shown.tagName, shown.properties, { hChildren: shown.children });
  return link ? ({ ...link, children: [node] } as unknown as RootContent) : node;
}

/**
 * `<figure>` of a block image, its picture inside the source's link when it has one (`<figure><a><img>`:
 * the link named by the alt text); a complex image carries its long description in `<details>`, whose
 * summary is the site's words (`lang="en"` on a page in another language: `english`).
 */
function figure(
  image: ImageDirective,
  present: boolean,
  description: RootContent[],
  link: ImageLink | undefined,
  english: boolean,
): RootContent {
  const className = ['learn-image', ...(present ? [] : ['learn-image-missing'])];
  const shown = linkedPicture(image, present, link);
  if (description.length === 0) return element('figure', { className }, { children: [shown] });
  const summary: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: 'Description of the image' }],
    data: { hName: 'summary', ...(english ? { hProperties: { lang: SITE_LANG } } : {}) },
  };
  const details: Blockquote = {
    type: 'blockquote',
    children: [summary, ...(description as Blockquote['children'])],
    data: { hName: 'details' },
  };
  const picturePara = element(
    'div',
    { className: ['learn-image-picture'] },
    { children: [shown] },
  ) as Blockquote['children'][number];
  return {
    type: 'blockquote',
    children: [picturePara, details],
    data: { hName: 'figure', hProperties: { className } },
  };
}

/**
 * The link an image's `link="…"` names: docfx puts the image inside it (Learn's "Deploy to Azure" buttons), before
 * any lightbox. A Markdown link, resolved and checked as any other.
 */
function attributeLink(image: ImageDirective): Link | undefined {
  const url = image.attributes['link']?.trim();
  return url ? { type: 'link', url, children: [] } : undefined;
}

/**
 * The link to the full-size file a block image's `lightbox="…"` names (Learn opens it on a click), when
 * that is a file of public/ (the import publishes it as it publishes the image); `missing` when it is not;
 * undefined when the image has no lightbox.
 */
function lightboxLink(
  image: ImageDirective,
  publicDir: string,
): { link: Link } | { missing: string } | undefined {
  const source = image.attributes['lightbox']?.trim();
  if (source === undefined || source === '') return undefined;
  if (!isPublicFile(source, publicDir)) return { missing: source };
  return { link: { type: 'link', url: source, children: [] } };
}

/** True when `line` is a block image's opening alone (`:::image type="content" …:::`, linked or not): no icon. */
function isBlockImageLine(line: InlineLine): boolean {
  const [only, ...more] = line.nodes;
  if (!only || more.length > 0 || !['text', 'link', 'linkReference'].includes(only.type)) return false;
  const text = toString(only).trim();
  const opening = new RegExp(`^${IMAGE_DIRECTIVE.source}$`).exec(text);
  const image = opening && parseImageDirective(opening[1] ?? '');
  return Boolean(image && image.type !== 'icon');
}

/**
 * The paragraphs `node` is once each line that is a block image's opening is a paragraph of its own: Learn
 * takes such a line as a block wherever it is written (two images on consecutive lines, an image on the
 * line under a list item's text), not as text of the paragraph around it. Undefined when there is none, or
 * the paragraph is that line alone. Each new paragraph keeps its line, for the warnings that name it.
 */
function splitAtImages(node: Paragraph): Paragraph[] | undefined {
  const lines = inlineLines(node.children);
  if (lines.length < 2 || !lines.some(isBlockImageLine)) return undefined;
  const firstLine = node.position?.start.line;
  const paragraphs: Paragraph[] = [];
  let run: InlineLine[] = [];
  let runStart = 0;
  const push = (children: Paragraph['children'], line: number) => {
    if (!children.some((child) => child.type !== 'text' || child.value.trim() !== '')) return;
    const position =
      firstLine === undefined
        ? undefined
        : { start: { line: firstLine + line, column: 1 }, end: { line: firstLine + line, column: 1 } };
    paragraphs.push({ type: 'paragraph', children, ...(position ? { position } : {}) });
  };
  lines.forEach((line, index) => {
    if (!isBlockImageLine(line)) {
      if (run.length === 0) runStart = index;
      run.push(line);
      return;
    }
    push(joinLines(run), runStart);
    run = [];
    push(line.nodes, index);
  });
  push(joinLines(run), runStart);
  return paragraphs;
}

/**
 * The path Astro reads as a file to import for an image `url` (`./x.png`, `../media/x.svg`), or undefined
 * when it leaves the URL to the browser: Astro (remark-collect-images) takes every image URL that is no
 * absolute URL once decodeURI'd and does not start with `/`, and hands it to Vite, which reads it from
 * anywhere and through any loader a query names (`?raw` is the file as text).
 */
function importedImagePath(url: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    return url;
  }
  return decoded === '' || URL.canParse(decoded) || decoded.startsWith('/') ? undefined : decoded;
}

/**
 * The path on this site of an image written from the site's root (`/media/a.png`) or as an address of the
 * site (`https://<site>/media/a.png`), classified as a browser reads it; undefined for a relative path,
 * another site's address, or one the site refuses.
 */
function publishedPath(url: string): string | undefined {
  if (!url.startsWith('/') && !URL.canParse(url)) return undefined;
  const found = classifyUrl(url);
  return found.kind === 'internal' ? found.url.pathname : undefined;
}

/** The first bytes of `path`, up to one more than an image may have (enough to refuse a bigger one). */
function readImageBytes(path: string): Uint8Array | undefined {
  const stat = statSync(path);
  if (!stat.isFile()) return undefined;
  const bytes = new Uint8Array(Math.min(stat.size, IMAGE_MAX_BYTES + 1));
  const fd = openSync(path, 'r');
  try {
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * The URL Astro is to import for the image `url` of the page `page`, relative to the page and confined to
 * `contentDir`: it carries no query or fragment (Vite's loaders, `?raw`, `?url`, `?inline`), names an image
 * file (extension and contents, an SVG that runs nothing) inside content/ once its symlinks are resolved,
 * and is written as `./…` from the page to that file, so that Vite resolves no alias or package either.
 * Otherwise the problem, naming the path as written.
 */
function confinedImageUrl(
  url: string,
  page: string,
  contentDir: string,
): { url: string } | { problem: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return { problem: `"${url}" is not a valid path (a stray %).` };
  }
  if (/[?#]/.test(decoded))
    return {
      problem: `"${url}" has a query or fragment: an image path names a file, nothing more (?raw, ?url, ?inline read any file as text). Write the path alone.`,
    };
  if (!hasImageExtension(decoded))
    return { problem: `"${url}" is not an image this site publishes (${IMAGE_EXTENSIONS.join(', ')}).` };
  const fromDir = dirname(page);
  const found = confineLearnPath(url, fromDir, contentDir, contentDir);
  if (!found.ok) return { problem: found.problem.replace('source folder', 'content folder') };
  const bytes = readImageBytes(found.path);
  const problem = bytes === undefined ? `"${url}" is not a file.` : imageProblem(url, bytes);
  if (problem) return { problem };
  const path = relativePath(fromDir, found.path);
  return { url: encodeURI(path.startsWith('../') ? path : `./${path}`) };
}

/**
 * The link reference definitions of `tree` by identifier, upper-cased: the first of each, the one
 * mdast-util-to-hast gives a reference.
 */
function firstDefinitions(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    const key = node.identifier.toUpperCase();
    if (!definitions.has(key)) definitions.set(key, node);
  });
  return definitions;
}

/**
 * Each Markdown image of `tree` that Astro would import as a file (`![d](./x.png)`, `![d][ref]`): its URL
 * rewritten to the confined one, or the build failed naming the file, the line and what to do, before
 * Astro or Vite reads anything (this plugin runs before Astro collects the images).
 */
function confineImportedImages(tree: Root, file: VFile, contentDir: string): void {
  if (!file.path) return; // Astro imports images only from a page that has a file.
  const page = resolve(file.cwd, file.path);
  const definitions = new Map<string, Definition[]>();
  visit(tree, 'definition', (node: Definition) => {
    const key = node.identifier.toUpperCase();
    definitions.set(key, [...(definitions.get(key) ?? []), node]);
  });
  // `where`: the image as written in the page, whose line the message names (a reference's, not its definition's).
  const check = (node: Image | Definition, where: Image | ImageReference) => {
    if (importedImagePath(node.url) === undefined) return;
    const confined = confinedImageUrl(node.url, page, contentDir);
    if ('url' in confined) {
      node.url = confined.url;
      return;
    }
    file.fail(`${placeName(file, where.position?.start.line)}: image ${confined.problem}`, {
      place: pagePoint(file, where.position?.start) ?? null,
      ruleId: 'image-path',
      source: 'remark-learn-images',
    });
  };
  visit(tree, (node) => {
    if (node.type === 'image') check(node, node);
    else if (node.type === 'imageReference') {
      for (const definition of definitions.get(node.identifier.toUpperCase()) ?? []) check(definition, node);
    }
  });
}

/** Remark plugin for Learn's image extension: `type="content"`, `"complex"` (with `:::image-end:::`) and `"icon"`. */
export function remarkLearnImages(options: LearnImagesOptions) {
  const contentDir = options.contentDir ?? join(dirname(resolve(options.publicDir)), 'content');
  return (tree: Root, file: VFile) => {
    const english = otherPageLang(file) !== undefined;
    visit(tree, 'paragraph', (node: Paragraph, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return undefined;
      const paragraphs = splitAtImages(node);
      if (!paragraphs) return undefined;
      parent.children.splice(index, 1, ...paragraphs);
      // Blocks in a list item: a tight list would run them into one line.
      if (parent.type === 'listItem') (parent as ListItem).spread = true;
      return [SKIP, index + paragraphs.length];
    });

    // Block images: a paragraph that is one `:::image …:::` (a complex one runs to its `:::image-end:::`).
    visit(tree, 'paragraph', (node: Paragraph, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const text = toString(node).trim();
      const opening = new RegExp(`^${IMAGE_DIRECTIVE.source}`).exec(text);
      if (!opening) return;
      // `[:::image …:::](url)`: the link holds the whole directive, and nothing else.
      const [first] = node.children;
      const link =
        (first?.type === 'link' || first?.type === 'linkReference') &&
        toString(first).trim() === opening[0].trim()
          ? first
          : undefined;
      const image = parseImageDirective(opening[1] ?? '');
      if (!image || image.type === 'icon') return;
      let rest = text.slice(opening[0].length).trim();
      const siblings: RootContent[] = [];
      let end = index;
      if (image.type === 'complex' && !IMAGE_END.test(rest)) {
        // The long description spans the next blocks, up to the paragraph holding `:::image-end:::`.
        const closing = parent.children.findIndex(
          (child, at) => at > index && IMAGE_END.test(toString(child)),
        );
        // Without one, the rest of the page would be hidden in the description: it stays on the page.
        if (closing === -1) warnUnclosed(file, node.position?.start.line);
        for (let next = index + 1; next <= closing; next += 1) {
          const child = parent.children[next] as RootContent;
          end = next;
          if (next === closing) {
            rest = toString(child);
            break;
          }
          siblings.push(
            child.type === 'code'
              ? { type: 'paragraph', children: [{ type: 'text', value: child.value }] }
              : child,
          );
        }
      } else if (image.type !== 'complex' && rest !== '') {
        return; // An opening followed by more text is not a block image; left for the build check to report.
      }
      const description = [
        ...siblings,
        ...rest
          .replace(IMAGE_END, '')
          .split(/\n\s*\n/)
          .map((para) => para.replace(/\s+/g, ' ').trim())
          .filter((para) => para !== '')
          .map((para): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: para }] })),
      ];
      const present = isPublicFile(image.source, options.publicDir);
      if (!present) warnMissing(image, file, node.position?.start.line);
      const linked = link ?? attributeLink(image);
      // Learn's `lightbox="full.png"` opens the image's full-size file: here a link to it, when it is published.
      const lightbox = linked ? undefined : lightboxLink(image, options.publicDir);
      if (lightbox && 'missing' in lightbox)
        warnMissing(
          { source: lightbox.missing },
          file,
          node.position?.start.line,
          (source) =>
            `lightbox "${source}" is not in public/: the image is shown without a link to its full-size file`,
        );
      // A complex image's long description stays on the page, one click away in `<details>`, as on Learn.
      parent.children.splice(
        index,
        end - index + 1,
        figure(
          image,
          present,
          image.type === 'complex' ? description : [],
          linked ?? (lightbox && 'link' in lightbox ? lightbox.link : undefined),
          english,
        ),
      );
      return [SKIP, index + 1];
    });

    // Inline icons: `:::image type="icon" …:::` inside a sentence becomes an `<img>` (alt "" when decorative).
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !node.value.includes(':::image')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(IMAGE_DIRECTIVE)) {
        const image = parseImageDirective(match[1] ?? '');
        if (!image) continue;
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        const present = isPublicFile(image.source, options.publicDir);
        if (!present) warnMissing(image, file, node.position?.start.line);
        const img: Image = { type: 'image', url: image.source, alt: image.altText };
        // A missing decorative icon (no alt text) shows nothing: its path is no text for a reader.
        const shown = present
          ? img
          : image.altText || image.type !== 'icon'
            ? missingText(image.altText, image.source)
            : undefined;
        const link = attributeLink(image);
        if (shown) parts.push(link ? { ...link, children: [shown] } : shown);
        last = match.index + match[0].length;
      }
      if (last === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(parts as RootContent[]));
      return [SKIP, index + parts.length];
    });

    // Markdown's own `![alt](/media/a.png)`, or the site's address in full: a file of the site that is not
    // there shows its alt text, as Learn's images do, instead of a broken image (other origins are refused
    // by rehype-link-check, relative paths are Astro's to import: confineImportedImages). A reference
    // image (`![alt][m]` with `[m]: media/x.png`) is its definition's URL, as the HTML step resolves it.
    const definitions = firstDefinitions(tree);
    const showMissing = (
      node: Image | ImageReference,
      url: string | undefined,
      index: number | undefined,
      parent: Parent | undefined,
    ): VisitorResult => {
      if (!parent || index === undefined || url === undefined) return undefined;
      const sitePath = publishedPath(url);
      if (sitePath === undefined || isPublicFile(sitePath, options.publicDir)) return undefined;
      warnMissing({ source: url }, file, node.position?.start.line);
      // Without alt text the image was decorative: nothing shows, as nothing would have been read.
      if (!node.alt) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      parent.children.splice(index, 1, missingText(node.alt, url) as RootContent);
      return undefined;
    };
    // One walk, so the warnings come in the page's order.
    visit(tree, ['image', 'imageReference'], (node, index, parent: Parent | undefined) => {
      if (node.type === 'image') return showMissing(node as Image, (node as Image).url, index, parent);
      if (node.type !== 'imageReference') return undefined;
      const reference = node as ImageReference;
      const url = definitions.get(reference.identifier.toUpperCase())?.url;
      return showMissing(reference, url, index, parent);
    });

    sayMissing(file);
    // Last, once every image is made: a relative one is a file Astro imports, so it must be one of content/.
    confineImportedImages(tree, file, contentDir);
  };
}
