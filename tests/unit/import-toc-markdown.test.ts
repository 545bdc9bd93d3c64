/**
 * docfx's Markdown TOC (`TOC.md`), which some Learn repositories write instead of TOC.yml
 * (dynamics365smb-docs' business-central/TOC.md): read into the same entries, notes and articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { readTocYml, tocArticlePaths, tocNotes, tocTitle } from '../../src/lib/import/toc-yml.ts';

// Shaped as business-central/TOC.md: front matter, linked headings, headings naming a group, a nested TOC.
const TOC = [
  '---',
  'ms.service: dynamics-365-business-central',
  '---',
  '',
  '# [Welcome to Business Central](welcome.md)',
  '## Finance',
  '### [Finance overview](finance.md)',
  '### Working with dimensions',
  '#### [Dimensions overview](finance-dimensions.md)',
  '#### [Troubleshoot dimensions](./finance-troubleshooting-dimensions.md)',
  '### [Update currency exchange rates](finance-how-update-currencies.md)',
  '## [Developer docs](dev/TOC.md)',
  '# Administration',
  '## [Update currency exchange rates](finance-how-update-currencies.md)',
  '',
].join('\n');
const FILE = '/repo/business-central/TOC.md';

test('a TOC.md is read as its headings: a linked heading a page, a deeper heading an item of the one above', () => {
  // Nested as the headings are: "Working with dimensions" a group inside Finance, inside Welcome, whose own
  // page is Welcome's first entry.
  assert.deepEqual(readTocYml(TOC, FILE), [
    {
      href: 'welcome.md',
      name: 'Welcome to Business Central',
      group: 'Welcome to Business Central',
    },
    { href: 'finance.md', name: 'Finance overview', group: 'Welcome to Business Central › Finance' },
    {
      href: 'finance-dimensions.md',
      name: 'Dimensions overview',
      group: 'Welcome to Business Central › Finance › Working with dimensions',
    },
    {
      href: './finance-troubleshooting-dimensions.md',
      name: 'Troubleshoot dimensions',
      group: 'Welcome to Business Central › Finance › Working with dimensions',
    },
    {
      href: 'finance-how-update-currencies.md',
      name: 'Update currency exchange rates',
      group: 'Welcome to Business Central › Finance',
    },
    {
      href: 'finance-how-update-currencies.md',
      name: 'Update currency exchange rates',
      group: 'Administration',
    },
  ]);
  assert.deepEqual(tocArticlePaths(TOC, FILE), [
    'welcome.md',
    'finance.md',
    'finance-dimensions.md',
    'finance-troubleshooting-dimensions.md',
    'finance-how-update-currencies.md',
    'finance-how-update-currencies.md',
  ]);
});

test("a TOC.md's notes name its lines as in the file, front matter counted", () => {
  assert.deepEqual(
    tocNotes(TOC, FILE).map(({ line, message }) => `${String(line)}: ${message}`),
    [
      '12: another TOC, "dev/TOC.md" (line 12): its entries are not read: the TOC was read without the TOCs it names.',
      '14: href "finance-how-update-currencies.md" lists an article listed before (line 11): the sidebar shows a page once, under its first entry, so this entry is left out.',
    ],
  );
});

test('a TOC.md among the files to import is no page: `*.md` takes it with the articles', () => {
  const files: Record<string, string> = {
    '/repo/business-central/TOC.md': TOC,
    '/repo/business-central/welcome.md':
      '---\ntitle: Welcome\ndescription: Welcome to the product.\nauthor: x\nms.date: 03/07/2025\n---\n# Welcome\n\nText.\n',
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(Object.keys(files), {}, access);
  assert.deepEqual(
    plan.pages.map((page) => page.slug),
    ['welcome'],
  );
  assert.match(
    plan.warnings.map((warning) => warning.message).join('\n'),
    /a table of contents, not an article/,
  );
});

test('an article the TOC.md does not list is said to be not in TOC.md, the file given, not a TOC.yml', () => {
  // sdk-api's synchapi/TOC.md lists no nc-synchapi-ptimerapcroutine.md; the import said "not in the TOC.yml".
  const files: Record<string, string> = {
    '/repo/business-central/welcome.md': '# Welcome\n\nHello.\n',
    '/repo/business-central/extra.md': '# Extra\n\nMore.\n',
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const toc = { entries: readTocYml(TOC, FILE), dir: '/repo/business-central', file: FILE };
  const plan = planImport(Object.keys(files), { toc }, access);
  assert.deepEqual(
    plan.warnings
      .filter((warning) => warning.message.includes('placed after'))
      .map((warning) => warning.message),
    ['not in TOC.md: placed after the pages it lists.'],
  );
  // The TOC.md given with --toc among the files (`*.md`) is that TOC: no page, and nothing to say of it.
  const withToc = planImport(
    [...Object.keys(files), FILE],
    { toc },
    { ...access, read: (path) => (path === FILE ? TOC : files[path]) },
  );
  assert.deepEqual(withToc.pages.map((page) => page.slug).sort(), ['extra', 'welcome']);
  assert.doesNotMatch(
    withToc.warnings.map((warning) => warning.message).join('\n'),
    /a table of contents, not an article/,
  );
});

test('a TOC.md of one top heading has that heading as its title, which qualifies a group name another folder has', () => {
  assert.equal(tocTitle('# Business Central\n## [Welcome](welcome.md)\n', 'TOC.md'), 'Business Central');
  assert.equal(tocTitle(TOC, FILE), undefined, 'two top headings: no one title');
});

test('a TOC listing many articles again (a generated one) says so in one note, a few of them named', () => {
  const again = Array.from({ length: 1000 }, () => '## [A](a.md)').join('\n');
  const notes = tocNotes(`# [A](a.md)\n${again}\n`, FILE);
  assert.deepEqual(
    notes.map(({ line, message }) => `${String(line)}: ${message}`),
    [
      '2: 1000 entries list an article listed before, "a.md" (line 2, first at line 1), "a.md" (line 3, first at line 1), "a.md" (line 4, first at line 1), and 997 more: the sidebar shows a page once, under its first entry, so these entries are left out.',
    ],
  );
});
