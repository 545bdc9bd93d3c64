import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  dropLeadingTitle,
  exactMatches,
  parseExcerpt,
  headingMatches,
  rankSubResults,
  sectionCounts,
  sectionsOf,
  titledFirst,
  toResultView,
  visibleSections,
} from '../../src/search/results.ts';

test('an excerpt splits into plain and <mark>ed runs', () => {
  assert.deepEqual(parseExcerpt('see the Microsoft <mark>Trust</mark> <mark>Center</mark> - Compliance.'), [
    { text: 'see the Microsoft ', marked: false },
    { text: 'Trust', marked: true },
    { text: ' ', marked: false },
    { text: 'Center', marked: true },
    { text: ' - Compliance.', marked: false },
  ]);
});

test('only <mark> survives: other tags are dropped and never become markup', () => {
  const parts = parseExcerpt('a <img src=x onerror=alert(1)><script>alert(1)</script><mark>b</mark>');
  assert.deepEqual(parts, [
    { text: 'a alert(1)', marked: false },
    { text: 'b', marked: true },
  ]);
});

test("the excerpt shows the page's text: Pagefind writes only < and > as &lt; and &gt;", () => {
  // The page shows <script> & "x" &amp; &#60; (Pagefind leaves & as written).
  assert.deepEqual(parseExcerpt('&lt;script&gt; <mark>&amp;</mark> &quot;x&quot; &#60;'), [
    { text: '<script> ', marked: false },
    { text: '&amp;', marked: true },
    { text: ' &quot;x&quot; &#60;', marked: false },
  ]);
});

test('a page showing the text "&lt;b&gt;" shows it in the excerpt too, its "<i>" as <i> (red team 23)', () => {
  // Pagefind's content of a page whose visible text is: Write &lt;b&gt; or <i> to mark text.
  const content = 'Entities. Write &lt;b&gt; or <i> to mark text.';
  const excerpt = 'Write &lt;b&gt; or &lt;i&gt; to <mark>mark</mark> text.';
  assert.deepEqual(parseExcerpt(excerpt, content, [6]), [
    { text: 'Write &lt;b&gt; or <i> to ', marked: false },
    { text: 'mark', marked: true },
    { text: ' text.', marked: false },
  ]);
  // What Pagefind's search gave in Chromium for a page built of `alpha &amp;lt;b&amp;gt; … &lt;i&gt; … &amp;amp;`.
  assert.deepEqual(
    parseExcerpt(
      'Ent page. Write alpha &lt;b&gt; beta and gamma &lt;i&gt; delta and amp &amp; <mark>zebra</mark> end.',
      'Ent page. Write alpha &lt;b&gt; beta and gamma <i> delta and amp &amp; zebra end.',
      [13],
    )
      .map((part) => part.text)
      .join(''),
    'Ent page. Write alpha &lt;b&gt; beta and gamma <i> delta and amp &amp; zebra end.',
  );
  // The same words twice, "<b>" once and "&lt;b&gt;" once: the run holding the matched word is read.
  const twice = 'Use <b> here. Use &lt;b&gt; here.';
  assert.deepEqual(parseExcerpt('… Use &lt;b&gt; <mark>here.</mark>', twice, [5]), [
    { text: '… Use &lt;b&gt; ', marked: false },
    { text: 'here.', marked: true },
  ]);
  assert.deepEqual(parseExcerpt('Use &lt;b&gt; <mark>here.</mark> …', twice, [2]), [
    { text: 'Use <b> ', marked: false },
    { text: 'here.', marked: true },
    { text: ' …', marked: false },
  ]);
});

test('a result keeps its title and URL, and only heading sub-results with an anchor', () => {
  const view = toResultView({
    url: '/security/?highlight=security',
    excerpt: '<mark>Security.</mark>',
    meta: { title: 'Security' },
    sub_results: [
      { title: 'Security', url: '/security/?highlight=security', excerpt: '' },
      {
        title: 'Service-level security',
        url: '/security/?highlight=security#service-level-security',
        excerpt: '',
      },
      { title: 'Further reading', url: '/security/?highlight=security#further-reading', excerpt: '' },
    ],
  });
  assert.equal(view.title, 'Security');
  assert.equal(view.url, '/security/?highlight=security');
  assert.deepEqual(
    view.headings.map((h) => h.url),
    ['/security/?highlight=security#service-level-security', '/security/?highlight=security#further-reading'],
  );
});

