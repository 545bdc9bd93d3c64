/**
 * The import's notes as the lines it prints, repeats summarised: a note met again at the same place (an
 * include's, once per page that includes it) is one line naming those pages, a default given to several
 * files, or the same note of each of several files (not in the TOC), is one line naming a few of them, a note a file has at several lines (a moniker block's caveat, a
 * refused attribute in every table) is one line at its first place, naming the others, and a file outside the source folder, or missing, that pages use again
 * and again (a shared include) is one line at its first use, counting the uses and naming the pages. Every
 * distinct problem keeps its own line, with file and line.
 */
import { dirname } from 'node:path';
import type { ImportNote, ImportPlan } from './convert.ts';
import type { LinkProblem } from './link-preview.ts';
import type { LinkReport } from './links.ts';

/** What the import says of a plan: its warnings, dropped front-matter keys and https rewrites. */
export type PlanNotes = Pick<ImportPlan, 'warnings' | 'dropped' | 'links'>;

/**
 * `plan`'s notes of the pages it writes: those of a source file in `unwritten` (another folder's `index.md`
 * when the site's home page is kept), and those its includes have for it, left out, as what that page holds
 * is not imported.
 */
export function notesOfWrittenPages<Plan extends PlanNotes>(
  plan: Plan,
  unwritten: ReadonlySet<string>,
): Plan {
  if (unwritten.size === 0) return plan;
  return {
    ...plan,
    warnings: plan.warnings.filter((note) => !unwritten.has(note.page ?? note.file)),
    dropped: plan.dropped.filter((note) => !unwritten.has(note.file)),
    links: {
      ...plan.links,
      httpsRewrites: plan.links.httpsRewrites.filter((rewrite) => !unwritten.has(rewrite.file)),
    },
  };
}

/** How many files a summary names before "and N more". */
const FEW = 3;

/** `a, b, c and 5 more`: the first few of `names`. */
export function few(names: readonly string[]): string {
  const shown = names.slice(0, FEW).join(', ');
  return names.length > FEW ? `${shown} and ${names.length - FEW} more` : shown;
}

/** `1 page`, `2 pages`. */
const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * What makes two notes one: a default by what was defaulted; a note of a whole file by its words (each file
 * the TOC does not list); a read outside the source folder, or of a file
 * that does not exist, by the path written and the folder it is written from (so the same file), wherever
 * it is used (Dynamics-365-Operations.th-th's pages each include `../includes/banner.md`, which the copy
 * read lacks: one line, not one a page); any other by file and
 * message, at its first line, naming the others (DynamicsAX2012-technet writes `<col style="width: N%">` in
 * every table: one file's 13 refused style= attributes are one line).
 */
function noteKey(note: ImportNote): string {
  if (note.defaulted) return `default\0${note.defaulted.what}`;
  if (note.sameInEachFile) return `each\0${note.message}`;
  if (note.outside || note.missing) return `read\0${dirname(note.file)}\0${note.message}`;
  return `${note.file}\0${note.message}`;
}

/** The notes of one key, the first of them first. */
interface NoteGroup {
  note: ImportNote;
  notes: ImportNote[];
}

/** `also line 5`, `also lines 5, 9, 12 and 3 more`, or nothing: the lines of one file past its first (`lines[0]`). */
export function alsoLines(lines: readonly number[]): string {
  const others = [...new Set(lines)].slice(1);
  return others.length > 0 ? `also line${others.length > 1 ? 's' : ''} ${few(others.map(String))}` : '';
}

/** alsoLines of `file` in `notes`, past the first note's. */
function otherLines(notes: readonly { file: string; line: number }[], file: string): string {
  return alsoLines(notes.filter((use) => use.file === file).map((use) => use.line));
}

/** Where the notes of a group are, past its first: the other lines of its file, the pages including it, or its uses. */
function repeatsOf({ note, notes }: NoteGroup, shown: (file: string) => string): string {
  const places = new Set(notes.map((use) => `${use.file}\0${use.line}`));
  const pages = [...new Set(notes.map((use) => use.page ?? use.file))];
  const included = notes.some((use) => use.page !== undefined);
  const others = otherLines(notes, note.file);
  // A file outside or missing used again (each use a note): how often, and in which pages, or at which lines of its one page.
  if ((note.outside || note.missing) && notes.length > 1 && (places.size > 1 || !included)) {
    if (pages.length === 1 && !included)
      return ` (used ${notes.length} times in this file${others && `: ${others}`})`;
    return ` (used ${notes.length} times in ${counted(pages.length, 'page')}: ${few(pages.map(shown))})`;
  }
  // Each note is one in the file (two links on one line are two), of the page the first is said for.
  const count = notes.filter((use) => use.file === note.file && use.page === note.page).length;
  const inFile = others === '' ? '' : ` (${count} in this file: ${others})`;
  const including = [...new Set(notes.flatMap((use) => (use.page === undefined ? [] : [use.page])))];
  if (including.length === 0) return inFile;
  return `${inFile} (included by ${including.length > 1 ? `${including.length} pages: ` : ''}${few(including.map(shown))})`;
}

/** The warnings as lines (`file:line: message`), each distinct one once; `shown` writes a file's path. */
export function warningLines(warnings: readonly ImportNote[], shown: (file: string) => string): string[] {
  const groups = new Map<string, NoteGroup>();
  for (const note of warnings) {
    const key = noteKey(note);
    const group = groups.get(key) ?? { note, notes: [] };
    group.notes.push(note);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const { note, notes } = group;
    // A few of the notes' places, for a line that stands for them all.
    const places = () => few(notes.map((other) => `${shown(other.file)}:${other.line}`));
    if (note.defaulted && notes.length > 1) {
      const values = new Set(notes.map((other) => other.defaulted?.value));
      const value =
        values.size === 1 ? `using ${JSON.stringify(note.defaulted.value)}` : 'each given its own';
      return `${notes.length} files: ${note.defaulted.what}: ${value} (${places()}).`;
    }
    if (note.sameInEachFile && notes.length > 1)
      return `${notes.length} files (${places()}): ${note.message}`;
    return `${shown(note.file)}:${note.line}: ${note.message}${repeatsOf(group, shown)}`;
  });
}

