/**
 * The front matter of every page, as a zod schema: the content collection validates each page with it,
 * and its messages are unit-tested without a build (tests/unit/page-schema.test.ts).
 */
import { z } from 'astro/zod';
import { isAlias, isScalar, parseDocument } from 'yaml';
import { SITE_LANG, UPSTREAM } from '../consts.ts';
import { codePoint, notTextProblem, shownTextProblem, textAsShown } from './content-safety.ts';
import { lookalikeNameProblem } from './lookalike-names.ts';
import { dayDate, isoDate, isRealDay } from './dates.ts';
import { FIELD_LIMITS } from './field-limits.ts';
import { LEARN_PAGE_PATH } from './learn-folders.ts';
import { GIT_BRANCH, GITHUB_REPOSITORY, SOURCE_PATH, UNKNOWN_REPOSITORY } from './provenance.ts';

/** How long a wrong value's preview in a message may be, in characters. */
const PREVIEW_LENGTH = 80;

/**
 * A value as JSON, cut after `limit` characters ("…" added when cut, so longer), written only as far as
 * that: YAML aliases can make a small front matter a list of millions of items (`title: *i`, nine levels
 * of nine), which JSON.stringify would write out whole (hundreds of megabytes, or a RangeError naming no
 * page). Strings are cut before they are quoted; each list and object is walked only until the cut.
 */
export function previewValue(value: unknown, limit = PREVIEW_LENGTH): string {
  let out = '';
  const fits = (part: string) => {
    out += part;
    return out.length <= limit;
  };
  const write = (item: unknown): boolean => {
    if (Array.isArray(item)) {
      if (!fits('[')) return false;
      for (const [index, element] of item.entries())
        if ((index > 0 && !fits(',')) || !write(element)) return false;
      return fits(']');
    }
    if (item instanceof Date) return fits(Number.isNaN(item.getTime()) ? 'an invalid date' : isoDate(item));
    if (typeof item === 'object' && item !== null) {
      if (!fits('{')) return false;
      for (const [index, [key, element]] of Object.entries(item).entries())
        if ((index > 0 && !fits(',')) || !fits(`${JSON.stringify(key.slice(0, limit))}:`) || !write(element))
          return false;
      return fits('}');
    }
    if (typeof item === 'string') return fits(JSON.stringify(item.slice(0, limit + 1)));
    return fits(String(item));
  };
  return write(value) ? out : `${out.slice(0, limit)}…`;
}

/** What kind of value a wrong field holds, as a message names it. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (value === null) return 'empty (null)';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

/**
 * A sentence for a field that is missing or of the wrong kind, saying what to write instead. The wrong
 * value is shown as written when short, else by its kind and its start (previewValue), so the message
 * stays a line whatever the front matter expands to.
 */
function fieldError(field: string, expected: string) {
  return (issue: { input?: unknown }) => {
    if (issue.input === undefined)
      return `front-matter field "${field}" is missing: add ${field}: ${expected}`;
    const shown = previewValue(issue.input);
    const value = shown.length > PREVIEW_LENGTH ? `${kindOf(issue.input)} starting ${shown}` : shown;
    return `front-matter field "${field}" is ${value}: it must be ${expected}`;
  };
}

/**
 * Characters no one-line field may hold: control characters (a newline, a tab, NUL…) and Unicode's line
 * and paragraph separators. A title with a newline is a line that ends where Markdown starts (its H1 in
 * the page's Markdown copy and llms.txt): a field is one line of text, as on Learn.
 */
const NOT_ONE_LINE = /[\p{Cc}\p{Zl}\p{Zp}]/u;

/** How a message names a character a line may not hold. */
function describeCharacter(character: string): string {
  const code = codePoint(character);
  if (character === '\t') return `a tab (${code})`;
  return /[\n\r\v\f\u0085\u2028\u2029]/u.test(character)
    ? `a line break (${code})`
    : `the control character ${code}`;
}

export { FIELD_LIMITS, type LimitedField } from './field-limits.ts';

/** A number as a message writes it: `100,000`. */
const count = (value: number) => value.toLocaleString('en-US');

/** The fields that name a page where the site lists it (the sidebar, search, llms.txt), held to lookalikeNameProblem. */
export const NAME_FIELDS: ReadonlySet<string> = new Set(['title', 'sidebarLabel', 'group']);

