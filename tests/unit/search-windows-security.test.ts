/**
 * Pages shaped like Windows' security articles (blind trial 21, MicrosoftDocs/windows-itpro-docs windows/security:
 * Windows Firewall, BitLocker, Personal Data Encryption, Credential Guard): a page titled with its own acronym
 * ("Personal Data Encryption (PDE)") for a reader typing its name, a word typed as one whose second half the pages
 * write in another form (`keylogger`, the pages' "key loggers"), and readers' words for the pages' own (a ping is
 * ICMP, a key in escrow is backed up).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { titledFirst, withoutOwnAcronym } from '../../src/search/results.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const security = new Vocabulary(
  buildVocabulary([
    'Credential Guard protection limits: key loggers, physical attacks and local accounts are not protected.',
    'Credential Guard requirements: applications that need these capabilities break.',
    'Create an inbound ICMP rule: allow ICMP requests and responses through the firewall.',
    'BitLocker management tools: back up the recovery password to AD DS with Backup-BitLockerKeyProtector.',
    'Plan BitLocker: a backup of the recovery key in Active Directory.',
    'Smart card sign-in: a smart card and its reader.',
  ]),
);

test('the page titled with the acronym of its own words is the page whose title is the query', () => {
  assert.equal(withoutOwnAcronym('Personal Data Encryption (PDE)'), 'Personal Data Encryption');
  assert.equal(
    withoutOwnAcronym('Use the Windows Security app (WSA) today'),
    'Use the Windows Security app today',
  );
  // Parentheses that are no acronym of the words before them stay: another title.
  assert.equal(withoutOwnAcronym('Install BitLocker (Windows Server)'), 'Install BitLocker (Windows Server)');
  assert.equal(withoutOwnAcronym('Configure logging (GPO)'), 'Configure logging (GPO)');
  const view = (title: string) => ({ title, url: `/${title}/`, excerpt: [], headings: [] });
  const views = [
    view('Frequently asked questions for Personal Data Encryption (PDE)'),
    view('Personal Data Encryption (PDE)'),
    view('PDE settings and configuration'),
  ];
  assert.deepEqual(
    titledFirst(views, 'personal data encryption').map((entry) => entry.title),
    [
      'Personal Data Encryption (PDE)',
      'Frequently asked questions for Personal Data Encryption (PDE)',
      'PDE settings and configuration',
    ],
  );
});

test('a word typed as one is split into two index words by their stem too: keylogger is the pages’ key loggers', () => {
  assert.deepEqual(security.split('keylogger'), ['key', 'loggers']);
  assert.deepEqual(security.split('smartcard'), ['smart', 'card'], 'index words as written, as before');
  // On a page in another language, Porter2 says nothing of a word's forms: its words as written only.
  assert.equal(security.split('keylogger', 'fi'), null);
  const plan = planQuery('keylogger credential guard', security);
  assert.deepEqual(plan.dropped, [], 'keylogger is not dropped');
  assert.deepEqual(plan.parts[0]?.alternatives, [
    { term: 'key loggers', weight: 1, within: '"key loggers"' },
  ]);
});

test("readers' words for the pages' own are searched by them: a ping is ICMP, a key in escrow is backed up", () => {
  const ping = planQuery('ping blocked by firewall', security);
  assert.ok(!ping.dropped.includes('ping'), 'ping is on no page, yet not dropped');
  assert.ok(partTerms(ping)[0]?.includes('icmp'), JSON.stringify(partTerms(ping)));
  const escrow = partTerms(planQuery('escrow bitlocker key to active directory', security));
  assert.ok(escrow[0]?.includes('backup') && escrow[0].includes('back up'), JSON.stringify(escrow));
});
