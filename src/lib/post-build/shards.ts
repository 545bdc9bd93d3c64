/**
 * The post-build step's runner, over shards of the built pages: contiguous runs of the sorted HTML files,
 * each read by its own instances of the stages (in a worker thread, or in process in tests). What the
 * shards gather is merged and settled once by the site's instances, which decide whether the build fails
 * and write the site-wide files. See Stage in stage.ts for the order of the calls.
 */
import { closeSync, ftruncateSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCopiesSync } from '../precompress.ts';
import { applyEdits, parsePage, type Edit, type Stage } from './stage.ts';

/** What pass one over a shard found, posted to the site: per stage, its problems and what it gathered. */
export interface ShardReport {
  problems: string[][];
  gathered: unknown[];
}

/**
 * What pass two needs of the whole site: per stage, the site's gathered state for a stage that edits
 * pages and gathers, else undefined.
 */
export type SiteState = unknown[];

/** A shard's pages, and the size of its largest (what a worker's heap must hold at once). */
export interface ShardPlan {
  files: string[];
  largestBytes: number;
}

/**
 * `files` (sorted) cut into at most `count` contiguous shards of about the same number of bytes, so that
 * shard order is page order; never an empty shard.
 */
export function shardFiles(site: string, files: readonly string[], count: number): ShardPlan[] {
  const sizes = files.map((file) => statSync(join(site, file)).size);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const shards: ShardPlan[] = Array.from({ length: count }, () => ({ files: [], largestBytes: 0 }));
  let before = 0;
  files.forEach((file, index) => {
    const size = sizes[index] ?? 0;
    // The shard that holds the middle of this file's bytes.
    const shard =
      shards[total === 0 ? 0 : Math.min(count - 1, Math.floor(((before + size / 2) * count) / total))];
    if (shard) {
      shard.files.push(file);
      shard.largestBytes = Math.max(shard.largestBytes, size);
    }
    before += size;
  });
  return shards.filter((shard) => shard.files.length > 0);
}

/**
 * Writes `text` over the file at `path`, in place, then cuts the file to its length. Emptying it first, as
 * writeFileSync does, made ext4 write the file out to disk as it was closed (its `auto_da_alloc`, for a file
 * replaced by truncation): a worker waited 1.3 to 4.6 s on writing its 500 pages of a 1000-page build,
 * 0.08 to 0.29 s in place.
 */
function overwrite(path: string, text: Buffer): void {
  const fd = openSync(path, 'r+');
  try {
    writeFileSync(fd, text);
    ftruncateSync(fd, text.length);
  } finally {
    closeSync(fd);
  }
}

/** One shard of the pages with its own stages: pass one (`read`), then pass two (`write`). */
export class Shard {
  readonly #site: string;
  readonly #files: readonly string[];
  readonly #stages: readonly Stage[];
  readonly #edits = new Map<string, Edit[]>();

  constructor(site: string, files: readonly string[], stages: readonly Stage[]) {
    this.#site = site;
    this.#files = files;
    this.#stages = stages;
  }

  /** Pass one: reads and parses each page once, runs the stages on it, keeps the edits. */
  read(): ShardReport {
    const problems = this.#stages.map((): string[] => []);
    for (const file of this.#files) {
      const page = parsePage(file, readFileSync(join(this.#site, file), 'utf8'));
      this.#stages.forEach((stage, index) => {
        for (const problem of [...(stage.inspect?.(page) ?? []), ...(stage.derive?.(page, this.#site) ?? [])])
          problems[index]?.push(`dist/${file}: ${problem}`);
      });
      const pageEdits = this.#stages.flatMap((stage) => stage.edit?.(page) ?? []);
      if (pageEdits.length > 0) this.#edits.set(file, pageEdits);
    }
    return { problems, gathered: this.#stages.map((stage) => stage.gathered?.()) };
  }

  /**
   * Pass two: gives the editing stages the site's state, then splices each page's edits and writes the
   * page, final now, with its compressed copies.
   */
  write(site: SiteState): void {
    this.#stages.forEach((stage, index) => {
      if (site[index] === undefined) return;
      stage.merge?.([site[index]]);
      stage.settle?.();
    });
    for (const [file, pageEdits] of this.#edits) {
      const path = join(this.#site, file);
      const text = Buffer.from(applyEdits(readFileSync(path, 'utf8'), pageEdits));
      overwrite(path, text);
      writeCopiesSync(this.#site, file, text);
    }
  }
}

/**
 * The site's stages merge what the shards gathered (`reports`, in shard order) and settle; problems, in
 * page order, fail the build and remove the site. Returns what the shards' editing stages need.
 */
export function settleSite(
  site: string,
  stages: readonly Stage[],
  reports: readonly ShardReport[],
): SiteState {
  const problems = stages.map((stage, index) => {
    stage.merge?.(reports.map((report) => report.gathered[index]));
    return reports.flatMap((report) => report.problems[index] ?? []);
  });
  stages.forEach((stage, index) => problems[index]?.push(...(stage.settle?.() ?? [])));
  const failed = stages.flatMap((stage, index) => {
    const found = problems[index] ?? [];
    return found.length > 0 ? [`${stage.failure} (dist/ removed):\n${found.join('\n')}`] : [];
  });
  if (failed.length > 0) {
    // A site that shows raw syntax, runs code or breaks under its own policy must not be published.
    rmSync(site, { recursive: true, force: true });
    throw new Error(failed.join('\n\n'));
  }
  return stages.map((stage) => (stage.edit === undefined ? undefined : stage.gathered?.()));
}

/** The site's stages write the site-wide files; returns the lines for the build log. */
export function finishSite(site: string, stages: readonly Stage[]): string[] {
  return stages.flatMap((stage) => stage.finish?.(site) ?? []);
}
