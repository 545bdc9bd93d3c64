/**
 * Pages shaped like Microsoft 365 Business Premium's security guides (blind trial 30, MicrosoftDocs/microsoft-365-docs
 * microsoft-365/business-premium): a small business's admin names data loss prevention data leak prevention, an
 * antivirus scan a virus scan, spoofing a fake sender, a policy's priority which one wins and multiple several.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const businessPremium = new Vocabulary(
  buildVocabulary([
    'Set up information protection. These capabilities include sensitivity labels, data loss prevention (DLP), and encryption.',
    'Secure Copilot. Reduce the ability for employees from inappropriately saving or leaking data outside the organization.',
    'Actions you can take. Run quick scan: starts a quick antivirus scan on the device. Run full scan.',
    'Threat protection by Microsoft Defender Antivirus protects your Windows devices from viruses, malware, and spyware.',
    'Protect yourself against phishing. Scammers can also use a technique called spoofing. Spoof settings and impersonation.',
    'Policy order of priority. If users are assigned multiple policies, an order of priority is used to apply the policies.',
    'How do I assign preset security policies to users? Go to the Microsoft Defender portal.',
  ]),
);

const terms = (query: string) => partTerms(planQuery(query, businessPremium));

test("data leak, virus scan, fake, wins and several search the pages' own words", () => {
  // Before: each searched only the reader's words, which other pages hold (leaking, viruses, users, policies).
  assert.ok(terms('data leak prevention')[0]?.includes('data loss'));
  assert.ok(terms('data leakage')[0]?.includes('data loss'));
  assert.ok(terms('run virus scan').some((part) => part.includes('antivirus scan')));
  assert.ok(terms('fake sender address')[0]?.includes('spoofing'));
  assert.ok(terms('fake sender address')[0]?.includes('impersonation'));
  const wins = terms('which preset policy wins if a user has several');
  assert.ok(wins.some((part) => part.includes('priority')));
  assert.ok(wins.some((part) => part.includes('multiple')));
});
