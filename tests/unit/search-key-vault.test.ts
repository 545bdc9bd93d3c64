/**
 * Pages shaped like Azure Key Vault's articles (blind trial 23, MicrosoftDocs/azure-docs articles/key-vault/general:
 * soft-delete, networking, throttling, monitoring): a reader's abbreviation the right page never writes (`vnet`,
 * the pages' "virtual network"), a question whose point is its stop word's phrase ("how long", a period), and what
 * a reader speeds up, the pages' throughput.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const keyVault = new Vocabulary(
  buildVocabulary([
    'Soft-delete retention period: deleted secrets are retained for a period of 7 to 90 days.',
    'Soft-delete on by default: deleted vaults stay recoverable for a long time, which some organizations cannot allow.',
    'Virtual network service endpoints restrict access to a virtual network and IPv4 address ranges.',
    'Integrate with Private Link: the private endpoint uses a private IP address from your VNet.',
    'Alerts: the aggregation period, the duration of a window and the time to evaluate.',
    'Throttling guidance: maximize your throughput; performance metrics of a vault.',
  ]),
);

const terms = (query: string) => partTerms(planQuery(query, keyVault));

test('vnet also searches virtual network', () => {
  // Before: `vnet` alone, which only the pages saying "VNet" in passing hold, not the one on service endpoints.
  assert.deepEqual(terms('vnet service endpoints'), [
    ['vnet', 'virtual network'],
    ['service'],
    ['endpoints'],
  ]);
});

test('"how long" searches period, duration and time before its stop word drops out', () => {
  // Before: "how" dropped out and "long" was searched alone, so the page saying "a long time" in passing ranked
  // above the one on the retention period.
  assert.deepEqual(terms('how long are deleted secrets kept'), [
    ['period', 'duration', 'time'],
    ['deleted'],
    ['secrets'],
    ['retention', 'retained'],
  ]);
  // "long" without "how" is the reader's own word.
  assert.deepEqual(terms('long term retention')[0], ['long']);
});

test('"speed up" also searches throughput, as "speed" does', () => {
  // Before: faster, performance and optimize, so a FAQ saying "performance" ranked above the throttling guide.
  assert.deepEqual(terms('speed up key vault requests')[0], ['performance', 'throughput']);
});
