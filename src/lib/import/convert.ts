/** Learn articles into this site's pages: the whole import as a plan (pages, image copies, warnings), no writing. */
import { dirname, posix, relative, resolve, sep } from 'node:path';
import {
  mapLearnFrontMatter,
  renderFrontMatter,
  splitFrontMatter,
  type PageFrontMatter,
} from './front-matter.ts';
import { IMAGE_DIRECTIVE, parseImageDirective } from './learn-syntax.ts';
import { toMdxSafe } from './mdx-safe.ts';
import {
  headingSlug,
  headingSlugs,
  promoteHeadings,
  relinkAnchors,
  splitArticle,
  withoutH1,
} from './split.ts';
import type { TocEntry } from './toc-yml.ts';

/** How the import reads source files; tests pass an in-memory folder. */
export interface SourceFiles {
  /** The file's text, or undefined when there is no such file. */
  read(path: string): string | undefined;
  exists(path: string): boolean;
}

export interface ImportOptions {
  /** `h2`: one overview page (`index`) plus one page per H2 section. */
  split?: 'h2' | undefined;
  /** Sidebar order and labels from a Learn TOC.yml, with the folder its hrefs are relative to. */
  toc?: { entries: TocEntry[]; dir: string } | undefined;
  /** Sidebar order of the first imported page (after the pages the site already has). Default 1. */
  firstOrder?: number | undefined;
}

export interface PlannedPage {
  slug: string;
  /** The Learn file it comes from. */
  source: string;
  frontMatter: PageFrontMatter;
  body: string;
}

/** A message about a place in a source file. */
export interface ImportNote {
  file: string;
  line: number;
  message: string;
}

export interface ImportPlan {
  pages: PlannedPage[];
  /** Image files to copy: absolute source path → path under the project (`public/media/x.png`). */
  copies: { from: string; to: string }[];
  warnings: ImportNote[];
  /** Front-matter keys dropped per file (the schema has no field for them). */
  dropped: { file: string; keys: string[] }[];
}

/** A page file's text. */
export function renderPage(page: PlannedPage): string {
  return `${renderFrontMatter(page.frontMatter)}\n${page.body.trim()}\n`;
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const MARKDOWN_IMAGE = /(!\[[^\]]*\]\()([^)\s]+)((?:\s+"[^"]*")?\))/g;
const INCLUDE_LINE = /^([ \t]*(?:>[ \t]*)*)\[!INCLUDE\s*\[[^\]]*\]\(([^)\s]+)\)\s*\]\s*$/i;
const KNOWN_ALERT = /\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/i;

/** Where a source image is published: `media/a/b.png` → `/media/a/b.png`, other folders under `/media/`. */
function sitePathOfImage(sourceDir: string, source: string, root: string): string {
  const path = relative(root, resolve(sourceDir, decodeURIComponent(source)))
    .split(sep)
    .join('/');
  const inside = posix.normalize(path).replace(/^(?:\.\.\/)+/, '');
  return `/${inside.startsWith('media/') ? inside : `media/${inside}`}`;
}

/** Line number (1-based) of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

interface Context {
  files: SourceFiles;
  plan: ImportPlan;
  /** The folder images are published relative to (the folder of the first source file). */
  root: string;
}

