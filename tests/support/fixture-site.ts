/** A site built from fixture files (buildWith) and served for a browser spec, once per spec file. */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { buildWith } from './build-fixture.ts';
import { tempDir } from './temp-dir.ts';

export interface FixtureSite {
  /** Stops the server and removes the built site. */
  close(): Promise<void>;
}

/**
 * Builds the site with `files` (path → text, as buildWith takes them) and serves its dist/ on `port`; the build's
 * output is the error when it fails. `name` names the fixture in that error and its temporary folder.
 */
export async function serveFixture(
  name: string,
  files: Record<string, string | null>,
  port: number,
): Promise<FixtureSite> {
  const dist = tempDir(`${name}-site-`);
  const built = await buildWith(files, {
    inspect: (dir) => {
      cpSync(join(dir, 'dist'), dist, { recursive: true });
    },
  });
  if (built.status !== 0) {
    rmSync(dist, { recursive: true, force: true });
    throw new Error(`the ${name} fixture did not build:\n${built.output}`);
  }
  const server = await serveSite(dist, port);
  return {
    close: async () => {
      await closeSite(server);
      rmSync(dist, { recursive: true, force: true });
    },
  };
}