/** A required line of text: not empty, at most `limit` characters (another field than FIELD_LIMITS names: the description's), no line break or control character. */
function text(field: string, expected: string, limit: number = FIELD_LIMITS.description) {
  return z
    .string({ error: fieldError(field, expected) })
    .trim()
    .min(1, `front-matter field "${field}" is empty: it must be ${expected}`)
    .check((context) => {
      // Characters that show nothing, or blanks alone (a zero-width space, a braille blank), are no text: the
      // sidebar, search results and llms.txt would show a title of them as nothing, a link no reader sees.
      if (context.value !== '' && textAsShown(context.value) === '') {
        context.issues.push({
          code: 'custom',
          input: context.value,
          message: `front-matter field "${field}" shows nothing (it holds only ${Array.from(context.value, codePoint).join(' ')}, characters drawn as nothing or blank): it must be ${expected}`,
        });
        return;
      }
      if (context.value.length > limit) {
        context.issues.push({
          code: 'custom',
          input: context.value,
          message: `front-matter field "${field}" is ${count(context.value.length)} characters long: it must be ${expected}, at most ${count(limit)} characters. Shorten it.`,
        });
        return;
      }
      // A bidirectional control or characters that show nothing and carry text, then a character that is
      // no text (a noncharacter, a lone surrogate).
      const problem =
        shownTextProblem(context.value) ??
        notTextProblem(context.value) ??
        (NAME_FIELDS.has(field) ? lookalikeNameProblem(context.value) : undefined);
      if (problem !== undefined) {
        context.issues.push({
          code: 'custom',
          input: context.value,
          message: `front-matter field "${field}" ${problem}`,
        });
        return;
      }
      const character = NOT_ONE_LINE.exec(context.value)?.[0];
      if (character === undefined) return;
      context.issues.push({
        code: 'custom',
        input: context.value,
        message:
          `front-matter field "${field}" holds ${describeCharacter(character)}: it must be one line, ${expected}. ` +
          `Write it as one line of text, with no \\n, tab or other control character: ${field}: "…"`,
      });
    });
}

/** The first day a page's dates may name: before it no Learn article was written, and YAML reads a year 0001–0099 as 1901–1999. */
export const EARLIEST_DAY = '1990-01-01';

/** How far after the build a date may be, in days: a day ahead is a writer in another time zone, a year is generous. */
const DAYS_AHEAD = 366;

/**
 * What is wrong with the day `date` (a page's `updated`, a changelog entry's day) as a sentence's end, or
 * undefined when it is a day between EARLIEST_DAY and a year after `now`. A date far ahead would list its
 * page first in What's new and the feed until then (9999-12-31: for ever).
 */
export function dayProblem(date: Date, now: Date = new Date()): string | undefined {
  if (Number.isNaN(date.getTime())) return 'is not a date';
  if (isoDate(date) < EARLIEST_DAY)
    return `is ${isoDate(date)}, before ${EARLIEST_DAY}, the earliest day a page may name (YAML reads a year written 0001 to 0099 as 1901 to 1999)`;
  const latest = new Date(now.getTime() + DAYS_AHEAD * 24 * 60 * 60 * 1000);
  if (date > latest)
    return `is ${isoDate(date)}, more than a year after today (${isoDate(now)}): a date ahead would list the page first in What's new and the feed until then`;
  return undefined;
}

/** The front-matter fields that are days. */
const DAY_FIELDS = ['updated', 'imported'] as const;

/**
 * The days of front matter `yaml` (its text between the `---` lines) that do not exist, each with its
 * 1-based line in that text and a sentence naming it: YAML reads `updated: 2024-02-30` as March 1, so the
 * schema, given that Date, cannot tell; the text can. For the loader that reads each page's file.
 */
export function impossibleDays(yaml: string): { line: number; message: string }[] {
  // Every page passes here: a front matter whose every YYYY-MM-DD is a real day names none, unparsed.
  if ([...yaml.matchAll(/\d{4}-\d{2}-\d{2}/g)].every(([written]) => isRealDay(written))) return [];
  const document = parseDocument(yaml);
  return DAY_FIELDS.flatMap((field) => {
    const found: unknown = document.get(field, true);
    const node = isAlias(found) ? found.resolve(document) : found;
    if (!isScalar(node) || node.type !== 'PLAIN') return [];
    const written = String(node.source ?? node.value);
    const day = /^(\d{4}-\d{2}-\d{2})(?:$|[Tt ])/.exec(written)?.[1];
    if (day === undefined || isRealDay(day)) return [];
    const read = dayDate(day);
    const offset = (isAlias(found) ? found.range : node.range)?.[0] ?? 0;
    return [
      {
        line: yaml.slice(0, offset).split('\n').length,
        message: `front-matter field "${field}" is ${day}, a day its month does not have${Number.isNaN(read.getTime()) ? '' : ` (YAML would read it as ${isoDate(read)})`}: write a real day as YYYY-MM-DD.`,
      },
    ];
  });
}

/** A day the page names: a date (YAML's YYYY-MM-DD), in dayProblem's range. */
function day(field: string, expected: string) {
  return z.date({ error: fieldError(field, expected) }).check((context) => {
    const problem = dayProblem(context.value);
    if (problem === undefined) return;
    context.issues.push({
      code: 'custom',
      input: context.value,
      message: `front-matter field "${field}" ${problem}. It must be ${expected}.`,
    });
  });
}

