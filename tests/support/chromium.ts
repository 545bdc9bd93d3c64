/**
 * Which Chromium drives the browser: $CHROMIUM_PATH, then Debian's, then Playwright's own. Tests prefer
 * Debian's headless shell, the kind of browser Playwright itself runs headless: it renders the same pages
 * with about a quarter less CPU than the full browser on this 2-core machine. Measurements of what a
 * reader sees (`npm run bench`) prefer the full browser.
 */
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

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const DEBIAN_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export interface FindChromiumOptions {
  /** `test` prefers the headless shell; `measure` prefers the full browser. */
  purpose?: 'test' | 'measure';
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  playwrightChromium?: () => string;
}

/** The first Chromium that exists, or an error saying how to get one. */
export function findChromium({
  purpose = 'test',
  env = process.env,
  exists = existsSync,
  playwrightChromium = () => chromium.executablePath(),
}: FindChromiumOptions = {}): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const debian =
    purpose === 'test' ? [HEADLESS_SHELL, ...DEBIAN_BROWSERS] : [...DEBIAN_BROWSERS, HEADLESS_SHELL];
  const found = [...debian, playwrightChromium()].find((path) => path !== '' && exists(path));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install one: `sudo apt-get install chromium-headless-shell` ' +
      '(Debian/Ubuntu; `chromium` for the benchmark), or `npx playwright install chromium` where the internet ' +
      'is reachable, or set CHROMIUM_PATH to a Chromium binary.',
  );
}
