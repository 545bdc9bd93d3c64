/**
 * A second Learn folder imported beside the site's pages (`--learn-path`), and a third in Japanese
 * (`--learn-path ja-jp/…`), then built: every page resolves its relative links in the folder it came from,
 * the site's own pages in the default one, and a page of a localized folder links Learn in its locale and
 * is served in its language, the site's own words around it marked as the site's; a fourth in Arabic
 * (`--learn-path ar-sa/…`) is laid out right to left. The site is tests/support/imported-folders.ts, one build
 * shared with code-snippets.test.ts, whose dotnet/docs folder is a fifth.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright';
import { ARABIC_TITLE, importedFolders } from '../support/imported-folders.ts';
import { inBrowser } from '../support/search-site.ts';
import { axeViolations } from '../support/axe.ts';
import { articleLinks, readPage } from '../support/built-site.ts';
import { nameParts } from '../../src/lib/name-breaks.ts';

const LEARN = 'https://learn.microsoft.com/en-us';

const { imported, importedJapanese, importedArabic, files, build } = await importedFolders();
const { dist } = build;
const pages = new Map(
  ['security', 'kb-start', 'kb-steps', 'employee-hours', 'lcs-setup', 'whats-new', 'links'].map((slug) => [
    slug,
    readPage(`/${slug}/`, pathToFileURL(join(dist, '/'))),
  ]),
);
const markdownCopy = readFileSync(join(dist, 'kb-start/index.md'), 'utf8');
const hrefs = (slug: string) => articleLinks(pages.get(slug) ?? '').map((link) => link.href);

test('the import of a second folder and the build of the site with both succeed', () => {
  assert.equal(imported.status, 0, imported.stdout + imported.stderr);
  assert.equal(importedJapanese.status, 0, importedJapanese.stdout + importedJapanese.stderr);
  assert.equal(importedArabic.status, 0, importedArabic.stdout + importedArabic.stderr);
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

test("Learn's absolute URLs of the site's pages go to them, their anchors checked; not on the Links page, nothing new said", () => {
  assert.deepEqual(
    hrefs('kb-steps').filter((href) => /^\/kb-st[^/]*\/(?:#|$)/.test(href)),
    ['/kb-start/', '/kb-start/', '/kb-steps/#steps'],
  );
  assert.ok(hrefs('kb-steps').includes(`${LEARN}/contoso/kb/faq`), hrefs('kb-steps').join(', '));
  assert.doesNotMatch(pages.get('links') ?? '', /contoso\/kb\/kb-st/);
  assert.match(pages.get('links') ?? '', /contoso\/kb\/faq/);
  assert.doesNotMatch(imported.stdout + imported.stderr, /kb-steps\.md:\d+:.*(?:learn\.microsoft|kb-st)/);
});

test('a screenshot linked to its full-size image, and a lightbox, open that image on the site, named for screen readers', () => {
  const media = '/media/kb-steps/_static';
  assert.ok(files[`public${media}/image1.svg`] && files[`public${media}/image2.svg`], 'both published');
  assert.match(
    files['content/kb-steps.md'] ?? '',
    new RegExp(`^    \\[!\\[\\]\\(${media}/image2\\.svg\\)\\]\\(${media}/image1\\.svg\\)$`, 'm'),
  );
  assert.match(files['content/kb-steps.md'] ?? '', new RegExp(`lightbox="${media}/image1\\.svg"`));
  assert.deepEqual(
    hrefs('kb-steps').filter((href) => href.includes('_static')),
    [`${media}/image1.svg`, `${media}/image1.svg`],
  );
  const html = pages.get('kb-steps') ?? '';
  assert.match(
    html,
    new RegExp(
      `<a href="${media}/image1\\.svg"><img src="${media}/image2\\.svg" alt=""[^>]*><span class="visually-hidden" data-pagefind-ignore="" data-markdown-ignore="">Full-size image</span></a>`,
    ),
  );
  assert.match(
    html,
    new RegExp(`<a href="${media}/image1\\.svg"><img src="${media}/image2\\.svg" alt="The rule list\\."`),
  );
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

/** A text of a built page's `<body>`, the language it is read in (its nearest `lang`) and its elements, outermost first. */
interface PlacedText {
  text: string;
  lang: string;
  path: readonly Element[];
}

