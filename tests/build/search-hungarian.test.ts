/**
 * Hungarian pages built and searched in Chromium, as Dynamics-365-Operations.hu-hu's supply-chain/procurement
 * says them. A reader's slip past a word's first letters (`rendelsé` for `rendelést`) was "found" by Pagefind,
 * which, finding no index word that starts with it, searched its longest start an index word has ("re" of
 * "január 10-re") and showed that page, its "10-re" marked, with no correction offered.
 * The same build holds Get-AzEventHub's pages, Dynamics 365 Commerce's in Icelandic (versions, tab sets), and an
 * Azure Pipelines page (corrections shown as typed, real words never "corrected" to others).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildWith } from '../support/build-fixture.ts';
import { inBrowser, searchFor } from '../support/search-site.ts';

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

// Dynamics 365 Commerce's articles in Icelandic (Dynamics-365-Operations.is-is, commerce/dev-itpro), shortened:
// adyen-connector.md lists the POS versions in tabs, one a tab, a note after them; two other pages name 10.0.16.
const icelandic = (title: string, order: number, body: string) =>
  `---\ntitle: ${title}\ndescription: ${title}.\norder: ${order}\nupdated: 2020-01-02\nauthor: fixture\nlang: is-IS\n---\n\n${body}\n`;
const versionTab = (version: string, lowest: string, highest: string) =>
  `# [${version}](#tab/${version.replaceAll('.', '-')})\n### Dynamics 365 Retail POS útgáfa ${version}\n| Lágmarks Adyen fastbúnaðarútgáfa | Hámarks Adyen fastbúnaðarútgáfa |\n| --- | --- |\n| ${lowest} | ${highest} |\n`;
const commerce = {
  'content/adyen-connector.md': icelandic(
    'Yfirlit Dynamics 365 Payment Connector fyrir Adyen',
    30,
    '## Studdar útgáfur\n\n### Microsoft Dynamics 365 studdar útgáfur\n\n' +
      'Dynamics 365 Payment Connector fyrir Adyen er studdur í Microsoft Dynamics 365 Finance útgáfa 8.1.3 (janúar 2019) eða síðar, og í Microsoft Dynamics 365 Retail útgáfu 8.1.3 eða nýrri.\n\n' +
      '### Styður Adyen vélbúnaðarútgáfur\n\nListinn hér að neðan lýsir lágmarks- og hámarksútgáfum Adyen vélbúnaðar sem eru studdar fyrir hverja útgáfu af Microsoft Dynamics 365 Retail POS.\n\n---\n\n' +
      [
        ['10.0.25', 'adyen_v1_71p16', 'adyen_v1_73p6'],
        ['10.0.26', 'adyen_v1_73p6', 'adyen_v1_75p13'],
        ['10.0.27', 'adyen_v1_73p6', 'adyen_v1_75p13'],
        ['10.0.28', 'adyen_v1_73p6', 'adyen_v1_75p22'],
        ['10.0.29', 'adyen_v1_71p16', 'adyen_v1_78p6'],
        ['10.0.30', 'adyen_v1_71p16', 'adyen_v1_78p6'],
      ]
        .map(([version, lowest, highest]) => versionTab(version ?? '', lowest ?? '', highest ?? ''))
        .join('\n') +
      '\n---\n\n> [!NOTE]\n> Adyen gæti gefið út minniháttar útgáfuuppfærslur eftir að Microsoft hefur prófað helstu útgáfuna, útgáfur 10.0.11 til 10.0.14.\n\n' +
      '### Stuðlar greiðslustöðvar\n\nGreiðslustöðvar Adyen.',
  ),
  'content/pos-app-signing-certificate.md': icelandic(
    'Undirrita MPOS .appx skrána með kóða undirritunarvottorði',
    31,
    '## Endurnýjaðu sjálfstætt undirritað skírteini\n\nEkki nota sýnishornsvottorðið sem er til í Retail SDK fyrir framleiðslu. Sýnishornsvottorðið sem fylgir Retail SDK útgáfu 10.0.16 eða eldri mun renna út 31. desember 2020.',
  ),
  'content/abandoned-cart-sample-app.md': icelandic(
    'Sýnishorn af yfirgefinni körfu',
    32,
    '## Fáðu kóðasýnishornið\n\nForritið fyrir sýnishorn af körfutengi er innifalið í Retail SDK frá og með útgáfu 10.0.16.\n\n> [!NOTE]\n> Þótt sýnishornskóðinn hafi fyrst verið gerður aðgengilegur í útgáfu 10.0.16, þá er hann samhæfur við útgáfu 10.0.13 og síðari smíði Retail Server.',
  ),
};

// azure-devops-docs' docs/pipelines, shortened: words a reader's real words are near ("stack" for "stuck").
const pipelines = {
  'content/pipeline-agents.md': `---\ntitle: Pipeline agents\ndescription: Agents that run pipeline jobs.\norder: 40\nupdated: 2020-01-02\nauthor: fixture\n---\n\n## Read-only routing\n\nA job being queued waits for an agent of the pool. Agents run on a technology stack; show their capabilities.\n\n## Scheduled triggers\n\nScheduled triggers run the pipeline on a schedule.\n`,
};

const build = await buildWith({
  ...files,
  ...cmdlets,
  ...commerce,
  ...pipelines,
});

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
