/**
 * Hungarian pages built and searched in Chromium, as Dynamics-365-Operations.hu-hu's supply-chain/procurement
 * says them. A reader's slip past a word's first letters (`rendelsé` for `rendelést`) was "found" by Pagefind,
 * which, finding no index word that starts with it, searched its longest start an index word has ("re" of
 * "január 10-re") and showed that page, its "10-re" marked, with no correction offered.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtSite, inBrowser, searchFor } from '../support/search-site.ts';

const page = (title: string, order: number, body: string) =>
  `---\ntitle: ${title}\ndescription: ${title}.\norder: ${order}\nupdated: 2020-01-02\nauthor: fixture\nlang: hu-HU\n---\n\n${body}\n`;

// troubleshoot-purchaseorders.md and sealed-bidding.md, shortened.
const files = {
  'content/troubleshoot-purchaseorders.md': page(
    'Beszerzési rendelések hibaelhárítása',
    10,
    'Ez a témakör azt mutatja be, hogyan lehet javítani a beszerzési rendelések használata során felmerülő problémákat. ' +
      'Hozzon létre egy beszerzési rendelést.\n\n## Érvényességi dátum\n\n' +
      'Ha a hatályosság dátumát 2018. január 10-re vagy 2018. január 12-re szeretné módosítani, akkor a következő hibaüzenet jelenik meg.',
  ),
  'content/sealed-bidding.md': page(
    'Lezárt ajánlattétel',
    11,
    'A lezárt ajánlattételhez használt kulcstartóknak a következő követelményeknek kell megfelelniük. ' +
      'Ha tesztkörnyezetet használ, akkor külön kulcsra van szükség. Minden kulcstartót kizárólag a lezárt ajánlathoz kell használni. ' +
      'Az ajánlatkérés egy ajánlatkérési folyamat.',
  ),
};

// A PlatyPS module page listing its cmdlets, and one cmdlet's page (azure-docs-powershell.it-IT's Az.EventHub).
const cmdlets = {
  'content/az-eventhub.md': `---\ntitle: Az.EventHub Module\ndescription: The Event Hubs cmdlets.\norder: 20\nupdated: 2020-01-02\nauthor: fixture\n---\n\n## Az.EventHub Cmdlets\n\n### [Get-AzEventHub](get-azeventhub.md)\n\nGets an Event Hub. Get-AzEventHub lists them; Get-AzEventHub filters them.\n\n### [Get-AzEventHubKey](get-azeventhub.md)\n\nGets the keys.\n`,
  'content/get-azeventhub.md': `---\ntitle: Get-AzEventHub\ndescription: Gets the details of a single Event Hub, or lists Event Hubs.\norder: 21\nupdated: 2020-01-02\nauthor: fixture\n---\n\n## Syntax\n\n\`\`\`\nGet-AzEventHub -ResourceGroupName <String> -Namespace <String>\n\`\`\`\n\n## Description\n\nThe Get-AzEventHub cmdlet returns the details of an Event Hub. ${'It returns the namespace and its settings. '.repeat(40)}\n`,
};

const { build, dist } = builtSite('search-hungarian', { ...files, ...cmdlets });

test('in the search box of a Hungarian page, a slip is corrected to the word the pages hold', async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(dist, async (tab, base) => {
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
  await inBrowser(dist, async (tab, base) => {
    await tab.goto(`${base}/privacy/`);
    const found = await searchFor(tab, 'Get-AzEventHub');
    assert.equal(found.titles[0], 'Get-AzEventHub', `${found.status} ${found.titles.join(', ')}`);
  });
});
