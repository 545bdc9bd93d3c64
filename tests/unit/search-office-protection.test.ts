/**
 * Pages shaped like Defender for Office 365's protection and quarantine articles (blind trial 20, MicrosoftDocs/
 * defender-docs defender-office-365): a reader's word the pages hold only as the start of a rarer word (`autoforward`,
 * one page's "Autoforwarded") searched as the two words the other pages write apart ("auto forwarded"), and readers'
 * words for the pages' own (a sandbox for their virtual environment, a rating for their score, kept for retention).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { rankSubResults } from '../../src/search/results.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const office = new Vocabulary(
  buildVocabulary([
    'Tune anti-phishing protection: use the Autoforwarded messages report to view forwarded email.',
    'Control automatic external email forwarding: auto forwarded messages to external recipients. Forward a message.',
    'Outbound delivery pools: auto forwarding or relaying email. Forward it through the relay pool.',
    'Safe Attachments opens files in a virtual environment (detonation) before delivery.',
    'Spam confidence level: inbound messages get a spam score.',
    'Quarantine retention: how long quarantined messages are held. The retention period is 30 days.',
    'Smartcards: sign in with them. Use smartcards.',
    'Smartcards and readers.',
    'Smartcards for admins. A smart card.',
  ]),
);

test('a word the pages hold only as the start of a rarer one is searched as the two words they write apart', () => {
  assert.deepEqual(office.splitOfStart('autoforward'), ['auto', 'forward']);
  // An index word is searched as it is; so is the start of a word on more pages than either word apart.
  assert.equal(office.splitOfStart('forward'), null);
  assert.equal(office.splitOfStart('smartcard'), null, 'smartcards: on three pages, smart and card on one');
  assert.deepEqual(office.split('smartcard'), ['smart', 'card']);
  const plan = planQuery('autoforward mail to gmail', office);
  assert.equal(plan.corrected, null, 'the reader’s word stands: it is no slip');
  const [own, apart] = plan.parts[0]?.alternatives ?? [];
  assert.equal(own?.term, 'autoforward');
  // Counted only where the two words stand together, as a word typed as one that no index word is near.
  assert.deepEqual(apart, { term: 'auto forward', weight: 1, within: '"auto forward"' });
});

test("readers' words for the pages' own are searched by them: sandbox, rating, kept", () => {
  const sandbox = planQuery('sandbox email attachments', office);
  assert.deepEqual(sandbox.dropped, [], 'sandbox is on no page, yet not dropped');
  assert.ok(partTerms(sandbox)[0]?.includes('virtual environment'), JSON.stringify(partTerms(sandbox)));
  assert.ok(partTerms(planQuery('spam rating', office))[1]?.includes('score'));
  assert.ok(
    partTerms(planQuery('how long are quarantined messages kept', office)).at(-1)?.includes('retention'),
  );
});

test('"how long are quarantined messages kept" links the section on retention, not the one saying messages most', () => {
  const sub = (title: string, matches: number) => ({
    title,
    url: `/quarantine-about/#${title.toLowerCase().replaceAll(' ', '-')}`,
    excerpt: '',
    weighted_locations: Array.from({ length: matches }, (_, location) => ({
      weight: 1,
      balanced_score: 1,
      location,
    })),
  });
  const parts = partTerms(planQuery('how long are quarantined messages kept', office));
  const headings = [sub('Quarantine policies', 9), sub('Quarantine retention', 2)];
  assert.equal(
    rankSubResults(headings, parts, 'Quarantined email messages in EOP and Defender for Office 365')[0]
      ?.title,
    'Quarantine retention',
  );
});
