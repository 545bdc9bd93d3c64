/**
 * The links of imported pages that the build will refuse, found the way the build finds them
 * (resolveLearnLink, src/lib/learn-links.ts) once the pages and the Learn folders are written, so the
 * import says so with the page's line instead of leaving it to the build.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { markdownPipeline } from '../../markdown/pipeline.ts';
import type { PageLinkRecord } from '../../markdown/rehype-link-check.ts';
import { FRONT_MATTER } from '../learn/syntax.ts';
import { resolveLearnLink, type LearnFolderFile } from '../learn-links.ts';
import { checkInternalLinks, type InternalLink } from '../link-check.ts';
import { pageHref, slugOfContentPath } from '../navigation.ts';

export interface LinkProblem {
  /** The page file under content/ (`kb/start.md`). */
  file: string;
  line: number;
  message: string;
}

/** A page file's body, its front matter blanked line for line: lines keep their numbers in the file. */
function withoutFrontMatter(text: string): string {
  return text.replace(FRONT_MATTER, (block) => '\n'.repeat(block.split('\n').length - 1));
}

/** Each link of `pages` (their files' text, under content/) that the build would refuse, with its line. */
export function refusedLinks(
  pages: readonly { file: string; text: string }[],
  folders: LearnFolderFile,
  sitePages: ReadonlySet<string>,
  learnBase: string,
): LinkProblem[] {
  const knownArticles = new Set(folders.articles);
  const problems: LinkProblem[] = [];
  for (const { file, text } of pages) {
    const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(withoutFrontMatter(text));
    visit(tree, ['link', 'definition'], (node) => {
      const { url, position } = node as { url: string; position?: { start: { line: number } } };
      try {
        resolveLearnLink(url, {
          sitePages,
          learnBase,
          learnFolder: folders.learnFolder,
          knownArticles,
          otherFolders: folders.otherFolders,
          pageFile: file,
        });
      } catch (error) {
        problems.push({ file, line: position?.start.line ?? 1, message: (error as Error).message });
      }
    });
  }
  return problems;
}

/**
 * Each `#anchor` link of the written `pages` into one of them (or into itself) that names no heading or
 * bookmark there: the build's own check (checkInternalLinks), on what the build's own pipeline records of
 * each page (its links and ids), so the import can say so first. Links into pages it did not write are
 * left to the build.
 */
export async function brokenAnchors(
  pages: readonly { file: string; text: string }[],
  root: URL,
  sitePages: readonly string[],
  learnFolders: LearnFolderFile,
): Promise<string[]> {
  const pipeline = markdownPipeline({ root, sitePages, strictLinks: false, learnFolders });
  const contentDir = fileURLToPath(new URL('content/', root));
  const internal: InternalLink[] = [];
  const ids = new Map<string, ReadonlySet<string>>();
  const warn = console.warn;
  // Link problems other than anchors are the import's other warnings: the pipeline's own stay quiet here.
  console.warn = () => undefined;
  try {
    for (const { file, text } of pages) {
      const vfile = new VFile({ path: join(contentDir, file), value: withoutFrontMatter(text) });
      await compile(vfile, pipeline).catch(() => undefined);
      const record = (vfile.data as { astro?: { frontmatter?: { linkCheck?: PageLinkRecord } } }).astro
        ?.frontmatter?.linkCheck;
      if (!record) continue;
      internal.push(...record.internal);
      ids.set(pageHref(slugOfContentPath(file)), new Set(record.headingIds));
    }
  } finally {
    console.warn = warn;
  }
  return checkInternalLinks(
    internal.filter((link) => ids.has(link.path)),
    ids,
  );
}
