/**
 * A second Learn folder imported beside the site's pages (`--learn-path`), and a third in Japanese
 * (`--learn-path ja-jp/…`), then built: every page resolves its relative links in the folder it came from,
 * the site's own pages in the default one, and a page of a localized folder links Learn in its locale and
 * is served in its language.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { buildWith } from '../support/build-fixture.ts';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.ts';
import { articleLinks, readPage } from '../support/built-site.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LEARN = 'https://learn.microsoft.com/en-us';

/** A Learn article with `body`. */
const article = (title: string, body: string) =>
  `---\ntitle: ${title}\ndescription: About ${title}.\nauthor: test\nms.date: 01/02/2024\n---\n\n# ${title}\n\n${body}\n`;

// The folder contoso/kb: two articles imported, and in its TOC a `security.md` and a YAML FAQ that are not.
// It is articles/kb/ of a copy of its repository, whose shared includes/ its pages name with docfx's `~/`.
const repository = mkdtempSync(join(tmpdir(), 'import-kb-'));
const folder = join(repository, 'articles/kb');
mkdirSync(folder, { recursive: true });
mkdirSync(join(repository, 'includes'));
writeFileSync(join(repository, 'includes/kb-note.md'), 'A note shared from the repository root.\n');
writeFileSync(
  join(folder, 'kb-start.md'),
  article(
    'Start',
    'Next, [the steps](kb-steps.md#steps). See [security](security.md) and [the FAQ](faq.yml#cost).\n\n[!INCLUDE [note](~/includes/kb-note.md)]\n\nOr [the steps, from the root](~/articles/kb/kb-steps.md#steps).',
  ),
);
writeFileSync(join(folder, 'kb-steps.md'), article('Steps', '## Steps\n\nBack to [the start](kb-start.md).'));
// Its "Guides" node has the name of a group of the site's own pages.
writeFileSync(
  join(folder, 'toc.yml'),
  '- name: Start\n  href: kb-start.md\n- name: Guides\n  items:\n  - name: Steps\n    href: kb-steps.md\n- name: Security\n  href: security.md\n- name: FAQ\n  href: faq.yml\n',
);
// Where its files come from, as a copied folder says it.
writeFileSync(
  join(folder, 'SOURCE.md'),
  '# Source\n\n- Repository: [Contoso docs](https://github.com/contoso/kb-docs)\n- Branch: `live`\n- Folder: `articles/kb/`\n',
);
const project = mkdtempSync(join(tmpdir(), 'import-kb-site-'));
cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
writeFileSync(
  join(project, 'content/guide.md'),
  '---\ntitle: Guide\ndescription: A guide.\norder: 50\ngroup: Guides\nupdated: 2024-05-31\nauthor: test\n---\n\nA guide.\n',
);
const imported = spawnSync(
  process.execPath,
  [
    join(ROOT, 'scripts/import.ts'),
    join(folder, 'kb-start.md'),
    join(folder, 'kb-steps.md'),
    '--toc',
    join(folder, 'toc.yml'),
    '--learn-path',
    'contoso/kb',
    '--read-root',
    repository,
    '--root',
    project,
  ],
  { encoding: 'utf8' },
);
// The folder ja-jp/microsoft-365/bookings, as microsoft-365-docs-pr.ja-JP has it (machine-translated,
// `ms.contentlocale: ja-JP`): one article imported, linking another, one not imported and a path from
// Learn's root.
const bookings = mkdtempSync(join(tmpdir(), 'import-bookings-ja-'));
const japanese = (title: string, body: string) =>
  `---\ntitle: ${title}\nauthor: kwekuako\ndescription: ${title}。\nms.date: 04/09/2022\nms.contentlocale: ja-JP\n---\n# ${title}\n\n${body}\n`;