/** Every text of a built page's `<body>` (a `<template>`'s too), with the language a screen reader reads it in. */
function textsOf(html: string): PlacedText[] {
  const texts: PlacedText[] = [];
  const walk = (node: Root | RootContent, lang: string, path: readonly Element[]): void => {
    if (node.type === 'text' && node.value.trim() && path.some((element) => element.tagName === 'body'))
      texts.push({ text: node.value.trim(), lang, path });
    if (node.type === 'root') for (const child of node.children) walk(child, lang, path);
    if (node.type !== 'element' || node.tagName === 'script' || node.tagName === 'style') return;
    const own = node.properties['lang'];
    const children: RootContent[] = node.content?.children ?? node.children;
    for (const child of children) walk(child, typeof own === 'string' ? own : lang, [...path, node]);
  };
  walk(fromHtml(html), '', []);
  return texts;
}

const hasClass = (element: Element, name: string) =>
  Array.isArray(element.properties['className']) && element.properties['className'].includes(name);

/** Every element of a built page, `<template>` content included, in document order. */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      found.push(node);
      walk(node.content?.children ?? node.children);
    }
  };
  walk(fromHtml(html).children);
  return found;
}

/** The language of each page of the fixture: the Japanese folder's page is ja-JP, every other the site's. */
const PAGE_LANG: ReadonlyMap<string, string> = new Map([
  ['/employee-hours/', 'ja-JP'],
  ['/lcs-setup/', 'ar-SA'],
]);
const langOfPage = (href: string) => PAGE_LANG.get(href) ?? 'en';

/** The texts of the page's article itself (its H1 and body), not the site's words in the article element. */
const isArticleText = ({ path }: PlacedText) =>
  path.some((element) => element.tagName === 'h1' || hasClass(element, 'content')) &&
  // The words content plugins add for screen readers ("(external site)", "Link to section: …") are not the page's.
  !path.some((element) => hasClass(element, 'visually-hidden'));

test('on a Japanese page the site’s own words are marked as English on their containers, and its article stays Japanese', () => {
  const html = pages.get('employee-hours') ?? '';
  const elements = elementsOf(html);
  const containers = [
    ['a', 'skip-link'],
    ['header', 'site-header'],
    ['div', 'mobile-menu'],
    ['nav', 'breadcrumbs'],
    ['p', 'updated'],
    ['p', 'page-source'],
    ['div', 'copy-markdown'],
    ['nav', 'toc-collapsible'],
    ['aside', 'toc-column'],
    ['nav', 'prev-next'],
    ['footer', 'attribution'],
  ];
  for (const [tag, name = ''] of containers) {
    const element = elements.find((node) => node.tagName === tag && hasClass(node, name));
    assert.equal(element?.properties['lang'], 'en', `<${String(tag)} class="${name}">`);
  }
  assert.ok(
    !elements.some((node) => node.tagName === 'article' && node.properties['lang']),
    'lang on <article>',
  );

  const texts = textsOf(html);
  for (const words of [
    'Skip to main content',
    'Menu',
    'Last updated',
    'Source:',
    'Copy page as Markdown',
    'On this page',
    'Previous',
    'Theme',
    'Adapted from',
    'This site is not affiliated with or endorsed by Microsoft.',
  ]) {
    const found = texts.filter(({ text }) => text.startsWith(words));
    assert.ok(found.length > 0, `no "${words}" on the page`);
    for (const { text, lang } of found) assert.equal(lang, 'en', text);
  }
  const article = texts.filter(isArticleText);
  assert.ok(
    article.some(({ text }) => text === '勤務時間を設定する'),
    'the H2',
  );
  for (const { text, lang } of article) assert.equal(lang, 'ja-JP', text);
  // Its headings in "On this page", its name in the sidebar and the breadcrumbs and its title in the credit
  // are Japanese inside the English around them.
  const names = ['勤務時間を設定する', '従業員の勤務時間', '従業員の勤務時間を設定する'];
  const outside = texts.filter((placed) => names.includes(placed.text) && !isArticleText(placed));
  for (const where of ['toc', 'sidebar', 'breadcrumbs', 'attribution'])
    assert.ok(
      outside.some(({ path }) => path.some((element) => hasClass(element, where))),
      `its name in .${where}`,
    );
  for (const { text, lang } of outside) assert.equal(lang, 'ja-JP', text);
});

