/** What the build-done checks share: the built pages, and refusing to publish a site that fails them. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Every built HTML page under `site`: its path relative to the site, and its text. */
export function readBuiltPages(site: string): { file: string; html: string }[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(site, file), 'utf8') }));
}

/** Removes the built site, so nothing broken is published, and fails the build with `message`. */
export function refusePublishing(site: string, message: string): never {
  rmSync(site, { recursive: true, force: true });
  throw new Error(message);
}
