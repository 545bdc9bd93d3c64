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

/** The front-matter keys dropped, as one line: each key with the files that had it, a few named. */
export function droppedKeysLine(
  dropped: readonly { file: string; keys: string[] }[],
  shown: (file: string) => string,
): string | undefined {
  const files = new Map<string, string[]>();
  for (const { file, keys } of dropped)
    for (const key of keys) files.set(key, [...(files.get(key) ?? []), shown(file)]);
  if (files.size === 0) return undefined;
  const keys = [...files].map(
    ([key, from]) => `${key} (${from.length > 1 ? `${from.length} files: ` : ''}${few(from)})`,
  );
  return `front-matter keys the site does not keep: ${keys.join(', ')}`;
}
