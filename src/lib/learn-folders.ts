/**
 * src/data/learn-folder.json read and checked: the Learn folders the site's pages come from, each a path on
 * Learn's origin in a locale. It imports none of the site's modules, so src/consts.ts can take its Learn
 * constants from here (src/lib/learn-links.ts imports src/consts.ts, through src/lib/url-class.ts).
 */
import learnFolderData from '../data/learn-folder.json' with { type: 'json' };

/** Learn's origin: every URL made for a Learn folder is on it. */
export const LEARN_ORIGIN = 'https://learn.microsoft.com';

/** The file this module reads, as errors name it. */
const FILE = 'src/data/learn-folder.json';

/** A Learn folder pages were imported from, as src/data/learn-folder.json records it. */
export interface LearnFolder {
  /** Its path on Learn (`windows/security/hello/deploy`), below its locale. */
  learnFolder: string;
  /** Its locale on Learn (`ja-jp`); DEFAULT_LOCALE when none is recorded. */
  locale?: string | undefined;
  /** Its articles (paths in it, lower case, `.md`): its TOC.yml's and its files, as the import saw them. */
  articles: readonly string[];
  /** The slugs of this site's pages imported from it. */
  pages: readonly string[];
}

/**
 * src/data/learn-folder.json: the default Learn folder (`learnFolder`, `articles`), which the site's own
 * pages and every page not listed elsewhere come from, and the other folders pages were imported from.
 */
export interface LearnFolderFile {
  learnFolder: string;
  /** The default folder's locale (`en-us`): the site's own pages' links go to Learn in it. */
  locale?: string | undefined;
  articles: readonly string[];
  otherFolders?: readonly LearnFolder[] | undefined;
  /**
   * The titles of the zone pivots imported pages use (`programming-language-csharp` → `C#`), from their
   * docfx projects' zone-pivot-groups.yml: a zone is labelled by its pivot's title ("For C#:").
   */
  pivotTitles?: Readonly<Record<string, string>> | undefined;
}

/**
 * The form of a page's `learnPath` (page-schema.ts), its article's path on Learn below the locale when that
 * is not its folder's and file's: lower-case letters, digits, `.`, `-` and `_`, in segments that start with
 * a letter or digit (no `..`), as Learn's URLs write them.
 */
export const LEARN_PAGE_PATH = /^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/;

/** A Learn locale as a path's first segment (`en-us`, `sr-latn-rs`): links copied from Learn carry one. */
const LOCALE = /^[a-z]{2,3}(?:-[a-z]{4})?-[a-z]{2}$/i;

/** The locale of a Learn folder recorded without one: Learn's English, as every import before locales. */
export const DEFAULT_LOCALE = 'en-us';

/** Whether two Learn folders are the same: the same path in the same locale, a missing one DEFAULT_LOCALE. */
export function sameLearnFolder(
  a: { learnFolder: string; locale?: string | undefined },
  b: { learnFolder: string; locale?: string | undefined },
): boolean {
  return a.learnFolder === b.learnFolder && (a.locale ?? DEFAULT_LOCALE) === (b.locale ?? DEFAULT_LOCALE);
}

/**
 * `segment` as a Learn locale, lower case as in Learn's URLs, when it is one: a language, maybe a script,
 * and a region (`ja-jp`, `zh-cn`, `pt-br`, `sr-latn-rs`) that makes a BCP 47 tag. A product's folder
 * (`sql`, `azure`, `defender-business`) is none.
 */
export function learnLocale(segment: string): string | undefined {
  if (!LOCALE.test(segment)) return undefined;
  try {
    Intl.getCanonicalLocales(segment);
  } catch {
    return undefined;
  }
  return segment.toLowerCase();
}

/** A Learn path (`ja-jp/microsoft-365/bookings`) as the locale it starts with, if any, and the folder below it. */
export function splitLearnPath(path: string): { locale: string | undefined; folder: string } {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  const [first = '', ...rest] = trimmed.split('/');
  const locale = learnLocale(first);
  return locale === undefined ? { locale, folder: trimmed } : { locale, folder: rest.join('/') };
}

/** A character that is none of a Learn folder's names: letters, digits, `.`, `-` and `_`, as Learn's URLs write them. */
const NOT_IN_SEGMENT = /[^A-Za-z0-9._-]/u;

/** What a Learn folder's path is (the end of the messages refusing one). */
export const LEARN_FOLDER_FORM =
  'a Learn folder is its path on Learn below the locale, names of letters, digits, ".", "-" and "_" between single slashes ("microsoft-365/bookings"; "" is Learn\'s root)';

/**
 * Why `folder` is no Learn folder's path, or undefined when it is one: names of letters, digits, `.`, `-`
 * and `_` between single slashes (`microsoft-365/bookings`; `` is Learn's root), no `.` or `..` name, no
 * slash first or last. A backslash, a scheme or `//` would take its URLs off Learn (`\\evil.example`).
 */