/**
 * A language tag as Learn's locales are (`ja`, `ja-JP`, `zh-Hant-TW`, `sr-Latn-RS`, `es-419`): a language
 * of two or three letters, maybe a script, maybe a region, nothing else. BCP 47 also allows variants,
 * extensions and private use, but Pagefind names each language's index after the tag, and a long one
 * (`zh-Hant-TW-u-ca-chinese-nu-hanidec`) crashed it: the site had no search index at all.
 */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?$/i;

/** Whether `tag` is a LANGUAGE_TAG that BCP 47 accepts too, as `<html lang>` takes it. */
function isLanguageTag(tag: string): boolean {
  if (!LANGUAGE_TAG.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Whether the language tag `tag` names the site's language, with or without a region or script (`en-US`). */
export function isSiteLanguage(tag: string): boolean {
  return new Intl.Locale(tag).language === new Intl.Locale(SITE_LANG).language;
}

/**
 * What is wrong with `tag` as a page's `lang`, as the end of a sentence, or undefined when it is fine. A
 * tag of the site's language other than SITE_LANG itself (`en-US`, `EN` on an `en` site) is refused
 * rather than taken as the site's: Pagefind would index its page apart (`en-us`), where the site's search
 * never looks, and the import never writes one (a Learn folder in the site's language takes the site's).
 */
export function languageTagProblem(tag: string): string | undefined {
  if (!isLanguageTag(tag))
    return `is ${previewValue(tag)}: it must be a language tag as BCP 47 writes it, such as ja-JP, and as Learn's locales are: a language, maybe a script and a region (ja, zh-Hant-TW, sr-Latn-RS), no extension, variant or private-use part (Pagefind cannot index a longer tag)`;
  if (tag !== SITE_LANG && isSiteLanguage(tag))
    return `is ${JSON.stringify(tag)}, the site's own language (${SITE_LANG}): leave lang out, a page in the site's language has none (with one of its own, the page would be searched apart, and the site's search would never find it)`;
  return undefined;
}

/** A page's front matter; a missing or wrong field is a sentence naming the field and what to write. */
export const pageSchema = z.strictObject(
  {
    title: text('title', 'the page title, shown as its H1', FIELD_LIMITS.title),
    sidebarLabel: text('sidebarLabel', 'a short label for the sidebar', FIELD_LIMITS.sidebarLabel).optional(),
    group: text('group', 'the label of the sidebar group the page belongs to', FIELD_LIMITS.group).optional(),
    description: text('description', 'one sentence describing the page', FIELD_LIMITS.description),
    order: z
      .int({ error: fieldError('order', 'a whole number, the position in the sidebar (1, 2, 3…)') })
      .positive({
        error: (issue) =>
          `front-matter field "order" is ${String(issue.input)}: it must be 1 or more, the position in the sidebar`,
      }),
    updated: day('updated', 'the date the source last changed, as YYYY-MM-DD'),
    author: text('author', 'the GitHub alias of the source article author', FIELD_LIMITS.author),
    source: text('source', `the source file's path in its repository, such as ${UPSTREAM.path}`)
      .regex(
        SOURCE_PATH,
        `front-matter field "source" must be a path in the repository ending in .md or .yml, such as ${UPSTREAM.path}`,
      )
      .optional(),
    repository: text(
      'repository',
      `the source's GitHub repository as owner/name, such as ${UPSTREAM.repository}, or "${UNKNOWN_REPOSITORY}"`,
    )
      .refine((value) => value === UNKNOWN_REPOSITORY || GITHUB_REPOSITORY.test(value), {
        error: `front-matter field "repository" must be a GitHub repository as owner/name, such as ${UPSTREAM.repository}, or "${UNKNOWN_REPOSITORY}" when it is not known`,
      })
      .optional(),
    branch: text('branch', `the branch of that repository, such as ${UPSTREAM.branch}`)
      .regex(GIT_BRANCH, `front-matter field "branch" must be a git branch name, such as ${UPSTREAM.branch}`)
      .optional(),
    imported: day('imported', 'the date this copy was imported, as YYYY-MM-DD').optional(),
    learnPath: text(
      'learnPath',
      "the source article's path on Learn below the locale when it is not its folder's and file's (a generated API reference's, from its -api-id), such as uwp/api/windows.globalization.fonts.languagefont",
    )
      .regex(
        LEARN_PAGE_PATH,
        'front-matter field "learnPath" must be a path as in a Learn URL after the locale: lower-case letters, digits, ".", "-" and "_" between slashes, such as uwp/api/windows.globalization.fonts.languagefont',
      )
      .optional(),
    lang: text('lang', `the page's language as a BCP 47 tag, such as ja-JP`)
      .check((context) => {
        const problem = languageTagProblem(context.value);
        if (problem === undefined) return;
        context.issues.push({
          code: 'custom',
          input: context.value,
          message: `front-matter field "lang" ${problem}.`,
        });
      })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown front-matter field(s) ${issue.keys.join(', ')}: remove them or add them to the schema in src/lib/page-schema.ts`
        : undefined,
  },
);

export type PageData = z.infer<typeof pageSchema>;
