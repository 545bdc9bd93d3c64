/**
 * Synonyms that generalise to folders nobody tuned on: a mapping counts only when its target is in the index,
 * the hardware words IT folders say either way, and a word typed twice counting once. The pages are shaped
 * like windowsserverdocs' storage-spaces articles (a blind trial's folder), the queries its readers' kinds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const storage = new Vocabulary(
  buildVocabulary([
    'Removing servers in Storage Spaces Direct. Remove a node from the cluster with Remove-ClusterNode.',
    'Storage resync: after a server restarts, the cluster resyncs its volumes. Drive symmetry considerations.',
    'Hardware requirements: each server needs memory for the cache. Choose drives: NVMe, SSD or HDD.',
  ]),
);

const terms = (query: string) => partTerms(planQuery(query, storage));

test('a reader word mapped to a word these pages never use is not lost: its other targets the index holds search', () => {
  // Before: "decommission" was searched as Defender's "offboard" only, which no storage page says.
  const plan = planQuery('decommission a node', storage);
  assert.deepEqual(plan.all, 'remove node');
  assert.deepEqual(terms('decommission a node')[0], ['remove']);
});

test('a synonym the index lacks is not searched; a word whose synonyms are all missing is left to correction', () => {
  // "rebuild" (not in the pages) is searched by "resync", which they say, not by "repair", which they do not.
  assert.deepEqual(terms('rebuild after reboot')[0], ['resync']);
  const defender = new Vocabulary(buildVocabulary(['Offboard a device. Onboard devices.']));
  // No target of "decommission" but "offboard" is in this index: that mapping still holds.
  assert.deepEqual(
    planQuery('decommission device', defender).parts[0]?.alternatives.map((a) => a.term),
    ['offboard'],
  );
});

test('disk and drive, host and server and node, RAM and memory, specs and requirements search as each other', () => {
  assert.deepEqual(terms('disk sizes')[0], ['drive']);
  assert.deepEqual(terms('another host')[0], ['node', 'server']);
  assert.deepEqual(terms('RAM for cache')[0], ['memory']);
  assert.deepEqual(terms('minimum specs')[0], ['requirement']);
  // The reader's own word, when the pages hold it, comes first at full weight.
  assert.deepEqual(planQuery('server memory', storage).parts[0]?.alternatives, [
    { term: 'server', weight: 1 },
    { term: 'node', weight: 0.8 },
  ]);
});

test('a word typed twice is one part of the query, not two', () => {
  const plan = planQuery('survive a drive and a node failing in a 2 node cluster', storage);
  const first = plan.parts.map((part) => part.alternatives[0]?.term);
  assert.equal(first.filter((term) => term === 'node').length, 1);
  assert.equal(plan.all?.split(' ').filter((word) => word === 'node').length, 1);
});

test('build and release words readers type otherwise: timer, cron, sign-off, prod, runner, glossary, speed up', () => {
  // Shaped like azure-devops-docs' docs/pipelines: "run pipeline on a timer" had found the retention page
  // ("retention timer") first, "sign-off before release to prod" no approvals page at all.
  const pipelines = new Vocabulary(
    buildVocabulary([
      'Scheduled triggers: a schedule runs the pipeline. The retention timer deletes old runs.',
      'Approvals and checks: approve a deployment to production. Agents and agent pools.',
      'Key concepts and terms. Improve performance: faster builds with caching.',
    ]),
  );
  const termsIn = (query: string) => partTerms(planQuery(query, pipelines));
  assert.deepEqual(termsIn('pipeline timer')[1], ['timer', 'schedule', 'scheduled']);
  assert.deepEqual(
    termsIn('cron')[0],
    ['schedule', 'scheduled'],
    'a word the pages lack: its synonyms alone',
  );
  assert.deepEqual(termsIn('sign-off to prod'), [
    ['approval', 'approvals', 'approve'],
    ['prod', 'production'],
  ]);
  assert.deepEqual(termsIn('build runner')[1], ['agent']);
  assert.deepEqual(termsIn('pipelines glossary')[1], ['concepts', 'terms'], 'those the index holds');
  assert.deepEqual(termsIn('speed up builds')[0], ['faster', 'performance']);
});