export function learnFolderProblem(folder: string): string | undefined {
  if (folder === '') return undefined;
  if (folder.startsWith('/') || folder.endsWith('/')) return 'it starts or ends with "/"';
  for (const segment of folder.split('/')) {
    if (segment === '') return 'it has an empty name ("//")';
    if (segment === '.' || segment === '..') return `it has a "${segment}" name`;
    const other = NOT_IN_SEGMENT.exec(segment)?.[0];
    if (other !== undefined) return `it holds ${JSON.stringify(other)}`;
  }
  return undefined;
}

/** `folder` when it is a Learn folder's path; else an error naming `file`, `entry` and what is wrong. */
function checkedFolder(folder: string, file: string, entry: string): string {
  const problem = learnFolderProblem(folder);
  if (problem !== undefined)
    throw new Error(
      `${file}: ${entry} ${JSON.stringify(folder)} is no Learn folder: ${problem}; ${LEARN_FOLDER_FORM}, as npm run import writes it from --learn-path.`,
    );
  return folder;
}

/** The message for a recorded locale that is none. */
const localeError = (file: string, value: unknown) =>
  new Error(
    `${file}: "locale" ${JSON.stringify(value)} is no Learn locale: write one as Learn's URLs have it ("en-us", "ja-jp"), as npm run import writes it from --learn-path.`,
  );

/** The default folder's locale in a learn-folder.json's data (DEFAULT_LOCALE when none); an error naming the file when it is no locale. */
export function recordedLocale(data: unknown, file: string): string {
  const locale: unknown = (data as { locale?: unknown } | null)?.locale ?? DEFAULT_LOCALE;
  const valid = typeof locale === 'string' ? learnLocale(locale) : undefined;
  if (valid === undefined) throw localeError(file, locale);
  return valid;
}

/** The default folder's path in a learn-folder.json's data; an error naming the file when it is none. */
export function recordedLearnFolder(data: unknown, file: string): string {
  const folder: unknown = (data as { learnFolder?: unknown } | null)?.learnFolder;
  if (typeof folder !== 'string')
    throw new Error(`${file}: "learnFolder" must be a Learn folder's path ("defender-business").`);
  return checkedFolder(folder, file, '"learnFolder"');
}

/**
 * The other folders of a learn-folder.json's data; an error naming the file (and the entry) when it is
 * not one. A folder recorded with its locale in its path (`ja-jp/microsoft-365/bookings`, by an import
 * before locales) is read as that locale's.
 */
export function otherLearnFolders(data: unknown, file: string): LearnFolder[] {
  const others = (data as { otherFolders?: unknown } | null)?.otherFolders ?? [];
  const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (
    !Array.isArray(others) ||
    !others.every(
      (folder: Partial<Record<keyof LearnFolder, unknown>>) =>
        typeof folder.learnFolder === 'string' && strings(folder.articles) && strings(folder.pages),
    )
  )
    throw new Error(
      `${file}: "otherFolders" must be a list of { "learnFolder", "articles", "pages" }, as npm run import writes it.`,
    );
  return (others as LearnFolder[]).map((folder, index) => {
    checkedFolder(folder.learnFolder, file, `otherFolders[${String(index)}].learnFolder`);
    if (folder.locale !== undefined) return { ...folder, locale: recordedLocale(folder, file) };
    const { locale, folder: learnFolder } = splitLearnPath(folder.learnFolder);
    return locale === undefined ? folder : { ...folder, learnFolder, locale };
  });
}

/** The zone pivot titles of a learn-folder.json's data (id → title); an error naming the file when they are not text. */
export function recordedPivotTitles(data: unknown, file: string): Record<string, string> {
  const titles: unknown = (data as { pivotTitles?: unknown } | null)?.pivotTitles ?? {};
  if (
    typeof titles !== 'object' ||
    titles === null ||
    Array.isArray(titles) ||
    !Object.values(titles).every((title) => typeof title === 'string')
  )
    throw new Error(
      `${file}: "pivotTitles" must be an object of zone pivot ids and their titles ({ "programming-language-csharp": "C#" }), as npm run import writes it.`,
    );
  return titles as Record<string, string>;
}

/*
 * This project's src/data/learn-folder.json, checked as the build loads this module: a folder or locale
 * that is none fails it, naming the file and the entry.
 */

/** The default folder's path, which src/consts.ts's LEARN_FOLDER is. */
export const RECORDED_LEARN_FOLDER = recordedLearnFolder(learnFolderData, FILE);

/** The default folder's locale (DEFAULT_LOCALE when none is recorded), which src/consts.ts's LEARN_BASE ends in. */
export const RECORDED_LOCALE = recordedLocale(learnFolderData, FILE);

/** The other folders. */
export const RECORDED_FOLDERS = otherLearnFolders(learnFolderData, FILE);

/** The zone pivot titles. */
export const RECORDED_PIVOT_TITLES = recordedPivotTitles(learnFolderData, FILE);
