/**
 * The changelog of the site's pages (content/changelog.json): what changed in a page's text, in a
 * sentence, on which day, with a link to the source's diff where there is one. The import appends to it
 * with `appendChangelogEntry` when a page's text changes; the feed and the What's new page read it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  BIDI_CONTROLS,
  codePoint,
  HIDDEN_CHARACTERS,
  NOT_TEXT_CHARACTERS,
  notTextProblem,
  shownTextProblem,
} from './content-safety.ts';
import { OUTBOUND_HOSTS } from '../consts.ts';
import { dayDate, isRealDay } from './dates.ts';
import { checkUrl } from './link-check.ts';
import { slugOfContentPath } from './navigation.ts';
import { cutAtWord } from './cut-at-word.ts';
import { dayProblem, FIELD_LIMITS } from './page-schema.ts';

/** The hosts a diff may link to: those any link of the site may (src/data/outbound-hosts.json). */
const OUTBOUND_HOST_NAMES: ReadonlySet<string> = new Set(Object.keys(OUTBOUND_HOSTS));

export interface ChangelogEntry {
  /** The page's slug (`security`, `index`, `docs-authoring/sort-redirects`). */
  page: string;
  /** The day of the change, YYYY-MM-DD. */
  date: string;
  /** What changed, in a sentence. */
  summary: string;
  /** The source's diff of the change (a GitHub commit or compare URL), when it has one. */
  diff?: string;
}

/**
 * Whether `slug` names a page as content/ does (`security`, `index`, `a/b-c`): what `slugOfContentPath`
 * makes of its file, and a URL path as written (no dot segments, nothing to percent-encode, no empty folder).
 */
export function isPageSlug(slug: string): boolean {
  return (
    slug !== '' &&
    slugOfContentPath(`${slug}.mdx`) === slug &&
    !slug.split('/').includes('') &&
    new URL(`/${slug}/`, 'https://site.invalid').pathname === `/${slug}/`
  );
}

/**
 * What the changelog may hold. What's new and the feed show every entry, each summary whole: a summary is a
 * sentence, held to a page's description's limit, and the entries to 2,000 (red team 23: neither had a limit,
 * so one entry's summary of 10 MB made What's new and the feed each as large). The import cuts a longer
 * summary at a word and keeps the newest entries (appendChangelogEntry).
 */
export const CHANGELOG_LIMITS = { summary: FIELD_LIMITS.description, entries: 2_000 } as const;

/** A control character, which a summary, one sentence, may not hold (and XML, the Atom feed, cannot but tab and line breaks). */
const CONTROL = /\p{Cc}/u;

/** The characters a summary naming headings as written shows as their code points: see appendChangelogEntry. */
const SHOWN_AS_CODE_POINTS = new RegExp(
  `${BIDI_CONTROLS.source}|${NOT_TEXT_CHARACTERS.source}|${CONTROL.source}|${HIDDEN_CHARACTERS.source}`,
  'gu',
);

