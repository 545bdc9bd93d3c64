/** The search session against a stand-in Pagefind: how many searches a keystroke costs, what it keeps, what it drops. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PagefindResultData } from '@pagefind/component-ui';
import { whenReady, type Pagefind, type PagefindFound, type SearchEngine } from '../../src/search/engine.ts';
import { RecentCache, SearchSession } from '../../src/search/session.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';

/** A page of the stand-in index: its words and section. */
interface FakePage {
  id: string;
  section: string;
  words: string[];
}

/** Pages holding every word of the term (a word matches as a prefix, as in Pagefind), scored by matches. */
function fakeEngine(pages: readonly FakePage[], vocabulary: Vocabulary | null = null) {
  const searched: string[] = [];
  const preloaded: string[] = [];
  const searchedWithFilters: string[] = [];
  let sectionReads = 0;
  /** A term (with its section filter, when the search names one), as the calls list it. */
  const describe = (term: string | null, options: { filters?: Record<string, string[]> } = {}) => {
    const sections = options.filters?.['section'];
    return `${term ?? ''}${sections === undefined ? '' : ` in [${sections.join(', ')}]`}`;
  };
  const search = (term: string | null, options: { filters?: Record<string, string[]> } = {}) => {
    const sections = options.filters?.['section'];
    searchedWithFilters.push(describe(term, options));
    searched.push(`${term ?? ''}${sections?.length ? ` in ${sections.join(', ')}` : ''}`);
    // A quoted term is a phrase: its words stand together on the page.
    const phrase = /^".+"$/u.test(term ?? '');
    const wanted = (term ?? '').replace(/^"|"$/gu, '').split(' ').filter(Boolean);
    const matching = pages
      .map((page) => ({
        page,
        score: wanted.reduce((sum, word) => sum + page.words.filter((w) => w.startsWith(word)).length, 0),
        all: phrase
          ? page.words.join(' ').includes(wanted.join(' '))
          : wanted.every((word) => page.words.some((w) => w.startsWith(word))),
      }))
      .filter((entry) => entry.all)
      .sort((a, b) => b.score - a.score);
    const totalFilters: Record<string, Record<string, number>> = {
      section: Object.create(null) as Record<string, number>,
    };
    for (const { page } of matching) {
      const counts = totalFilters['section'] ?? {};
      counts[page.section] = (counts[page.section] ?? 0) + 1;
    }
    const found: PagefindFound = {
      results: matching
        .filter((entry) => !sections?.length || sections.includes(entry.page.section))
        .map(({ page, score }) => ({
          id: page.id,
          score,
          data: () => Promise.resolve({ url: `/${page.id}/`, excerpt: '', meta: { title: page.id } }),
        })),
      unfilteredResultCount: matching.length,
      // As Pagefind: a filter's counts only when the search names the filter.
      totalFilters: sections ? totalFilters : {},
    };
    return Promise.resolve(found);
  };
  const pagefind = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    preload: (term: string, options?: { filters?: Record<string, string[]> }) => {
      preloaded.push(describe(term, options));
      return Promise.resolve();
    },
    filters: () => Promise.resolve({}),
    mergeIndex: () => Promise.resolve(),
    search,
  } as unknown as Pagefind;
  const engine: SearchEngine = {
    pagefind,
    vocabulary,
    sections: () => {
      sectionReads++;
      return Promise.resolve(new Map(pages.map((page) => [page.id, page.section])));
    },
  };
  return {
    load: () => Promise.resolve(engine),
    searched,
    /** Each preload and each search, with the filters it names: a filter chunk loads only for a search naming it. */
    calls: () => ({ preloaded, searched: searchedWithFilters }),
    sectionReads: () => sectionReads,
    /** Makes index chunks load until `release` is called, as over a slow network. */
    slowChunks: () => {
      let release = () => {};
      const loaded = new Promise<void>((resolve) => (release = resolve));
      pagefind.preload = () => loaded;
      return () => {
        release();
      };
    },
  };
}

