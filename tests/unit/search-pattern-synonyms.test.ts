/**
 * Words readers type for the pages' own, on pages shaped like Azure's cloud design patterns (blind trial 12):
 * ssl for the pages' TLS, bursty and surge for their spikes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { synonymsOf } from '../../src/search/synonyms.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const patterns = new Vocabulary(
  buildVocabulary([
    'Gatekeeper pattern: use a secure communication channel like HTTPS, Secure Sockets Layer (SSL), or Transport Layer Security (TLS). Related: Gateway Offloading pattern.',
    'Gateway Offloading pattern: offload shared functionality to a gateway proxy, such as client-facing TLS certificate termination, provisioned for peak traffic.',
    'Queue-Based Load Leveling pattern: a queue acts as a buffer to smooth intermittent heavy loads and spikes in demand.',
    'Throttling pattern: throttle when a burst in activity is sudden, limiting the resources a tenant can use.',
  ]),
);

const termsOf = (query: string) => partTerms(planQuery(query, patterns));

test('ssl also searches tls, the word the page on offloading TLS termination uses, and the reverse', () => {
  const [ssl, offload] = termsOf('ssl offload');
  assert.ok(ssl?.includes('tls'), JSON.stringify(ssl));
  assert.deepEqual(offload, ['offload']);
  assert.ok(termsOf('tls termination')[0]?.includes('ssl'));
  assert.deepEqual(synonymsOf('ssl'), ['tls']);
});

test('bursty (read as burst) and surge find the page on spikes; only the words the index holds are searched', () => {
  const plan = planQuery('smooth bursty traffic', patterns);
  assert.deepEqual(plan.dropped, []);
  const burst = partTerms(plan)[1] ?? [];
  assert.ok(burst.includes('spike'), JSON.stringify(partTerms(plan)));
  assert.ok(!burst.includes('surge'), 'surge is on no page: not searched');
  assert.ok(termsOf('traffic surge').some((part) => part.includes('spike') && part.includes('burst')));
});