test('a page found by its title alone shows its description, not the text after the title (a banner)', () => {
  // Dynamics-365-Operations.hu-hu: every page starts with one banner include, which was the excerpt.
  const data = {
    url: '/purchase-order-overview/?highlight=rendel%C3%A9s',
    excerpt:
      '<mark>Beszerzési</mark> <mark>rendelések</mark> áttekintése. Important. Dynamics 365 for Finance and Operations is now',
    meta: {
      title: 'Beszerzési rendelések áttekintése',
      description: 'Ez a cikk a beszerzési rendeléseket ismerteti.',
    },
  };
  assert.deepEqual(toResultView(data).excerpt, [
    { text: 'Ez a cikk a beszerzési rendeléseket ismerteti.', marked: false },
  ]);
  // Found in its text too: Pagefind's excerpt, as before.
  const inText = { ...data, excerpt: 'Hozzon létre egy <mark>rendelést</mark> most.' };
  assert.deepEqual(
    toResultView(inText).excerpt.map((part) => part.text),
    ['Hozzon létre egy ', 'rendelést', ' most.'],
  );
  // No description: what is left after the title.
  const bare = { ...data, meta: { title: data.meta.title } };
  assert.match(
    toResultView(bare)
      .excerpt.map((part) => part.text)
      .join(''),
    /^Important\. Dynamics 365/,
  );
});

test('a result without a title falls back to its URL, and headings are capped', () => {
  const sub = (n: number) => ({ title: `H${n}`, url: `/p/#h${n}`, excerpt: '' });
  const view = toResultView(
    { url: '/p/', excerpt: '', meta: {}, sub_results: [1, 2, 3, 4, 5].map(sub) },
    [],
    3,
  );
  assert.equal(view.title, '/p/');
  assert.deepEqual(
    view.headings.map((h) => h.title),
    ['H1', 'H2', 'H3'],
  );
});

test('section counts follow the sidebar order, unknown sections last', () => {
  const counts = sectionCounts({ section: { Privacy: 1, Zeta: 2, Security: 3, Overview: 0 } }, [
    'Overview',
    'Security',
    'Privacy',
  ]);
  assert.deepEqual(counts, [
    { section: 'Overview', count: 0 },
    { section: 'Security', count: 3 },
    { section: 'Privacy', count: 1 },
    { section: 'Zeta', count: 2 },
  ]);
  assert.deepEqual(sectionCounts(undefined), []);
});

test('section buttons: those with results, the busiest few in sidebar order, and the chosen one at zero', () => {
  const counts = [
    { section: 'Overview', count: 0 },
    { section: 'Security', count: 1 },
    { section: 'Privacy', count: 3 },
    { section: 'Compliance', count: 2 },
  ];
  assert.deepEqual(
    visibleSections(counts, null).map((s) => s.section),
    ['Security', 'Privacy', 'Compliance'],
  );
  assert.deepEqual(
    visibleSections(counts, 'Overview').map((s) => s.section),
    ['Overview', 'Security', 'Privacy', 'Compliance'],
  );
  assert.deepEqual(
    visibleSections(counts, null, 2).map((s) => s.section),
    ['Privacy', 'Compliance'],
  );
  assert.deepEqual(visibleSections([{ section: 'A', count: 0 }], null), []);
});

test('an excerpt that starts with the page title starts after it, marks kept', () => {
  const parts = [
    { text: 'Privacy', marked: true },
    { text: '. For information about ', marked: false },
    { text: 'privacy', marked: true },
    { text: ' in Defender.', marked: false },
  ];
  assert.deepEqual(dropLeadingTitle(parts, 'Privacy'), [
    { text: 'For information about ', marked: false },
    { text: 'privacy', marked: true },
    { text: ' in Defender.', marked: false },
  ]);
  assert.deepEqual(dropLeadingTitle(parts, 'Privacy at Microsoft'), parts, 'a different start is kept whole');
  assert.deepEqual(
    dropLeadingTitle([{ text: 'Privacy policies are…', marked: false }], 'Privacy'),
    [{ text: 'Privacy policies are…', marked: false }],
    'a title word that runs on into the text is not the title',
  );
});

