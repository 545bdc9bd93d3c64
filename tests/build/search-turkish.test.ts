/**
 * Turkish pages built and searched in Chromium, as cpp-docs.tr-tr's docs/build/reference says them: a word
 * starting with İ is found typed with İ, with i and in capitals, a word typed in capitals (I is ı in Turkish)
 * finds the page's lower-case word, and a link to a heading starting with İ goes to Learn's id for it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { articleLinks, readPage } from '../support/built-site.ts';
import { buildWith } from '../support/build-fixture.ts';
import { inBrowser, searchFor } from '../support/search-site.ts';

const page = (title: string, order: number, body: string) =>
  `---\ntitle: ${title}\ndescription: ${title}.\norder: ${order}\nupdated: 2020-01-02\nauthor: corob-msft\nlang: tr-TR\n---\n\n${body}\n`;

// arch-x86.md, eh-exception-handling-model.md and return-value-of-cl-exe.md, shortened.
const files = {
  'content/arch-x86.md': page(
    '/arch (x86)',
    10,
    'İyileştirici ne zaman ve nasıl SSE ve SSE2 yönergelerini kullanın seçtiği zaman **/arch** belirtilir.\n\n' +
      'Bkz. [ilgili içerik](#ilgili-içerik) ve [işlem adımları](eh-model.md#işlem-adımları).\n\n' +
      '## İlgili içerik\n\nDerleyici seçenekleri.',
  ),
  'content/eh-model.md': page(
    '/EH (Özel durum işleme modeli)',
    11,
    'Derleyici, tüm yerel nesneleri Yıkıcılar otomatik olarak çağrı özel durum filtreleri bırakır.\n\n' +
      '## İşlem adımları\n\nHatayla ilişkili açıklayıcı metni bulmak için hata değerini girin.',
  ),
};

/** The built site, kept to search it in a browser. */
const build = await buildWith(files);

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
