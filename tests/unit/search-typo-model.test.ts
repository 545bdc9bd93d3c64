/**
 * What counts as a slip of the keyboard, and what a reader is shown. Pages shaped like azure-devops-docs'
 * docs/pipelines articles (a blind trial's folder): a real English word the index lacks ("stuck", "slow",
 * "bring") had been "corrected" to another index word ("stack", "show", "being"), where real slips (`agnet`,
 * `schedueld`, `routnig`) are of keys that touch, letters left out or swapped.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary, typoDistance } from '../../src/search/vocabulary.ts';

const pipelines = new Vocabulary(
  buildVocabulary([
    'Agents run jobs on a technology stack. A job being queued waits for an agent. Show the logs.',
    'Scheduled triggers run a pipeline. Read-only routing sends reads to a secondary replica.',
    'Being an agent in a pool. Defense in depth. Top of the page. Low priority jobs. Variable groups.',
    'Bing search. Extensive logs. Service connections store a password.',
  ]),
);

test('a substitution of two keys apart, or a letter typed beside none it slips from, costs more than a slip', () => {
  assert.equal(typoDistance('agnet', 'agent', 2), 1, 'two letters swapped');
  assert.equal(typoDistance('schedueld', 'scheduled', 2), 1);
  assert.equal(typoDistance('servcie', 'service', 2), 1);
  assert.equal(typoDistance('pipline', 'pipeline', 2), 1, 'a letter left out');
  assert.equal(typoDistance('wizzard', 'wizard', 2), 1, 'the same key twice');
  assert.equal(typoDistance('polocy', 'policy', 2), 1, 'o and i touch');
  assert.equal(typoDistance('defence', 'defense', 2), 1, 'c and s sound alike');
  assert.equal(typoDistance('stuck', 'stack', 2), 1.5, 'u and a are far apart');
  assert.equal(typoDistance('slow', 'show', 2), 1.5, 'l and h are far apart');
  assert.equal(typoDistance('slow', 'low', 2), 1.5, 'an s typed beside l and nothing it touches');
  assert.equal(typoDistance('kubernetes', 'firewall', 2), 3, 'past the bound it stops at bound + 1');
});

test('a real word the index lacks is not "corrected" to another by a far key or a stop word', () => {
  for (const word of ['stuck', 'slow', 'bring', 'stop']) {
    assert.equal(pipelines.correct(word), null, word);
  }
  const stuck = planQuery('why is my pipeline stuck waiting for an agent', pipelines);
  assert.equal(stuck.corrected, null);
  assert.deepEqual(stuck.dropped, ['stuck'], 'dropped and said so, never read as "stack"');
  const bring = planQuery('bring your own agent', pipelines);
  assert.equal(bring.corrected, null, 'not "being", a stop word, nor "bing"');
  assert.deepEqual(bring.dropped, ['bring']);
});

test('slips of keys that touch are still corrected', () => {
  for (const [typed, word] of [
    ['agnet', 'agent'],
    ['schedueld', 'scheduled'],
    ['routnig', 'routing'],
    ['varaible', 'variable'],
    ['passwrod', 'password'],
    ['defence', 'defense'],
  ] as const) {
    assert.equal(pipelines.correct(typed), word, typed);
  }
});

test('on a page in another language every letter counts alike: its keyboard is not known', () => {
  const swedish = new Vocabulary(buildVocabulary(['Stack och agent.']));
  assert.equal(swedish.correct('stuck', 'sv-SE'), 'stack');
  assert.equal(swedish.correct('stuck', 'en'), null);
});

test('"Showing results for" shows the query as typed, with only the corrected words changed', () => {
  assert.equal(planQuery('read-only routnig', pipelines).corrected, 'read-only routing');
  assert.equal(planQuery('Self-hosted Agnet', pipelines).corrected, 'Self-hosted Agent');
  assert.equal(planQuery('  VARAIBLE   groups ', pipelines).corrected, 'VARIABLE groups');
  assert.equal(
    planQuery("the agent's schedueld triggers", pipelines).corrected,
    "the agent's scheduled triggers",
  );
});
