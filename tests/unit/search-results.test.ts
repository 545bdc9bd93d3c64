import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decodeEntities,
  dropLeadingTitle,
  exactMatches,
  parseExcerpt,
  headingMatches,
  rankSubResults,
  sectionCounts,
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

test('escaped text comes back as the characters the page shows', () => {
  assert.equal(
    decodeEntities('&lt;img&gt; &amp; &quot;x&quot; &#39;y&#x27; &unknown;'),
    '<img> & "x" \'y\' &unknown;',
  );
  assert.deepEqual(parseExcerpt('&lt;script&gt; <mark>&amp;</mark>'), [
    { text: '<script> ', marked: false },
    { text: '&', marked: true },
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