test('in the article of a Japanese page, the words the site adds for screen readers are English, the heading they name Japanese', () => {
  const added = textsOf(pages.get('employee-hours') ?? '').filter(
    ({ path }) => path.some(isArticleBody) && path.some((element) => hasClass(element, 'visually-hidden')),
  );
  for (const words of ['(external site)', 'Link to section:']) {
    const found = added.filter(({ text }) => text === words);
    assert.ok(found.length > 0, `no "${words}" in the article: ${added.map(({ text }) => text).join(' | ')}`);
    for (const { text, lang } of found) assert.equal(lang, 'en', text);
  }
  const named = added.filter(({ path }) => path.some((element) => hasClass(element, 'heading-anchor')));
  assert.deepEqual(
    named.map(({ text, lang }) => [text, lang]),
    [
      ['Link to section:', 'en'],
      ['勤務時間を設定する', 'ja-JP'],
    ],
  );
});

/** Whether a text is in Japanese script (kanji, hiragana, katakana). */
const isJapanese = (text: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
/** The language of a name on What's new and Links by its script: Japanese, Arabic or the site's. */
const langOfName = (text: string) =>
  isJapanese(text) ? 'ja-JP' : /\p{Script=Arabic}/u.test(text) ? 'ar-SA' : 'en';

test("on What's new and Links, the Japanese page's name is Japanese, the site's words about it English", () => {
  for (const [slug, list, named] of [
    ['whats-new', 'changes', '従業員の勤務時間'],
    ['links', 'cited', '従業員の勤務時間'],
  ] as const) {
    const texts = textsOf(pages.get(slug) ?? '').filter(({ path }) =>
      path.some((element) => hasClass(element, list)),
    );
    assert.ok(
      texts.some(({ text }) => text === named),
      `${slug}: no "${named}" in .${list}: ${texts.map(({ text }) => text).join(' | ')}`,
    );
    for (const { text, lang } of texts) assert.equal(lang, langOfName(text), `${slug}: "${text}"`);
  }
  // Each names it beside the site's words: "…: source updated", "…, its source".
  const whatsNew = textsOf(pages.get('whats-new') ?? '').map(({ text }) => text);
  assert.ok(whatsNew.includes(': source updated'), whatsNew.join(' | '));
  const links = textsOf(pages.get('links') ?? '').map(({ text }) => text);
  assert.ok(links.includes(', its source'), links.join(' | '));
});

/** Whether an element is the page's own body text (`.content`), whose links the Markdown writes. */
const isArticleBody = (element: Element) => hasClass(element, 'content');

test('a link naming a page of the site is in that page’s language: the Japanese page’s name on the English pages, the English pages’ names on the Japanese page', () => {
  for (const slug of ['security', 'kb-start', 'employee-hours', 'lcs-setup']) {
    const texts = textsOf(pages.get(slug) ?? '');
    const named = new Set<string>();
    for (const { text, lang, path } of texts) {
      const link = path.findLast((element) => element.tagName === 'a');
      const href = link?.properties['href'];
      if (typeof href !== 'string' || !/^\/([\w-]+\/)?$/.test(href) || path.some(isArticleBody)) continue;
      // The site's words inside such a link: "Previous", "(3 pages)".
      const own = path.some((element) => hasClass(element, 'direction') || hasClass(element, 'count'));
      assert.equal(lang, own ? 'en' : langOfPage(href), `${slug}: "${text}", linking ${href}`);
      named.add(href);
    }
    // The sidebar links both languages' pages on every page.
    for (const href of ['/employee-hours/', '/lcs-setup/', '/security/'])
      assert.ok(named.has(href), `${slug} names no ${href}: ${[...named].join(', ')}`);
  }
});

test('an English page writes no lang attribute but its <html lang="en"> and those of the names of Japanese and Arabic pages', () => {
  for (const slug of ['security', 'kb-start', 'kb-steps']) {
    const elements = elementsOf(pages.get(slug) ?? '');
    const withLang = elements.filter((element) => element.properties['lang'] !== undefined);
    const [html, ...others] = withLang;
    assert.ok(html, slug);
    assert.equal(html.tagName, 'html', slug);
    assert.equal(html.properties['lang'], 'en', slug);
    for (const element of others) {
      const lang = element.properties['lang'];
      // A Japanese or Arabic page's name, or the site's words inside one (its group's "(1 page)").
      const inOther = elements.some(
        (outer) =>
          outer !== element &&
          (outer.properties['lang'] === 'ja-JP' || outer.properties['lang'] === 'ar-SA') &&
          outer.children.includes(element),
      );
      assert.ok(
        lang === 'ja-JP' || lang === 'ar-SA' || (lang === 'en' && inOther),
        `${slug}: lang="${String(lang)}" on <${element.tagName} class="${String(element.properties['className'])}">`,
      );
    }
    assert.ok(others.length > 0, `${slug} has no link to the Japanese page marked ja-JP`);
  }
});

/** An element's elements, `<template>` content included, in document order. */
function descendantsOf(element: Element): Element[] {
  return (element.content?.children ?? element.children).flatMap((node) =>
    node.type === 'element' ? [node, ...descendantsOf(node)] : [],
  );
}

/** The `dir` of a built page's `<html>`. */
const htmlDir = (slug: string) =>
  elementsOf(pages.get(slug) ?? '').find((element) => element.tagName === 'html')?.properties['dir'];

/**
 * The `lang` and `dir` that the name of each link to `href` in the page's frame (its sidebar, search box,
 * breadcrumbs…; not its article) is read in, from the link or an element inside it, each pair once:
 * `ar-SA rtl`, `- ltr` (no lang of its own).
 */
function namesOf(slug: string, href: string): string[] {
  const found = new Set<string>();
  /** The innermost element from the link down to its name's first text that has a lang or a dir. */
  const nameOf = (element: Element, marked: Element | undefined): Element | undefined => {
    const own = element.properties['lang'] !== undefined || element.properties['dir'] !== undefined;
    for (const child of element.children) {
      if (child.type === 'text' && child.value.trim()) return own ? element : marked;
      // "Previous" and "Next" are the site's words beside the name.
      if (child.type === 'element' && !hasClass(child, 'direction'))
        return nameOf(child, own ? element : marked);
    }
    return undefined;
  };
  const walk = (nodes: readonly RootContent[], inArticle: boolean): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const article = inArticle || hasClass(node, 'content');
      if (!article && node.tagName === 'a' && node.properties['href'] === href) {
        const { lang = '-', dir = '-' } = nameOf(node, undefined)?.properties ?? {};
        found.add(`${lang} ${dir}`);
      }
      walk(node.content?.children ?? node.children, article);
    }
  };
  walk(fromHtml(pages.get(slug) ?? '').children, false);
  return [...found];
}