test("a page's headings are ranked by the query words each names, then by match strength, then page order", () => {
  const sub = (title: string, score: number) => ({
    title,
    url: `/p/#${title.toLowerCase().replaceAll(' ', '-')}`,
    excerpt: '',
    weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }],
  });
  const ranked = rankSubResults(
    [
      { title: 'Page', url: '/p/', excerpt: '' },
      sub('Monitor your incidents and alerts', 9),
      sub('Alert severity', 1),
      sub('Next steps', 3),
    ],
    [['alert'], ['severity']],
  );
  assert.deepEqual(
    ranked.map((heading) => heading.title),
    ['Alert severity', 'Monitor your incidents and alerts', 'Next steps'],
  );
});

test("a query part searched by synonyms counts once for a heading, by its best-named term's share of words", () => {
  const sub = (title: string) => ({
    title,
    url: `/p/#${title.toLowerCase().replaceAll(' ', '-')}`,
    excerpt: '',
  });
  // "mount ADF UX": ADF is also searched as the long form the pages define for it.
  const parts = [['mount'], ['adf', 'azure data factory'], ['ux']];
  const ranked = rankSubResults(
    [sub('How to mount your Azure Data Factory'), sub('Mount from ADF UX')],
    parts,
  );
  assert.deepEqual(
    ranked.map((heading) => heading.title),
    ['Mount from ADF UX', 'How to mount your Azure Data Factory'],
    'three parts named, against two (the long form named in full is still one part)',
  );
  assert.equal(headingMatches('Azure Data Factory pipelines', [['adf', 'azure data factory']]), 1);
  assert.equal(headingMatches('Azure Data Lake', [['adf', 'azure data factory']]), 2 / 3);
});

test("between headings naming as many of the query's words, the one with the words as written comes first", () => {
  // A blind trial on SupportArticles-docs group policy: "Member Of restricted group portion".
  const sub = (title: string) => ({
    title,
    url: `/p/#${title.toLowerCase().replaceAll(' ', '-')}`,
    excerpt: '',
  });
  const parts = [['member'], ['restricted'], ['group'], ['portion']];
  const ranked = rankSubResults(
    [
      sub('Use the Members restricted group portion of policy'),
      sub('Use the Member Of restricted group portion of policy'),
    ],
    parts,
  );
  assert.equal(ranked[0]?.title, 'Use the Member Of restricted group portion of policy');
  assert.equal(exactMatches('Use the Members restricted group portion', parts), 3);
});

test('the page whose title is the query comes first, the others in their order', () => {
  const view = (title: string) => ({ title, url: `/${title}/`, excerpt: [], headings: [] });
  const views = [view('Az.EventHub Module'), view('New-AzEventHub'), view('Get-AzEventHub')];
  assert.deepEqual(
    titledFirst(views, 'get-azeventhub').map((entry) => entry.title),
    ['Get-AzEventHub', 'Az.EventHub Module', 'New-AzEventHub'],
  );
  assert.deepEqual(
    titledFirst(views, 'event hub').map((entry) => entry.title),
    ['Az.EventHub Module', 'New-AzEventHub', 'Get-AzEventHub'],
  );
});

test('the page whose title is the query as corrected comes first (blind trial 13: "what is virtual netwrok nat")', () => {
  const view = (title: string) => ({ title, url: `/${title}/`, excerpt: [], headings: [] });
  const views = [
    view('Design virtual networks with NAT gateway'),
    view('Tutorial: Migrate outbound access to Azure Virtual Network NAT'),
    view('What is Virtual Network NAT?'),
  ];
  assert.deepEqual(
    titledFirst(views, 'what is virtual netwrok nat', 'what is virtual network nat').map(
      (entry) => entry.title,
    ),
    [
      'What is Virtual Network NAT?',
      'Design virtual networks with NAT gateway',
      'Tutorial: Migrate outbound access to Azure Virtual Network NAT',
    ],
  );
});

/**
 * Pagefind's data for a page shaped like the brief's repro of adyen-connector.md (Dynamics 365 Commerce, is-is):
 * `## Versions`, a tab set of two tabs (each a label heading, then `### Heading one`/`two` and a word), `---`, then
 * a word after the set. Places count words: Versions 0, One 1, Heading one 2-3, Alpha 4, Two 5, Heading two
 * 6-7, Beta 8, Zebracorn 9; the set's element starts at 1, its end marker at 9 (where the next word is).
 */