/** `count` pages holding both `encryption` and `key`, and a few with one of them. */
function site(count: number): FakePage[] {
  return [
    ...Array.from({ length: count }, (_, n) => ({
      id: `both-${n}`,
      section: n % 2 ? 'Privacy' : 'Security',
      words: ['encryption', 'key', ...Array<string>(n).fill('key')],
    })),
    { id: 'encryption-only', section: 'Privacy', words: ['encryption', 'encryption', 'encryption'] },
    { id: 'key-only', section: 'Security', words: ['key'] },
  ];
}

test('when every word finds a screenful of pages, a keystroke costs one Pagefind search', async () => {
  const fake = fakeEngine(site(8));
  const session = new SearchSession(fake.load);
  const outcome = await session.search({ query: 'encryption key', section: null, enough: 6 });
  assert.deepEqual(fake.searched, ['encryption key']);
  assert.equal(outcome?.pages.length, 8, 'pages holding only one of the words are left out');
  assert.equal(outcome.pages[0]?.id, 'both-7', "in Pagefind's order");
  assert.deepEqual({ ...outcome.sectionCounts }, { Security: 4, Privacy: 4 });
  assert.equal(fake.sectionReads(), 0, 'no search per section to count them');
});

test('when every word finds few pages, each word is searched and pages with some words follow', async () => {
  const fake = fakeEngine(site(2));
  const session = new SearchSession(fake.load);
  const outcome = await session.search({ query: 'encryption key', section: null, enough: 6 });
  assert.deepEqual(fake.searched, ['encryption key', 'encryption', 'key']);
  const ids = outcome?.pages.map((page) => page.id) ?? [];
  assert.deepEqual(ids.slice(0, 2).sort(), ['both-0', 'both-1']);
  assert.deepEqual(ids.slice(2).sort(), ['encryption-only', 'key-only']);
  assert.deepEqual({ ...outcome?.sectionCounts }, { Security: 2, Privacy: 2 });
});

test("a term's filter chunk loads with its index chunks: the preload names the search's filters", async () => {
  const fake = fakeEngine(site(10));
  const session = new SearchSession(fake.load);
  await session.search({ query: 'encryption key', section: null, enough: 6 });
  await session.search({ query: 'encryption key', section: 'Privacy', enough: 6 });
  const { preloaded, searched } = fake.calls();
  assert.deepEqual(searched, ['encryption key in []', 'encryption key in [Privacy]']);
  assert.deepEqual(preloaded, searched);
});

test('typing on into the next word does not search the earlier words again', async () => {
  const fake = fakeEngine(site(2));
  const session = new SearchSession(fake.load);
  for (const query of ['encryption', 'encryption k', 'encryption ke', 'encryption key']) {
    await session.search({ query, section: null, enough: 6 });
  }
  assert.equal(fake.searched.filter((term) => term === 'encryption').length, 1);
  // Back to an earlier query: nothing is searched again.
  const before = fake.searched.length;
  await session.search({ query: 'encryption k', section: null, enough: 6 });
  assert.equal(fake.searched.length, before);
});

test('a newer key overtakes a search before it costs a Pagefind call', async () => {
  const fake = fakeEngine(site(2));
  const session = new SearchSession(fake.load);
  const older = session.search({ query: 'encryption ke', section: null, enough: 6 });
  const newer = session.search({ query: 'encryption key', section: null, enough: 6 });
  assert.equal(await older, null);
  assert.ok((await newer)?.pages.length);
  assert.ok(!fake.searched.some((term) => term.endsWith('ke')), `searched: ${fake.searched.join(', ')}`);
});

test('a key typed while the index chunks load skips the older search, the costly part', async () => {
  const fake = fakeEngine(site(8));
  const release = fake.slowChunks();
  const session = new SearchSession(fake.load);
  const older = session.search({ query: 'encryption ke', section: null, enough: 6 });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const newer = session.search({ query: 'encryption key', section: null, enough: 6 });
  release();
  assert.equal(await older, null);
  assert.equal((await newer)?.pages.length, 8);
  assert.deepEqual(fake.searched, ['encryption key']);
});

