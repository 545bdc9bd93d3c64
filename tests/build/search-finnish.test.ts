/**
 * Finnish pages built and searched in Chromium, as Dynamics-365-Operations.fi-fi's finance/general-ledger
 * says them: a word the pages write in one form (`tilauksen`, `myyntitilauksen`, `yrityksessä`) is found by
 * the other forms Pagefind's Finnish stemmer joins to it, never "No results" nor shown as a slip for the
 * pages' form (the English stemmer had judged them).
 * The pages are in tests/support/language-site.ts: one build, shared with the other languages' search tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageSite } from '../support/language-site.ts';
import { inBrowser, searchFor } from '../support/search-site.ts';

const build = await languageSite();

test('in the search box of a Finnish page, a word the pages write inflected finds its page as typed', async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(build.dist, async (tab, base) => {
    await tab.goto(`${base}/elimination-rules/`);
    for (const [query, title] of [
      // Near the pages' tilauksen, myyntitilauksen and laskusta: had been "corrected" to them.
      ['tilauksia', 'Eliminointisäännöt'],
      ['myyntitilaukset', 'Kirjanpidon jaksotukset'],
      ['laskuista', 'Kirjanpidon jaksotukset'],
      // Near no word of the pages: had been "No results".
      ['yrityksiin', 'Eliminointisäännöt'],
      ['kirjauskansioista', 'Eliminointisäännöt'],
      // A word of the page, as written.
      ['kirjauskansion', 'Eliminointisäännöt'],
    ] as const) {
      const found = await searchFor(tab, query);
      // Neither "No results for …", "No page has …" nor "Showing results for …".
      assert.equal(found.status, `1 result for “${query}”.`, query);
      assert.deepEqual(found.titles, [title], query);
    }
  });
});

test('a word of which the pages hold only a few first letters finds nothing, as it should', async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(build.dist, async (tab, base) => {
    await tab.goto(`${base}/elimination-rules/`);
    // Pagefind finds no index word starting with "kuntoutus" and searches its longest start an index word
    // has, "kun" ("Kun olet valinnut…"): the page was shown for a word it does not hold.
    const found = await searchFor(tab, 'kuntoutus');
    assert.equal(found.status, 'No results for “kuntoutus”.');
    assert.deepEqual(found.titles, []);
  });
});

test("a Finnish page's search sent on to /search/ searches the Finnish pages there, marked as Finnish", async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(build.dist, async (tab, base) => {
    await tab.goto(`${base}/elimination-rules/`);
    const box = await searchFor(tab, 'kirjauskansion');
    assert.deepEqual(box.titles, ['Eliminointisäännöt']);
    // Enter on the box's words opens the first result; the search page is where "See all results" leads.
    const more = tab.locator('#search-panel a', { hasText: 'See all' });
    const seeAll = new URL((await more.getAttribute('href')) ?? '', base);
    assert.equal(seeAll.searchParams.get('lang'), 'fi-FI');
    // The search page is the site's, in English: it had searched the English index only ("No results").
    await tab.goto(`${base}/search/?q=kirjauskansion&lang=fi-FI`);
    const page = await searchFor(tab, 'kirjauskansion');
    assert.equal(page.status, '1 result for “kirjauskansion”.');
    assert.deepEqual(page.titles, ['Eliminointisäännöt']);
    assert.equal(await tab.locator('#search-results .search-result').first().getAttribute('lang'), 'fi-FI');
    assert.equal(await tab.locator('html').getAttribute('lang'), 'en');
    // On an English page, a slip of a Finnish word is "corrected" by the site's vocabulary, every language's,
    // and the English pages hold none: no "Showing results for kirjauskansion" over no results.
    await tab.goto(`${base}/privacy/`);
    const slip = await searchFor(tab, 'kirjauskansoin');
    assert.equal(slip.status, 'No results for “kirjauskansoin”.');
    // Without a language it searches the site's pages, as before; a language tag that is none is left out.
    // A language the site has no index of is the site's too: its results are not marked Arabic (red team 12).
    for (const url of [
      '/search/?q=privacy',
      '/search/?q=privacy&lang=%3Cb%3E',
      '/search/?q=privacy&lang=ar',
    ]) {
      await tab.goto(`${base}${url}`);
      const english = await searchFor(tab, 'privacy');
      assert.ok(english.titles.includes('Privacy'), `${url}: ${english.titles.join(', ')}`);
      assert.equal(
        await tab.locator('#search-results .search-result').first().getAttribute('lang'),
        null,
        url,
      );
    }
  });
});

test("a word only another language's pages hold finds nothing, not pages matching a start of it", async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(build.dist, async (tab, base) => {
    // On the Swedish page: the English pages' "Defender" was searched in the Swedish index, which matched its
    // start "de" ("De flesta…") (azure-docs.sv-se, real-folder trial BE).
    await tab.goto(`${base}/soft-delete/`);
    assert.equal((await searchFor(tab, 'Defender')).status, 'No results for “Defender”.');
    assert.deepEqual((await searchFor(tab, 'inställningar')).titles, ['Mjuk borttagning']);
    // On an English page: the Swedish page's word was searched in the English index, which matched "in".
    await tab.goto(`${base}/privacy/`);
    assert.equal((await searchFor(tab, 'inställningar')).status, 'No results for “inställningar”.');
  });
});
