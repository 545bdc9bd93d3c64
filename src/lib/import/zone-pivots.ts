/**
 * The titles Learn labels an article's zones with (`::: zone pivot="programming-language-csharp"` is "C#"):
 * its front matter names its pivot groups (`zone_pivot_groups: a, b`), which the docfx project's
 * zone-pivot-groups.yml defines, each with its pivots' ids and titles.
 */
import { extname, matchesGlob, relative, sep } from 'node:path';
import { bidiControlProblem, codePoint } from '../content-safety.ts';
import { confine, type PathAccess } from '../learn/source-files.ts';
import { markdownLines, parseAttributes, VARIANT_START } from '../learn/syntax.ts';
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
  const bidi = bidiControlProblem(title);
  if (bidi !== undefined) return bidi;
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
 * A docfx.json glob as Node's matchesGlob reads it: in docfx, `**` matches across folders wherever it
 * stands, so `customerengagement/**.*` (as dynamics-365-customer-engagement writes its fileMetadata) is
 * every file below that folder; to matchesGlob a `**` not followed by `/` is a `*` within one folder name.
 */
export function docfxGlob(glob: string): string {
  return glob.replace(/\*\*(?=[^/])/g, '**/*');
}

/**
 * The text docfx.json's metadata gives `key` for `file` (by a `fileMetadata` glob matching its path in the
 * docset, the last that matches, else `globalMetadata`), as Learn adds it to the article's own metadata;
 * undefined when it gives none.
 */
export function docfxValue(metadata: unknown, file: string, docset: string, key: string): string | undefined {
  const build = isObject(metadata) && isObject(metadata['build']) ? metadata['build'] : {};
  const byGlob = isObject(build['fileMetadata']) ? build['fileMetadata'][key] : {};
  const path = relative(docset, file).split(sep).join('/');
  const matched = isObject(byGlob)
    ? Object.entries(byGlob).findLast(
        ([glob, value]) => typeof value === 'string' && matchesGlob(path, docfxGlob(glob)),
      )
    : undefined;
  const global = isObject(build['globalMetadata']) ? build['globalMetadata'][key] : undefined;
  const value = matched?.[1] ?? global;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The docfx.json of `roots` (its `docfxJson`), read once an import from inside the read root, with what is
 * said of it (not valid JSON); undefined metadata when there is none or it cannot be read.
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
    try {
      cache.set(docfx, {
        metadata: JSON.parse((inside.ok ? files.read(inside.path) : undefined) ?? '{}'),
        notes: [],
      });
    } catch (error) {
      const message = `not valid JSON (${(error as Error).message}): its metadata (author, zone_pivot_group_filename…) is not read.`;
      cache.set(docfx, { notes: [{ file: docfx, line: 1, message }] });
    }
  }
  return { metadata: cache.get(docfx)?.metadata, notes: cache.get(docfx)?.notes ?? [] };
}

/**
 * The titles of the pivots the article's zones are for, as Learn labels them, and what stops a label from
 * being one (each a warning with file and line; that zone keeps its pivot id as its label). The groups
 * file is the one `zone_pivot_group_filename` names (front matter, else docfx.json's metadata), else
 * zone-pivot-groups.json: a path published from the docset's folder, whose source is that file or the
 * .yml of its name, read from inside the read root only.
 */
export function articlePivotTitles(
  article: PivotArticle,
  roots: PivotRoots,
  files: PivotFiles,
  cache: PivotCache,
): { titles: Map<string, string>; notes: ImportNote[] } {
  const titles = new Map<string, string>();
  const notes: ImportNote[] = [];
  const used = pivotsUsed(article.prepared);
  if (used.size === 0) return { titles, notes };
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
      oncePerFile: true,
    });
    return { titles, notes };
  }

  // docfx.json's metadata, read once an import, from inside the read root (an unreadable one names no file).
  const docfx = docfxMetadata(roots, files, cache);
  notes.push(...docfx.notes);
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
  const candidates = [...new Set([name, `${stem}.yml`, `${stem}.json`])];
  const found = candidates.map((candidate) => confine(candidate, roots.docset, roots.readRoot, files));
  const at = found.find((result) => result.ok);
  const where = relative(roots.readRoot, roots.docset).split(sep).join('/') || '.';
  if (at === undefined) {
    const refused = found.find((result) => !result.ok && !result.problem.endsWith('does not exist.'));
    notes.push({
      file: article.file,
      line: nameLine,
      message: `${refused && !refused.ok ? refused.problem : `the zone pivot groups file "${name}" is not in ${where}/ (the folder of ${roots.docfxJson === undefined ? 'the read root: no docfx.json is above the article' : 'its docfx.json'}), as ${candidates.join(' or ')}.`} Its zones are labelled by pivot id ("For <pivot>:"); import with --read-root at the repository's root to read it.`,
    });
    return { titles, notes };
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
  if (groups === undefined) return { titles, notes };
  const skipped = cache.get(groupsFile)?.skipped;
  const shown = relative(roots.readRoot, groupsFile).split(sep).join('/');
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
  if (known.length === 0) return { titles, notes };
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
  return { titles, notes };
}