test('a folder whose repository nothing names credits its Learn article, with no GitHub Source or "Suggest a fix" link, on its page or /links/', () => {
  assert.match(importedArabic.stderr, /the GitHub repository of these files is unknown/);
  const written = Object.entries(files).find(([file]) => /^content\/lcs-setup\.mdx?$/.test(file))?.[1];
  assert.match(written ?? '', /^source: "[^"]*\/lcs-setup\.md"\nrepository: "unknown"$/m);
  const html = pages.get('lcs-setup') ?? '';
  const article =
    'https://learn.microsoft.com/ar-sa/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/lcs-setup';
  assert.match(html, new RegExp(`<p data-source-article[^>]*>Adapted from <a href="${article}"`));
  const source = elementsOf(html).find((element) => hasClass(element, 'page-source'));
  assert.ok(source, 'the line "Imported … · What\'s new"');
  assert.doesNotMatch(toHtml(source), /Source:|Suggest a fix|github\.com/);
  assert.doesNotMatch(html, /github\.com\/[^"]*lcs-setup\.md/);
  // The Links page lists the other folders' sources on GitHub, none of it.
  const links = pages.get('links') ?? '';
  assert.match(links, /github\.com\/contoso\/kb-docs\/blob\/live\/articles\/kb\/kb-start\.md/);
  assert.doesNotMatch(links, /lcs-setup\.md/);
  const listed = toString(fromHtml(links));
  assert.ok(listed.includes('Start, its source'), "the kb folder's source listed");
  assert.ok(!listed.includes(`${ARABIC_TITLE}, its source`), "the ar-sa page's source listed");
});

test('a page of an ar-sa folder is laid out right to left (<html lang="ar-SA" dir="rtl">), every other page left to right', () => {
  const written = Object.entries(files).find(([file]) => /^content\/lcs-setup\.mdx?$/.test(file))?.[1];
  assert.match(written ?? '', /^lang: "ar-SA"$/m);
  assert.equal(htmlLang('lcs-setup'), 'ar-SA');
  assert.equal(htmlDir('lcs-setup'), 'rtl');
  for (const slug of ['security', 'kb-start', 'employee-hours', 'whats-new'])
    assert.equal(htmlDir(slug), 'ltr', slug);
});

test("a page's name carries its direction where the words or the layout around it go the other way", () => {
  // On an English page and on the Japanese one, the Arabic page's name reads right to left inside the sidebar's English.
  for (const slug of ['security', 'employee-hours'])
    assert.deepEqual(namesOf(slug, '/lcs-setup/'), ['ar-SA rtl'], slug);
  assert.deepEqual(namesOf('security', '/employee-hours/'), ['ja-JP -']);
  // On the Arabic page, the English pages' names read left to right in its right-to-left frame, the Japanese
  // page's name too, and its own name among the site's English words right to left.
  assert.deepEqual(namesOf('lcs-setup', '/security/'), ['- ltr']);
  assert.deepEqual(namesOf('lcs-setup', '/employee-hours/'), ['ja-JP ltr']);
  assert.deepEqual(namesOf('lcs-setup', '/lcs-setup/'), ['ar-SA rtl']);
  const elements = elementsOf(pages.get('lcs-setup') ?? '');
  const inFrame = (name: string) =>
    elements
      .filter((element) => hasClass(element, name))
      .flatMap(descendantsOf)
      .filter((element) => element.properties['lang'] === 'ar-SA')
      .map((element) => element.properties['dir']);
  // Its title in the breadcrumbs and the credit, its headings in "On this page": Arabic, isolated inside English.
  for (const name of ['breadcrumbs', 'attribution', 'toc-column'])
    assert.deepEqual(inFrame(name), ['rtl'], name);
  // The frame itself keeps the page's right-to-left layout: its containers say they are English, not which way.
  for (const name of ['skip-link', 'site-header', 'mobile-menu', 'breadcrumbs', 'prev-next', 'attribution']) {
    const container = elements.find((element) => hasClass(element, name));
    assert.equal(container?.properties['lang'], 'en', name);
    assert.equal(container.properties['dir'], undefined, name);
  }
  // The search box says its results are Arabic and right to left; the box itself follows what is typed.
  const form = elements.find((element) => element.tagName === 'form' && hasClass(element, 'search'));
  assert.equal(form?.properties['dataResultsDir'], 'rtl');
  assert.equal(elements.find((element) => element.tagName === 'input')?.properties['dir'], 'auto');
});

test('in the search box of a Japanese page, a word from inside a sentence finds its page', async () => {
  await inBrowser(dist, async (page, base) => {
    await page.goto(`${base}/employee-hours/`);
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
  });
});

/** The language each of `selector`'s elements is read in: its own or nearest ancestor's `lang`. */
function langsOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => element.closest('[lang]')?.getAttribute('lang') ?? ''),
  );
}

