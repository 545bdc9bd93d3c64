/**
 * The titles Learn labels an article's zones with (`::: zone pivot="programming-language-csharp"` is "C#"):
 * its front matter names its pivot groups (`zone_pivot_groups: a, b`), which the docfx project's
 * zone-pivot-groups.yml defines, each with its pivots' ids and titles.
 */
import { extname } from 'node:path';
import { codePoint, shownTextProblem } from '../content-safety.ts';
import { confine, type PathAccess, relativePath } from '../learn/source-files.ts';
import { markdownLines, parseAttributes, VARIANT_START } from '../learn/syntax.ts';
import { namedMonikers } from './monikers.ts';
import type { ImportNote } from './convert.ts';
import { lineOfKey } from './front-matter.ts';
import { readYaml, type YamlWarning } from './source-error.ts';

/** A pivot groups file read: each group by its id, with its pivots' titles by their ids. */
export type PivotGroups = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * What of a pivot groups file was not taken, each said at its line there: by group id, the pivots whose
 * title was left out and whether pivots past the group's cap went unread; and whether groups past the
 * file's cap did. An article's zones for them are labelled by id with no more said of each.
 */
export interface SkippedPivots {
  groups: ReadonlyMap<string, { titles: ReadonlySet<string>; rest: boolean }>;
  rest: boolean;
}

/** The file docfx reads the groups from when nothing names another: published as JSON, its source YAML. */
export const DEFAULT_PIVOT_GROUPS_FILE = 'zone-pivot-groups.json';

/** A title or id as text on one line (a YAML number, `2019`, read as its text). */
function titleText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** The longest pivot title a zone's label takes, in characters: Learn's are a word or three ("C#", "Azure CLI"). */
export const MAX_PIVOT_TITLE = 100;

/**
 * The most pivots read of a group (Learn's have a handful, for a reader to choose from) and of a file
 * (azure-docs', among the largest, has some hundreds): a file of thousands is not a real one.
 */
export const MAX_GROUP_PIVOTS = 100;
export const MAX_FILE_PIVOTS = 5000;

/**
 * Why `title` cannot label a zone, as a sentence's end, or undefined when it can: each zone's label shows
 * it, and the page's Markdown copy and llms-full.txt, after the build's check of the page's own text.
 */
