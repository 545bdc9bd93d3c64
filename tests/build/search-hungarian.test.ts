/**
 * Hungarian pages built and searched in Chromium, as Dynamics-365-Operations.hu-hu's supply-chain/procurement
 * says them. A reader's slip past a word's first letters (`rendelsé` for `rendelést`) was "found" by Pagefind,
 * which, finding no index word that starts with it, searched its longest start an index word has ("re" of
 * "január 10-re") and showed that page, its "10-re" marked, with no correction offered.
 * The same build holds Get-AzEventHub's pages, Dynamics 365 Commerce's in Icelandic (versions, tab sets), and an
 * Azure Pipelines page (corrections shown as typed, real words never "corrected" to others).
 * The pages are in tests/support/language-site.ts: one build, shared with the other languages' search tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageSite } from '../support/language-site.ts';
import { inBrowser, searchFor } from '../support/search-site.ts';

const build = await languageSite();

test('in the search box of a Hungarian page, a slip is corrected to the word the pages hold', async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(build.dist, async (tab, base) => {
    await tab.goto(`${base}/sealed-bidding/`);
    for (const [query, corrected, title] of [
      ['rendelsé', 'rendelést', 'Beszerzési rendelések hibaelhárítása'],
      ['kulcstató', 'kulcstartót', 'Lezárt ajánlattétel'],
      ['ajánlatkérs', 'ajánlatkérés', 'Lezárt ajánlattétel'],
    ] as const) {
      const found = await searchFor(tab, query);
      assert.equal(found.status, `1 result for “${query}”. Showing results for “${corrected}”.`, query);
      assert.deepEqual(found.titles, [title], query);
    }
    // A form of a page's word, typed right, is searched as typed.
    const form = await searchFor(tab, 'rendelésen');
    assert.equal(form.status, '1 result for “rendelésen”.');
  });
});

test("a page whose name is the query comes first (a cmdlet's, below its module page before)", async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(build.dist, async (tab, base) => {
    await tab.goto(`${base}/privacy/`);
    const found = await searchFor(tab, 'Get-AzEventHub');
    assert.equal(found.titles[0], 'Get-AzEventHub', `${found.status} ${found.titles.join(', ')}`);
  });
});

test('a version number finds the pages that hold it, not those with other versions (10.0.16, 8.1.3)', async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(build.dist, async (tab, base) => {
    await tab.goto(`${base}/adyen-connector/`);
    // Its numbers alone had found first the page listing ten other 10.0 versions, and for 8.1.3 every page.
    const version = await searchFor(tab, '10.0.16');
    assert.deepEqual(
      version.titles.toSorted(),
      ['Sýnishorn af yfirgefinni körfu', 'Undirrita MPOS .appx skrána með kóða undirritunarvottorði'],
      version.status,
    );
    const firmware = await searchFor(tab, '8.1.3');
    assert.deepEqual(
      firmware.titles,
      ['Yfirlit Dynamics 365 Payment Connector fyrir Adyen'],
      firmware.status,
    );
  });
});

test("a match after a tab set links to the heading above the set, one inside a tab to the tab's heading", async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(build.dist, async (tab, base) => {
    await tab.goto(`${base}/adyen-connector/`);
    /** The heading links of the first result for `query`, each its fragment. */
    const headingsFor = async (query: string) => {
      await searchFor(tab, query);
      const links = tab.locator('#search-results .search-result').first().locator('.search-headings a');
      return (await links.evaluateAll((found) => found.map((link) => (link as HTMLAnchorElement).hash))).map(
        decodeURIComponent,
      );
    };
    // The note after the version tabs: under "Styður Adyen vélbúnaðarútgáfur", not the last tab's heading (whose
    // link opens that tab, where the note is not).
    assert.deepEqual(await headingsFor('minniháttar'), ['#styður-adyen-vélbúnaðarútgáfur']);
    // The last tab's own text stays under its heading, and the link opens that tab.
    assert.deepEqual(await headingsFor('78p6'), [
      '#dynamics-365-retail-pos-útgáfa-10029',
      '#dynamics-365-retail-pos-útgáfa-10030',
    ]);
    await tab.locator('#search-results .search-headings a[href$="10030"]').click();
    await tab.waitForURL(/10030$/);
    await tab.getByRole('heading', { name: 'Dynamics 365 Retail POS útgáfa 10.0.30' }).waitFor();
    assert.equal(
      await tab.getByRole('tab', { name: '10.0.30' }).getAttribute('aria-selected'),
      'true',
      'the link into the tab shows it',
    );
  });
});

test('a correction is shown as typed, and a real word the pages lack is left out, not read as another', async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(build.dist, async (tab, base) => {
    await tab.goto(`${base}/pipeline-agents/`);
    const routing = await searchFor(tab, 'read-only routnig');
    assert.match(routing.status, /Showing results for “read-only routing”\.$/, 'its hyphen kept');
    assert.equal(routing.titles[0], 'Pipeline agents');
    // "stuck" is no slip for the page's "stack" (u and a are far apart), nor "bring" for "being" (a stop word).
    for (const word of ['stuck', 'bring']) {
      const found = await searchFor(tab, `${word} agent`);
      assert.equal(
        found.status,
        `1 result for “${word} agent”. No page has ${word}: showing results without it.`,
        word,
      );
    }
    const slip = await searchFor(tab, 'schedueld triggers');
    assert.match(slip.status, /Showing results for “scheduled triggers”\.$/);
  });
});