test('a key the browser has queued runs before the search it makes stale: that search is never made', async () => {
  const fake = fakeEngine(site(8));
  let newer: Promise<unknown> | undefined;
  const yields: string[] = [];
  // The stand-in for a queued key: it is handled while the older search yields to it.
  const session: SearchSession = new SearchSession(fake.load, () => {
    yields.push(fake.searched.join(','));
    newer ??= session.search({ query: 'encryption key', section: null, enough: 6 });
    return Promise.resolve();
  });
  assert.equal(await session.search({ query: 'encryption ke', section: null, enough: 6 }), null);
  assert.ok(await newer);
  assert.deepEqual(fake.searched, ['encryption key']);
  assert.equal(yields[0], '', 'the yield comes before any Pagefind search');
});

test("a chosen section filters the results in Pagefind, and every section's count stays", async () => {
  const fake = fakeEngine(site(8));
  const session = new SearchSession(fake.load);
  const outcome = await session.search({ query: 'encryption key', section: 'Privacy', enough: 6 });
  assert.deepEqual(fake.searched, ['encryption key in Privacy']);
  assert.equal(outcome?.pages.length, 4);
  assert.deepEqual({ ...outcome.sectionCounts }, { Security: 4, Privacy: 4 });
  // Few pages: the per-word pages join, still only from the chosen section.
  const few = await new SearchSession(fakeEngine(site(2)).load).search({
    query: 'encryption key',
    section: 'Privacy',
    enough: 6,
  });
  assert.deepEqual(few?.pages.map((page) => page.id).sort(), ['both-1', 'encryption-only']);
  assert.deepEqual({ ...few.sectionCounts }, { Security: 2, Privacy: 2 });
});

test('a page an overtaken run is still fetching is waited for, not asked for again: a stale run asks nothing', async () => {
  const session = new SearchSession(fakeEngine(site(2)).load);
  const calls: string[] = [];
  let fetched = () => {};
  const fetch = new Promise<void>((resolve) => (fetched = resolve));
  /** A page whose data, as Pagefind's, works out its excerpt at each call once the one fetch has ended. */
  const page = (run: string) => ({
    id: 'page-1',
    data: async () => {
      await fetch;
      calls.push(run);
      return { url: '/page-1/', excerpt: run, meta: { title: 'Page 1' } } as unknown as PagefindResultData;
    },
  });
  let latest = 1;
  const first = session.pageData([page('first')], () => latest !== 1);
  latest = 2;
  const second = session.pageData([page('second')], () => latest !== 2);
  latest = 3;
  const third = session.pageData([page('third')], () => latest !== 3);
  fetched();
  assert.equal(await first, null);
  assert.equal(await second, null);
  assert.equal((await third)?.[0]?.excerpt, 'third');
  assert.deepEqual(calls, ['first', 'third'], 'the overtaken second run asked for no excerpt');
});

test('the recent cache keeps the most recently used entries and forgets a failed one', async () => {
  const cache = new RecentCache<Promise<string>>(2);
  const made: string[] = [];
  const get = (key: string, fail = false) =>
    cache.get(key, () => {
      made.push(key);
      return fail ? Promise.reject(new Error(key)) : Promise.resolve(key);
    });
  await get('a');
  await get('b');
  await get('a');
  await get('c');
  await get('a');
  await get('b');
  assert.deepEqual(made, ['a', 'b', 'c', 'b'], '"b" was the least recently used when "c" came');
  await assert.rejects(get('d', true));
  await get('d');
  assert.deepEqual(made.slice(-2), ['d', 'd']);
  assert.ok(cache.size <= 2);
});

test('the recent cache drops the least recently used entries while their weights exceed its budget', () => {
  const cache = new RecentCache<string>(16, 3000);
  for (const key of ['a', 'b', 'c']) {
    cache.get(key, () => key);
    cache.weigh(key, 1000);
  }
  cache.get('a', () => 'a again');
  cache.get('d', () => 'd');
  assert.equal(cache.size, 4, 'an entry not yet weighed weighs nothing');
  cache.weigh('d', 1000);
  assert.deepEqual(
    ['a', 'b', 'c', 'd'].filter((key) => cache.peek(key) !== undefined),
    ['a', 'c', 'd'],
    '"b", the least recently used, dropped',
  );
  cache.weigh('d', 5000);
  assert.deepEqual(
    ['a', 'c', 'd'].filter((key) => cache.peek(key) !== undefined),
    ['d'],
    'the entry weighed is kept, whatever its weight',
  );
});

