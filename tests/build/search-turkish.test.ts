/**
 * Turkish pages built and searched in Chromium, as cpp-docs.tr-tr's docs/build/reference says them: a word
 * starting with İ is found typed with İ, with i and in capitals, a word typed in capitals (I is ı in Turkish)
 * finds the page's lower-case word, and a link to a heading starting with İ goes to Learn's id for it.
 * The pages are in tests/support/language-site.ts: one build, shared with the other languages' search tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { articleLinks, readPage } from '../support/built-site.ts';
import { languageSite } from '../support/language-site.ts';
import { inBrowser, searchFor } from '../support/search-site.ts';

const build = await languageSite();

test('the Turkish pages build: a link to a heading starting with İ names its id as Learn does', () => {
  assert.equal(build.status, 0, build.output);
  const arch = readPage('/arch-x86/', pathToFileURL(`${build.dist}/`));
  assert.match(arch, /<h2 id="ilgili-içerik"/);
  const hrefOf = (text: string) =>
    articleLinks(arch)
      .filter((link) => link.text === text)
      .map((link) => decodeURIComponent(link.href));
  assert.deepEqual(hrefOf('ilgili içerik'), ['#ilgili-içerik']);
  assert.deepEqual(hrefOf('işlem adımları'), ['/eh-model/#işlem-adımları']);
  assert.match(readPage('/eh-model/', pathToFileURL(`${build.dist}/`)), /<h2 id="işlem-adımları"/);
});

test('in the search box of a Turkish page, words with İ and words typed in capitals find their page', async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(build.dist, async (tab, base) => {
    await tab.goto(`${base}/arch-x86/`);
    for (const [query, title] of [
      ['İyileştirici', '/arch (x86)'],
      ['iyileştirici', '/arch (x86)'],
      ['İYİLEŞTİRİCİ', '/arch (x86)'],
      ['İlgili', '/arch (x86)'],
      ['AÇIKLAYICI', '/EH (Özel durum işleme modeli)'],
      ['YIKICILAR', '/EH (Özel durum işleme modeli)'],
    ] as const) {
      const found = await searchFor(tab, query);
      assert.match(found.status, new RegExp(`^1 result for “${query}”`), query);
      assert.deepEqual(found.titles, [title], query);
    }
  });
});
