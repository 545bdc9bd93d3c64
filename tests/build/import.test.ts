/** A Learn folder imported and built: every sentence and link of its files is on the site, its syntax rendered. */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LEARN_BASE, LEARN_FOLDER, UPSTREAM } from '../../src/consts.ts';
import { resolveLearnLink } from '../../src/lib/learn-links.ts';
import { buildWith, readTree } from '../support/build-fixture.ts';
import { importCommand } from '../support/run-import.ts';
import { toText } from 'hast-util-to-text';
import { articleLinks, articleText, normalise, pageLinks, readPage } from '../support/built-site.ts';
import { child, parseXml } from '../support/atom.ts';
import { byTag, findElements } from '../support/html.ts';
import { JS_BUDGET, weighPage, type PageWeight } from '../support/page-weight.ts';
import { tempDir } from '../support/temp-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// A copy of the Learn folder, so a sentence can change between two imports.
const LEARN = tempDir('import-learn-');
cpSync(join(ROOT, 'tests/fixtures/learn'), LEARN, { recursive: true });
const ARTICLES = ['widget-overview.md', 'widget-setup.md', 'docs-authoring/sort-redirects.md'];

/** Sentences and link targets of a Learn file as a reader meets them; includes read in place, links rebased. */
function learnProse(file: string, pageDir = dirname(file)): { sentences: string[]; links: string[] } {
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const sentences: string[] = [];
  const links: string[] = [];
  for (const line of body.split('\n')) {
    const include = /\[!INCLUDE \[[^\]]*\]\(([^)]+)\)\]/.exec(line);
    if (include) {
      const included = learnProse(resolve(dirname(file), include[1] ?? ''), pageDir);
      sentences.push(...included.sentences);
      links.push(...included.links);
      continue;
    }
    // Headings and tab labels, bookmarks, Learn's markers, a tab set's end.
    if (/^\s*(#|<a name|:::|> \[!|---\s*$)/.test(line)) continue;
    for (const match of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      const href = match[1] ?? '';
      links.push(/^(https?:|\/|#)/.test(href) ? href : relative(pageDir, resolve(dirname(file), href)));
    }
    const prose = line
      .replace(/:::image[^:]*:::/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*/g, '')
      .replace(/^\s*>?\s*([-*]\s+)?/, '');
    sentences.push(
      ...prose
        .split(/(?<=[.!?])\s+/)
        .map(normalise)
        .filter((sentence) => sentence !== ''),
    );
  }
  return { sentences, links };
}

// Import beside the site's own pages (as a maintainer would), then build a copy of the project with the result.
const imported = tempDir('import-build-');
cpSync(join(ROOT, 'content'), join(imported, 'content'), { recursive: true });
const importArticles = (...flags: string[]) =>
  importCommand([
    ...ARTICLES.map((file) => join(LEARN, file)),
    '--toc',
    join(LEARN, 'TOC.yml'),
    '--root',
    imported,
    ...flags,
  ]);
const importRun = await importArticles();
// Then the source changes one sentence and is imported again: the change goes to the changelog.
const CHANGED = join(LEARN, 'docs-authoring/sort-redirects.md');
writeFileSync(
  CHANGED,
  readFileSync(CHANGED, 'utf8').replace('Sort the redirects before', 'Always sort the redirects before'),
);
const reimportRun = await importArticles('--force');
const files = readTree(imported);
const pages = new Map<string, string>();
let feedXml = '';
let setupWeight: PageWeight | undefined;
const build = await buildWith(files, {
  inspect: (dir) => {
    setupWeight = weighPage(join(dir, 'dist'), '/widget-setup/');
    const dist = pathToFileURL(join(dir, 'dist/'));
    for (const slug of ['widget-overview', 'widget-setup', 'docs-authoring/sort-redirects', '', 'whats-new'])
      pages.set(slug, readPage(slug === '' ? '/' : `/${slug}/`, dist));
    feedXml = readFileSync(join(dir, 'dist/feed.xml'), 'utf8');
  },
});
const sitePages = new Set(
  Object.keys(files)
    .filter((path) => path.startsWith('content/') && /\.mdx?$/.test(path))
    .map((path) => path.slice(8).replace(/\.mdx?$/, '')),
);

test('the import, the import after a change and the build succeed', () => {
  assert.equal(importRun.status, 0, importRun.stdout + importRun.stderr);
  assert.equal(reimportRun.status, 0, reimportRun.stdout + reimportRun.stderr);
  assert.equal(build.status, 0, build.output);
});

test('the pages render from the content store read from its file, not bundled (src/integrations/data-store.ts)', () => {
  assert.match(build.output, /the content store is read from its file when pages render, not bundled/);
  // widget-setup is plain Markdown: its HTML is the store's.
  assert.match(pages.get('widget-setup') ?? '', /<h1[^>]*>/);
  assert.ok(articleText(pages.get('widget-setup') ?? '').length > 500);
});

for (const article of ARTICLES) {
  const slug = article.replace(/\.md$/, '');
  describe(`/${slug}/ carries ${article}`, () => {
    const html = pages.get(slug) ?? '';
    const text = articleText(html);
    const hrefs = articleLinks(html).map((link) => link.href);
    const source = learnProse(join(LEARN, article));

    for (const sentence of source.sentences) {
      test(`says: ${sentence}`, () => {
        assert.ok(text.includes(sentence), `"${sentence}" is not on /${slug}/:\n${text}`);
      });
    }
    for (const target of source.links) {
      const resolved = resolveLearnLink(target, {
        sitePages,
        learnBase: LEARN_BASE,
        learnFolder: LEARN_FOLDER,
        pageFile: `${slug}.md`,
      });
      test(`links to ${target} as ${resolved}`, () => {
        assert.ok(hrefs.includes(resolved), `no link to ${resolved}; has ${hrefs.join(', ')}`);
      });
    }
    test('has no inline style and no raw Learn markers', () => {
      assert.doesNotMatch(html, /\sstyle=/);
      assert.doesNotMatch(text, /:::|\[!/);
    });
  });
}

describe('folders kept', () => {
  test('docs-authoring/sort-redirects.md is /docs-authoring/sort-redirects/, its links resolved from its folder', () => {
    const html = pages.get('docs-authoring/sort-redirects') ?? '';
    const hrefs = articleLinks(html).map((link) => link.href);
    assert.ok(hrefs.includes('/widget-overview/'), hrefs.join(', '));
    assert.ok(hrefs.includes('/widget-overview/#choose-a-widget'), hrefs.join(', '));
    // Not imported, listed in the TOC: its Learn URL, in the same folder.
    assert.ok(
      hrefs.includes(`${LEARN_BASE}/${LEARN_FOLDER}/docs-authoring/merge-redirects`),
      hrefs.join(', '),
    );
  });

  test('the nested page is in the sidebar, current on its own page', () => {
    const links = pageLinks(pages.get('docs-authoring/sort-redirects') ?? '');
    assert.ok(
      links.some((link) => link.href === '/docs-authoring/sort-redirects/' && link.text === 'Sort redirects'),
    );
  });
});

describe('Learn syntax on the built pages', () => {
  test('the five alerts are callouts with a visible label, role="note" and an accessible name', () => {
    const html = pages.get('widget-overview') ?? '';
    for (const label of ['Note', 'Tip', 'Important', 'Caution', 'Warning']) {
      const [callout] = findElements(
        html,
        (element) =>
          element.tagName === 'div' &&
          String(element.properties['className']) === `callout,callout-${label.toLowerCase()}`,
      );
      assert.ok(callout, label);
      assert.equal(callout.properties['role'], 'note');
      assert.equal(callout.properties['ariaLabel'], label);
      const [title] = byTag(callout, 'p');
      assert.ok(title, label);
      assert.deepEqual(title.properties['className'], ['callout-title']);
      assert.equal(toText(title).trim(), label);
      assert.equal(byTag(title, 'svg')[0]?.properties['ariaHidden'], 'true');
    }
  });

  test('the <a name> bookmark is an anchor the in-page link lands on', () => {
    const html = pages.get('widget-overview') ?? '';
    assert.match(html, /<a id="choose"><\/a>/);
    assert.ok(articleLinks(html).some((link) => link.href === '#choose'));
  });

  test('each zone and moniker keeps its content under a label saying whom it is for', () => {
    const html = pages.get('widget-setup') ?? '';
    assert.match(
      html,
      /<p class="learn-zone-label">For desk:<\/p>\s*<p>Put the widget on the desk stand\.<\/p>/,
    );
    assert.match(
      html,
      /<p class="learn-zone-label">For widget-2 and later:<\/p>\s*<p>Widgets from version 2 have a second dial\.<\/p>/,
    );
  });

  test('a page with zones and a tab set runs at most the JavaScript budget at load', () => {
    assert.ok(setupWeight);
    assert.ok(
      pages.get('widget-setup')?.includes('role="tablist"'),
      'the page has a tab set as well as its zones',
    );
    assert.ok(setupWeight.jsBytes <= JS_BUDGET, `${setupWeight.jsBytes} B of JavaScript at load`);
  });

  test('images are figures with alt text, served from the site; the missing one shows its alt text', () => {
    const html = pages.get('widget-setup') ?? '';
    assert.match(
      html,
      /<figure class="learn-image"><img src="\/media\/widget-setup\/dial.svg" alt="The widget dial, set to zero\."/,
    );
    assert.match(
      html,
      /<img src="\/media\/widget-setup\/chart.svg" alt="A chart of signal strength against dial position\."[\s\S]*?<details>/,
    );
    assert.match(html, /<img src="\/media\/icons\/gear.svg" alt\b/);
    assert.match(
      html,
      /<figure class="learn-image learn-image-missing"><span class="image-missing">The back panel of the widget\.<\/span><\/figure>/,
    );
    assert.match(
      build.output,
      /widget-setup\.md:\d+: image "\/media\/widget-setup\/not-drawn-yet\.png" is not in public\//,
    );
  });

  test("the sidebar lists the imported pages in TOC order, after the site's own", () => {
    const labels = pageLinks(pages.get('') ?? '').map((link) => link.text);
    // Its TOC's "Overview" is labelled by its title: the site's home is "Overview" in the same list (twinLabels).
    const overview = labels.indexOf('Contoso widgets, an overview', labels.indexOf('Related resources'));
    assert.ok(
      overview > -1 && labels.indexOf('Set up', overview) > overview,
      `sidebar: ${labels.join(' | ')}`,
    );
  });
});

describe("a change in the source reaches What's new and the feed", () => {
  const summary = 'Changed the introduction.';
  const today = new Date().toISOString().slice(0, 10);

  test('the re-import logs the changed page only', () => {
    const logged = reimportRun.stdout.split('\n').filter((line) => line.includes('changelog'));
    assert.deepEqual(logged, [`  changelog content/docs-authoring/sort-redirects.md: ${summary}`]);
  });

  test("What's new lists the change with its date, linked to the page", () => {
    const items = findElements(pages.get('whats-new') ?? '', (node) => node.tagName === 'li').map((item) => ({
      text: normalise(toText(item)),
      hrefs: byTag(item, 'a').map((link) => String(link.properties['href'])),
    }));
    const change = items.find((item) => item.text.includes(summary));
    assert.ok(change, items.map((item) => item.text).join('\n'));
    assert.ok(change.hrefs.includes('/docs-authoring/sort-redirects/'), change.hrefs.join(', '));
    assert.ok(change.text.includes('Sort redirects: changed'), change.text);
  });

  test('the changed page names its source file on GitHub and the day it was imported, as the import recorded', () => {
    const [line] = findElements(
      pages.get('docs-authoring/sort-redirects') ?? '',
      (node) => node.tagName === 'p' && String(node.properties['className']).includes('page-source'),
    );
    assert.ok(line, 'no provenance line');
    const hrefs = byTag(line, 'a').map((link) => String(link.properties['href']));
    assert.ok(
      hrefs.includes(
        `https://github.com/${UPSTREAM.repository}/blob/${UPSTREAM.branch}/${LEARN_FOLDER}/docs-authoring/sort-redirects.md`,
      ),
      hrefs.join(', '),
    );
    assert.deepEqual(
      byTag(line, 'time').map((time) => time.properties['dateTime']),
      [today],
    );
  });

  test('the Atom feed has an entry for it, dated today', () => {
    const feed = parseXml(feedXml);
    const entry = child(feed, 'entry').find((item) => child(item, 'summary')[0]?.text === summary);
    assert.ok(entry, feedXml);
    assert.equal(child(entry, 'updated')[0]?.text.slice(0, 10), today);
    assert.ok(
      child(entry, 'link').some((link) =>
        link.attributes['href']?.endsWith('/docs-authoring/sort-redirects/'),
      ),
    );
  });
});
