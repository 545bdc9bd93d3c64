/** The build is the link checker: each kind of bad link fails it, naming the file, the line and the link. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildWith, type BuildResult } from '../support/build-fixture.ts';
import { ALLOWED_HOSTS, englishSite } from '../support/english-site.ts';
import { findElements, textOf } from '../support/html.ts';

const privacy = readFileSync(new URL('../../content/privacy.mdx', import.meta.url), 'utf8');
const hosts = readFileSync(new URL('../../src/data/outbound-hosts.json', import.meta.url), 'utf8');

/** content/privacy.mdx with `lines` added at its end, and the `file:line` each lands on. */
function privacyWith(...lines: string[]): { content: string; at: string[] } {
  const content = `${privacy.trimEnd()}\n\n${lines.join('\n\n')}\n`;
  return { content, at: lines.map((line) => `content/privacy.mdx:${content.split('\n').indexOf(line) + 1}`) };
}

/**
 * A plain Markdown page, content/<name>.md, at `order`: its front matter (lines 1–7), then `body`, a line each.
 * Titled by its order, as two pages of one sidebar list may not read the same.
 */
const markdownPage = (order: number, ...body: string[]) =>
  [
    '---',
    `title: Notes ${String(order)}`,
    'description: A plain Markdown page.',
    `order: ${String(order)}`,
    'updated: 2024-05-31',
    'author: someone',
    '---',
    ...body,
    '',
  ].join('\n');

/**
 * The bad links the page check finds (rehypeLinkCheck, page by page) in privacy.mdx: an MDX page that has one
 * stops the build there, before any other check, so they are one build of their own (with a plain Markdown page,
 * printed before), each link on its own line.
 */
const pageCheck = {
  http: 'See [the Trust Center](http://www.microsoft.com/trust-center).',
  host: 'See [an example](https://example.com/page).',
  unnamedImage: '<a href="/privacy/"><img src="/favicon.svg" alt="" /></a>',
};

/**
 * The bad links of the site-wide check (links between pages, once every page is rendered) in privacy.mdx, and
 * plain Markdown pages whose own bad links stop their render (printed as content loads, each page on its own,
 * and the build goes on to the site-wide check, which names them): all are printed by one failing build.
 */
const siteCheck = {
  missingPage: 'See <a href="/privcy/">the privacy page</a>.',
  missingHeading: 'See [further reading](security.md#further-readin).',
  learnRoot: 'See [further reading](/defender-business/security#further-readin).',
  learnName: 'See [further reading](security#further-readin).',
  printedOnce: 'Read [the reading list](security.md#further-readin) too.',
};
/** The plain Markdown pages of that build: each its own page, as one page stops at its first plugin that throws. */
const markdownPages = {
  // A root-relative path to an article the Learn folder does not have (line 8).
  'content/learn-overview.md': markdownPage(9, 'See [the overview](/defender-business/mdb-overveiw).'),
  // A tel: link, its line counted with the front matter (line 12).
  'content/call-notes.md': markdownPage(10, '', '', 'A first line.', '', 'Call [the desk](tel:+1-555-0100).'),
  // A relative article name no page or Learn article has (line 11).
  'content/notes.md': markdownPage(11, '', 'A first line.', '', 'See [the overview](securty.md).'),
};

/** A build with `lines` added to privacy.mdx (and `files`), built at its first use and shared by its tests. */
function sharedBuild(lines: Record<string, string>, files: Record<string, string> = {}) {
  const { content, at } = privacyWith(...Object.values(lines));
  const where = Object.fromEntries(Object.keys(lines).map((name, index) => [name, at[index] ?? '']));
  let result: Promise<BuildResult> | undefined;
  return {
    /** The `file:line` of each line, by its name. */
    at: where,
    content,
    build: () => (result ??= buildWith({ 'content/privacy.mdx': content, ...files })),
  };
}
/**
 * A plain Markdown page whose link has no name (microsoft-365-docs-pr.de-DE's machine-translated
 * `Sie können [](/powershell/module/Azuread) auch AzureAD-Cmdlets verwenden`, line 9): rendered, and its error
 * printed, as content loads, before privacy.mdx stops the build.
 */
