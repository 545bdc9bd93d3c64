/**
 * The links of imported pages that the build will refuse, found the way the build finds them
 * (resolveLearnLink, src/lib/learn-links.ts) once the pages and the Learn folders are written, so the
 * import says so with the page's line instead of leaving it to the build.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { resolveLearnLink, type LearnFolderFile } from '../learn-links.ts';

export interface LinkProblem {
  /** The page file under content/ (`kb/start.md`). */
  file: string;
  line: number;
  message: string;
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
    const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(text);
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