test("a term's results on many pages leave fewer terms kept: the next key searches an older term again", async () => {
  const fake = fakeEngine(
    Array.from({ length: 1500 }, (_, n) => ({
      id: `page-${n}`,
      section: 'Security',
      words: ['encryption', 'key'],
    })),
  );
  const session = new SearchSession(fake.load);
  for (const query of ['encryption', 'key', 'encryption key', 'encryption']) {
    await session.search({ query, section: null, enough: 6 });
  }
  assert.deepEqual(fake.searched, ['encryption', 'key', 'encryption key', 'encryption']);
  const few = fakeEngine(site(8));
  const kept = new SearchSession(few.load);
  for (const query of ['encryption', 'key', 'encryption key', 'encryption']) {
    await kept.search({ query, section: null, enough: 6 });
  }
  assert.deepEqual(few.searched, ['encryption', 'key', 'encryption key'], 'few pages: all kept');
});

test("the engine is ready within a few milliseconds of Pagefind's WebAssembly, with a fixed number of probes", async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let readyAt = Infinity;
  let now = 0;
  let probes = 0;
  // As Pagefind: a call before the WebAssembly is ready checks again every 50 ms.
  const search = async () => {
    probes++;
    while (now < readyAt) await new Promise((resolve) => setTimeout(resolve, 50));
    return { results: [] };
  };
  const flush = async () => {
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
  };
  let readySeen: number | undefined;
  void whenReady({ search }).then(() => (readySeen = now));
  readyAt = 123;
  while (readySeen === undefined && now < 1000) {
    now++;
    t.mock.timers.tick(1);
    await flush();
  }
  assert.ok(readySeen !== undefined && readySeen - readyAt <= 5, `ready at ${readyAt}, seen at ${readySeen}`);
  assert.equal(probes, 12);
});

test("a section named like an object's own properties (__proto__, constructor) is counted as any other", async () => {
  const pages = ['__proto__', 'constructor', 'toString', '__proto__'].map((section, n) => ({
    id: `p${String(n)}`,
    section,
    words: ['key'],
  }));
  for (const enough of [1, 99]) {
    const fake = fakeEngine(pages);
    const outcome = await new SearchSession(fake.load).search({ query: 'key', section: null, enough });
    assert.deepEqual(Object.entries(outcome?.sectionCounts ?? {}).sort(), [
      ['__proto__', 2],
      ['constructor', 1],
      ['toString', 1],
    ]);
  }
});

test("a large site's partial vocabulary: a word it lacks is searched as typed when Pagefind holds it, else corrected", async () => {
  const pages: FakePage[] = [
    { id: 'firewall', section: 'Security', words: ['firewall', 'rules'] },
    { id: 'firewalk', section: 'Security', words: ['firewalk', 'tool'] },
  ];
  // The list keeps the commonest words; "firewalk", on one page, did not make it.
  const partial = new Vocabulary(['firewall', 'rules', 'tool'], [], false);
  const fake = fakeEngine(pages, partial);
  const session = new SearchSession(fake.load);
  const rare = await session.search({ query: 'firewalk', section: null, enough: 6 });
  assert.equal(rare?.plan.corrected, null, 'not "corrected" to the commoner "firewall"');
  assert.deepEqual(
    rare.pages.map((page) => page.id),
    ['firewalk'],
  );
  const slip = await session.search({ query: 'firewakl', section: null, enough: 6 });
  assert.equal(slip?.plan.corrected, 'firewall', 'a word Pagefind does not hold is still corrected');
  assert.deepEqual(
    slip.pages.map((page) => page.id),
    ['firewall'],
  );
  assert.deepEqual(fake.searched, ['firewalk', 'firewakl', 'firewall'], 'each unlisted word asked once');

  const complete = fakeEngine(pages, new Vocabulary(['firewall', 'rules', 'tool']));
  const listed = await new SearchSession(complete.load).search({ query: 'firewalk', section: null });
  assert.equal(listed?.plan.corrected, 'firewall', 'a complete list is trusted: no search to confirm');
  assert.deepEqual(complete.searched, ['firewall']);
});

