/** Learn front matter (`title`, `description`, `ms.date`, `author`, `ms.*`…) mapped to this site's page schema. */
import type { z } from 'astro/zod';
import { FRONT_MATTER } from '../learn/syntax.ts';
import { readYaml, repeatedKeys, SourceError, yamlError } from './source-error.ts';
import { dayDate, isoDate, isRealDay } from '../dates.ts';
import { dayProblem, FIELD_LIMITS, type LimitedField, type pageSchema } from '../page-schema.ts';
import { isShownRequirement } from './reference-sections.ts';
import { cutAtWord } from '../cut-at-word.ts';

/** Front matter of a page of this site: what the page schema (src/lib/page-schema.ts) accepts. */
export type PageFrontMatter = z.input<typeof pageSchema>;

export interface LearnFrontMatter {
  title: string;
  description: string;
  updated: string;
  author: string;
  /** Keys the site's schema has no field for (`ms.topic`, `manager`…): dropped, listed for the report. */
  dropped: string[];
}

/**
 * The front-matter keys the import reads, as Learn writes them: one written in another case
 * (`Description:`, as win32's desktop-src writes it) is read as it (withKnownKeys).
 */
const KNOWN_KEYS: ReadonlyMap<string, string> = new Map(
  [
    'title',
    'description',
    'author',
    'ms.author',
    'ms.date',
    'ms.contentlocale',
    'ms.locale',
    'zone_pivot_groups',
    'zone_pivot_group_filename',
    'uid',
  ].map((key) => [key.toLowerCase(), key]),
);

/**
 * Known keys read in any case without a word: the site does not keep them (they are listed with the dropped
 * keys), and docfx reads them so (`UID:`, as sdk-api's and windows-driver-docs-ddi's generated references
 * write it).
 */
const ANY_CASE_KEYS: ReadonlySet<string> = new Set(['uid']);

/**
 * `data` with each known key (KNOWN_KEYS) written in another case read as that key, each said at its line
 * (`lineOf`, in the file) but for ANY_CASE_KEYS; when the key is written both ways, the one written as Learn
 * writes it wins (else the first), and the other is said to be left out.
 */
function withKnownKeys(
  data: Record<string, unknown>,
  lineOf: (key: string) => number,
): { data: Record<string, unknown>; warnings: FieldNote[] } {
  const read: Record<string, unknown> = {};
  // Defined, not assigned: a key named `__proto__` is a key like any other, not the object's prototype.
  const keep = (key: string, value: unknown) =>
    Object.defineProperty(read, key, { value, enumerable: true, writable: true, configurable: true });
  const warnings: FieldNote[] = [];
  const readFrom = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    const known = KNOWN_KEYS.get(key.toLowerCase());
    if (known === undefined || known === key) {
      keep(key, value);
      continue;
    }
    const other = Object.hasOwn(data, known) ? known : readFrom.get(known);
    if (other !== undefined) {
      warnings.push({
        line: lineOf(key),
        message: `front-matter key "${key}" is left out: "${other}" (line ${lineOf(other)}) is that key too, and is read. Remove one of them.`,
      });
      continue;
    }
    keep(known, value);
    readFrom.set(known, key);
    if (ANY_CASE_KEYS.has(known)) continue;
    // Said once for the files that write it so (win32 writes `Description:` in most of its articles).
    const what = `front-matter key "${key}" is "${known}" in another case`;
    warnings.push({
      line: lineOf(key),
      message: `${what}: read as "${known}"; write it so, as Learn does.`,
      defaulted: { what, value: known },
    });
  }
  return { data: read, warnings };
}

/** What YAML makes of a value starting with each of its indicators, where text was meant. */
const YAML_INDICATORS: ReadonlyMap<string, string> = new Map([
  ['*', 'reads as an alias (of an `&` anchor), not text'],
  ['&', 'reads as an anchor, not text'],
  ['!', 'reads as a tag, not text'],
  ['%', 'reads as a directive, not text'],
  ['@', 'reserves'],
  ['`', 'reserves'],
]);

/**
 * What to do when a front-matter line whose YAML does not parse is `key: value` (or `- value`) with a value
 * starting with a YAML indicator (`req.typenames: *PCLIENT_…`, as windows-driver-docs-ddi writes a pointer
 * type): quote it; undefined for any other line.
 */
