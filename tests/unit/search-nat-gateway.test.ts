/**
 * Pages shaped like Azure's NAT gateway articles (blind trial 13): a reader's speed for the pages' throughput,
 * and the heading of a page chosen by the parts its title does not already name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { rankSubResults } from '../../src/search/results.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
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