test('in the search box of a Japanese page, its own words are English and the results, their sections and the query searched among them Japanese', async () => {
  await inBrowser(dist, async (page, base) => {
    await page.goto(`${base}/employee-hours/`);
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.fill('顧客');
    await page.locator('.search-result').first().waitFor({ timeout: 20_000 });
    // "1 result for “顧客”.": the sentence English, the words searched in the Japanese index Japanese.
    assert.deepEqual(await langsOf(page, '#search-status'), ['en']);
    assert.deepEqual(await langsOf(page, '#search-status bdi'), ['ja-JP']);
    // The list and the section buttons are named in English ("Search results", "Filter by section"), what
    // they hold is Japanese; the count of a section's button is the site's.
    assert.deepEqual(await langsOf(page, '#search-results'), ['en']);
    assert.deepEqual(await langsOf(page, '[data-search-filters]'), ['en']);
    assert.deepEqual(await langsOf(page, '.search-result'), ['ja-JP']);
    assert.deepEqual(await langsOf(page, '[data-search-filters] button > span:not(.search-count)'), [
      'ja-JP',
    ]);
    assert.deepEqual(await langsOf(page, '[data-search-filters] .search-count'), ['en']);
    // A word corrected from the index: "Showing results for" and "Search instead for" English, the words Japanese.
    await box.fill('Bookngs');
    await page.locator('#search-status', { hasText: 'Showing results for' }).waitFor({ timeout: 20_000 });
    assert.deepEqual(await langsOf(page, '#search-status :is(bdi, span):not(.visually-hidden)'), [
      'ja-JP',
      'ja-JP',
    ]);
    assert.deepEqual(await langsOf(page, '[data-search-correction]'), ['en']);
    assert.deepEqual(await langsOf(page, '[data-search-correction] :is(strong, bdi)'), ['ja-JP', 'ja-JP']);
    // No result: "No results for “…”" as the status says it.
    await box.fill('zqxwvj');
    await page.locator('[data-search-message]:not([hidden])').waitFor({ timeout: 20_000 });
    assert.deepEqual(await langsOf(page, '[data-search-message] p:first-child'), ['en']);
    assert.deepEqual(await langsOf(page, '[data-search-message] bdi'), ['ja-JP']);
  });
});

