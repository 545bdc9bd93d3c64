/** A site built from fixture files (buildWith) and served for a browser spec, once per spec file. */
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { buildWith } from './build-fixture.ts';

export interface FixtureSite {
  /** Stops the server (the built copy is removed when the process exits). */
  close(): Promise<void>;
}

/**
 * Builds the site with `files` (path → text, as buildWith takes them) and serves its dist/ on `port`; the build's
 * output is the error when it fails. `name` names the fixture in that error.
 */
export async function serveFixture(
  name: string,
  files: Record<string, string | null>,
  port: number,
): Promise<FixtureSite> {
  const built = await buildWith(files);
  if (built.status !== 0) throw new Error(`the ${name} fixture did not build:\n${built.output}`);
  const server = await serveSite(built.dist, port);
  return {
    close: () => closeSite(server),
  };
}