function tabbedPage(matches: number[], title = 'Tabs'): Parameters<typeof toResultView>[0] {
  const anchor = (element: string, id: string, location: number, text = '') => ({
    element,
    id,
    location,
    text,
  });
  return {
    url: '/tabs/?highlight=word',
    excerpt: '',
    meta: { title },
    anchors: [
      anchor('h2', 'versions', 0, 'Versions'),
      anchor('div', 'learn-tabs-1', 1),
      anchor('section', 'learn-tab-1-1-panel', 1),
      anchor('h3', 'tabset-1-tab-1', 1, 'One'),
      anchor('h3', 'heading-one', 2, 'Heading one'),
      anchor('section', 'learn-tab-1-2-panel', 5),
      anchor('h3', 'tabset-1-tab-2', 5, 'Two'),
      anchor('h3', 'heading-two', 6, 'Heading two'),
      anchor('div', 'learn-tabs-1-end', 9),
    ],
    weighted_locations: matches.map((location) => ({ weight: 1, balanced_score: 10, location })),
    locations: matches,
    // Pagefind's own sections: the word after the set under the last tab's heading.
    sub_results: [
      {
        title: 'Heading two',
        url: '/tabs/?highlight=word#heading-two',
        excerpt: '',
        locations: matches,
      },
    ],
  };
}

test("a match after a tab set is under the heading above the set, not the last tab's (adyen-connector, is-is)", () => {
  const after = sectionsOf(tabbedPage([9]));
  assert.deepEqual(
    after.map((section) => [section.title, section.url, section.locations]),
    [['Versions', '/tabs/?highlight=word#versions', [9]]],
  );
  assert.deepEqual(toResultView(tabbedPage([9])).headings, [
    { title: 'Versions', url: '/tabs/?highlight=word#versions' },
  ]);
  // A match inside a tab keeps its heading; one before the set and one after are one section.
  assert.deepEqual(
    sectionsOf(tabbedPage([0, 4, 8, 9])).map((section) => [section.title, section.locations]),
    [
      ['Versions', [0, 9]],
      ['Heading one', [4]],
      ['Heading two', [8]],
    ],
  );
});

test("a match after a tab set at the top of a page is the page's, and a page without tab sets keeps Pagefind's sections", () => {
  const top = tabbedPage([9]);
  top.anchors = (top.anchors ?? []).filter((anchor) => anchor.id !== 'versions');
  assert.deepEqual(
    sectionsOf(top).map((section) => [section.title, section.url]),
    [['Tabs', '/tabs/?highlight=word']],
  );
  assert.deepEqual(toResultView(top).headings, [], 'the result itself links to the page');
  // A heading right after the set (at the place its end marker has, listed in any order) is the section there.
  const next = tabbedPage([9]);
  next.anchors = [{ element: 'h2', id: 'next', location: 9, text: 'Next' }, ...(next.anchors ?? [])];
  assert.deepEqual(
    sectionsOf(next).map((section) => section.url),
    ['/tabs/?highlight=word#next'],
  );
  const plain = tabbedPage([9]);
  plain.anchors = (plain.anchors ?? []).filter((anchor) => !anchor.id.startsWith('learn-tabs-'));
  assert.deepEqual(sectionsOf(plain), plain.sub_results);
});

test("a match after a tab set inside another set's tab is under the outer tab's heading", () => {
  const anchor = (element: string, id: string, location: number, text = '') => ({
    element,
    id,
    location,
    text,
  });
  // `## Setup`, a set whose first tab holds `### Windows`, a set of its own, then a word; then the outer set's end.
  const nested = {
    url: '/nested/',
    excerpt: '',
    meta: { title: 'Nested' },
    anchors: [
      anchor('h2', 'setup', 0, 'Setup'),
      anchor('div', 'learn-tabs-1', 1),
      anchor('h3', 'windows', 2, 'Windows'),
      anchor('div', 'learn-tabs-2', 3),
      anchor('h4', 'arm', 3, 'Arm'),
      anchor('div', 'learn-tabs-2-end', 5),
      anchor('div', 'learn-tabs-1-end', 7),
    ],
    weighted_locations: [4, 6, 8].map((location) => ({ weight: 1, balanced_score: 1, location })),
  };
  assert.deepEqual(
    sectionsOf(nested).map((section) => [section.url, section.locations]),
    [
      ['/nested/#setup', [8]],
      ['/nested/#windows', [6]],
      ['/nested/#arm', [4]],
    ],
  );
});
