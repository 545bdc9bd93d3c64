/**
 * The import's notes as the lines it prints, repeats summarised: a note met again at the same place (an
 * include's, once per page that includes it) is one line naming those pages, a default given to several
 * files is one line naming a few of them, and a note said once per file (a moniker block's caveat) is one
 * line at its first place, counting the others. Every distinct problem keeps its own line, with file and line.
 */
import type { ImportNote } from './convert.ts';

/** How many files a summary names before "and N more". */
const FEW = 3;

/** `a, b, c and 5 more`: the first few of `names`. */
function few(names: readonly string[]): string {
  const shown = names.slice(0, FEW).join(', ');
  return names.length > FEW ? `${shown} and ${names.length - FEW} more` : shown;
}

/** The warnings as lines (`file:line: message`), each distinct one once; `shown` writes a file's path. */
export function warningLines(warnings: readonly ImportNote[], shown: (file: string) => string): string[] {
  const places = new Map<string, { note: ImportNote; pages: string[]; lines: number[] }>();
  const defaults = new Map<string, ImportNote[]>();
  for (const note of warnings) {
    if (note.defaulted) {
      defaults.set(note.defaulted.what, [...(defaults.get(note.defaulted.what) ?? []), note]);
      const key = `default\0${note.defaulted.what}`;
      if (!places.has(key)) places.set(key, { note, pages: [], lines: [] });
      continue;
    }
    const key = `${note.file}\0${note.oncePerFile ? '' : note.line}\0${note.message}`;
    const place = places.get(key) ?? { note, pages: [], lines: [] };
    if (note.page !== undefined && !place.pages.includes(note.page)) place.pages.push(note.page);
    if (!place.lines.includes(note.line)) place.lines.push(note.line);
    places.set(key, place);
  }
  return [...places.values()].map(({ note, pages, lines }) => {
    const given = note.defaulted && defaults.get(note.defaulted.what);
    if (note.defaulted && given && given.length > 1) {
      const values = new Set(given.map((other) => other.defaulted?.value));
      const value =
        values.size === 1 ? `using ${JSON.stringify(note.defaulted.value)}` : 'each given its own';
      return `${given.length} files: ${note.defaulted.what}: ${value} (${few(given.map((other) => `${shown(other.file)}:${other.line}`))}).`;
    }
    const others = lines.slice(1);
    const where =
      `${shown(note.file)}:${note.line}: ${note.message}` +
      (others.length > 0
        ? ` (${lines.length} in this file: also line${others.length > 1 ? 's' : ''} ${few(others.map(String))})`
        : '');
    if (pages.length === 0) return where;
    const by = pages.map(shown);
    return `${where} (included by ${pages.length > 1 ? `${pages.length} pages: ` : ''}${few(by)})`;
  });
}

/** How the import prints a warning: its label, then the warning (`file:line: message`). */
export const WARNING_LABEL = '  warning   ';

/**
 * The one place the import says a warning: each is printed with WARNING_LABEL through `print` and counted,
 * so the run's summary counts what it printed as a warning, wherever in the run it was said.
 */
export function warningPrinter(print: (line: string) => void = console.warn): {
  warn: (warning: string) => void;
  readonly count: number;
} {
  let count = 0;
  return {
    warn: (warning) => {
      print(`${WARNING_LABEL}${warning}`);
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
  const groups = new Map<number, { keys: string[]; files: Set<string> }>();
  for (const [key, from] of files) {
    const group = groups.get(from.length) ?? { keys: [], files: new Set<string>() };
    group.keys.push(key);
    for (const file of from) group.files.add(file);
    groups.set(from.length, group);
  }
  return [
    'front-matter keys the site does not keep, by how many files had them:',
    ...[...groups]
      .sort(([a], [b]) => b - a)
      .flatMap(([count, group]) => {
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