writeFileSync(
  join(bookings, 'employee-hours.md'),
  japanese(
    '従業員の勤務時間を設定する',
    [
      'スタッフ メンバーが休暇中に顧客が予約できないように、スタッフ メンバーの休暇を予約する手順については、「[休業、休暇、休暇期間のスケジュール](schedule-closures-time-off-vacation.md)」を参照してください。',
      '詳細[については](bookings-faq.md)、FAQ を参照してください。',
      '1. [PowerShell を使用してMicrosoft 365するConnect](/office365/enterprise/powershell/connect-to-office-365-powershell)。',
    ].join('\n\n'),
  ),
);
writeFileSync(
  join(bookings, 'TOC.yml'),
  '- name: Microsoft Bookings\n  items:\n    - name: 従業員の勤務時間\n      href: employee-hours.md\n    - name: 休業、休暇、休暇期間のスケジュール\n      href: schedule-closures-time-off-vacation.md\n    - name: よく寄せられる質問\n      href: bookings-faq.md\n',
);
const importedJapanese = spawnSync(
  process.execPath,
  [
    join(ROOT, 'scripts/import.ts'),
    join(bookings, 'employee-hours.md'),
    '--toc',
    join(bookings, 'TOC.yml'),
    '--learn-path',
    'ja-jp/microsoft-365/bookings',
    '--repository',
    'MicrosoftDocs/microsoft-365-docs-pr.ja-JP',
    '--root',
    project,
  ],
  { encoding: 'utf8' },
);
const files = Object.fromEntries(
  readdirSync(project, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(project, file)).isFile())
    .map((file) => [file, readFileSync(join(project, file), 'utf8')]),
);
const pages = new Map<string, string>();
let markdownCopy = '';
/** The built site, kept to search it in a browser. */
const dist = mkdtempSync(join(tmpdir(), 'import-kb-dist-'));
after(() => {
  rmSync(dist, { recursive: true, force: true });
});
const build = buildWith(files, {
  inspect: (dir) => {
    cpSync(join(dir, 'dist'), dist, { recursive: true });
    for (const slug of ['security', 'kb-start', 'kb-steps', 'employee-hours'])
      pages.set(slug, readPage(`/${slug}/`, pathToFileURL(join(dir, 'dist/'))));
    markdownCopy = readFileSync(join(dir, 'dist/kb-start/index.md'), 'utf8');
  },
});
const hrefs = (slug: string) => articleLinks(pages.get(slug) ?? '').map((link) => link.href);