const unnamedPage = {
  'content/set-password.md': `---\ntitle: Kennwort\ndescription: About it.\norder: 90\nupdated: 2025-01-15\nauthor: fixture\n---\n\nSie können [](/powershell/module/Azuread) auch AzureAD-Cmdlets verwenden.\n`,
};
const pageBuild = sharedBuild(pageCheck, unnamedPage);
const siteBuild = sharedBuild(siteCheck, markdownPages);

/** The shared build of `shared` failed and published nothing; each of `links` is printed with its `file:line`. */
async function assertFails(
  shared: ReturnType<typeof sharedBuild>,
  links: { at: string; message: RegExp }[],
): Promise<BuildResult> {
  const result = await shared.build();
  const { status, output, published } = result;
  assert.notEqual(status, 0, `the build must fail on:\n${shared.content}`);
  assert.equal(published, false, 'nothing is published with a broken link');
  for (const { at, message } of links) {
    assert.ok(output.includes(`${at}: the link "`), `no "${at}: the link" in:\n${output}`);
    assert.match(output, message);
  }
  return result;
}

test('outbound links that are not https or go to a host off the allowlist fail the build, saying what to write', async () => {
  await assertFails(pageBuild, [
    {
      at: pageBuild.at['http'] ?? '',
      message:
        /the link "http:\/\/www\.microsoft\.com\/trust-center" is not https: write it as https:\/\/www\.microsoft\.com\/trust-center/,
    },
    {
      at: pageBuild.at['host'] ?? '',
      message:
        /the link "https:\/\/example\.com\/page" goes to example\.com, which is not on the allowlist[^]*add 'example\.com' to src\/data\/outbound-hosts\.json \(one line/,
    },
  ]);
});

// axe's link-name rule, at build time: a screen reader hears only "(external site)", or nothing.
test('a link with no name (no text, no image alt text) fails the build at its line, in a .md page and in an .mdx page', async () => {
  const { status, output, published } = await pageBuild.build();
  assert.notEqual(status, 0, output);
  assert.equal(published, false);
  assert.match(
    output,
    /content\/set-password\.md:9: the link "\/powershell\/module\/Azuread" \(published as https:\/\/learn\.microsoft\.com\/en-us\/powershell\/module\/Azuread\) has no text: a reader sees nothing to click, and a screen reader hears only "\(external site\)"\. Write its text: \[text\]\(url\)\./,
  );
  assert.ok(
    output.includes(
      `${pageBuild.at['unnamedImage'] ?? ''}: the link "/privacy/" shows only an image without alt text`,
    ),
    output,
  );
});

test('internal links to a missing page or heading fail the build, listing the pages and the headings', async () => {
  await assertFails(siteBuild, [
    {
      at: siteBuild.at['missingPage'] ?? '',
      message:
        /the link "\/privcy\/" goes to \/privcy\/, which is not a page of this site\. Did you mean \/privacy\/\? Link to one of \/privacy\/, /,
    },
    {
      at: siteBuild.at['missingHeading'] ?? '',
      message:
        /the link "security\.md#further-readin" \(published as \/security\/#further-readin\) goes to #further-readin, which is not a heading on \/security\/\. Did you mean #further-reading\? Its ids are: #further-reading, #service-level-security/,
    },
  ]);
});

test("a root-relative path into the site's Learn folder, or an article's name without .md, is the site's page: its #anchor is checked", async () => {
  // As fabric-docs and memdocs write them: [Filters/Create](/mem/intune/fundamentals/filters#create-a-filter)
  await assertFails(siteBuild, [
    {
      at: siteBuild.at['learnRoot'] ?? '',
      message:
        /the link "\/defender-business\/security#further-readin" \(published as \/security\/#further-readin\) goes to #further-readin, which is not a heading on \/security\//,
    },
    {
      at: siteBuild.at['learnName'] ?? '',
      message:
        /the link "security#further-readin" \(published as \/security\/#further-readin\) goes to #further-readin/,
    },
  ]);
});

test('a root-relative path to an article the Learn folder does not have fails the build, naming file, line and the nearest', async () => {
  const { status, output, published } = await siteBuild.build();
  assert.notEqual(status, 0, output);
  assert.equal(published, false);
  assert.ok(
    output.includes(
      'content/learn-overview.md:8: The link "/defender-business/mdb-overveiw" goes to mdb-overveiw, which is neither a page of this site nor an article of the Learn folder defender-business/',
    ),
    output,
  );
  assert.match(output, /Did you mean \/defender-business\/mdb-overview\?/);
});

test('in a plain Markdown page too, the line named is the line of the file, front matter counted', async () => {
  const { status, output } = await siteBuild.build();
  assert.notEqual(status, 0, output);
  assert.match(output, /content\/call-notes\.md:12: the link "tel:\+1-555-0100" uses the tel: scheme/);
});

/** How often `text` is in `output`. */
const count = (output: string, text: string) => output.split(text).length - 1;

/** A stack trace's frame, which would point into the site's code or Astro's, not at the page. */
const FRAME = /\n\s+at .*(?:file:|node:)/;

test('a broken link between pages is printed once, naming file and line; Astro repeats only where to look', async () => {
  const { status, output } = await siteBuild.build();
  assert.notEqual(status, 0, output);
  assert.equal(
    count(output, `${siteBuild.at['printedOnce'] ?? ''}: the link "security.md#further-readin"`),
    1,
    output,
  );
  // Here with the pages that did not render, as one build prints them: "page that did not render and broken links".
  assert.match(
    output,
    /The build stops on the pages? that did not render and broken links? printed above, each with its file and line\./,
  );
  assert.doesNotMatch(output, FRAME);
  assert.doesNotMatch(output, /Stack trace:/);
});

test('a plain Markdown page that failed on a link is named as one that did not render, with no stack trace and no blame on the config', async () => {
  const { status, output, published } = await siteBuild.build();
  assert.notEqual(status, 0, output);
  assert.equal(published, false);
  // Astro prints a plain Markdown page's error twice: its Markdown renderer, then its content loader.
  const times = count(output, 'content/notes.md:11: The link "securty.md" goes to securty.md');
  assert.ok(times >= 1 && times <= 2, output);
  assert.ok(
    output.includes(
      'content/notes.md: its error, naming the line, is printed above, under "[content] Syncing content".',
    ),
    output,
  );
  assert.doesNotMatch(output, /has no recorded links|rehypeLinkCheck/);
  assert.doesNotMatch(output, FRAME);
});

test('adding a host is one line in src/data/outbound-hosts.json, and the Links page lists the new destination', async () => {
  // The site shared with other build tests (tests/support/english-site.ts): privacy.mdx links the new host.
  assert.notEqual(ALLOWED_HOSTS, hosts);
  assert.equal(ALLOWED_HOSTS.split('\n').length, hosts.split('\n').length + 1);
  const { status, output, built } = await englishSite();
  assert.equal(status, 0, output);
  assert.ok(built['dist/privacy/index.html']?.includes('https://docs.example.com/guide'));
  const links = built['dist/links/index.html'] ?? '';
  const heading = findElements(
    links,
    (node) => node.tagName === 'h2' && node.properties['id'] === 'example-docs',
  );
  assert.deepEqual(
    heading.map((h2) => textOf(h2)),
    ['Example docs'],
  );
  const [link] = findElements(links, (node) => node.properties['href'] === 'https://docs.example.com/guide');
  assert.ok(link, 'the Links page links to the new destination');
  assert.deepEqual(link.properties['rel'], ['noopener', 'noreferrer']);
  assert.match(textOf(link), /^Example docs/);
  assert.equal(
    findElements(link, (node) => String(node.properties['className']).includes('external-marker')).length,
    1,
  );
  const cited = findElements(
    links,
    (node) => node.tagName === 'a' && node.properties['href'] === '/privacy/',
  );
  assert.ok(
    cited.some((a) => textOf(a) === 'Privacy'),
    'cited on the Privacy page, linked back',
  );
});

// Under `astro dev` the same checks warn, naming file, line and link, and the page is served: search-dev.test.ts,
// in the dev server it starts.