function titleProblem(title: string): string | undefined {
  if (title.length > MAX_PIVOT_TITLE)
    return `is ${title.length.toLocaleString('en-US')} characters long, more than the ${MAX_PIVOT_TITLE} a zone's label takes. Shorten it.`;
  const shown = shownTextProblem(title);
  if (shown !== undefined) return shown;
  const control = /\p{Cc}/u.exec(title)?.[0];
  return control === undefined
    ? undefined
    : `holds the control character ${codePoint(control)}, which no label shows. Remove it.`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A zone pivot groups file (`### YamlMime:ZonePivotGroups`, `groups:` each with `id`, `title`, `prompt`
 * and `pivots:` of `id` and `title`; or the JSON docfx publishes of it), its groups and what is wrong
 * with them at their lines. A pivot without a title is left out (its zones show its id). The YAML's first
 * error is thrown, as readYaml throws it.
 */
export function readZonePivotGroups(text: string): {
  groups: PivotGroups;
  skipped: SkippedPivots;
  warnings: YamlWarning[];
} {
  const { data, warnings, lineOf } = readYaml(text);
  const groups = new Map<string, Map<string, string>>();
  const skippedGroups = new Map<string, { titles: Set<string>; rest: boolean }>();
  const skipped = { groups: skippedGroups, rest: false };
  const list = isObject(data) ? data['groups'] : undefined;
  if (!Array.isArray(list)) {
    warnings.push({
      line: 1,
      message:
        'holds no "groups:" list, as a zone-pivot-groups.yml does (### YamlMime:ZonePivotGroups): its zones are labelled by pivot id.',
    });
    return { groups, skipped, warnings };
  }
  let read = 0;
  list.forEach((group: unknown, index) => {
    if (read > MAX_FILE_PIVOTS) return;
    const id = isObject(group) ? titleText(group['id']) : undefined;
    const pivots = isObject(group) ? group['pivots'] : undefined;
    if (id === undefined || !Array.isArray(pivots)) {
      warnings.push({
        line: lineOf(['groups', index]),
        message: `group ${index + 1} has no ${id === undefined ? '"id"' : '"pivots:" list'}: left out, so the zones of its articles are labelled by pivot id.`,
      });
      return;
    }
    const titles = groups.get(id) ?? new Map<string, string>();
    const left = skippedGroups.get(id) ?? { titles: new Set<string>(), rest: false };
    skippedGroups.set(id, left);
    // Read up to the caps, the rest said once: their zones are labelled by id.
    const stop = (what: string, at: number) => {
      left.rest = true;
      warnings.push({
        line: lineOf(['groups', index, 'pivots', at]),
        message: `${what}: the pivots from here on are not read, and their zones are labelled by pivot id.`,
      });
      return false;
    };
    pivots.every((pivot: unknown, at) => {
      if (at >= MAX_GROUP_PIVOTS)
        return stop(
          `the group "${id}" has more than ${MAX_GROUP_PIVOTS} pivots, where Learn's have a handful to choose from`,
          at,
        );
      if (++read > MAX_FILE_PIVOTS) {
        skipped.rest = true;
        return stop(
          `the file has more than ${MAX_FILE_PIVOTS.toLocaleString('en-US')} pivots, more than Learn's largest`,
          at,
        );
      }
      const pivotId = isObject(pivot) ? titleText(pivot['id']) : undefined;
      const title = isObject(pivot) ? titleText(pivot['title']) : undefined;
      const problem = title === undefined ? undefined : titleProblem(title);
      if (pivotId !== undefined && title !== undefined && problem !== undefined) {
        left.titles.add(pivotId);
        warnings.push({
          line: lineOf(['groups', index, 'pivots', at, 'title']),
          message: `the title of the pivot "${pivotId}" in the group "${id}" ${problem} It is left out: its zones are labelled by its id.`,
        });
        return true;
      }
      if (pivotId !== undefined && title !== undefined) {
        if (!titles.has(pivotId)) titles.set(pivotId, title);
        return true;
      }
      warnings.push({
        line: lineOf(['groups', index, 'pivots', at]),
        message: `a pivot of the group "${id}" has no ${pivotId === undefined ? '"id"' : `"title" (${pivotId})`}: its zones are labelled by its id.`,
      });
      return true;
    });
    groups.set(id, titles);
  });
  return { groups, skipped, warnings };
}

/** How the lookup reads files: the import's source files. */
export interface PivotFiles extends PathAccess {
  read(path: string): string | undefined;
}

/**
 * Files read once an import: a pivot groups file or a docfx.json, with what is said of it (each article
 * naming it says it again, and the report prints it once).
 */
export type PivotCache = Map<
  string,
  { groups?: PivotGroups; skipped?: SkippedPivots; metadata?: unknown; notes: ImportNote[] }
>;

/** The article whose zones are labelled: its file, front matter and body (as written, and as imported). */
export interface PivotArticle {
  file: string;
  /** Its front matter's data, and the source text the data was read from (for the lines of its keys). */
  data: Record<string, unknown>;
  source: string;
  /** Its body as written and the line it starts on; and as imported (its includes inlined). */
  body: string;
  bodyStart: number;
  prepared: string;
  /**
   * Its Learn path, the folder's --learn-path and its path below the source folder, file name as written
   * (`dotnet/aspire/caching/a.md`), when the import knows it: docfx finds the zone pivot groups by URL from it.
   */
  learnPath?: string | undefined;
}

/** Where the lookup reads: the docfx project's folder (docfx.json's, else the read root) and the read root. */
export interface PivotRoots {
  docset: string;
  /** The docfx.json the docset's folder has, when it has one. */
  docfxJson: string | undefined;
  readRoot: string;
}

/** The pivots the article's zones are for (`pivot="a,b"`: a and b), each with the first line of the body naming it. */
function pivotsUsed(text: string): Map<string, number> {
  const used = new Map<string, number>();
  markdownLines(text).forEach(({ line, code }, index) => {
    if (code) return;
    const start = VARIANT_START.exec(line.replace(/^[\s>]*/, '').trim());
    if (start?.[1] !== 'zone') return;
    for (const pivot of (parseAttributes(start[2] ?? '')['pivot'] ?? '').split(','))
      if (pivot.trim() !== '' && !used.has(pivot.trim())) used.set(pivot.trim(), index);
  });
  return used;
}

/** The group ids `zone_pivot_groups` names: `a, b` (or a YAML list of them). */
function groupIds(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return parts.flatMap((part) => (typeof part === 'string' && part.trim() !== '' ? [part.trim()] : []));
}

/**
 * The longest fileMetadata glob read, in characters, and the most paths one may stand for once its
 * `{a,b}` groups are expanded, as docfx expands them: Learn's are a folder and a `**` or `*.md` (the
 * longest of a thousand in 20 repositories' docfx.json is 88 characters, and none has a group), where
 * 17 groups of two are 131,072 paths. A glob past either is not read, and said so.
 */
export const MAX_GLOB_LENGTH = 1000;
export const MAX_GLOB_ALTERNATIVES = 256;

/**
 * The most a docfx.json's globs read may stand for together, in characters: each glob's length times the paths
 * its `{a,b}` groups expand to, in the order written (Learn's come to a few thousand). Each glob under the caps
 * above, 200 of them (a docfx.json of 400 KB, red team 31) held 3.2 GB and took 2 minutes to import one article;
 * the globs past it are not read, and said so.
 */
export const MAX_DOCFX_GLOB_CHARACTERS = 100_000;

/** One part of a glob between slashes, as docfx reads it: `**` (a folder's, or the file's), text, or a pattern. */
type GlobPart =
  | { kind: 'globstar'; folder: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'pattern'; tokens: GlobToken[]; dotFirst: boolean };

/** What a pattern's character matches: that character (any case), any but `/` (`?`), any run of them (`*`), a class. */
type GlobToken = string | { any: true } | { star: true } | { chars: string; negated: boolean };

/** A glob as docfx's GlobMatcher reads it: each path it expands to, in parts; and whether it is negated (`!`). */
interface DocfxGlob {
  negated: boolean;
  alternatives: GlobPart[][];
}

/**
 * How many paths `glob`'s `{a,b}` groups stand for, counted without expanding them (past `limit`, limit + 1),
 * as docfx's ExpandGroup reads them: `\` escapes a `{`, `,` or `}`; a group left open, or a `}` closing
 * none, matches nothing (0).
 */
function braceCount(glob: string, limit: number): number {
  // Each open group: the paths of its alternatives before the current one, and the current one's so far.
  const groups: { done: number; current: number }[] = [];
  let current = 1;
  for (let at = 0; at < glob.length; at++) {
    const char = glob[at];
    if (char === '\\') at++;
    else if (char === '{') {
      groups.push({ done: 0, current });
      current = 1;
    } else if (char === ',' && groups.length > 0) {
      const group = groups.at(-1);
      if (group) group.done = Math.min(group.done + current, limit + 1);
      current = 1;
    } else if (char === '}') {
      const group = groups.pop();
      if (group === undefined) return 0;
      current = Math.min(group.current * Math.min(group.done + current, limit + 1), limit + 1);
    }
  }
  return groups.length > 0 ? 0 : current;
}

/** `glob`'s `{a,b}` groups expanded, as docfx's ExpandGroup does (an escaped `{`, `,` or `}` losing its `\`). */
function expandBraces(glob: string): string[] {
  // The paths of each open group's alternatives so far, of its current alternative, and of the text before it.
  const stack: { before: string[]; done: string[] }[] = [];
  let current = [''];
  const add = (text: string) => (current = current.map((path) => path + text));
  for (let at = 0; at < glob.length; at++) {
    const char = glob[at] ?? '';
    if (char === '\\') {
      // A `\` ending the glob escapes nothing, and docfx drops it.
      const next = glob[at + 1];
      if (next !== undefined) add(',{}'.includes(next) ? next : `\\${next}`);
      at++;
    } else if (char === '{') {
      stack.push({ before: current, done: [] });
      current = [''];
    } else if (char === ',' && stack.length > 0) {
      stack.at(-1)?.done.push(...current);
      current = [''];
    } else if (char === '}') {
      const group = stack.pop();
      if (group === undefined) return [];
      const alternatives = [...group.done, ...current];
      current = group.before.flatMap((path) => alternatives.map((alternative) => path + alternative));
    } else add(char);
  }
  return stack.length > 0 ? [] : current;
}

/** One part of an expanded glob (with its `/` when a folder follows it), as docfx's ConvertSingleGlobPart reads it. */
function globPart(part: string): GlobPart | undefined {
  if (/^\*{2,}\/?$/.test(part)) return { kind: 'globstar', folder: part.endsWith('/') };
  const tokens: GlobToken[] = [];
  let magic = false;
  for (let at = 0; at < part.length; at++) {
    const char = part[at] ?? '';
    if (char === '\\') {
      // A `\` ending the part escapes nothing: docfx matches nothing with it.
      if (at + 1 === part.length) return undefined;
      tokens.push((part[++at] ?? '').toLowerCase());
    } else if (char === '?' || char === '*') {
      tokens.push(char === '?' ? { any: true } : { star: true });
      magic = true;
    } else if (char === '[' && classEnd(part, at) !== undefined) {
      const end = classEnd(part, at) ?? at;
      const chars = part.slice(at + 1, end);
      // An empty class stands for nothing (docfx writes no regex for it); `[^]` is a caret.
      if (chars !== '')
        tokens.push(
          chars === '^' ? '^' : { chars: chars.replace(/^\^/, ''), negated: chars.startsWith('^') },
        );
      magic = true;
      at = end;
    } else tokens.push(char.toLowerCase());
  }
  if (!magic) return { kind: 'text', text: tokens.filter((token) => typeof token === 'string').join('') };
  return { kind: 'pattern', tokens, dotFirst: part.startsWith('.') };
}

/** The index of the `]` closing the class that opens at `start` (the first one not escaped), if any. */
function classEnd(part: string, start: number): number | undefined {
  for (let at = start + 1; at < part.length; at++) {
    if (part[at] === '\\') at++;
    else if (part[at] === ']') return at;
  }
  return undefined;
}

/** Whether `char` is in a class's characters as .NET reads them (`a-z` ranges, `\` escapes), in any case. */
function inClass(char: string, chars: string): boolean {
  const cases = [char, char.toLowerCase(), char.toUpperCase()];
  for (let at = 0; at < chars.length; at++) {
    const first = chars[at] === '\\' ? (chars[++at] ?? '') : (chars[at] ?? '');
    if (chars[at + 1] === '-' && at + 2 < chars.length) {
      const last = chars[at + 2] === '\\' ? (chars[at + 3] ?? '') : (chars[at + 2] ?? '');
      at += chars[at + 2] === '\\' ? 3 : 2;
      if (cases.some((one) => one >= first && one <= last)) return true;
    } else if (cases.includes(first)) return true;
  }
  return false;
}

/**
 * Whether `tokens` match all of `name` (a path's part, its `/` included for a folder): `*` and `?` never a
 * `/`. The run of the last `*` is widened on a mismatch, so a part takes at most its length times the
 * pattern's steps, whatever the pattern (a regex of `*a*a*a…` backtracks for minutes).
 */
function matchesPart(tokens: readonly GlobToken[], name: string): boolean {
  let at = 0;
  let step = 0;
  let star: { step: number; at: number } | undefined;
  while (at < name.length) {
    const token = tokens[step];
    const char = name[at] ?? '';
    if (token !== undefined && typeof token === 'object' && 'star' in token) {
      star = { step: step + 1, at };
      step++;
    } else if (
      token !== undefined &&
      (typeof token === 'string'
        ? token === char.toLowerCase()
        : 'any' in token
          ? char !== '/'
          : inClass(char, token.chars) !== token.negated)
    ) {
      at++;
      step++;
    } else if (star !== undefined && name[star.at] !== '/') {
      star.at++;
      at = star.at;
      step = star.step;
    } else return false;
  }
  return tokens.slice(step).every((token) => typeof token === 'object' && 'star' in token);
}

/**
 * A fileMetadata glob as docfx's GlobMatcher reads it (its default options: case ignored, `!` negating,
 * `{a,b}` groups, `\` escapes): each part between slashes a folder's or the file's, `**` as a part any
 * number of folders (`**` last: the file, in any folder below), `**.md` at a part's start `**` then `*.md`
 * (as dynamics-365-customer-engagement writes `customerengagement/**.*`); `*`, `?` and `[…]` within a
 * part, never matching a `.` starting it unless the part starts with one. Undefined past the caps.
 */
function readDocfxGlob(glob: string): DocfxGlob | undefined {
  if (docfxGlobProblem(glob) !== undefined) return undefined;
  const negation = /^!*/.exec(glob)?.[0] ?? '';
  const alternatives = expandBraces(glob.slice(negation.length)).flatMap((path) => {
    const names = path.split('/').filter((name) => name !== '');
    const parts = names.flatMap((name, index) => {
      const written = index < names.length - 1 || path.endsWith('/') ? `${name}/` : name;
      const shortcut = /^\*{2,}(?=[^/*])/.exec(written)?.[0];
      return shortcut === undefined ? [written] : ['**/', `*${written.slice(shortcut.length)}`];
    });
    const read = parts.map(globPart);
    return read.every((part): part is GlobPart => part !== undefined) ? [read] : [];
  });
  return { negated: negation.length % 2 === 1, alternatives };
}

/** Whether the parts of a glob match the names of a path (each folder's with its `/`), as docfx's MatchOne. */
function matchesParts(parts: readonly GlobPart[], names: readonly string[]): boolean {
  // matched[i][j]: the names from i on match the parts from j on, filled from the ends.
  const matched = Array.from({ length: names.length + 1 }, () =>
    new Array<boolean>(parts.length + 1).fill(false),
  );
  const at = (i: number, j: number) => matched[i]?.[j] === true;
  for (let i = names.length; i >= 0; i--) {
    const name = names[i] ?? '';
    const folder = name.endsWith('/');
    // A `.` folder or file is no globstar's (docfx's DisallowedMatchExists).
    const hidden = name.startsWith('.');
    const row = matched[i] ?? [];
    if (i === names.length) row[parts.length] = true;
    for (let j = parts.length - 1; j >= 0; j--) {
      const part = parts[j];
      if (part === undefined) continue;
      // No names left: only folders' `**` match them (none).
      if (i === names.length) row[j] = part.kind === 'globstar' && part.folder && at(i, j + 1);
      else if (part.kind === 'globstar')
        row[j] =
          !hidden &&
          (part.folder
            ? (folder && (at(i + 1, j) || at(i + 1, j + 1))) || at(i, j + 1)
            : at(i + 1, j) || (!folder && at(i + 1, j + 1)));
      else if (part.kind === 'text') row[j] = at(i + 1, j + 1) && name.toLowerCase() === part.text;
      else row[j] = at(i + 1, j + 1) && !(hidden && !part.dotFirst) && matchesPart(part.tokens, name);
    }
  }
  return at(0, 0);
}

/** Why docfx.json's fileMetadata glob `glob` is not read (past the caps), as a warning's sentence; else undefined. */
export function docfxGlobProblem(glob: string): string | undefined {
  if (glob.length > MAX_GLOB_LENGTH)
    return `is ${glob.length.toLocaleString('en-US')} characters long, more than the ${MAX_GLOB_LENGTH.toLocaleString('en-US')} a glob is read to`;
  if (braceCount(glob, MAX_GLOB_ALTERNATIVES) > MAX_GLOB_ALTERNATIVES)
    return `stands for more than ${MAX_GLOB_ALTERNATIVES} paths once its {…} groups are expanded, as docfx expands them`;
  return undefined;
}

/**
 * Whether `glob`, read (readDocfxGlob), matches `path` (the article's, from the docset's folder, with `/`),
 * as docfx matches it; never for a glob past the caps. Bounded: its time grows with the glob's length times
 * the path's, whatever either holds.
 */
function matchesRead(glob: DocfxGlob | undefined, path: string): boolean {
  if (glob === undefined) return false;
  const names = path.split(/[/\\]/).filter((name) => name !== '');
  const named = names.map((name, index) => (index < names.length - 1 ? `${name}/` : name));
  return glob.negated !== glob.alternatives.some((parts) => matchesParts(parts, named));
}

/** Whether docfx.json's fileMetadata glob `glob` matches `path`, as docfx matches it (see matchesRead). */
export function matchesDocfxGlob(path: string, glob: string): boolean {
  return matchesRead(readDocfxGlob(glob), path);
}

/** The fileMetadata globs read, by the object holding them (a key's, in docfx.json): read once an import. */
const readGlobs = new WeakMap<object, Map<string, DocfxGlob | undefined>>();

/**
 * A glob of docfx.json that the import reads, with what holds it: a fileMetadata key's object, a build.content
 * entry (or the list, for an entry written as a glob or list alone), and where, for a message.
 */
interface HeldGlob {
  holder: object;
  glob: string;
  where: string;
  /** The names written before it in docfx.json, in order, to find its line: `"fileMetadata"`, `"author"`. */
  under: string[];
}

/** Front-matter keys an article takes from its docfx.json's metadata when it names none itself, as Learn does. */
export const DOCFX_INHERITED_KEYS = ['author', 'ms.author', 'ms.date'] as const;

/**
 * The keys of docfx.json's metadata the import reads (docfxValue): the inherited ones, the description, the
 * pivots file, and those naming the docset's repository (scripts/import.ts).
 */
const DOCFX_READ_KEY_LIST = [
  ...DOCFX_INHERITED_KEYS,
  'description',
  'monikerRange',
  'zone_pivot_group_filename',
  'feedback_github_repo',
  'open_source_feedback_issueUrl',
] as const;
const DOCFX_READ_KEYS: ReadonlySet<string> = new Set(DOCFX_READ_KEY_LIST);

/** A key of docfx.json's metadata the import reads. */
export type DocfxKey = (typeof DOCFX_READ_KEY_LIST)[number];

/**
 * The globs of `metadata` the import reads (build.content's `files` and `exclude`, fileMetadata's of the keys it
 * reads, DOCFX_READ_KEYS), as written.
 */
function heldGlobs(metadata: unknown): HeldGlob[] {
  const build = buildSection(metadata);
  const held: HeldGlob[] = [];
  for (const [section, value] of Object.entries(build)) {
    if (section === 'content' && Array.isArray(value))
      for (const entry of value as unknown[]) {
        const mapping: Record<string, unknown> = isObject(entry) ? entry : { files: entry };
        for (const field of ['files', 'exclude'])
          for (const glob of globList(mapping[field]))
            held.push({
              holder: isObject(entry) ? entry : value,
              glob,
              where: `build.content's "${field}"`,
              under: ['"content"'],
            });
      }
    if (section === 'fileMetadata' && isObject(value))
      for (const [key, globs] of Object.entries(value))
        if (DOCFX_READ_KEYS.has(key) && isObject(globs))
          for (const glob of Object.keys(globs))
            held.push({
              holder: globs,
              glob,
              where: `the fileMetadata of "${key}"`,
              under: ['"fileMetadata"', JSON.stringify(key)],
            });
  }
  return held;
}

/** The globs of a docfx.json past MAX_DOCFX_GLOB_CHARACTERS, the first of them and how many: worked out once. */
interface UnreadGlobs {
  past: WeakMap<object, Set<string>>;
  first?: HeldGlob | undefined;
  count: number;
}
const unreadByMetadata = new WeakMap<object, UnreadGlobs>();

/** The globs of `metadata` past MAX_DOCFX_GLOB_CHARACTERS together, in the order written (heldGlobs). */
function globsPastBudget(metadata: object): UnreadGlobs {
  const known = unreadByMetadata.get(metadata);
  if (known !== undefined) return known;
  const unread: UnreadGlobs = { past: new WeakMap(), count: 0 };
  let used = 0;
  for (const held of heldGlobs(metadata)) {
    used += held.glob.length * Math.max(1, braceCount(held.glob, MAX_GLOB_ALTERNATIVES));
    if (used <= MAX_DOCFX_GLOB_CHARACTERS) continue;
    const past = unread.past.get(held.holder) ?? new Set<string>();
    unread.past.set(held.holder, past.add(held.glob));
    unread.first ??= held;
    unread.count++;
  }
  unreadByMetadata.set(metadata, unread);
  return unread;
}

/** `glob` of `globs` (a key's fileMetadata, a content entry) of `metadata` read, once; none past the budget. */
function readGlob(metadata: unknown, globs: object, glob: string): DocfxGlob | undefined {
  if (!isObject(metadata) || globsPastBudget(metadata).past.get(globs)?.has(glob) === true) return undefined;
  const read = readGlobs.get(globs) ?? new Map<string, DocfxGlob | undefined>();
  readGlobs.set(globs, read);
  if (!read.has(glob)) read.set(glob, readDocfxGlob(glob));
  return read.get(glob);
}

/** docfx.json's `build` section (its metadata's home), or an empty one. */
function buildSection(metadata: unknown): Record<string, unknown> {
  return isObject(metadata) && isObject(metadata['build']) ? metadata['build'] : {};
}

/**
 * The text docfx.json's metadata gives `key` for `file` (by a `fileMetadata` glob matching its path in the
 * docset, the last that matches, else `globalMetadata`), as Learn adds it to the article's own metadata;
 * undefined when it gives none. A glob past the caps matches nothing (docfxMetadata says so).
 */
export function docfxValue(
  metadata: unknown,
  file: string,
  docset: string,
  key: DocfxKey,
): string | undefined {
  const build = buildSection(metadata);
  const byGlob = isObject(build['fileMetadata']) ? build['fileMetadata'][key] : {};
  const path = relativePath(docset, file);
  const matched = isObject(byGlob)
    ? Object.entries(byGlob).findLast(
        ([glob, value]) => typeof value === 'string' && matchesRead(readGlob(metadata, byGlob, glob), path),
      )
    : undefined;
  const global = isObject(build['globalMetadata']) ? build['globalMetadata'][key] : undefined;
  const value = matched?.[1] ?? global;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A docfx.json value that is a glob or a list of them (`"files": "**\/*.md"` or `["**\/*.md"]`), as a list. */
function globList(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((glob): glob is string => typeof glob === 'string');
}

/**
 * Whether docfx.json's `metadata` lists the article at `path` (from its folder, with `/`) in `build.content`:
 * an entry whose `files` glob matches it below the entry's `src` (or `cwd`) and no `exclude` glob does, as
 * docfx matches them (case ignored; each glob read once an import, as fileMetadata's are). A docfx.json
 * without a content list it can read lists every article, as the import read them before it looked.
 */
export function docfxLists(metadata: unknown, path: string): boolean {
  const entries = contentEntries(metadata, path);
  return (
    entries === undefined || entries.some(({ listed, excludedBy }) => listed && excludedBy === undefined)
  );
}

/**
 * The `exclude` glob of docfx.json's build.content that takes out the article at `path` where a `files` glob
 * lists it (`"exclude": ["**\/includes/**"]`, as MicrosoftDocs/learn's leaves its units' Markdown out), for
 * the warning to say why docfx does not build it from there; undefined when none does.
 */
export function docfxExcludedBy(metadata: unknown, path: string): string | undefined {
  return contentEntries(metadata, path)?.find(({ listed, excludedBy }) => listed && excludedBy)?.excludedBy;
}

/** Where docfx publishes a file of its docset (docfxPublished): its path below the docset's URL, and the entry's src and dest. */
export interface DocfxPublished {
  /** The file's path below the docset's URL, its extension kept: the entry's `dest`, then its path below the `src`. */
  path: string;
  /** The entry's `src` (or `cwd`) and `dest` as written ('' when not), for what the import says of it. */
  src: string;
  dest: string;
}

/**
 * Where docfx publishes the file at `path` (from docfx.json's folder, with `/`), below the docset's URL: the
 * first build.content entry listing it (docfxLists) publishes it at its `dest` and its path below its `src`
 * (OfficeDocs-SkypeForBusiness' `{ "src": "SfbServer", "dest": "." }` publishes
 * SfbServer/plan-your-deployment/a.md as plan-your-deployment/a.md, beside SfBServer2019's files). `null`
 * when no entry lists it (docfx publishes no file there), undefined when there is no content list to read or
 * the entry's `dest` climbs (`..`), which the import does not guess at.
 */
export function docfxPublished(metadata: unknown, path: string): DocfxPublished | null | undefined {
  const entries = contentEntries(metadata, path);
  if (entries === undefined) return undefined;
  const entry = entries.find(({ listed, excludedBy }) => listed && excludedBy === undefined);
  if (entry === undefined) return null;
  const dest = entry.dest.split(/[/\\]/).filter((name) => name !== '' && name !== '.');
  if (dest.includes('..')) return undefined;
  return { path: [...dest, entry.inSrc].join('/'), src: entry.src, dest: entry.dest };
}

/**
 * The Learn path docfx publishes a docset at: the page's Learn path (`pageLearnPath`, its folder's
 * --learn-path and its path below the source folder) less where docfx publishes it in the docset
 * (`published`, `migration/a.md`), compared in any case, as Learn's URLs are: `skypeforbusiness`. Undefined
 * when the one does not end with the other: the folder's --learn-path is not where docfx.json publishes it.
 */
export function docsetLearnPath(pageLearnPath: string, published: string): string | undefined {
  const names = pageLearnPath.split('/');
  const own = published.split('/');
  if (own.length > names.length) return undefined;
  const root = names.slice(0, names.length - own.length);
  const tail = names.slice(names.length - own.length);
  return tail.every((name, at) => name.toLowerCase() === own[at]?.toLowerCase()) ? root.join('/') : undefined;
}

/**
 * The Learn path of the docset of the article at `path` (from docfx.json's folder), whose own Learn path is
 * `learnPath`: docsetLearnPath of where docfx publishes it (docfxPublished). Undefined when not known.
 */
export function articleDocset(metadata: unknown, path: string, learnPath: string): string | undefined {
  const published = docfxPublished(metadata, path);
  return published ? docsetLearnPath(learnPath, published.path) : undefined;
}

/**
 * The monikers docfx publishes the article `file` (at `path` from docfx.json's folder, in `docset`) in, when
 * they are named one by one (namedMonikers): the range of the build.content entry that lists it (its
 * `version`, else its group's `moniker_range`), else a fileMetadata `monikerRange` glob's, narrowed by the
 * article's own `monikerRange` (`own`, its front matter's), as MonikerProvider reads them. Undefined when
 * docfx.json gives it no range, or one of an order (`>= v2`), which only Learn's moniker definitions read.
 */
export function articleMonikers(
  metadata: unknown,
  path: string,
  docset: string,
  file: string,
  own: unknown,
): ReadonlySet<string> | undefined {
  const entry = contentEntries(metadata, path)?.find(({ listed, excludedBy }) => listed && !excludedBy);
  const groups = buildSection(metadata)['groups'];
  const group = isObject(groups) && typeof entry?.group === 'string' ? groups[entry.group] : undefined;
  const grouped = isObject(group) ? (group['moniker_range'] ?? group['monikerRange']) : undefined;
  const range =
    [entry?.version, grouped].find((value): value is string => typeof value === 'string') ??
    docfxValue(metadata, file, docset, 'monikerRange');
  const config = range === undefined ? undefined : namedMonikers(range);
  if (config === undefined) return undefined;
  const narrowed = typeof own === 'string' ? namedMonikers(own) : undefined;
  return narrowed === undefined ? config : new Set([...config].filter((name) => narrowed.has(name)));
}

/** `names` after the folders `base`, compared in any case as Learn's URLs are; undefined when they do not start so. */
function namesBelow(base: readonly string[], names: readonly string[]): string[] | undefined {
  if (base.some((name, at) => names[at]?.toLowerCase() !== name.toLowerCase())) return undefined;
  return names.slice(base.length);
}

/** The path of `names` (a Learn URL's, from its root) below the docset's Learn path `docset`; undefined outside it. */
function belowDocset(docset: string, names: readonly string[]): string | undefined {
  return namesBelow(
    docset.split('/').filter((name) => name !== ''),
    names,
  )?.join('/');
}

/**
 * The files (from docfx.json's folder, with `/`) docfx.json's build.content would publish at `published`, a
 * path below the docset's URL: for each entry whose `dest` holds it, the rest of it below the entry's `src`
 * (docfxPublished the other way; docs-aspire's `{ "src": "docs", "dest": "." }` publishes docs/zones/x.yml at
 * zones/x.yml). None for an entry whose `src` or `dest` climbs (`..`), which the import does not guess at.
 */
export function docfxSources(
  metadata: unknown,
  published: string,
  sections: readonly ('content' | 'resource')[] = ['content'],
): string[] {
  const content = sections.flatMap((section) => {
    const entries = buildSection(metadata)[section];
    return Array.isArray(entries) ? (entries as unknown[]) : [];
  });
  const folders = (value: unknown) =>
    (typeof value === 'string' ? value : '').split(/[/\\]/).filter((name) => name !== '' && name !== '.');
  const names = folders(published);
  return content.flatMap((entry: unknown) => {
    const mapping: Record<string, unknown> = isObject(entry) ? entry : { files: entry };
    const src = folders(mapping['src'] ?? mapping['cwd']);
    const dest = folders(mapping['dest']);
    if (src.includes('..') || dest.includes('..') || names.length <= dest.length) return [];
    const below = namesBelow(dest, names);
    return below === undefined ? [] : [[...src, ...below].join('/')];
  });
}

/**
 * The files (from docfx.json's folder) docfx publishes at `rootPath`, a path from Learn's root an article
 * writes (sql-docs' includes show `![Yes](/sql/includes/media/yes.png)`, real-folder trial CK), its locale
 * (`/en-us/`) aside: below the docset's Learn path (`docset`, docsetLearnPath), through the resource and
 * content groups (docfxSources). None for a path outside the docset, whose file the import cannot tell.
 */
export function learnRootSources(metadata: unknown, docset: string, rootPath: string): string[] {
  const names = rootPath.split('/').filter((name) => name !== '');
  if (/^[a-z]{2}-[a-z]{2,4}(?:-[a-z]{2})?$/i.test(names[0] ?? '')) names.shift();
  if (names.includes('..') || names.includes('.')) return [];
  const below = belowDocset(docset, names);
  return below === undefined ? [] : docfxSources(metadata, below, ['resource', 'content']);
}

/**
 * For each entry of docfx.json's build.content whose `src` (or `cwd`) holds `path`: whether a `files` glob
 * matches it below the `src`, and the first `exclude` glob that does, as docfx matches them (case ignored;
 * each glob read once an import, as fileMetadata's are), with the path below the `src` and the entry's `src`
 * and `dest` as written. Undefined when there is no content list to read.
 */
function contentEntries(
  metadata: unknown,
  path: string,
):
  | {
      listed: boolean;
      excludedBy: string | undefined;
      inSrc: string;
      src: string;
      dest: string;
      group: unknown;
      version: unknown;
    }[]
  | undefined {
  const content = buildSection(metadata)['content'];
  if (!Array.isArray(content)) return undefined;
  const names = path.toLowerCase().split('/');
  return content.flatMap((entry: unknown) => {
    const mapping: Record<string, unknown> = isObject(entry) ? entry : { files: entry };
    // What holds its globs for readGlob: the entry, or the list for an entry written as globs alone.
    const holder = isObject(entry) ? entry : content;
    const written = mapping['src'] ?? mapping['cwd'];
    const src = typeof written === 'string' ? written : '';
    const below = src
      .toLowerCase()
      .split(/[/\\]/)
      .filter((name) => name !== '' && name !== '.');
    if (below.some((name, at) => names[at] !== name)) return [];
    const inSrc = path.split('/').slice(below.length).join('/');
    const matches = (glob: string) => matchesRead(readGlob(metadata, holder, glob), inSrc);
    const listed = globList(mapping['files']).some(matches);
    const dest = typeof mapping['dest'] === 'string' ? mapping['dest'] : '';
    return [
      {
        listed,
        excludedBy: listed ? globList(mapping['exclude']).find(matches) : undefined,
        inSrc,
        src,
        dest,
        group: mapping['group'],
        version: mapping['version'],
      },
    ];
  });
}

/**
 * docfx.json's fileMetadata globs past the caps (docfxGlobProblem), each a warning at its line of `text`,
 * the file's: the glob matches nothing, as if it were not written.
 */
function unreadGlobs(metadata: unknown, text: string, file: string): ImportNote[] {
  const build = buildSection(metadata);
  const byKey = isObject(build['fileMetadata']) ? build['fileMetadata'] : {};
  const notes: ImportNote[] = [];
  const start = text.indexOf('"fileMetadata"');
  for (const [key, globs] of Object.entries(byKey)) {
    if (!isObject(globs)) continue;
    // The glob as written under its key, where it is written plainly (else the file's first line).
    const keyAt = text.indexOf(JSON.stringify(key), start);
    for (const glob of Object.keys(globs)) {
      const problem = docfxGlobProblem(glob);
      if (problem === undefined) continue;
      const at = text.indexOf(JSON.stringify(glob), keyAt);
      notes.push({
        file,
        line: at === -1 ? 1 : text.slice(0, at).split('\n').length,
        message: `the fileMetadata glob "${glob.length > 80 ? `${glob.slice(0, 80)}…` : glob}" of "${key}" ${problem}: it is not read, so the articles it names take globalMetadata's "${key}", if any. Write it as fewer, shorter globs, as Learn's are ("articles/**/*.md").`,
      });
    }
  }
  const { first, count } = isObject(metadata) ? globsPastBudget(metadata) : { count: 0 };
  if (first !== undefined) {
    const from = first.under.reduce((at, name) => Math.max(at, text.indexOf(name, at)), 0);
    const at = text.indexOf(JSON.stringify(first.glob), from);
    notes.push({
      file,
      line: at === -1 ? 1 : text.slice(0, at).split('\n').length,
      message: `its globs stand for more than ${MAX_DOCFX_GLOB_CHARACTERS.toLocaleString('en-US')} characters together once their {…} groups are expanded: ${count.toLocaleString('en-US')} from "${first.glob.length > 80 ? `${first.glob.slice(0, 80)}…` : first.glob}" of ${first.where} on are not read, so the articles they name take globalMetadata's values, and build.content's list what the globs before them list. Write fewer, shorter globs, as Learn's are ("articles/**/*.md").`,
    });
  }
  return notes;
}

/**
 * The docfx.json of `roots` (its `docfxJson`), read once an import from inside the read root, with what is
 * said of it (not valid JSON, a fileMetadata glob not read); undefined metadata when there is none or it
 * cannot be read.
 */
export function docfxMetadata(
  roots: PivotRoots,
  files: PivotFiles,
  cache: PivotCache,
): { metadata: unknown; notes: ImportNote[] } {
  const docfx = roots.docfxJson;
  if (docfx === undefined) return { metadata: undefined, notes: [] };
  if (!cache.has(docfx)) {
    const inside = confine('docfx.json', roots.docset, roots.readRoot, files);
    const text = (inside.ok ? files.read(inside.path) : undefined) ?? '{}';
    try {
      const metadata: unknown = JSON.parse(text);
      cache.set(docfx, { metadata, notes: unreadGlobs(metadata, text, docfx) });
    } catch (error) {
      const message = `not valid JSON (${(error as Error).message}): its metadata (author, zone_pivot_group_filename…) is not read.`;
      cache.set(docfx, { notes: [{ file: docfx, line: 1, message }] });
    }
  }
  return { metadata: cache.get(docfx)?.metadata, notes: cache.get(docfx)?.notes ?? [] };
}

/**
 * The files docfx v3 reads a zone pivot groups file from (`stem`: its name without extension), as Learn's build
 * finds it: by the URL it is published at, the name below the first folder of the article's Learn path, then
 * the file a content group publishes there, `.json` or its `.yml` source. Real-folder trial CL: dotnet/docs-aspire's
 * docfx.json names `aspire/zones/zone-pivot-groups.json`; its articles are at /dotnet/aspire/…, so that is
 * /dotnet/aspire/zones/zone-pivot-groups.json, which `{ "src": "docs", "dest": "." }` publishes from
 * docs/zones/zone-pivot-groups.yml. None when the import does not know the article's Learn path, or the
 * docset's (its --learn-path does not end with where docfx.json publishes it).
 */
function publishedGroupsFiles(
  article: PivotArticle,
  roots: PivotRoots,
  metadata: unknown,
  stem: string,
): string[] {
  if (article.learnPath === undefined) return [];
  const docset = articleDocset(metadata, relativePath(roots.docset, article.file), article.learnPath);
  if (docset === undefined) return [];
  const url = [article.learnPath.split('/')[0] ?? '', ...stem.split('/')].filter((name) => name !== '');
  const below = belowDocset(docset, url);
  if (below === undefined) return [];
  return docfxSources(metadata, below).flatMap((source) => [`${source}.json`, `${source}.yml`]);
}

/**
 * The titles of the pivots the article's zones are for, as Learn labels them, and what stops a label from
 * being one (each a warning with file and line; that zone keeps its pivot id as its label). The groups
 * file is the one `zone_pivot_group_filename` names (front matter, else docfx.json's metadata), else
 * zone-pivot-groups.json: a path published from the docset's folder, whose source is that file or the
 * .yml of its name, read from inside the read root only. What is said of the docfx.json the article is
 * in (not valid JSON, a fileMetadata glob not read) is said with every article, zones or none.
 */
export function articlePivotTitles(
  article: PivotArticle,
  roots: PivotRoots,
  files: PivotFiles,
  cache: PivotCache,
): { titles: Map<string, string>; notes: ImportNote[]; lines: Map<string, number> } {
  const titles = new Map<string, string>();
  // docfx.json's metadata, read once an import, from inside the read root (an unreadable one names no
  // file): every article takes values of it (docfxValue), so what is said of it is said with each.
  const docfx = docfxMetadata(roots, files, cache);
  const notes: ImportNote[] = [...docfx.notes];
  const used = pivotsUsed(article.prepared);
  if (used.size === 0) return { titles, notes, lines: new Map() };
  const bodyLines = pivotsUsed(article.body);
  const keyLine = lineOfKey(article.source, 'zone_pivot_groups');
  const firstZone = article.bodyStart + Math.min(...bodyLines.values(), Infinity);
  const ids = groupIds(article.data['zone_pivot_groups']);
  if (ids.length === 0) {
    notes.push({
      file: article.file,
      line: Number.isFinite(firstZone) ? firstZone : 1,
      message:
        'its zones are labelled by pivot id ("For <pivot>:"): its front matter names no zone_pivot_groups, where Learn finds their titles. Add "zone_pivot_groups: <group id>", as on Learn.',
    });
    return { titles, notes, lines: new Map() };
  }

  const ownName = article.data['zone_pivot_group_filename'];
  const named =
    typeof ownName === 'string' && ownName.trim() !== ''
      ? ownName.trim()
      : docfxValue(docfx.metadata, article.file, roots.docset, 'zone_pivot_group_filename');
  const name = named ?? DEFAULT_PIVOT_GROUPS_FILE;
  const nameLine =
    typeof ownName === 'string' ? lineOfKey(article.source, 'zone_pivot_group_filename') : keyLine;
  // docfx publishes the groups as JSON: the source is the file named, or the .yml of its name.
  const stem = name.slice(0, name.length - extname(name).length);
  const candidates = [
    ...new Set([
      name,
      `${stem}.yml`,
      `${stem}.json`,
      ...publishedGroupsFiles(article, roots, docfx.metadata, stem),
    ]),
  ];
  const found = candidates.map((candidate) => confine(candidate, roots.docset, roots.readRoot, files));
  const at = found.find((result) => result.ok);
  const where = relativePath(roots.readRoot, roots.docset) || '.';
  if (at === undefined) {
    const refused = found.find((result) => !result.ok && !result.problem.endsWith('does not exist.'));
    notes.push({
      file: article.file,
      line: nameLine,
      message: `${refused && !refused.ok ? refused.problem : `the zone pivot groups file "${name}" is not in ${where}/ (the folder of ${roots.docfxJson === undefined ? 'the read root: no docfx.json is above the article' : 'its docfx.json'}), as ${candidates.join(' or ')}.`} Its zones are labelled by pivot id ("For <pivot>:"); import with --read-root at the repository's root to read it.`,
      // The same for every article of the docset: one line naming them (import trial 29 had it five times).
      sameInEachFile: true,
    });
    return { titles, notes, lines: new Map() };
  }
  const groupsFile = at.path;
  if (!cache.has(groupsFile)) {
    try {
      const read = readZonePivotGroups(files.read(groupsFile) ?? '');
      const said = read.warnings.map((warning) => ({ file: groupsFile, ...warning }));
      cache.set(groupsFile, { groups: read.groups, skipped: read.skipped, notes: said });
    } catch (error) {
      const { message, linePos } = error as { message?: unknown; linePos?: { line: number }[] };
      const reason = String(message ?? error).split('\n')[0] ?? '';
      cache.set(groupsFile, {
        notes: [
          {
            file: groupsFile,
            line: linePos?.[0]?.line ?? 1,
            message: `not valid YAML (${reason}): the zones of the articles naming its groups are labelled by pivot id. Fix that line, then import again.`,
          },
        ],
      });
    }
  }
  notes.push(...(cache.get(groupsFile)?.notes ?? []));
  const groups = cache.get(groupsFile)?.groups;
  if (groups === undefined) return { titles, notes, lines: new Map() };
  const skipped = cache.get(groupsFile)?.skipped;
  const shown = relativePath(roots.readRoot, groupsFile);
  const known = ids.flatMap((id) => {
    const group = groups.get(id);
    // A group past the file's cap was not read: the file's warning said so.
    if (group === undefined && !skipped?.rest)
      notes.push({
        file: article.file,
        line: keyLine,
        message: `zone_pivot_groups names "${id}", which ${shown} has no group of: the zones for its pivots are labelled by pivot id. Check the group's id there.`,
      });
    return group === undefined ? [] : [group];
  });
  if (known.length === 0) return { titles, notes, lines: new Map() };
  const left = ids.flatMap((id) => {
    const group = skipped?.groups.get(id);
    return group === undefined ? [] : [group];
  });
  for (const pivot of used.keys()) {
    const title = known.map((group) => group.get(pivot)).find((found) => found !== undefined);
    if (title !== undefined) titles.set(pivot, title);
    // Its title left out, or read no further than a cap: the groups file's warning said so, at its line.
    else if (left.some((group) => group.titles.has(pivot) || group.rest) || skipped?.rest) continue;
    else {
      const line = bodyLines.get(pivot);
      notes.push({
        file: article.file,
        line: line === undefined ? keyLine : article.bodyStart + line,
        message: `the zone pivot "${pivot}" is in none of its zone_pivot_groups (${ids.join(', ')}) in ${shown}: labelled "For ${pivot}:". Add it to its group there, or fix the pivot's id.`,
      });
    }
  }
  // Where each titled pivot's first zone is in the article (its front matter's key when an include opens it).
  const lines = new Map(
    [...titles.keys()].map((pivot) => {
      const line = bodyLines.get(pivot);
      return [pivot, line === undefined ? keyLine : article.bodyStart + line] as const;
    }),
  );
  return { titles, notes, lines };
}

/**
 * The title of each pivot the articles' zones use, as the site records it (learn-folder.json's `pivotTitles`,
 * one title a pivot id: the first article's, in import order), and a note at the zone of each article whose
 * own group titles that pivot otherwise, whose zones the site labels by the recorded title (`shown` names
 * the first article as the warnings name files).
 */
export function sitePivotTitles(
  articles: ReadonlyMap<string, { titles: ReadonlyMap<string, string>; lines: ReadonlyMap<string, number> }>,
  shown: (file: string) => string,
): { titles: Map<string, string>; notes: ImportNote[] } {
  const titles = new Map<string, { title: string; file: string }>();
  const notes: ImportNote[] = [];
  for (const [file, article] of articles)
    for (const [pivot, title] of article.titles) {
      const recorded = titles.get(pivot);
      if (recorded === undefined) titles.set(pivot, { title, file });
      else if (recorded.title !== title)
        notes.push({
          file,
          line: article.lines.get(pivot) ?? 1,
          message: `the zone pivot "${pivot}" is titled "${title}" in this article's zone_pivot_groups, but "${recorded.title}" in ${shown(recorded.file)}'s: the site labels every zone of a pivot id by one title, so this page's zones for it read "For ${recorded.title}:".`,
        });
    }
  return { titles: new Map([...titles].map(([pivot, { title }]) => [pivot, title])), notes };
}
