/** The build is the link checker: each kind of bad link fails it, naming the file, the line and the link. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildWith } from '../support/build-fixture.ts';
import { findElements, textOf } from '../support/html.ts';

const privacy = readFileSync(new URL('../../content/privacy.mdx', import.meta.url), 'utf8');
const hosts = readFileSync(new URL('../../src/data/outbound-hosts.json', import.meta.url), 'utf8');

/** content/privacy.mdx with `lines` added at its end, and the `file:line` each lands on. */
function privacyWith(...lines: string[]): { content: string; at: string[] } {
  const content = `${privacy.trimEnd()}\n\n${lines.join('\n\n')}\n`;
  return { content, at: lines.map((line) => `content/privacy.mdx:${content.split('\n').indexOf(line) + 1}`) };
}

/** Bad links of one kind go into one build (each kind is checked in one pass over every link it sees). */
async function assertFails(links: { line: string; message: RegExp }[]) {
  const { content, at } = privacyWith(...links.map(({ line }) => line));
  const { status, output, published } = await buildWith({ 'content/privacy.mdx': content });
  assert.notEqual(status, 0, `the build must fail on:\n${content}`);
  assert.equal(published, false, 'nothing is published with a broken link');
  links.forEach(({ message }, index) => {
    assert.ok(
      output.includes(`${at[index] ?? ''}: the link "`),
      `no "${at[index] ?? ''}: the link" in:\n${output}`,
    );
    assert.match(output, message);
  });
}

test('outbound links that are not https or go to a host off the allowlist fail the build, saying what to write', async () => {
  await assertFails([
    {
      line: 'See [the Trust Center](http://www.microsoft.com/trust-center).',
      message:
        /the link "http:\/\/www\.microsoft\.com\/trust-center" is not https: write it as https:\/\/www\.microsoft\.com\/trust-center/,
    },
    {
      line: 'See [an example](https://example.com/page).',
      message:
        /the link "https:\/\/example\.com\/page" goes to example\.com, which is not on the allowlist[^]*add 'example\.com' to src\/data\/outbound-hosts\.json \(one line/,
    },
  ]);
});

test('internal links to a missing page or heading fail the build, listing the pages and the headings', async () => {
  await assertFails([
    {
      line: 'See <a href="/privcy/">the privacy page</a>.',
      message:
        /the link "\/privcy\/" goes to \/privcy\/, which is not a page of this site\. Did you mean \/privacy\/\? Link to one of \/privacy\/, /,
    },
    {
      line: 'See [further reading](security.md#further-readin).',
      message:
        /the link "security\.md#further-readin" \(published as \/security\/#further-readin\) goes to #further-readin, which is not a heading on \/security\/\. Did you mean #further-reading\? Its ids are: #further-reading, #service-level-security/,
    },
  ]);
});

test("a root-relative path into the site's Learn folder, or an article's name without .md, is the site's page: its #anchor is checked", async () => {
  // As fabric-docs and memdocs write them: [Filters/Create](/mem/intune/fundamentals/filters#create-a-filter)
  await assertFails([
    {
      line: 'See [further reading](/defender-business/security#further-readin).',
      message:
        /the link "\/defender-business\/security#further-readin" \(published as \/security\/#further-readin\) goes to #further-readin, which is not a heading on \/security\//,
    },
    {
      line: 'See [further reading](security#further-readin).',
      message:
        /the link "security#further-readin" \(published as \/security\/#further-readin\) goes to #further-readin/,
    },
  ]);
});

test('a root-relative path to an article the Learn folder does not have fails the build, naming file, line and the nearest', async () => {
  const { content, at } = privacyWith('See [the overview](/defender-business/mdb-overveiw).');
  const { status, output, published } = await buildWith({ 'content/privacy.mdx': content });
  assert.notEqual(status, 0, output);
  assert.equal(published, false);
  assert.ok(
    output.includes(
      `${at[0] ?? ''}: The link "/defender-business/mdb-overveiw" goes to mdb-overveiw, which is neither a page of this site nor an article of the Learn folder defender-business/`,
    ),
    output,
  );
  assert.match(output, /Did you mean \/defender-business\/mdb-overview\?/);
});

/** A plain Markdown page, content/notes.md: its front matter (lines 1–7), then `body`, a line each. */
const notesPage = (...body: string[]) =>
  [
    '---',
    'title: Notes',
    'description: A plain Markdown page.',
    'order: 9',
    'updated: 2024-05-31',
    'author: someone',
    '---',
    ...body,
    '',
  ].join('\n');

test('in a plain Markdown page too, the line named is the line of the file, front matter counted', async () => {
  const page = notesPage('', '', 'A first line.', '', 'Call [the desk](tel:+1-555-0100).');
  const { status, output } = await buildWith({ 'content/notes.md': page });
  assert.notEqual(status, 0, output);
  assert.match(output, /content\/notes\.md:12: the link "tel:\+1-555-0100" uses the tel: scheme/);
});

/** How often `text` is in `output`. */
const count = (output: string, text: string) => output.split(text).length - 1;

/** A stack trace's frame, which would point into the site's code or Astro's, not at the page. */
const FRAME = /\n\s+at .*(?:file:|node:)/;

test('a broken link between pages is printed once, naming file and line; Astro repeats only where to look', async () => {
  const { content, at } = privacyWith('See [further reading](security.md#further-readin).');
  const { status, output } = await buildWith({ 'content/privacy.mdx': content });
  assert.notEqual(status, 0, output);
  assert.equal(count(output, `${at[0] ?? ''}: the link "security.md#further-readin"`), 1, output);
  assert.match(output, /The build stops on the broken link printed above, each with its file and line\./);
  assert.doesNotMatch(output, FRAME);
  assert.doesNotMatch(output, /Stack trace:/);
});

test('a plain Markdown page that failed on a link is named as one that did not render, with no stack trace and no blame on the config', async () => {
  const page = notesPage('', 'A first line.', '', 'See [the overview](securty.md).');
  const { status, output, published } = await buildWith({ 'content/notes.md': page });
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
  const { content } = privacyWith('See [Example docs](https://docs.example.com/guide).');
  const allowed = hosts.replace(
    '"creativecommons.org": "Licence",',
    '"creativecommons.org": "Licence",\n  "docs.example.com": "Example docs",',
  );
  assert.notEqual(allowed, hosts);
  const { status, output, built } = await buildWith(
    { 'content/privacy.mdx': content, 'src/data/outbound-hosts.json': allowed },
    { read: ['dist/links/index.html'] },
  );
  assert.equal(status, 0, output);
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

test('under astro dev (NODE_ENV=development) the same checks warn, naming file, line and link, and the site still builds', async () => {
  const { content, at } = privacyWith(
    'See [the Trust Center](http://www.microsoft.com/trust-center).',
    'See [further reading](security.md#further-readin).',
  );
  const { status, output } = await buildWith(
    { 'content/privacy.mdx': content },
    { env: { NODE_ENV: 'development' } },
  );
  assert.equal(status, 0, output);
  assert.ok(
    output.includes(
      `[links] Broken link:\n${at[0] ?? ''}: the link "http://www.microsoft.com/trust-center" is not https`,
    ),
    output,
  );
  assert.match(output, new RegExp(`${at[1] ?? ''}: the link "security\\.md#further-readin" .*not a heading`));
});