/** The problem with `entry`, in a sentence, or undefined when it is a valid changelog entry. */
function entryProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return 'is not an object';
  const { page, date, summary, diff, ...rest } = entry as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) return `has unknown field(s) ${unknown.join(', ')}: use page, date, summary, diff`;
  if (typeof page !== 'string' || !isPageSlug(page))
    return 'needs "page": the page\'s slug, such as "security" or "docs-authoring/sort-redirects"';
  // A day the month does not have (02-30) reads back as another.
  if (typeof date !== 'string' || !isRealDay(date)) {
    return 'needs "date": the day of the change, as YYYY-MM-DD';
  }
  const day = dayProblem(dayDate(date));
  if (day !== undefined) return `has a "date" that ${day}`;
  if (typeof summary !== 'string' || summary.trim() === '')
    return 'needs "summary": what changed, in a sentence';
  if (summary.length > CHANGELOG_LIMITS.summary)
    return `has a "summary" of ${summary.length.toLocaleString('en-US')} characters, more than the ${CHANGELOG_LIMITS.summary.toLocaleString('en-US')} What's new and the feed show: say what changed in a sentence`;
  if (diff !== undefined && (typeof diff !== 'string' || !diff.startsWith('https://'))) {
    return '"diff" must be an https:// URL of the change';
  }
  // What's new and the feed show the summary: text shown in another order than written (as on a page) is refused.
  for (const [field, value] of [
    ['summary', summary],
    ['diff', diff ?? ''],
  ] as const) {
    const shown = shownTextProblem(value);
    if (shown !== undefined) return `has a "${field}" that ${shown}`;
    const notText = notTextProblem(value);
    if (notText !== undefined) return `has a "${field}" that ${notText}`;
    // The feed writes them as XML, which holds no control character but tab and line breaks.
    const control = CONTROL.exec(value)?.[0];
    if (control !== undefined)
      return `has a "${field}" that holds the control character ${codePoint(control)}: write it as one line of text, with no control character`;
  }
  // What's new and the feed link it: held to what a page's link is (red team 21: any host passed, and
  // https://evil.example\@github.com/…, which reads as GitHub and goes to evil.example).
  const link = diff === undefined ? undefined : checkUrl(diff, '/', 'link', OUTBOUND_HOST_NAMES);
  if (link !== undefined && 'problem' in link) return `has a "diff" that ${link.problem}`;
  return undefined;
}

/** Checks the changelog's data (parsed JSON); throws naming `file`, the entry and what to fix. */
export function validateChangelog(data: unknown, file: string): ChangelogEntry[] {
  const entries = (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) throw new Error(`${file} must be { "entries": [ … ] }.`);
  if (entries.length > CHANGELOG_LIMITS.entries)
    throw new Error(
      `${file} has ${entries.length.toLocaleString('en-US')} entries, more than the ${CHANGELOG_LIMITS.entries.toLocaleString('en-US')} What's new and the feed list on one page: remove the oldest (the first in the file; the import keeps the newest ${CHANGELOG_LIMITS.entries.toLocaleString('en-US')}).`,
    );
  entries.forEach((entry: unknown, index) => {
    const problem = entryProblem(entry);
    if (problem) throw new Error(`${file}: entry ${index + 1} ${problem.replace(/\.$/, '')}.`);
  });
  return entries as ChangelogEntry[];
}

/** Reads and checks the changelog at `file`. */
export function readChangelog(file: string): ChangelogEntry[] {
  return validateChangelog(JSON.parse(readFileSync(file, 'utf8')), file);
}

/**
 * Adds `written` to the changelog at `file` (for the import, when a page's text changes), starting the file
 * when there is none. An entry equal to one already there is not added twice, so running an import again
 * changes nothing.
 */
export function appendChangelogEntry(file: string, written: ChangelogEntry): void {
  const entries = existsSync(file) ? readChangelog(file) : [];
  // A summary names headings as written: a bidirectional control or a character that shows nothing (a tag
  // character) one held (which the build refuses on the page), a control character or a noncharacter (which
  // the feed's XML cannot hold) is written as its code point, so the entry reads as the text was and the build takes it.
  const entry = {
    ...written,
    summary: fitSummary(
      written.summary.replace(SHOWN_AS_CODE_POINTS, (found) =>
        Array.from(found, (character) => `[${codePoint(character)}]`).join(''),
      ),
    ),
  };
  const problem = entryProblem(entry);
  if (problem) throw new Error(`The changelog entry for "${entry.page}" ${problem}.`);
  const same = (other: ChangelogEntry) =>
    other.page === entry.page && other.date === entry.date && other.summary === entry.summary;
  if (entries.some(same)) return;
  // The oldest (the first appended) go once there are more than the build takes.
  const kept = [...entries, entry].slice(-CHANGELOG_LIMITS.entries);
  writeFileSync(file, `${JSON.stringify({ entries: kept }, null, 2)}\n`);
}

/** `summary` within CHANGELOG_LIMITS: as it is, or cut at a word (a summary naming very long headings). */
function fitSummary(summary: string): string {
  return summary.length <= CHANGELOG_LIMITS.summary ? summary : cutAtWord(summary, CHANGELOG_LIMITS.summary);
}