/** Learn constructs the site does not render, or renders with a caveat: reported with file and line. */
function scanConstructs(text: string, file: string, firstLine: number, context: Context): void {
  let fence = false;
  text.split('\n').forEach((line, index) => {
    const where = { file, line: firstLine + index };
    if (/^\s*(`{3,}|~{3,})/.test(line)) fence = !fence;
    if (fence) return;
    const directive = /:::([\w-]+)/.exec(line)?.[1];
    if (directive === 'zone') {
      context.plan.warnings.push({
        ...where,
        message: 'zone: every pivot is shown, one after another, each under a "For <pivot>:" label.',
      });
    } else if (directive === 'moniker') {
      context.plan.warnings.push({
        ...where,
        message:
          ':::moniker::: is not supported (versioned content): the build will fail on the raw ":::". Keep one version and remove the markers.',
      });
    } else if (
      directive !== undefined &&
      !/^(?:image|image-end|row|row-end|column|column-end|zone-end)$/.test(directive)
    ) {
      context.plan.warnings.push({
        ...where,
        message: `:::${directive}::: is not supported: the build will fail on the raw ":::". Rewrite it as Markdown.`,
      });
    }
    if (/^#{1,6}\s+\[[^\]]*\]\(#tab\//.test(line)) {
      context.plan.warnings.push({
        ...where,
        message:
          'tabs (#tab/…) are not supported: each tab renders as a heading with a link, one after another.',
      });
    }
    for (const marker of line.matchAll(/\[!([\w-]+)/g)) {
      const name = (marker[1] ?? '').toUpperCase();
      if (name === 'INCLUDE') continue;
      if (name === 'DIV' || KNOWN_ALERT.test(`[!${name}]`)) {
        if (!/^\s*>/.test(line))
          context.plan.warnings.push({
            ...where,
            message: `[!${marker[1]}] outside a "> " quote is not rendered: the build will fail on it.`,
          });
      } else {
        context.plan.warnings.push({
          ...where,
          message: `[!${marker[1]}] is not supported: the build will fail on it. Rewrite it as Markdown.`,
        });
      }
    }
  });
}

/** Image sources relative to `file` are published under /media/ and queued for copying; missing files warned. */
function rewriteImages(text: string, file: string, firstLine: number, context: Context): string {
  const publish = (source: string, offset: number): string => {
    if (source.startsWith('/') && !source.startsWith('//')) return source;
    const line = firstLine + lineAt(text, offset) - 1;
    if (REMOTE.test(source)) {
      context.plan.warnings.push({
        file,
        line,
        message: `image ${source} is on another site, which this site never loads from: the page shows its alt text. Download it next to the article.`,
      });
      return source;
    }
    const from = resolve(dirname(file), decodeURIComponent(source));
    const sitePath = sitePathOfImage(dirname(file), source, context.root);
    if (context.files.exists(from)) {
      if (!context.plan.copies.some((copy) => copy.from === from))
        context.plan.copies.push({ from, to: `public${sitePath}` });
    } else {
      context.plan.warnings.push({
        file,
        line,
        message: `image ${source} is missing (${from}): the page shows its alt text instead.`,
      });
    }
    return sitePath;
  };
  return text
    .replace(new RegExp(IMAGE_DIRECTIVE.source, 'g'), (whole: string, attributes: string, offset: number) => {
      const image = parseImageDirective(attributes);
      if (!image) return whole;
      return whole.replace(
        /(source\s*=\s*")([^"]*)(")/,
        (_match, open: string, source: string, close: string) => `${open}${publish(source, offset)}${close}`,
      );
    })
    .replace(
      MARKDOWN_IMAGE,
      (_whole, open: string, source: string, close: string, offset: number) =>
        `${open}${publish(source, offset)}${close}`,
    );
}

/** Relative links of an included file, rewritten to be relative to the page that includes it. */
function rebaseLinks(text: string, includeDir: string, pageDir: string): string {
  return text.replace(/(\]\()([^)\s]+)/g, (whole, open: string, href: string) => {
    if (REMOTE.test(href) || href.startsWith('/') || href.startsWith('#')) return whole;
    return `${open}${relative(pageDir, resolve(includeDir, href)).split(sep).join('/')}`;
  });
}

/** One file's text with images published and includes inlined (recursively), its constructs reported. */
function prepare(
  text: string,
  file: string,
  firstLine: number,
  context: Context,
  chain: readonly string[],
): string {
  scanConstructs(text, file, firstLine, context);
  const withImages = rewriteImages(text, file, firstLine, context);
  let fence = false;
  return withImages
    .split('\n')
    .map((line, index) => {
      if (/^\s*(`{3,}|~{3,})/.test(line)) fence = !fence;
      const include = fence ? null : INCLUDE_LINE.exec(line);
      if (!include) return line;
      const [, prefix = '', path = ''] = include;
      const target = resolve(dirname(file), decodeURIComponent(path));
      const included = context.files.read(target);
      if (included === undefined) {
        throw new Error(
          `${file}:${firstLine + index}: [!INCLUDE] of "${path}": the include file ${target} does not exist.`,
        );
      }
      if (chain.includes(target))
        throw new Error(`${file}:${firstLine + index}: [!INCLUDE] of "${path}" includes itself.`);
      const { body } = splitFrontMatter(included, target);
      const bodyStart = included.slice(0, included.length - body.length).split('\n').length;
      const inlined = rebaseLinks(
        prepare(body.trim(), target, bodyStart, context, [...chain, target]),
        dirname(target),
        dirname(chain[0] ?? file),
      );
      return inlined
        .split('\n')
        .map((includedLine) => `${prefix}${includedLine}`.trimEnd())
        .join('\n');
    })
    .join('\n');
}