test('on a page in another language Pagefind says whether it finds a word the vocabulary does not know', async () => {
  // Pagefind stems a Finnish page's `tilauksen` and a reader's `tilauksia` alike: the stand-in index holds the
  // pages' words as the reader types them, the vocabulary as the pages write them.
  const pages: FakePage[] = [
    { id: 'elimination-rules', section: 'General ledger', words: ['valitse', 'tilauksia', 'rivi'] },
    { id: 'accruals', section: 'General ledger', words: ['myyntitilaukset', 'laskusta'] },
  ];
  const vocabulary = new Vocabulary(['valitse', 'tilauksen', 'rivi', 'myyntitilauksen', 'laskusta']);
  const fake = fakeEngine(pages, vocabulary);
  const session = new SearchSession(fake.load);
  const finnish = (query: string) => session.search({ query, section: null, enough: 6, lang: 'fi-FI' });
  const order = await finnish('tilauksia');
  assert.equal(order?.plan.corrected, null, 'not shown as a slip for "tilauksen"');
  assert.deepEqual(
    order.pages.map((page) => page.id),
    ['elimination-rules'],
  );
  const orders = await finnish('myyntitilaukset');
  assert.equal(orders?.plan.corrected, null, 'not shown as a slip for "myyntitilauksen"');
  assert.deepEqual(
    orders.pages.map((page) => page.id),
    ['accruals'],
  );
  const slip = await finnish('valitsw');
  assert.equal(slip?.plan.corrected, 'valitse', 'a word Pagefind does not find is still corrected');
  await finnish('rivi');
  assert.deepEqual(
    fake.searched,
    ['tilauksia', 'myyntitilaukset', 'valitsw', 'valitse', 'rivi'],
    'one search more only for a word the vocabulary does not know; its results are kept',
  );

  const english = fakeEngine(pages, vocabulary);
  const dropped = await new SearchSession(english.load).search({
    query: 'yrityksiin',
    section: null,
    lang: 'en',
  });
  assert.deepEqual(dropped?.plan.dropped, ['yrityksiin'], 'on an English page a complete list is trusted');
  assert.deepEqual(english.searched, [], 'no search to confirm');
});

test('a word split into two index words no page holds together is dropped, not shown as a correction', async () => {
  // Blind trial 24 (Azure DDoS Protection): `cmdlet`, on no page, was split into "cmd let" (one page's
  // "Cmd+Shift+V", another's "Let's") and the reader read "Showing results for powershell cmd let".
  const pages: FakePage[] = [
    { id: 'cloud-shell', section: 'Security', words: ['paste', 'with', 'cmd', 'shift', 'powershell'] },
    { id: 'pricing', section: 'Security', words: ['let', 'us', 'assume', 'powershell'] },
    { id: 'smart-cards', section: 'Security', words: ['sign', 'in', 'with', 'a', 'smart', 'card'] },
  ];
  const words = ['powershell', 'paste', 'cmd', 'shift', 'let', 'assume', 'sign', 'smart', 'card'];
  const fake = fakeEngine(pages, new Vocabulary(words));
  const session = new SearchSession(fake.load);
  const cmdlet = await session.search({ query: 'powershell cmdlet', section: null });
  assert.equal(cmdlet?.plan.corrected, null);
  assert.deepEqual(cmdlet.plan.dropped, ['cmdlet']);
  assert.deepEqual(cmdlet.pages.map((page) => page.id).sort(), ['cloud-shell', 'pricing']);
  // A split whose words stand together on a page is the reader's: "smart card" for `smartcard`.
  const smartcard = await session.search({ query: 'smartcard sign', section: null });
  assert.equal(smartcard?.plan.corrected, 'smart card sign');
  assert.equal(smartcard.pages[0]?.id, 'smart-cards');
});