test('in Chromium a long API name in the sidebar, "On this page" and the title breaks between its parts, never inside one', async () => {
  await inBrowser(
    dist,
    async (page, base) => {
      await page.goto(`${base}/ciframework-api/`);
      /** The text of each line the element's words are laid out on, as the reader sees them. */
      const lines = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((element) => {
            const found: { top: number; text: string }[] = [];
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent ?? '';
              for (let at = 0; at < text.length; at++) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + 1);
                const { top } = range.getBoundingClientRect();
                const last = found.at(-1);
                if (last && Math.abs(last.top - top) < 2) last.text += text[at] ?? '';
                else found.push({ top, text: text[at] ?? '' });
              }
            }
            return found.map((line) => line.text);
          });
      const where: [string, string][] = [
        ['nav.sidebar a[aria-current="page"]', 'Microsoft.CIFramework.addHandlerFunction'],
        ['main h1', 'Microsoft.CIFramework.addHandlerFunction'],
        [
          '.toc-column a[href="#microsoftciframeworksetclicktoactfunction"]',
          'Microsoft.CIFramework.setClickToActFunction',
        ],
      ];
      for (const [selector, name] of where) {
        const parts = nameParts(name);
        const ends = new Set(parts.map((_, index) => parts.slice(0, index + 1).join('').length));
        const laid = await lines(selector);
        assert.ok(laid.length > 1, `${selector}: one line, ${JSON.stringify(laid)}`);
        assert.equal(laid.join(''), name);
        for (let index = 1; index < laid.length; index++)
          assert.ok(
            ends.has(laid.slice(0, index).join('').length),
            `${selector} breaks inside a part: ${JSON.stringify(laid)}`,
          );
      }
      // Where the name is short enough for its box, it is one line.
      assert.deepEqual(await lines('nav.sidebar a[href="/guide/"]'), ['Guide']);
    },
    { viewport: { width: 1280, height: 900 } },
  );
});

