/** Every sentence and link target of the source article reaches the right page of the built site. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { SOURCE } from '../../src/consts.ts';
import { isContentPage, slugOfContentPath } from '../../src/lib/navigation.ts';
import { articleLinks, articleText, pageLinks, readPage } from '../support/built-site.ts';
import { readSourceArticle, type SourceSection } from '../support/source-article.ts';
import { byTag, findElements, textOf } from '../support/html.ts';

const source = readSourceArticle();
const sitePages = new Set(
  readdirSync(new URL('../../content/', import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter((file) => isContentPage(file))
    .map(slugOfContentPath),
);

/**
 * Where a link of the source article goes, worked out independently of the site's resolver: as Learn
 * publishes it (relative to the article's own URL, `.md` dropped), or this site's page of that name.
 */
function expectedHref(target: string): string {
  // Learn keeps the reader's locale (the article's first path segment) on root-relative links.
  const locale = new URL(SOURCE.url).pathname.split('/')[1] ?? '';
  const url = new URL(
    target.startsWith('/') && !target.startsWith('//') ? `/${locale}${target}` : target,
    SOURCE.url,
  );
  url.pathname = url.pathname.replace(/\.md$/, '');
  const name = url.pathname.split('/').at(-1) ?? '';
  const onSite = url.href.startsWith(new URL('.', SOURCE.url).href) && sitePages.has(name);
  return onSite ? `/${name}/${url.hash}` : url.href;
}
const pagePath = (heading: string) => `/${heading.toLowerCase().replace(/\s+/g, '-')}/`;
const allPages = ['/', ...source.sections.map((section) => pagePath(section.heading))];

function assertSectionOnPage(section: SourceSection, path: string) {
  const html = readPage(path);
  const text = articleText(html);
  const hrefs = articleLinks(html).map((link) => link.href);

  test(`${path} has the heading "${section.heading}" as its H1`, () => {
    assert.deepEqual(
      byTag(html, 'h1').map((h1) => textOf(h1)),
      [section.heading],
    );
  });

  for (const sentence of section.sentences) {
    test(`${path} says: ${sentence}`, () => {
      assert.ok(text.includes(sentence), `"${sentence}" is not in the article text of ${path}:\n${text}`);
    });
  }

  for (const target of section.links) {
    test(`${path} links to ${target}`, () => {
      const resolved = expectedHref(target);
      assert.ok(
        hrefs.includes(resolved),
        `${path} has no link to ${resolved} (source: ${target}); it has ${hrefs.join(', ')}`,
      );
      assert.match(resolved, /^https:\/\//, `${target} must leave the site for its https article`);
    });
  }
}

describe('the introduction is on the overview', () => {
  assertSectionOnPage(source.intro, '/');
});

for (const section of source.sections) {
  describe(`the ${section.heading} section`, () => {
    assertSectionOnPage(section, pagePath(section.heading));
  });
}

describe('front matter', () => {
  test('the overview carries the source description as its meta description', () => {
    const meta = findElements(
      readPage('/'),
      (element) => element.tagName === 'meta' && element.properties['name'] === 'description',
    );
    assert.deepEqual(
      meta.map((element) => element.properties['content']),
      [source.frontMatter['description']],
    );
  });

  test('root-relative Learn links resolve to learn.microsoft.com/en-us', () => {
    const learnLinks = source.sections
      .flatMap((section) => section.links)
      .filter((href) => href.startsWith('/'));
    assert.ok(learnLinks.length >= 3);
    for (const target of learnLinks) {
      const html = readPage(
        pagePath(source.sections.find((section) => section.links.includes(target))?.heading ?? ''),
      );
      assert.ok(
        articleLinks(html).some((link) => link.href === `https://learn.microsoft.com/en-us${target}`),
        target,
      );
    }
  });

  for (const path of allPages) {
    test(`${path} shows "Last updated" with ms.date ${source.frontMatter['ms.date']}`, () => {
      const [month, day, year] = (source.frontMatter['ms.date'] ?? '').split('/');
      const updated = findElements(
        readPage(path),
        (node) => node.tagName === 'time' && node.properties['dateTime'] === `${year}-${month}-${day}`,
      );
      assert.deepEqual(
        updated.map((time) => textOf(time)),
        ['May 31, 2024'],
      );
    });

    test(`${path} credits the source, Microsoft and the licence`, () => {
      const html = readPage(path);
      const hrefs = pageLinks(html).map((link) => link.href);
      assert.ok(hrefs.includes(SOURCE.url), 'links to the source article');
      assert.ok(hrefs.includes('https://creativecommons.org/licenses/by/4.0/'), 'links to CC BY 4.0');
      assert.ok(html.includes('© Microsoft'), 'says © Microsoft');
    });
  }
});
