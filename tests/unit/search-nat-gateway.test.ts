/**
 * Pages shaped like Azure's NAT gateway articles (blind trial 13): a reader's speed for the pages' throughput,
 * and the heading of a page chosen by the parts its title does not already name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partRarity, planQuery, type ScoredPage } from '../../src/search/plan.ts';
import { rankSubResults } from '../../src/search/results.ts';
import { Vocabulary, buildVocabulary, pagefindWordsAt } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const natGateway = new Vocabulary(
  buildVocabulary([
    'Design virtual networks with NAT gateway. Performance: each NAT gateway can provide up to 50 Gbps of throughput. Limitations.',
    'What is Virtual Network NAT? Performance: a NAT gateway does not affect the network bandwidth of your compute resources.',
    'Manage NAT gateway: remove a NAT gateway from an existing subnet.',
  ]),
);

test('speed, on no page, is searched by throughput, bandwidth and performance, not dropped', () => {
  const plan = planQuery('nat gateway max speed', natGateway);
  assert.deepEqual(plan.dropped, [], 'no "No page has speed"');
  assert.deepEqual(partTerms(plan).at(-1), ['throughput', 'bandwidth', 'performance']);
});

test("the words a page's title names choose none of its headings: the section naming the reader's other words comes first", () => {
  const sub = (title: string, score: number) => ({
    title,
    url: `/nat-gateway-resource/#${title.toLowerCase().replaceAll(' ', '-')}`,
    excerpt: '',
    weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }],
  });
  const parts = partTerms(planQuery('nat gateway max speed', natGateway));
  const headings = [
    sub('Connect to the internet with NAT gateway', 4),
    sub('Performance', 2),
    sub('Limitations', 1),
  ];
  assert.deepEqual(
    rankSubResults(headings, parts, 'Design virtual networks with NAT gateway').map(
      (heading) => heading.title,
    ),
    ['Performance', 'Limitations', 'Connect to the internet with NAT gateway'],
  );
  // Where the title names none of them, a heading naming more parts still comes first.
  assert.equal(
    rankSubResults(headings, parts, 'Overview')[0]?.title,
    'Connect to the internet with NAT gateway',
  );
});

test("a page's heading links weigh each query part by how rare it is on the site, in the heading and in its section's text", () => {
  const plan = planQuery(
    'what happens to passive ftp with multiple public ips',
    new Vocabulary(
      buildVocabulary([
        'Troubleshoot NAT gateway connectivity. NAT gateway public IP not being used for outbound traffic. Other transient outbound connectivity issues: passive FTP happens to fail with multiple public IPs.',
      ]),
    ),
  );
  // The pages each part's terms find, of 27: "public IP" is on nearly all of them, "passive" and "ftp" on one.
  const pages = (count: number): ScoredPage[] =>
    Array.from({ length: count }, (_, index) => ({ id: `page${index}`, score: 1 }));
  const holding: Record<string, number> = {
    happens: 3,
    passive: 1,
    ftp: 1,
    multiple: 7,
    public: 21,
    ips: 21,
  };
  const found = new Map(
    plan.parts.flatMap((part) =>
      part.alternatives.map(({ term }) => [term, pages(holding[term] ?? 0)] as const),
    ),
  );
  const rarity = partRarity(plan, found, 27);
  const at = (word: string) => plan.parts.findIndex((part) => part.alternatives[0]?.term === word);
  assert.ok((rarity[at('passive')] ?? 0) > 4 * (rarity[at('public')] ?? 0), 'rare words weigh more');
  // The empty section's own heading names "public IP"; the other section's text holds the rest of the question.
  const content =
    'NAT gateway public IP not being used for outbound traffic. Other transient outbound connectivity issues. Passive FTP happens to fail with multiple public IPs.';
  const all = content.split(' ');
  const words = pagefindWordsAt(content, all.keys());
  const where = (...matched: string[]) =>
    all.flatMap((word, index) => (matched.includes(word.replace(/\W/g, '').toLowerCase()) ? [index] : []));
  const sub = (title: string, locations: number[]) => ({
    title,
    url: `/troubleshoot-nat-connectivity/#${title.toLowerCase().replaceAll(' ', '-')}`,
    excerpt: '',
    locations,
    weighted_locations: locations.map((location) => ({ weight: 1, balanced_score: 1, location })),
  });
  const headings = [
    sub('NAT gateway public IP not being used for outbound traffic', where('public', 'ip').slice(0, 2)),
    sub(
      'Other transient outbound connectivity issues',
      where('passive', 'ftp', 'happens', 'multiple', 'ips'),
    ),
  ];
  const parts = partTerms(plan);
  assert.equal(
    rankSubResults(headings, parts, 'Troubleshoot NAT gateway connectivity', { weights: rarity, words })[0]
      ?.title,
    'Other transient outbound connectivity issues',
  );
  // A heading naming a rare part still comes before a section whose text holds only common ones.
  assert.equal(
    rankSubResults(
      [sub('Multiple public IPs', where('ips')), sub('Passive FTP', [])],
      parts,
      'Troubleshoot NAT gateway connectivity',
      { weights: rarity, words },
    )[0]?.title,
    'Passive FTP',
  );
});

test("the words at a page's match locations are those Pagefind numbers, read only up to the last one", () => {
  const split = (text: string) =>
    text.includes('\u200b') ? text.split('\u200b') : text.split(/[^\S\uFEFF]+/);
  for (const text of [
    ' lead\tNAT  gateway\u00a0public\uFEFFIP\nnot\u2003used ',
    'passive FTP',
    '公共\u200bIP\u200b地址',
  ]) {
    const words = split(text);
    assert.deepEqual([...pagefindWordsAt(text, words.keys())], [...words.entries()], text);
  }
  assert.deepEqual([...pagefindWordsAt('a b c d', [1, 9])], [[1, 'b']], 'a location past the text is none');
});
