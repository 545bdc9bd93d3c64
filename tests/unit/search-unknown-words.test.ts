/**
 * Words the pages do not use, and words whose meaning is in their stop words: what a blind trial on SQL
 * Server's availability groups (sql-docs, 20 articles) lost. "switchover", "evict" and "outage" were dropped
 * with nothing in their place, and "how many" (two stop words) lost the question's point. The pages are
 * shaped like that folder's articles; the queries are its readers' kinds, not its queries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';

const availability = new Vocabulary(
  buildVocabulary([
    'Perform a planned manual failover of an availability group. The secondary replica becomes the primary replica.',
    'Remove a secondary replica from an availability group. Failure of the primary replica after a disaster.',
    'Prerequisites: the maximum number of secondary replicas is eight. Limit on the number of availability groups.',
    'Responding to the catastrophic failure of the main data center. Decide how many replicas to read from.',
  ]),
);

const terms = (query: string, vocabulary = availability) =>
  planQuery(query, vocabulary).parts.map((part) => part.alternatives.map((alternative) => alternative.term));

test('switchover searches failover, evict searches remove, outage searches failure and disaster', () => {
  // Before: each was dropped ("No page has switchover"), leaving "secondary replica", which every page holds.
  assert.deepEqual(terms('switchover to secondary replica'), [['failover'], ['secondary'], ['replica']]);
  assert.deepEqual(terms('evict secondary replica')[0], ['remove']);
  assert.deepEqual(terms('outage failover'), [['failure', 'disaster'], ['failover']]);
  assert.deepEqual(planQuery('evict secondary replica', availability).dropped, []);
});

test('"how many" searches maximum, limit and number before its stop words drop out', () => {
  // Before: both words were stop words and the question became "secondary replicas availability group".
  assert.deepEqual(terms('how many secondary replicas can an availability group have')[0], [
    'how many',
    'maximum',
    'limit',
    'number',
  ]);
  // Only the targets the index holds: a folder that never says "maximum" or "limit" searches "number" alone.
  const counts = new Vocabulary(buildVocabulary(['The number of phone numbers each license gives.']));
  assert.deepEqual(terms('how many phone numbers', counts)[0], ['number']);
});