function quoteHint(line: string): string | undefined {
  const found = /^([ \t]*(?:[^\s#:'"][^:]*:|-))[ \t]+(([*&!%@`]).*?)[ \t]*$/.exec(line);
  const [, key = '', value = '', indicator = ''] = found ?? [];
  const what = YAML_INDICATORS.get(indicator);
  if (what === undefined) return undefined;
  return `Its value starts with "${indicator}", which YAML ${what}: write the value in quotes (${shortened(`${key.trim()} ${JSON.stringify(value)}`)}).`;
}

/** A line as a hint writes it: 80 characters at most, the last an ellipsis when it is cut. */
const shortened = (line: string) => (line.length > 80 ? `${line.slice(0, 79)}…` : line);

/**
 * What to do when a front-matter line whose YAML does not parse is `key = value`, a key and its value joined
 * with `=` (architecture-center's best-practices/protecting-apis.md: `ms.service = architecture-center`):
 * write it with a colon; undefined for any other line.
 */
function colonHint(line: string): string | undefined {
  const found = /^[ \t]*([A-Za-z_][\w.-]*)[ \t]*=[ \t]*(\S.*?)[ \t]*$/.exec(line);
  if (!found) return undefined;
  const [, key = '', value = ''] = found;
  return `It joins a key and its value with "=", which YAML reads as text: write a colon and a space (${shortened(`${key}: ${value}`)}).`;
}

/** The tabs a line of YAML starts with, which YAML refuses as indentation. */
const LEADING_TABS = /^\t+/gm;

/**
 * `yaml` read as readYaml reads it; when that fails, read again as docfx's YamlDotNet reads it: lines that
 * start with tabs with each of those tabs a space (a tab a column: windowsserverdocs indents an
 * `appliesto: [` flow sequence's lines with three, and Learn publishes it), with the 0-based indexes of the
 * lines so read, and a key written twice in a mapping its last value (sql-docs' older articles write
 * `ms.reviewer: ""` and then `ms.reviewer: genemi`, and Learn publishes them), with those keys
 * (repeatedKeys). Only leading tabs: one inside a value stays (a quoted value's next line drops its leading
 * white space either way). What the second reading refuses is thrown.
 */
function readLiberalYaml(
  yaml: string,
): ReturnType<typeof readYaml> & { tabbed: number[]; repeated: ReturnType<typeof repeatedKeys> } {
  try {
    return { ...readYaml(yaml), tabbed: [], repeated: [] };
  } catch (error) {
    const tabbed = yaml.split('\n').flatMap((line, index) => (line.startsWith('\t') ? [index] : []));
    const text = tabbed.length === 0 ? yaml : yaml.replace(LEADING_TABS, (tabs) => ' '.repeat(tabs.length));
    const repeated = repeatedKeys(text);
    if (tabbed.length === 0 && repeated.length === 0) throw error;
    return { ...readYaml(text, { uniqueKeys: repeated.length === 0 }), tabbed, repeated };
  }
}

/**
 * Splits `---\nyaml\n---\nbody` into its YAML object and body, with the YAML's warnings at their lines of
 * the file (an unknown tag) and a known key written in another case read as it (withKnownKeys), said at
 * its line; lines indented with tabs, which YAML refuses and docfx reads, read with spaces (readLiberalYaml)
 * and said once; YAML that does not parse is a SourceError, which says to quote a value YAML reads as markup
 * (quoteHint) or to write `key: value` for `key = value` (colonHint).
 */
export function splitFrontMatter(
  markdown: string,
  file: string,
): { data: Record<string, unknown>; body: string; warnings: FieldNote[] } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { data: {}, body: markdown, warnings: [] };
  let read: ReturnType<typeof readLiberalYaml>;
  try {
    read = readLiberalYaml(match[1] ?? '');
  } catch (error) {
    // The YAML starts on the line after the opening `---`.
    const refused = yamlError(file, 1, 'its front matter (between the --- lines)', error);
    const refusedLine = markdown.split('\n')[refused.line - 1] ?? '';
    const quote = quoteHint(refusedLine) ?? colonHint(refusedLine);
    if (quote === undefined) throw refused;
    // Said before what to do (yamlError's last sentence), when it is there.
    const fix = / Fix that line[^.]*\.$/.exec(refused.problem)?.[0] ?? '';
    const problem = `${refused.problem.slice(0, refused.problem.length - fix.length)} ${quote}${fix}`;
    throw new SourceError(file, refused.line, problem, { cause: error });
  }
  const data = read.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new SourceError(file, 2, 'its front matter is not a YAML mapping: write one `key: value` a line.');
  const known = withKnownKeys(data as Record<string, unknown>, (key) => lineOfKey(markdown, key));
  return {
    data: known.data,
    body: markdown.slice(match[0].length),
    warnings: [
      ...tabbedNote(read.tabbed),
      ...read.repeated.map(repeatedNote),
      // The YAML starts on the line after the opening `---`.
      ...read.warnings.map((warning) => ({ ...warning, line: warning.line + 1 })),
      ...known.warnings,
    ],
  };
}

/** What the import says of a front-matter key written twice (readLiberalYaml), at the line of its repeat. */
function repeatedNote({ line, key, first }: { line: number; key: string; first: number }): FieldNote {
  // Lines of the file: the YAML starts on the line after the opening `---`.
  const earlier = first > 0 ? ` (first at line ${String(first + 1)})` : '';
  return {
    line: line + 1,
    message: `its front matter writes the key "${key}" again${earlier}, which YAML refuses: its last value is read, as Learn's docfx reads it. Keep one of them.`,
  };
}

/** What the import says of front-matter lines read with their leading tabs as spaces (readLiberalYaml): one note. */
function tabbedNote(tabbed: readonly number[]): FieldNote[] {
  const [first] = tabbed;
  const last = tabbed.at(-1);
  if (first === undefined || last === undefined) return [];
  // Lines of the file: the YAML starts on the line after the opening `---`.
  const which =
    tabbed.length === 1
      ? `line ${first + 2} starts`
      : last - first + 1 === tabbed.length
        ? `lines ${first + 2} to ${last + 2} start`
        : `${tabbed.length} lines, from line ${first + 2}, start`;
  return [
    {
      line: first + 2,
      message: `its front matter's ${which} with tabs, which YAML does not take as indentation: the tabs are read as spaces, as Learn's docfx reads them. Indent with spaces.`,
    },
  ];
}

/**
 * A two-digit year as .NET reads `yy` (docfx's M/d/yy): up to 49 is 20xx, from 50 19xx (its calendar's
 * TwoDigitYearMax, 2049).
 */
function fullYear(year: string): string {
  if (year.length !== 2) return year;
  return String(Number(year) <= 49 ? 2000 + Number(year) : 1900 + Number(year));
}

/**
 * The uid docfx gives an article, which a TOC entry's `uid:` names: its front matter's `uid`, else, for a
 * PlatyPS cmdlet page, its `Module Name` and title (`ExchangePowerShell.Get-MalwareFilterRule`, as
 * office-docs-powershell's pages are named); undefined for none.
 */
export function articleUid(data: Record<string, unknown>): string | undefined {
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  const module = text(data['Module Name']);
  const title = text(data['title']);
  return text(data['uid']) ?? (module && title ? `${module}.${title}` : undefined);
}

/** `05/31/2024` or `05/31/24` (Learn's `ms.date`, as docfx reads M/d/yy) as `2024-05-31`; also accepts `2024-05-31`. */
export function learnDate(value: unknown, file: string): string {
  const text = value instanceof Date ? isoDate(value) : typeof value === 'string' ? value.trim() : '';
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(text);
  const iso = us ? `${fullYear(us[3] ?? '')}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}` : text;
  // A day that does not exist (02/30) rolls over to another, so it reads back different.
  if (!isRealDay(iso)) {
    throw new Error(
      `${file}: front-matter field "ms.date" is ${JSON.stringify(text)}: it must be a date as MM/DD/YYYY.`,
    );
  }
  return iso;
}

/**
 * `frontMatter` with each line of text the schema limits (FIELD_LIMITS) within its limit (fitField), and a
 * note for each field cut, at the line `lineOf` gives it: for a page's fields from elsewhere than Learn's
 * front matter (its H1, a TOC's names), which mapLearnFrontMatter does not see.
 */
export function fitPageFields(
  frontMatter: PageFrontMatter,
  lineOf: (field: LimitedField) => number,
): { frontMatter: PageFrontMatter; notes: FieldNote[] } {
  const notes: FieldNote[] = [];
  const fitted = { ...frontMatter };
  for (const field of Object.keys(FIELD_LIMITS) as LimitedField[]) {
    const value = fitted[field];
    if (typeof value !== 'string') continue;
    const fit = fitField(field, value, lineOf(field));
    if (fit.note) notes.push(fit.note);
    fitted[field] = fit.value;
  }
  return { frontMatter: fitted, notes };
}

// `appliesto` is the page's first line (appliesToLine, applies-to.ts), as Learn shows it under the title.
const MAPPED = new Set(['title', 'description', 'ms.date', 'author', 'appliesto']);

/** Where a missing field's value comes from when the file lacks it. */
export interface FrontMatterDefaults {
  /** `--author`: wins over the file's `ms.author` and the configured default. */
  author?: string | undefined;
  /** The configured default author, when neither `--author` nor `ms.author` gives one. */
  fallbackAuthor: string;
  /** The file's last change (its git date, else today) as YYYY-MM-DD, read only when the file gives no valid date. */
  date: string;
  /** `date` is today's, no git history of the file having been found. */
  dateIsToday?: boolean | undefined;
  /** The article's H1 (or file name), when there is no `title`. */
  title: string;
  /** Where `title` comes from, as its note says (`the H1`, `the file name`). */
  titleFrom?: string | undefined;
  /** The first sentence of the article, when there is no `description` (else its H1 or file name). */
  description: string;
  /** Whether `description` is the article's first sentence, not its H1 or file name. */
  descriptionIsSentence?: boolean | undefined;
  /** Where `description` comes from, as its note says (`the first sentence`, `the H1`, `the file name`). */
  descriptionFrom?: string | undefined;
  /**
   * The description the article's docfx.json gives every article it builds (globalMetadata, or a
   * fileMetadata glob: VBA-Docs' "Office VBA reference topic"), and that docfx.json, as notes name it. One
   * text for hundreds of pages says less than each one's first sentence, which wins over it; it is the
   * description of an article with none.
   */
  docfxDescription?: { value: string; from: string } | undefined;
  /**
   * The docfx.json each key of the data came from, not the file (`{ 'ms.date': '../docfx.json' }`): its notes
   * name it, and it is not listed as dropped (the file does not have it; its docfx.json gives every article it).
   */
  inheritedFrom?: Readonly<Record<string, string>> | undefined;
}

/** A note about one front-matter field: 1-based line in the source file. */
export interface FieldNote {
  line: number;
  message: string;
  /** The default given: `what` happened (`front-matter field "author" is missing`), and the value used. */
  defaulted?: { what: string; value: string };
}

/** The 1-based line of `key:` in the source text's front matter, else 1 (the front matter's start). */
export function lineOfKey(source: string, key: string): number {
  const lines = source.split('\n');
  const index = lines.findIndex((line, at) => at > 0 && line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

/**
 * Microsoft's name as Learn's site names write it: in Latin letters, inflected or joined
 * (`Microsoftu`, `Microsoft-Dokumentation`, `MicrosoftDocs` as Dynamics 365's and Power Platform's titles
 * write the site's old name), or transliterated (`Документация Майкрософт`).
 */
const MICROSOFT =
  /^(?:microsoft(?:docs|\p{L})?(?:-|$)|майкрософт|מיקרוסופט|مايكروسوفت|マイクロソフト|微软|微軟|마이크로소프트|ไมโครซอฟท์)/iu;

/** The most words and characters of a site name after a title's last `|` (`Dokumentacja firmy Microsoft`). */
const SITE_NAME_LIMITS = { words: 3, characters: 40 };

/**
 * `title` without the site name older Learn titles end with for search engines, in the page's language
 * (`Operators | Microsoft Docs`, `Versionshinweise | Microsoft-Dokumentation`, `… | Documentos da Microsoft`,
 * `… | Документация Майкрософт`, `… | Microsoft 문서`, or a product's, `… | Microsoft Intune`): a last
 * `|` part of at most three words whose first or last word is Microsoft's name (MICROSOFT). A title's own
 * pipe (`Pipes | in titles stay`) stays.
 */
export function withoutSiteName(title: string): string {
  const at = title.lastIndexOf('|');
  const [before, after] = [title.slice(0, at).trim(), title.slice(at + 1).trim()];
  const words = after.split(/\s+/);
  const named = [words[0], words.at(-1)].some((word) => MICROSOFT.test(word ?? ''));
  return at !== -1 &&
    before !== '' &&
    named &&
    words.length <= SITE_NAME_LIMITS.words &&
    after.length <= SITE_NAME_LIMITS.characters
    ? before
    : title;
}

/**
 * A field's text on one line, as the site's schema takes it: a YAML block (`description: |`) or a control
 * character breaks no page, its white space collapsed to one space.
 */
function present(value: unknown): string | undefined {
  const text =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'string' || typeof value === 'number'
        ? String(value)
            .replace(/[\s\p{Cc}\u2028\u2029]+/gu, ' ')
            .trim()
        : '';
  return text === '' ? undefined : text;
}

/** Why a field gives no text when it is not there, or there with no text (`description: ''`). */
const ABSENT: ReadonlySet<string> = new Set(['is missing', 'is empty']);

/**
 * Why a field gives no text: it is missing, empty, or of another kind (a list, an object, true or false)
 * than the one line of text the site takes. `expected` says what it must be.
 */
function whyNoText(value: unknown, expected: string): string {
  if (value === undefined) return 'is missing';
  // `description:` with nothing after it: YAML's null, written there with no text.
  if (value === null || (typeof value === 'string' && value.trim() === '')) return 'is empty';
  const kind = Array.isArray(value)
    ? 'a list'
    : typeof value === 'object' && !(value instanceof Date)
      ? 'an object'
      : typeof value === 'boolean'
        ? String(value)
        : undefined;
  return kind === undefined ? 'is missing' : `is ${kind}, where it must be ${expected}`;
}

const ONE_LINE = 'one line of text';

/**
 * `value` within the limit the build's schema sets for `field` (FIELD_LIMITS, src/lib/page-schema.ts):
 * as it is when it fits, else cut at a word (cutAtWord) with a note at `line` saying so. Cut, not refused:
 * the rest of the page is fine, and a writer can shorten the field afterwards.
 */
export function fitField(
  field: LimitedField,
  value: string,
  line: number,
): { value: string; note?: FieldNote } {
  const limit = FIELD_LIMITS[field];
  if (value.length <= limit) return { value };
  const cut = cutAtWord(value, limit);
  return {
    value: cut,
    note: {
      line,
      message: `front-matter field "${field}" is ${value.length.toLocaleString('en-US')} characters long, more than the ${limit.toLocaleString('en-US')} the site takes: cut to ${JSON.stringify(cut.length > 60 ? `${cut.slice(0, 30)}…${cut.slice(-29)}` : cut)}. Shorten it in the source.`,
    },
  };
}

/**
 * The fields this site keeps. A missing or unreadable one never stops the import: it gets its default
 * (see FrontMatterDefaults) and a note with the line, which the import prints as a warning.
 */
export function mapLearnFrontMatter(
  data: Record<string, unknown>,
  file: string,
  defaults: FrontMatterDefaults,
  source = '',
): LearnFrontMatter & { notes: FieldNote[] } {
  const notes: FieldNote[] = [];
  const fallback = (key: string, value: string, why: string): string => {
    const from = defaults.inheritedFrom?.[key];
    const what = `front-matter field "${key}"${from === undefined ? '' : ` (from ${from}'s metadata)`} ${why}`;
    notes.push({
      line: lineOfKey(source, key),
      message: `${what}: using ${JSON.stringify(value)}.`,
      defaulted: { what, value },
    });
    return value;
  };
  // A default's origin, when the caller says it: `is missing (taken from the H1)`.
  const takenFrom = (from: string | undefined) => (from === undefined ? '' : ` (taken from ${from})`);
  const title =
    withoutSiteName(present(data['title']) ?? '') ||
    fallback(
      'title',
      defaults.title,
      `${whyNoText(data['title'], ONE_LINE)}${takenFrom(defaults.titleFrom)}`,
    );
  // The article's own, else its first sentence over the one its docfx.json gives every article (which
  // an article without a sentence takes), else its H1 or file name.
  const descriptionWhy = whyNoText(data['description'], ONE_LINE);
  const docfx = defaults.docfxDescription;
  const inherits = docfx !== undefined && !defaults.descriptionIsSentence;
  const description =
    present(data['description']) ??
    (inherits && ABSENT.has(descriptionWhy)
      ? docfx.value
      : fallback(
          'description',
          inherits ? docfx.value : defaults.description,
          docfx === undefined
            ? `${descriptionWhy}${takenFrom(defaults.descriptionFrom)}`
            : inherits
              ? descriptionWhy
              : `${descriptionWhy === 'is missing' ? 'is not in the file' : descriptionWhy}, and ${docfx.from}'s metadata gives every article the same one (${JSON.stringify(docfx.value)}), which says less than the article's first sentence`,
        ));
  const givenAuthor = defaults.author ?? present(data['author']);
  const authorWhy = whyNoText(data['author'], ONE_LINE);
  const author =
    givenAuthor ??
    (present(data['ms.author'])
      ? fallback('author', present(data['ms.author']) ?? '', `${authorWhy} (taken from ms.author)`)
      : fallback('author', defaults.fallbackAuthor, `${authorWhy} (the configured default author)`));
  const rawDate = present(data['ms.date']);
  let updated: string;
  // Read only when the file's date is missing or wrong: `date` may ask git (convert.ts).
  const dateOrigin = () =>
    defaults.dateIsToday
      ? "today's date, as no git history of the file was found"
      : "the date of the file's last git commit";
  if (rawDate === undefined)
    updated = fallback(
      'ms.date',
      defaults.date,
      `${whyNoText(data['ms.date'], 'a date as MM/DD/YYYY')} (${dateOrigin()})`,
    );
  else {
    let read: string | undefined;
    try {
      read = learnDate(rawDate, file);
    } catch {
      read = undefined;
    }
    // A day the build refuses (before 1990, more than a year ahead: dayProblem) gets the default too.
    const problem = read === undefined ? undefined : dayProblem(dayDate(read));
    updated =
      read !== undefined && problem === undefined
        ? read
        : fallback(
            'ms.date',
            defaults.date,
            problem === undefined
              ? `is ${JSON.stringify(rawDate)}, not a date as MM/DD/YYYY (${dateOrigin()})`
              : `${problem} (${dateOrigin()})`,
          );
  }
  // Each within the build's limit: a Learn value or a default (an H1, a first sentence) alike.
  const fit = (field: LimitedField, value: string, key = field) => {
    const fitted = fitField(field, value, lineOfKey(source, key));
    if (fitted.note) notes.push(fitted.note);
    return fitted.value;
  };
  return {
    title: fit('title', title),
    description: fit('description', description),
    updated,
    author: fit('author', author),
    // The requirements an API reference's `req.*` keys give are its Requirements table (referenceSections).
    dropped: Object.keys(data).filter(
      (key) =>
        !MAPPED.has(key) &&
        !Object.hasOwn(defaults.inheritedFrom ?? {}, key) &&
        !isShownRequirement(data, key),
    ),
    notes,
  };
}

/** A date as YAML writes a day: `2024-05-31`. */

/** YAML front matter for a page file; strings JSON-quoted (valid YAML), dates bare so they read as dates. */
export function renderFrontMatter(page: PageFrontMatter): string {
  const lines = [
    `title: ${JSON.stringify(page.title)}`,
    ...(page.sidebarLabel !== undefined ? [`sidebarLabel: ${JSON.stringify(page.sidebarLabel)}`] : []),
    ...(page.group !== undefined ? [`group: ${JSON.stringify(page.group)}`] : []),
    `description: ${JSON.stringify(page.description)}`,
    `order: ${page.order}`,
    `updated: ${isoDate(page.updated)}`,
    `author: ${JSON.stringify(page.author)}`,
    ...(page.lang !== undefined ? [`lang: ${JSON.stringify(page.lang)}`] : []),
    ...(page.source !== undefined ? [`source: ${JSON.stringify(page.source)}`] : []),
    // Its path on Learn where that is not its folder's and file's (an API id's, a PlatyPS module's folder).
    ...(page.learnPath !== undefined ? [`learnPath: ${JSON.stringify(page.learnPath)}`] : []),
    ...(page.repository !== undefined ? [`repository: ${JSON.stringify(page.repository)}`] : []),
    ...(page.branch !== undefined ? [`branch: ${JSON.stringify(page.branch)}`] : []),
    ...(page.imported !== undefined ? [`imported: ${isoDate(page.imported)}`] : []),
  ];
  return `---\n${lines.join('\n')}\n---\n`;
}
