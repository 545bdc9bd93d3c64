/** A site built from fixture files (buildWith) and served for a browser spec, once per spec file. */
import type { AddressInfo } from 'node:net';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { buildWith } from './build-fixture.ts';

export interface FixtureSite {
  /** Where it is served: `http://localhost:` and the port the system gave. */
  origin: string;
  /** Stops the server (the built copy is removed when the process exits). */
  close(): Promise<void>;
}

/**
 * Builds the site with `files` (path → text, as buildWith takes them) and serves its dist/ on a port the system
 * gives, so no other run's server can hold it; the build's output is the error when it fails. `name` names the
 * fixture in that error.
 */
export async function serveFixture(name: string, files: Record<string, string | null>): Promise<FixtureSite> {
  const built = await buildWith(files);
  if (built.status !== 0) throw new Error(`the ${name} fixture did not build:\n${built.output}`);
  const server = await serveSite(built.dist, 0);
  return {
    origin: `http://localhost:${String((server.address() as AddressInfo).port)}`,
    close: () => closeSite(server),
  };
}
