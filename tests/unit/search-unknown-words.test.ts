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
import { partTerms } from '../support/query-plan.ts';

const availability = new Vocabulary(
  buildVocabulary([
    'Perform a planned manual failover of an availability group. The secondary replica becomes the primary replica.',
    'Remove a secondary replica from an availability group after a failover. Failure of the primary replica after a disaster, over time.',
    'Prerequisites: the maximum number of secondary replicas is eight. Limit on the number of availability groups.',
    'Responding to the catastrophic failure of the main data center. Decide how many replicas to read from.',
  ]),
);

const terms = (query: string, vocabulary = availability) => partTerms(planQuery(query, vocabulary));

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

test('two typed words the index holds as one also search the joined word: "fail over" finds failover', () => {
  // Before: "over" is a stop word, so "fail over" was searched as "fail", which never meets the pages' "failover".
  assert.deepEqual(terms('fail over to a secondary replica'), [
    ['failover', 'fail over'],
    ['secondary'],
    ['replica'],
  ]);
  const backup = new Vocabulary(
    buildVocabulary([
      'Backup of a VM.',
      'Backup policy: back up daily.',
      'Backup items.',
      'Go back to the list.',
    ]),
  );
  assert.deepEqual(terms('back up a VM', backup)[0], ['backup', 'back up']);
  assert.equal(
    planQuery('fail over', availability).all,
    null,
    'one part: the joined word and the words as typed',
  );
});

test('a joined word rarer than its words (a script name, a URL) is not what the reader typed', () => {
  // "secondaryreplica" in one page's code is no reader's "secondary replica", which every page says.
  const scripts = new Vocabulary(
    buildVocabulary([
      'The secondary replica.',
      'Each secondary replica joins.',
      'A secondary replica: $secondaryreplica = Get-Replica.',
    ]),
  );
  assert.deepEqual(terms('secondary replica', scripts), [['secondary'], ['replica']]);
  // Nor a word and a lone letter (what "user's" leaves), nor a stop word joined to a word.
  const users = new Vocabulary(buildVocabulary(['Users and groups.', 'Add users.', 'A user.']));
  assert.deepEqual(terms("a user's groups", users), [['user'], ['groups']]);
});
