import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.ts';

/** Override with E2E_PORT to run two copies of the suite side by side. */
const PORT = Number(process.env['E2E_PORT'] ?? 4391);

/**
 * Debian's Chromium for every project. One renderer process for all pages: a test's new page then reuses
 * it instead of starting its own (site isolation protects browsing, not what these journeys check), which
 * takes about a third off the suite's CPU time on a 2-core machine.
 */
const launchOptions = {
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--renderer-process-limit=1'],
};

/**
 * The browser tests that serve a site of their own before their tests (see `projects`): the corpus's, and one site
 * for the other three, built by the first of them to run (tests/support/own-site.ts).
 */
const SITE_OF_THEIR_OWN = [
  'learn-corpus.spec.ts',
  'learn-tabs.spec.ts',
  'content-paint.spec.ts',
  'wide-images.spec.ts',
];

/** Browser journeys against the built site (dist/), served the way `npm start` serves it. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  // Generous limits so a busy machine (a build beside the suite) slows journeys down without failing them.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // A line per test; the HTML report would mostly hold the traces and screenshots not recorded (see `use`).
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Recording a trace of every test (then kept only on failure) cost the suite a third of its CPU time:
    // 542 against 362 s on this 2-core machine. Readying a screenshot for a failure cost 0.1 s a test, passed
    // or not. Rerun a failing test with `--trace on` for a trace with screenshots.
    trace: 'off',
    screenshot: 'off',
  },
  // Workers take tests in the order of the projects, and within one in the order of the files, but a file with
  // a worker fixture of its own (learn-corpus's server) after all the others. The longest go first, so that
  // the last tests, run while the other worker may have nothing left, are short ones: the relevance test (30
  // to 40 s), the corpus's walks (15 to 30 s each) and the files that build a site of their own before their
  // tests, one after another (mode 'serial', 20 to 45 s each), ran last and kept one worker busy alone.
  projects: [
    {
      // Search relevance on an imported corpus, built and served by the suite itself (tests/relevance/).
      name: 'relevance',
      testDir: 'tests/relevance',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
      },
    },
    {
      name: 'own sites',
      testMatch: SITE_OF_THEIR_OWN,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
      },
    },
    {
      name: 'chromium',
      testIgnore: SITE_OF_THEIR_OWN,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
      },
    },
  ],
  webServer: {
    command: `"${process.execPath}" scripts/serve.ts --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
  },
});