/** Where each sentence of `text` starts but its first: after `.`, `?` or `!` and a space, at a capital. */
function sentenceStarts(text: string): number[] {
  return [...text.matchAll(/(?<=[.?!] )\p{Lu}/gu)].map((match) => match.index);
}

/**
 * The last sentences `a` and `b` both end with (what to do, in messages of one kind that name different
 * links), or undefined when they end differently; never the whole of either.
 */
function sharedEnd(a: string, b: string): string | undefined {
  const starts = new Set(sentenceStarts(b).map((start) => b.length - start));
  return sentenceStarts(a)
    .map((start) => a.slice(start))
    .find((end) => starts.has(end.length) && b.endsWith(end));
}

/** How link-preview.ts (readPage) starts the problem of a page MDX cannot read, whose links it cannot check. */
const UNREADABLE_PAGE = 'MDX cannot read this page:';

/** Whether `problem` is a page MDX cannot read (one a page), not a link. */
const unreadablePage = (problem: LinkProblem) => problem.message.startsWith(UNREADABLE_PAGE);

/** What `problems` are, counted: `3 links`, `2 pages MDX cannot read`, or `4 problems` when they are both. */
function countedProblems(problems: readonly LinkProblem[]): string {
  const unreadable = problems.filter(unreadablePage).length;
  if (unreadable === 0) return counted(problems.length, 'link');
  return unreadable === problems.length
    ? `${counted(problems.length, 'page')} MDX cannot read`
    : counted(problems.length, 'problem');
}

/**
 * The links of the written pages that the build will refuse, and the pages MDX cannot read (link-preview.ts),
 * as warnings: the same problem (one message: the same link to the same target) at several places is one
 * line at its first, counting the links and the pages and naming a few places (a folder's pages each linking
 * the same article the folder lacks); the sentences the lines of several problems all end with (what to do)
 * are said once, under the last of them, naming what they are (links, pages MDX cannot read). `shown` writes
 * a page file's path.
 */