/** A short description of a section: its first sentence of prose, else the heading with the article's description. */
function sectionDescription(body: string, heading: string, articleDescription: string): string {
  const prose = body
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !/^(?:[#>|<:*+-]|\d+\.|\[!)/.test(line));
  const sentence = prose
    ?.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .split(/(?<=[.!?])\s+/)[0]
    ?.trim();
  return sentence && sentence.length >= 20 && /[.!?]$/.test(sentence)
    ? sentence
    : `${heading}: ${articleDescription}`;
}

/** Plans the import of `files` (absolute paths, in sidebar order unless a TOC says otherwise). */
export function planImport(
  files: readonly string[],
  options: ImportOptions,
  access: SourceFiles,
): ImportPlan {
  if (options.split && files.length !== 1)
    throw new Error('--split h2 makes one article into the site: pass exactly one file.');
  const plan: ImportPlan = { pages: [], copies: [], warnings: [], dropped: [] };
  const first = options.firstOrder ?? 1;
  const context: Context = { files: access, plan, root: dirname(files[0] ?? '.') };
  const tocIndex = (file: string) =>
    options.toc?.entries.findIndex((entry) => resolve(options.toc?.dir ?? '', entry.href) === file) ?? -1;
  const ordered = options.toc
    ? [...files].sort(
        (a, b) =>
          (tocIndex(a) === -1 ? Infinity : tocIndex(a)) - (tocIndex(b) === -1 ? Infinity : tocIndex(b)),
      )
    : [...files];

  for (const file of ordered) {
    const text = access.read(file);
    if (text === undefined) throw new Error(`${file}: no such file.`);
    const { data, body } = splitFrontMatter(text, file);
    const learn = mapLearnFrontMatter(data, file);
    if (learn.dropped.length > 0) plan.dropped.push({ file, keys: learn.dropped });
    const bodyStart = text.slice(0, text.length - body.length).split('\n').length;
    const prepared = prepare(body, file, bodyStart, context, [file]);
    const base = { updated: learn.updated, author: learn.author };
    const fileSlug = posix.basename(file.split(sep).join('/')).replace(/\.md$/i, '').toLowerCase();
    if (!/^[\w-]+$/.test(fileSlug))
      throw new Error(`${file}: its name must be letters, digits and hyphens, to be a page slug.`);
    if (options.toc && tocIndex(file) === -1)
      plan.warnings.push({ file, line: 1, message: 'not in the TOC.yml: placed after the pages it lists.' });

    if (options.split === 'h2') {
      const article = splitArticle(prepared);
      const sections = article.sections.map((section) => ({
        ...section,
        slug: headingSlug(section.heading),
      }));
      const anchorPages = new Map<string, { slug: string; isTitle: boolean }>();
      for (const section of sections) {
        anchorPages.set(section.slug, { slug: section.slug, isTitle: true });
        for (const anchor of headingSlugs(section.body))
          anchorPages.set(anchor, { slug: section.slug, isTitle: false });
      }
      const selfFile = posix.basename(file.split(sep).join('/'));
      plan.pages.push({
        slug: 'index',
        source: file,
        frontMatter: {
          title: article.h1 ?? learn.title,
          sidebarLabel: 'Overview',
          description: learn.description,
          order: first,
          ...base,
        },
        body:
          toMdxSafe(relinkAnchors(article.intro, 'index', selfFile, anchorPages)) +
          '\n\n## In this article\n\n<SectionList />',
      });
      sections.forEach((section, index) => {
        plan.pages.push({
          slug: section.slug,
          source: file,
          frontMatter: {
            title: section.heading,
            description: sectionDescription(section.body, section.heading, learn.description),
            order: first + index + 1,
            ...base,
          },
          body: toMdxSafe(relinkAnchors(promoteHeadings(section.body), section.slug, selfFile, anchorPages)),
        });
      });
    } else {
      const page = withoutH1(prepared);
      const title = page.h1 ?? learn.title;
      const tocEntry = options.toc?.entries[tocIndex(file)];
      const label = tocEntry?.name || learn.title;
      plan.pages.push({
        slug: fileSlug,
        source: file,
        frontMatter: {
          title,
          ...(label !== title ? { sidebarLabel: label } : {}),
          ...(tocEntry?.group ? { group: tocEntry.group } : {}),
          description: learn.description,
          order: first + plan.pages.length,
          ...base,
        },
        body: toMdxSafe(page.body),
      });
    }
  }

  plan.warnings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const seen = new Set<string>();
  for (const page of plan.pages) {
    if (seen.has(page.slug))
      throw new Error(
        `${page.source}: two imported pages would both be content/${page.slug}.mdx; rename one file or heading.`,
      );
    seen.add(page.slug);
  }
  return plan;
}