test('the import of a second folder and the build of the site with both succeed', () => {
  assert.equal(imported.status, 0, imported.stdout + imported.stderr);
  assert.equal(importedJapanese.status, 0, importedJapanese.stdout + importedJapanese.stderr);
  assert.match(imported.stdout, /learn-folder\.json: 4 article\(s\) of Learn's \/en-us\/contoso\/kb\//);
  assert.equal(build.status, 0, build.output);
});

test("a TOC group named like a group of the site's pages from another folder is its own, qualified with the folder", () => {
  assert.match(files['content/kb-steps.md'] ?? '', /^group: "kb › Guides"$/m);
  assert.match(
    imported.stderr,
    /kb-steps\.md:1: its TOC group "Guides" is a group of pages from another Learn folder too/,
  );
});

test("the site's own pages keep resolving their links in the default folder", () => {
  assert.ok(
    hrefs('security').includes(`${LEARN}/defender-business/mdb-setup-configuration`),
    hrefs('security').join(', '),
  );
});

test("the imported pages resolve theirs in their own folder: its pages here, its other articles on Learn, not the site's pages of the same name", () => {
  for (const href of ['/kb-steps/#steps', `${LEARN}/contoso/kb/security`, `${LEARN}/contoso/kb/faq#cost`])
    assert.ok(hrefs('kb-start').includes(href), `no ${href} in ${hrefs('kb-start').join(', ')}`);
  assert.ok(!hrefs('kb-start').includes('/security/'), hrefs('kb-start').join(', '));
  assert.ok(hrefs('kb-steps').includes('/kb-start/'), hrefs('kb-steps').join(', '));
});

test("docfx's ~/ paths start at the repository's root: its shared include is on the page, its link goes to the page imported", () => {
  assert.match(pages.get('kb-start') ?? '', /<p>A note shared from the repository root\.<\/p>/);
  assert.match(files['content/kb-start.md'] ?? '', /\[the steps, from the root\]\(kb-steps\.md#steps\)/);
  assert.equal(
    hrefs('kb-start').filter((href) => href === '/kb-steps/#steps').length,
    2,
    hrefs('kb-start').join(', '),
  );
});

test("the imported pages name the repository, branch and path their SOURCE.md gives; the site's own keep theirs", () => {
  assert.match(
    files['content/kb-start.md'] ?? '',
    /^source: "articles\/kb\/kb-start\.md"\nrepository: "contoso\/kb-docs"\nbranch: "live"$/m,
  );
  const source = 'https://github.com/contoso/kb-docs/blob/live/articles/kb/kb-start.md';
  assert.ok(pages.get('kb-start')?.includes(`href="${source}"`), 'the source link');
  assert.ok(
    pages
      .get('kb-start')
      ?.includes('href="https://github.com/contoso/kb-docs/edit/live/articles/kb/kb-start.md"'),
    'the "Suggest a fix" link',
  );
  assert.match(pages.get('kb-start') ?? '', /in contoso\/kb-docs/);
  assert.match(pages.get('security') ?? '', /in MicrosoftDocs\/defender-docs/);
});

test("an imported page credits its own Learn article, in its footer and its Markdown; the site's own pages the article they split", () => {
  const article = `${LEARN}/contoso/kb/kb-start`;
  assert.match(
    pages.get('kb-start') ?? '',
    new RegExp(`<p data-source-article[^>]*>Adapted from <a href="${article}"`),
  );
  assert.match(markdownCopy, new RegExp(`^> Adapted from \\[Start\\]\\(${article}\\)`, 'm'));
  assert.match(pages.get('security') ?? '', /The article is split into pages here/);
  assert.doesNotMatch(pages.get('security') ?? '', /data-source-article/);
});

/** The `lang` of a built page's `<html>`. */
const htmlLang = (slug: string) => /<html[^>]*\slang="([^"]*)"/.exec(pages.get(slug) ?? '')?.[1];

test('a page of a ja-jp folder is served in Japanese (<html lang="ja-JP">), the others in the site’s language', () => {
  assert.match(files['content/employee-hours.md'] ?? '', /^lang: "ja-JP"$/m);
  assert.equal(htmlLang('employee-hours'), 'ja-JP');
  for (const slug of ['security', 'kb-start']) assert.equal(htmlLang(slug), 'en', slug);
});

test('a page of a ja-jp folder links Learn in ja-jp, its pages here, and credits its article there', () => {
  const ja = 'https://learn.microsoft.com/ja-jp';
  for (const href of [
    `${ja}/microsoft-365/bookings/bookings-faq`,
    `${ja}/office365/enterprise/powershell/connect-to-office-365-powershell`,
  ])
    assert.ok(hrefs('employee-hours').includes(href), `no ${href} in ${hrefs('employee-hours').join(', ')}`);
  // The article it links is in its folder, not imported: on Learn in ja-jp, not in en-us under ja-jp/.
  assert.ok(
    hrefs('employee-hours').includes(`${ja}/microsoft-365/bookings/schedule-closures-time-off-vacation`),
    hrefs('employee-hours').join(', '),
  );
  assert.ok(
    !hrefs('employee-hours').some((href) => href.includes('/en-us/')),
    hrefs('employee-hours').join(', '),
  );
  assert.match(
    pages.get('employee-hours') ?? '',
    new RegExp(
      `<p data-source-article[^>]*>Adapted from <a href="${ja}/microsoft-365/bookings/employee-hours"`,
    ),
  );
});

test('in the search box of a Japanese page, a word from inside a sentence finds its page', async () => {
  const server = await serveSite(dist, 0);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}/employee-hours/`);
    // 「スタッフ メンバーが休暇中に顧客が予約できないように」: read as English, 顧客 starts no word of the page.
    await page.getByRole('searchbox', { name: 'Search' }).fill('顧客');
    await page
      .getByRole('list', { name: /results/i })
      .getByRole('link', { name: '従業員の勤務時間を設定する', exact: true })
      .waitFor({ timeout: 20_000 });
    assert.match((await page.locator('#search-status').textContent()) ?? '', /1 result for “顧客”/);
    // Several words written without spaces are one run to the query's tokenizer: searched as typed (Pagefind
    // segments them), never "corrected" or dropped as a word the vocabulary lacks.
    await page.getByRole('searchbox', { name: 'Search' }).fill('休暇中に顧客');
    await page.locator('#search-status', { hasText: '休暇中に顧客' }).waitFor({ timeout: 20_000 });
    assert.match((await page.locator('#search-status').textContent()) ?? '', /^1 result for “休暇中に顧客”/);
  } finally {
    await browser.close();
    await closeSite(server);
  }
});