export function refusedLinkLines(
  problems: readonly LinkProblem[],
  shown: (file: string) => string,
): string[] {
  const groups = new Map<string, LinkProblem[]>();
  for (const problem of problems)
    groups.set(problem.message, [...(groups.get(problem.message) ?? []), problem]);
  // Problems whose messages end alike, each run with its shared end (the first message's own at first).
  const runs: { advice: string | undefined; groups: LinkProblem[][] }[] = [];
  for (const group of groups.values()) {
    const message = group[0]?.message ?? '';
    let run: (typeof runs)[number] | undefined;
    let end = '';
    for (const other of runs) {
      const shared = sharedEnd(other.groups[0]?.[0]?.message ?? '', message);
      if (shared === undefined) continue;
      [run, end] = [other, shared];
      break;
    }
    if (run === undefined) {
      runs.push({ advice: undefined, groups: [group] });
      continue;
    }
    // Both end the first message: the shorter ends every message of the run.
    run.advice = run.advice === undefined || end.length < run.advice.length ? end : run.advice;
    run.groups.push(group);
  }
  const place = ({ file, line }: LinkProblem) => `${shown(file)}:${line}`;
  return runs.flatMap(({ advice, groups: run }) => {
    const lines = run.map((group) => {
      const [first, ...others] = group;
      if (first === undefined) return '';
      const said = advice === undefined ? first.message : first.message.slice(0, -advice.length).trimEnd();
      const pages = new Set(group.map((problem) => problem.file)).size;
      // One page: every problem is in its file, and the other lines are those past the first's.
      const also = pages === 1 ? otherLines(group, first.file) : '';
      const elsewhere = [...new Set(others.map(place))].filter((other) => other !== place(first));
      const where =
        others.length === 0
          ? ''
          : pages === 1
            ? ` (${group.length} in this file${also && `: ${also}`})`
            : ` (${countedProblems(group)}${group.every(unreadablePage) ? '' : ` in ${counted(pages, 'page')}`}: also ${few(elsewhere)})`;
      return `${place(first)}: ${said}${where}${advice === undefined ? ' The build will fail on it.' : ''}`;
    });
    if (advice === undefined) return lines;
    // Said once, on a line of its own under the last of them, naming what they are.
    const last = lines.pop() ?? '';
    return [
      ...lines,
      `${last}\n${' '.repeat(WARNING_LABEL.length)}Each of these ${countedProblems(run.flat())}: ${advice} The build will fail on them.`,
    ];
  });
}

type HttpsRewrite = LinkReport['httpsRewrites'][number];

/**
 * The http links written https, as lines (`file:line: …`): one a file, at its first, counting the others
 * and naming their lines; a link met again at its place (an include's, once per page) is one.
 */
export function httpsRewriteLines(
  rewrites: readonly HttpsRewrite[],
  shown: (file: string) => string,
): string[] {
  const files = new Map<string, { first: HttpsRewrite; links: Set<string>; lines: number[] }>();
  for (const rewrite of rewrites) {
    const group = files.get(rewrite.file) ?? { first: rewrite, links: new Set<string>(), lines: [] };
    group.links.add(`${rewrite.line}\0${rewrite.from}`);
    if (!group.lines.includes(rewrite.line)) group.lines.push(rewrite.line);
    files.set(rewrite.file, group);
  }
  const why = 'written as https:// (the site links out over https only)';
  return [...files.values()].map(({ first, links, lines }) => {
    const where = `${shown(first.file)}:${first.line}`;
    if (links.size === 1) return `${where}: ${first.from} ${why}`;
    return `${where}: ${links.size} http:// links ${why}, on line${lines.length > 1 ? 's' : ''} ${few(lines.map(String))}`;
  });
}

/** How the import prints a warning: its label, then the warning (`file:line: message`). */
export const WARNING_LABEL = '  warning   ';

/**
 * The one place the import says a warning: each is printed with WARNING_LABEL through `print` and counted,
 * so the run's summary counts what it printed as a warning, wherever in the run it was said.
 */
