/**
 * Pages shaped like Remote Desktop Services' troubleshooting articles (blind trial 18, MicrosoftDocs/SupportArticles-docs
 * support/windows-server/remote): a reader's `smartcard` for the pages' "smart card", `cap` and `popup` for their
 * limit and message, and `timeout`, which a page writes only inside `EnableTimeoutWarning` (Pagefind indexes a
 * camel-case word's parts too).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary, camelCaseParts } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const rds = new Vocabulary(
  buildVocabulary([
    "User can't sign in using a smart card. Users use smart cards for authentication.",
    'A black screen may appear while sign-in by using remote desktop.',
    'Frame rate is limited to 30 FPS in remote sessions. The maximum frame rate limit.',
    'Caps Lock key status is not synced to the client.',
    'Disable the warning message for idle remote desktop sessions: set EnableTimeoutWarning to 0.',
  ]),
);

test('a word typed as one that the pages write as two is searched as those two, where they stand together', () => {
  const plan = planQuery('smartcard sign in', rds);
  assert.deepEqual(plan.dropped, []);
  assert.equal(plan.corrected, 'smart card sign in');
  assert.deepEqual(plan.parts[0]?.alternatives, [{ term: 'smart card', weight: 1, within: '"smart card"' }]);
  // A word with a near index word is corrected as before, not split.
  assert.equal(planQuery('smrat card', rds).corrected, 'smart card');
  // Nor is a word split into a stop word and another (`the` + `card`): no page's phrase.
  assert.equal(rds.split('thecard'), null);
  assert.deepEqual(rds.split('capslock'), ['caps', 'lock']);
});

test("a reader's cap is the pages' limit, a pop-up their message", () => {
  assert.ok(partTerms(planQuery('fps cap remote session', rds))[1]?.includes('limit'));
  assert.ok(partTerms(planQuery('session popup', rds))[1]?.includes('message'));
  assert.ok(partTerms(planQuery('session pop-up', rds)).some((terms) => terms.includes('message')));
});

test('the parts of a camel-case word are index words, as Pagefind indexes them: `timeout` of `EnableTimeoutWarning`', () => {
  assert.deepEqual(camelCaseParts('set EnableTimeoutWarning, MsRdpWebAccess.dll and DWMFRAMEINTERVAL'), [
    'enable',
    'timeout',
    'warning',
    'ms',
    'rdp',
    'web',
    'access',
  ]);
  assert.ok(rds.knows('timeout'));
  const plan = planQuery('idle session timeout', rds);
  assert.deepEqual(plan.dropped, []);
  assert.equal(plan.corrected, null);
  assert.ok(partTerms(plan).some((terms) => terms.includes('timeout')));
});