test('axe finds nothing on the Japanese page, the Arabic one, an English page naming them (valid-lang among its rules) nor one with a screenshot linked to its full-size image (link-name)', async () => {
  await inBrowser(dist, async (page, base) => {
    for (const path of ['/employee-hours/', '/lcs-setup/', '/security/', '/kb-steps/']) {
      await page.goto(`${base}${path}`);
      assert.deepEqual(await axeViolations(page), [], path);
    }
  });
});

test('in Chromium the Arabic page is mirrored: the page list to the right of the article, "On this page" to its left, code left to right, the site’s sentences ending at their end', async () => {
  await inBrowser(
    dist,
    async (page, base) => {
      const url = `${base}/lcs-setup/`;
      await page.goto(url);
      const box = async (selector: string) => {
        const found = await page.locator(selector).first().boundingBox();
        assert.ok(found, selector);
        return found;
      };
      const [sidebar, article, toc] = [await box('nav.sidebar'), await box('main'), await box('.toc-column')];
      assert.ok(
        sidebar.x >= article.x + article.width,
        `sidebar at ${String(sidebar.x)}, article ends at ${String(article.x + article.width)}`,
      );
      assert.ok(
        toc.x + toc.width <= article.x,
        `"On this page" ends at ${String(toc.x + toc.width)}, article at ${String(article.x)}`,
      );
      // `CUSTGROUP != "<company>"` and `(…) && (…)` inside Arabic sentences: left to right, isolated.
      const code = await page.$$eval('.content code', (elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element);
          return `${element.textContent}: ${style.direction} ${style.unicodeBidi}`;
        }),
      );
      assert.deepEqual(code, [
        '(INTERCOMPANYORDER == "") && (SALESORDERNUMBER != ""): ltr isolate',
        'CUSTGROUP != "<company>": ltr isolate',
      ]);
      // "…licensed under Creative Commons Attribution 4.0 International.": its full stop after the licence's name.
      const [stop, licence] = await page.$eval('.attribution p[data-source-article]', (p) => {
        const rect = (node: Node, start: number, end: number) => {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, end);
          const { left, right } = range.getBoundingClientRect();
          return { left, right };
        };
        const last = p.lastChild as Text;
        const link = [...p.querySelectorAll('a[rel~="license"]')].at(-1);
        const text = [...(link?.childNodes ?? [])].find(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
        ) as Text;
        const end = text.textContent.trimEnd().length;
        return [rect(last, last.length - 1, last.length), rect(text, end - 1, end)];
      });
      assert.ok(
        stop.left >= licence.right,
        `the full stop at ${String(stop.left)}, the licence's last letter ends at ${String(licence.right)}`,
      );
      // An Arabic word finds the page; its result is Arabic and right to left inside the box's English, its
      // excerpt too (not read in the direction of its first letter, as the site's own sentences are).
      await page.getByRole('searchbox', { name: 'Search' }).fill('المزدوجة');
      const result = page.locator('.search-result').first();
      await result.waitFor({ timeout: 20_000 });
      assert.deepEqual(
        [await result.getAttribute('lang'), await result.getAttribute('dir')],
        ['ar-SA', 'rtl'],
      );
      const excerpt = result.locator('.search-excerpt');
      assert.notEqual(await excerpt.evaluate((p) => getComputedStyle(p).unicodeBidi), 'plaintext');
      // At 320 px, nothing scrolls sideways.
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(url);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    },
    { viewport: { width: 1280, height: 900 } },
  );
});