/**
 * `text` as a terminal shows it, not as one obeys it: a control character (an escape sequence in a file's
 * name would set the window's title, or its colours) written as its code point, `\u{1b}`; so is a bidi
 * override or isolate (U+202A to U+202E, U+2066 to U+2069), which would show a warning's words in another
 * order than they are (a file name reading as another); line breaks and tabs kept.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    TERMINAL_CONTROLS,
    (character) => `\\u{${(character.codePointAt(0) ?? 0).toString(16)}}`,
  );
}

/** The characters a terminal acts on, but line breaks and tabs, and those that reorder a line's text. */
// eslint-disable-next-line no-control-regex -- the characters a terminal acts on
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function warningPrinter(print: (line: string) => void = console.warn): {
  warn: (warning: string) => void;
  readonly count: number;
} {
  let count = 0;
  return {
    warn: (warning) => {
      print(terminalSafe(`${WARNING_LABEL}${warning}`));
      count += 1;
    },
    get count() {
      return count;
    },
  };
}

/** How wide a line of the dropped keys gets, the label and indent before it aside: read in a terminal. */
const KEYS_WIDTH = 150;

/** `lead` and `pieces`, a space between, on as many lines as keep each within KEYS_WIDTH, the next aligned after `lead`. */
function wrapped(lead: string, pieces: readonly string[]): string[] {
  const lines = [lead];
  for (const piece of pieces) {
    const last = lines.at(-1) ?? '';
    if (last !== lead && last.length + 1 + piece.length > KEYS_WIDTH)
      lines.push(`${' '.repeat(lead.length)} ${piece}`);
    else lines[lines.length - 1] = `${last} ${piece}`;
  }
  return lines;
}

/** `items` as the pieces of a list: a comma after each but the last. */
const listed = (items: readonly string[]) =>
  items.map((item, index) => (index < items.length - 1 ? `${item},` : item));

/**
 * The front-matter keys dropped, as lines: a heading, then each key once, grouped by how many files had it,
 * most first (`28 files: ms.author, ms.service`), the files named when a group's are a few: each line within
 * a terminal's width, however many keys and files.
 */
export function droppedKeysLines(
  dropped: readonly { file: string; keys: string[] }[],
  shown: (file: string) => string,
): string[] {
  const files = new Map<string, string[]>();
  for (const { file, keys } of dropped)
    for (const key of keys) files.set(key, [...(files.get(key) ?? []), shown(file)]);
  if (files.size === 0) return [];
  // Keys the same files had go on one line: a line names its keys and how many files (which, when a few)
  // had each of them, never files that had only another of its keys.
  const groups = new Map<string, { count: number; keys: string[]; files: Set<string> }>();
  for (const [key, from] of files) {
    const same = [...new Set(from)].join('\0');
    const group = groups.get(same) ?? { count: from.length, keys: [], files: new Set(from) };
    group.keys.push(key);
    groups.set(same, group);
  }
  return [
    'front-matter keys the site does not keep, by how many files had them:',
    ...[...groups.values()]
      .sort((a, b) => b.count - a.count)
      .flatMap(({ count, ...group }) => {
        // The files, when a few: `(a.md, b.md)`.
        const named = group.files.size > FEW ? [] : listed([...group.files]);
        if (named.length > 0) {
          named[0] = `(${named[0] ?? ''}`;
          named[named.length - 1] = `${named.at(-1) ?? ''})`;
        }
        return wrapped(`${count} file${count > 1 ? 's' : ''}:`, [...listed(group.keys), ...named]);
      }),
  ];
}

/**
 * The summary of the reads refused for lying outside the folder the import reads: the source folder, where
 * `--read-root` (`readRoot`, as given) widens it, else that read root. A path that climbs above a
 * repository's root names none of its files, on Learn either (dotnet/docs' syslib0017.md includes
 * `../../../../includes/x.md` from three folders deep, import trial 24): advising a read root above it,
 * as without one, would send the reader outside the repository.
 */
export function outsideReadsLine(count: number, readRoot: string | undefined): string {
  const what = `${count} include(s), image(s) or code file(s)`;
  if (readRoot === undefined)
    return `${what} outside the source folder were not read (see the warnings): to read them, import again with --read-root <a folder above it>, such as the repository's root.`;
  return `${what} outside --read-root ${readRoot || '.'} were not read (see the warnings): a path above the repository's root names no file of it, on Learn either, so fix it in the source; if --read-root is a folder inside the repository, import again with --read-root at the repository's root.`;
}
