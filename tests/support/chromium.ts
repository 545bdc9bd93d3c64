/** Which Chromium the browser tests drive: $CHROMIUM_PATH, then Debian's, then Playwright's own. */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The first Chromium that exists, or an error saying how to get one. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightChromium: () => string = () => chromium.executablePath(),
): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightChromium()];
  const found = candidates.find((path) => path !== '' && exists(path));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium` where the internet is reachable, or set CHROMIUM_PATH to a Chromium binary.',
  );
}
