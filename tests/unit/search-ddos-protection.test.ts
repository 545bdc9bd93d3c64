/**
 * Pages shaped like Azure DDoS Protection's articles (blind trial 24, MicrosoftDocs/azure-docs
 * articles/ddos-protection): every page says "public IP" in prose, and one quickstart's PowerShell writes
 * `$publicIp`, which the index holds as the word `publicip`; the attack analytics a reader calls a dashboard are a
 * workbook.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const ddos = new Vocabulary(
  buildVocabulary([
    'Simulation testing: simulate attacks against a public IP address you own, protected by the plan.',
    'Configure metric alerts for a public IP address under attack.',
    'View diagnostic logs: the public IP address of the client, your public IP address.',
    'Quickstart: $publicIp = Get-AzPublicIpAddress; $publicIp.DdosSettings.ProtectionMode; a public IP address.',
    'Troubleshoot: allow the port with iptables on the VM behind the public IP.',
    'Linux VMs: iptables rules, and the tables below.',
    'Partner onboarding: integrate attack analytics in your customer-facing dashboard.',
    'Azure DDoS Protection workbook: visualize attack data across filterable panels.',
  ]),
);

const terms = (query: string) => partTerms(planQuery(query, ddos));

test('a short word the vocabulary leaves out is not the rarer of two joined words', () => {
  // Before: `ip` (two letters, never counted) ranked as the rarest word, so any joined word the index held
  // was taken: `publicip`, of one page's code, counted in full and the reader's "public ip" at 0.8, and
  // "stress test my public ip" showed that quickstart above the page on simulation testing.
  assert.deepEqual(terms('stress test my public ip'), [['test'], ['public'], ['ip']]);
  // A joined word on more pages than the counted word is still the reader's: `iptables` for "ip tables".
  assert.deepEqual(terms('ip tables rules')[0], ['iptables', 'ip tables']);
});

test("a dashboard also searches the pages' workbook", () => {
  // Before: `dashboard` alone, which one partner page says in passing, above the page on the attack analytics
  // workbook for "dashboard to visualize ddos attacks".
  assert.deepEqual(terms('dashboard to visualize ddos attacks')[0], ['dashboard', 'workbook']);
});
