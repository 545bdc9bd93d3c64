/**
 * src/data/learn-folder.json as an import changes it: the Learn folders the site's pages come from, each
 * with its articles, so every page keeps resolving its links against its own folder when another is
 * imported (src/lib/learn-links.ts reads it).
 */
import {
  DEFAULT_LOCALE,
  LEARN_FOLDER_FORM,
  learnFolderProblem,
  otherLearnFolders,
  recordedLearnFolder,
  recordedLocale,
  recordedPivotTitles,
  sameLearnFolder,
  splitLearnPath,
  type LearnFolder,
  type LearnFolderFile,
} from '../learn-folders.ts';

/**
 * `--learn-path`'s value (`ja-jp/microsoft-365/bookings`, slashes around it allowed) as its locale, if it
 * starts with one, and the Learn folder below it; an error saying what to write when the folder is none
 * (`ja-jp/\\evil.example`, `https://evil.example`: its pages' "Adapted from" and links would go there).
 */
export function learnPathOption(value: string): { locale: string | undefined; folder: string } {
  const path = splitLearnPath(value);
  const problem = learnFolderProblem(path.folder);
  if (problem !== undefined)
    throw new Error(
      `--learn-path ${JSON.stringify(value)} names no Learn folder: ${problem}. Write the folder's path as in its URL on Learn after the host, its locale first when not en-us (--learn-path ja-jp/microsoft-365/bookings for https://learn.microsoft.com/ja-jp/microsoft-365/bookings/); ${LEARN_FOLDER_FORM}.`,
    );
  return path;
}

/** The file's text read: the default folder and the others; an error naming the file when it is not one. */
export function parseLearnFolderFile(text: string, file: string): LearnFolderFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const { learnFolder, articles } = (data ?? {}) as Partial<Record<string, unknown>>;
  if (
    typeof learnFolder !== 'string' ||
    !Array.isArray(articles) ||
    !articles.every((article) => typeof article === 'string')
  )
    throw new Error(`${file}: must hold "learnFolder" (a Learn path) and "articles" (a list of paths).`);
  const pivotTitles = recordedPivotTitles(data, file);
  return {
    learnFolder: recordedLearnFolder(data, file),
    locale: recordedLocale(data, file),
    articles,
    otherFolders: otherLearnFolders(data, file),
    ...(Object.keys(pivotTitles).length > 0 ? { pivotTitles } : {}),
  };
}

/** Prettier's line width (.prettierrc), which the file is written to. */
const WIDTH = 110;

/**
 * `value` as Prettier writes JSON: objects one key a line, a list on one line when it fits after `lead`
 * (the indent and key), else one item a line.
 */
function prettierJson(value: unknown, indent: string, lead: string, trail: string): string {
  const inner = `${indent}  `;
  const lines = (items: [string, unknown][], open: string, close: string) =>
    [
      `${lead}${open}`,
      ...items.map(([key, item], index) =>
        prettierJson(item, inner, `${inner}${key}`, index < items.length - 1 ? ',' : ''),
      ),
      `${indent}${close}${trail}`,
    ].join('\n');
  if (Array.isArray(value)) {
    const inline = `${lead}[${value.map((item) => JSON.stringify(item)).join(', ')}]${trail}`;
    if (value.every((item) => typeof item !== 'object') && inline.length <= WIDTH) return inline;
    return lines(
      value.map((item): [string, unknown] => ['', item]),
      '[',
      ']',
    );
  }
  if (typeof value === 'object' && value !== null)
    return lines(
      Object.entries(value).map(([key, item]): [string, unknown] => [`${JSON.stringify(key)}: `, item]),
      '{',
      '}',
    );
  return `${lead}${JSON.stringify(value)}${trail}`;
}

/** The file's text, as Prettier writes it. */
export function renderLearnFolderFile(file: LearnFolderFile): string {
  const others = file.otherFolders ?? [];
  const titles = Object.entries(file.pivotTitles ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const data = {
    learnFolder: file.learnFolder,
    locale: file.locale ?? DEFAULT_LOCALE,
    articles: file.articles,
    ...(others.length > 0 ? { otherFolders: others } : {}),
    ...(titles.length > 0 ? { pivotTitles: Object.fromEntries(titles) } : {}),
  };
  return `${prettierJson(data, '', '', '')}\n`;
}

const sorted = (...lists: (readonly string[])[]): string[] => [...new Set(lists.flat())].sort();

/**
 * The file after importing `pages` (slugs of the pages now written from it) from the Learn folder
 * `learnFolder` in `locale` (a folder is its path and its locale: `ja-jp/sql` is not `en-us/sql`), which has
 * `articles`: its articles are added to what the file knew of it, and its pages are recorded as its own (no
 * longer another folder's). The default folder's pages are those no other claims. The zone pivot titles
 * its pages use (`pivotTitles`) join those of earlier imports, a pivot's newest title kept. The files the
 * import refused for their page's URL (`refused`: refusedArticles, `close-method.md` beside `Close(method).md`)
 * are none of the folder's articles, recorded before or not: a link to one is said, as a link to any file
 * the folder lacks, never sent to the page at that URL nor suggested.
 */
export function recordImport(
  file: LearnFolderFile,
  learnFolder: string,
  articles: readonly string[],
  pages: readonly string[],
  pivotTitles: Readonly<Record<string, string>> = {},
  locale?: string,
  refused: readonly string[] = [],
): LearnFolderFile {
  const isFolder = (folder: { learnFolder: string; locale?: string | undefined }) =>
    sameLearnFolder(folder, { learnFolder, locale });
  const notArticles = new Set(refused);
  const articlesAfter = (recorded: readonly string[]) =>
    sorted(recorded, articles).filter((article) => !notArticles.has(article));
  const isDefault = isFolder(file);
  const others = [...(file.otherFolders ?? [])];
  if (!isDefault && !others.some(isFolder))
    others.push({ learnFolder, ...(locale === undefined ? {} : { locale }), articles: [], pages: [] });
  const otherFolders = others
    .map((folder): LearnFolder =>
      isFolder(folder)
        ? {
            learnFolder,
            ...(locale === undefined ? {} : { locale }),
            articles: articlesAfter(folder.articles),
            pages: sorted(folder.pages, pages),
          }
        : { ...folder, pages: folder.pages.filter((page) => !pages.includes(page)) },
    )
    // A folder no page comes from any more resolves nothing.
    .filter((folder) => folder.pages.length > 0);
  const titles = Object.fromEntries([
    ...Object.entries(file.pivotTitles ?? {}),
    ...Object.entries(pivotTitles),
  ]);
  return {
    learnFolder: file.learnFolder,
    ...(file.locale === undefined ? {} : { locale: file.locale }),
    articles: isDefault ? articlesAfter(file.articles) : [...file.articles],
    otherFolders,
    ...(Object.keys(titles).length > 0 ? { pivotTitles: titles } : {}),
  };
}
