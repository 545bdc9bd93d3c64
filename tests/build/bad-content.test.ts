/**
 * Unsafe or ambiguous content fails the build, naming the file, the line and what to do, and publishes
 * nothing. One real build shows a content rule stops `astro build`; the other content rules are compiled
 * through the same strict pipeline the build runs (tests/security/hostile-content.test.ts has every variant).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildWith, type BuildResult } from '../support/build-fixture.ts';
import { buildError } from '../support/learn-markdown.ts';

const read = (name: string) => readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8');
const privacy = read('privacy.mdx');
/** privacy.mdx is front matter then text; what tests add starts on this line. */
const addedLine = privacy.split('\n').length + 1;

/** privacy.mdx with `body` added after a blank line at its end. */
const withBody = (body: string) => ({ 'content/privacy.mdx': `${privacy}\n${body}\n` });

const root = new URL('../../', import.meta.url);
const pages = ['index', 'security', 'privacy', 'compliance', 'related-resources'];
/** What the build says of privacy.mdx with `body` added (its strict pipeline), without a whole build. */
const compiled = (body: string) =>
  buildError(
    withBody(body)['content/privacy.mdx'],
    new URL('content/privacy.mdx', root).pathname,
    root,
    pages,
  );

function assertFails({ status, output, published }: BuildResult, ...messages: RegExp[]): void {
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'a failed build publishes no page');
  for (const message of messages) assert.match(output, message);
}

function assertCompileFails(error: string, ...messages: RegExp[]): void {
  assert.notEqual(error, '', 'the build must fail');
  for (const message of messages) assert.match(error, message);
}

test('a raw <script> in content fails the build at its line', async () => {
  assertFails(
    await buildWith(withBody('<script>window.pwned = 1</script>')),
    new RegExp(`content/privacy\\.mdx:${addedLine}:1: a raw <script> is not allowed in content`),
  );
});

test('an inline event handler in content fails the build at its line', async () => {
  assertCompileFails(
    await compiled('<span onClick="alert(1)">Click</span>'),
    new RegExp(
      `content/privacy\\.mdx:${addedLine}:1: an inline event handler onClick= on <span> is not allowed`,
    ),
  );
});

test('a javascript: link fails the build, saying what to link with', async () => {
  assertCompileFails(
    await compiled('[Trust Center](javascript:alert(document.domain))'),
    new RegExp(
      `content/privacy\\.mdx:${addedLine}:1: the link "javascript:alert\\(document\\.domain\\)" is a javascript: URL, which runs code .*: link to an https:// page or a path of this site`,
    ),
  );
});

test('a javascript: URL hidden by case and a tab in an element fails the build', async () => {
  assertCompileFails(
    await compiled('<a href="JavaScript\t:alert(1)">Trust Center</a>'),
    /content\/privacy\.mdx:\d+:1: href="JavaScript\\t:alert\(1\)" on <a> holds a tab or line break, which browsers drop/,
  );
});

test('a data: link fails the build', async () => {
  assertCompileFails(
    await compiled('[Report](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'),
    new RegExp(
      `content/privacy\\.mdx:${addedLine}:1: the link "data:text/html;base64,.*" is a data: URL, which runs code`,
    ),
  );
});

test('an unknown component fails the build, naming the components pages may use', async () => {
  assertCompileFails(
    await compiled('<TrustBadge />'),
    new RegExp(
      `content/privacy\\.mdx:${addedLine}:1: unknown component <TrustBadge>: pages may use only <SectionList />`,
    ),
    /add it to CONTENT_COMPONENTS in src\/consts\.ts/,
  );
});

test('an import in content fails the build: components come only from the page template', async () => {
  assertCompileFails(
    await compiled("import Badge from '../src/components/Header.astro';"),
    /content\/privacy\.mdx:\d+:1: import\/export is not allowed in content/,
  );
});

// The sidebar's errors (sortPages, buildSidebarModel: tests/unit/navigation*.test.ts) stop the real build, naming
// each page's file as it is: an .mdx page and a plain Markdown one.
test('two pages with the same order fail the build, naming both files as they are (.mdx, .md)', async () => {
  const extra = `---\ntitle: Extra\ndescription: A plain Markdown page.\norder: 3\nupdated: 2024-05-31\nauthor: test\n---\n\nText.\n`;
  assertFails(
    await buildWith({ 'content/extra.md': extra }),
    /content\/privacy\.mdx and content\/extra\.md both have order: 3|content\/extra\.md and content\/privacy\.mdx both have order: 3/,
    /Give each page its own order/,
  );
});

test('two files with the same slug fail the build, naming both', async () => {
  const copy = privacy.replace(/^order:.*$/m, 'order: 42');
  assertFails(
    await buildWith({ 'content/Privacy.mdx': copy }),
    /multiple entries with the same slug: `privacy`/,
    /content\/privacy\.mdx/,
    /content\/Privacy\.mdx/,
  );
});

test('a page nested thousands deep fails the build at its line, .md and .mdx, with no stack overflow', async () => {
  const deep = `${'- '.repeat(3000)}x`;
  const page = (title: string) =>
    `---\ntitle: ${title}\ndescription: Deep.\norder: 9${title.length}\nupdated: 2025-01-15\nauthor: fixture\n---\n\nIntro.\n\n${deep}\n`;
  // One build (two names: one slug would be two entries): a plain Markdown page is rendered, and its error
  // printed, as content loads, before the MDX page's compile stops the build.
  const files = ['content/deep-md.md', 'content/deep-mdx.mdx'];
  const result = await buildWith(Object.fromEntries(files.map((file) => [file, page(file)])));
  assertFails(
    result,
    ...files.map(
      (file) =>
        new RegExp(
          `${file.replace('.', '\\.')}:11:1: This page nests lists, quotes or elements 3000 levels deep`,
        ),
    ),
  );
  assert.doesNotMatch(result.output, /Maximum call stack size exceeded/);
});

test('a day its month does not have fails the build at its line, not read as another day', async () => {
  const line = privacy.split('\n').findIndex((text) => text.startsWith('updated:')) + 1;
  assertFails(
    await buildWith({ 'content/privacy.mdx': privacy.replace(/^updated:.*$/m, 'updated: 2024-02-30') }),
    new RegExp(`content/privacy\\.mdx:${String(line)}: front-matter field "updated" is 2024-02-30`),
  );
});
