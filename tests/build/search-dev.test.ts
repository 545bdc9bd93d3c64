/**
 * `npm run dev`: the dev server indexes the pages it renders and serves /pagefind/, and a page's bad links are
 * warnings there, not errors.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { projectCopy } from '../support/link-dependencies.ts';
import { sharedChromium } from '../support/search-site.ts';

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** Bad links added to content/privacy.mdx of the dev server's copy: one the page check finds, one the site-wide. */
const BAD_LINKS = [
  'See [the Trust Center](http://www.microsoft.com/trust-center).',
  'See [further reading](security.md#further-readin).',
];

// The hooks belong to this suite, so the dev server runs for its tests only, whatever else shares the process.
describe('astro dev', () => {
  let origin = '';
  let stop = () => {};
  /** What the dev server printed so far. */
  let output = '';
  /** The `file:line` of each of BAD_LINKS. */
  let badLinksAt: string[] = [];

  before(async () => {
    const port = await freePort();
    // In a copy: the dev server writes Astro's types and content store (.astro/) as it starts, which the type
    // check and ESLint of `npm test` read in the project meanwhile.
    const root = projectCopy('dev-site-');
    const privacy = `${readFileSync(join(root, 'content/privacy.mdx'), 'utf8').trimEnd()}\n\n${BAD_LINKS.join('\n\n')}\n`;
    writeFileSync(join(root, 'content/privacy.mdx'), privacy);
    badLinksAt = BAD_LINKS.map((line) => `content/privacy.mdx:${privacy.split('\n').indexOf(line) + 1}`);
    const dev = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
      {
        cwd: root,
        // No check for a newer Astro: each copy would run npm and ask the registry, keeping no date of the last.
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          ASTRO_DISABLE_UPDATE_CHECK: 'true',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    stop = () => dev.kill();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`astro dev did not start:\n${output}`));
      }, 180_000);
      // The address it prints: another test may have taken the port in between, and Vite then tries the next.
      // Colours are off, and stripped anyway: CI ran with them on and the address hid between escapes.
      const read = (chunk: Buffer) => {
        output += stripVTControlCharacters(chunk.toString());
        const local = /Local\s+(http:\/\/\S+?)\/?\s/.exec(output);
        if (local?.[1]) {
          origin = local[1];
          clearTimeout(timer);
          resolve();
        }
      };
      dev.stdout.on('data', read);
      dev.stderr.on('data', read);
      dev.once('exit', (code) => {
        reject(new Error(`astro dev stopped with code ${code}:\n${output}`));
      });
    });
  });

  after(() => {
    stop();
  });

  test('the dev server serves a Pagefind index of the site pages', async () => {
    const entry = (await (await fetch(`${origin}/pagefind/pagefind-entry.json`)).json()) as {
      languages: Record<string, { page_count: number }>;
    };
    // The article's five pages; not the site's own pages.
    assert.equal(entry.languages['en']?.page_count, 5);
    const script = await fetch(`${origin}/pagefind/pagefind.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
  });

  // Dev compiles each module on first request, which takes long on a busy machine: generous limits.
  test('typing in the box in dev shows results', { timeout: 120_000 }, async () => {
    const context = await (await sharedChromium()).newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/privacy/`);
      const result = page
        .getByRole('list', { name: /results/i })
        .getByRole('link', { name: 'Compliance', exact: true });
      // On a fresh clone Vite optimises dependencies it finds late and reloads the page, or answers the
      // search chunk's first import with "outdated" (504), which the browser's module map keeps: the search
      // then stays dead until a reload, as a developer would do. Reload and type again.
      const deadline = Date.now() + 90_000;
      for (;;) {
        await page.getByRole('searchbox', { name: 'Search' }).fill('trust center');
        const shown = await result.waitFor({ timeout: 15_000 }).then(
          () => true,
          () => false,
        );
        if (shown) break;
        const status = await page.locator('#search-status').textContent();
        assert.ok(Date.now() < deadline, `no results in 90 s; the status said: ${status ?? '(none)'}`);
        await page.reload();
      }
      assert.match((await page.locator('#search-status').textContent()) ?? '', /results? for “trust center”/);
    } finally {
      await context.close();
    }
  });

  test('the checks of the build warn, naming file, line and link, and the page is still served', async () => {
    // /links/ checks the links between pages; /privacy/ is the page with the bad links.
    for (const path of ['/links/', '/privacy/']) {
      const response = await fetch(`${origin}${path}`);
      assert.equal(response.status, 200, `${path}: ${await response.text()}\n${output}`);
    }
    const warnings = [
      `[links] Broken link:\n${badLinksAt[0] ?? ''}: the link "http://www.microsoft.com/trust-center" is not https`,
      `[links] Broken link:\n${badLinksAt[1] ?? ''}: the link "security.md#further-readin" (published as /security/#further-readin) goes to #further-readin, which is not a heading on /security/`,
    ];
    // Printed as the pages render, read from the server's streams a moment later.
    const deadline = Date.now() + 60_000;
    while (!warnings.every((warning) => output.includes(warning)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    for (const warning of warnings) assert.ok(output.includes(warning), `no "${warning}" in:\n${output}`);
  });
});
