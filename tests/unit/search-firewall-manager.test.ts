/**
 * Pages shaped like Azure Firewall Manager's articles (blind trial 26, MicrosoftDocs/azure-docs
 * articles/firewall-manager): a reader asks for the difference between two architectures the pages compare, names
 * IDPS by its long form and vWAN by its short one, and asks whether a policy is free where the pages give its pricing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { rankSubResults } from '../../src/search/results.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const firewallManager = new Vocabulary(
  buildVocabulary([
    'What are the Azure Firewall Manager architecture options? Comparison: hub virtual network and secured virtual hub, a Virtual WAN Hub.',
    'Policy overview. Classic rules and policies: Free. Premium policy: TLS Inspection, IDPS. The difference between these policies. Pricing: free of charge.',
    'Known issues: DDoS Protection is not integrated with vWANs. You cannot have overlapping IP spaces for hubs in a vWAN.',
  ]),
);

const terms = (query: string) => partTerms(planQuery(query, firewallManager));

test("a difference, versus or vs also searches the pages' comparison", () => {
  // Before: "what is the difference between secured virtual hub and hub virtual network" searched `difference`
  // alone, which the policy overview says of its tiers, and showed the architecture comparison sixth.
  assert.deepEqual(terms('difference between secured virtual hub and hub virtual network')[0], [
    'difference',
    'comparison',
  ]);
  assert.ok(terms('vnet hub versus secured hub').some((part) => part.includes('comparison')));
  assert.ok(terms('hub vs secured hub').some((part) => part.includes('comparison')));
});

test("intrusion detection and vwan are searched as the pages' IDPS and Virtual WAN", () => {
  // Before: "intrusion detection" found no page on IDPS, which no page spells out.
  assert.deepEqual(terms('intrusion detection'), [['idps']]);
  assert.ok(terms('vwan hub')[0]?.includes('virtual wan'));
  // IPs are IP addresses: a plural of IP never searches IDPS.
  assert.ok(!terms('intrusion detection public ips').flat().includes('ips'));
});

test('a question whether something is free links the section on pricing', () => {
  const sub = (title: string) => ({
    title,
    url: `/policy-overview/#${title.toLowerCase().replaceAll(' ', '-')}`,
    excerpt: '',
    weighted_locations: [{ weight: 1, balanced_score: 1, location: 0 }],
  });
  const parts = partTerms(planQuery('is firewall policy free', firewallManager));
  // Before: the table row saying "Free" of classic rules, under a heading naming the title's "policies", came first.
  const headings = [sub('Classic rules and policies'), sub('Pricing')];
  assert.equal(
    rankSubResults(headings, parts, 'Azure Firewall Manager policy overview')[0]?.title,
    'Pricing',
  );
});
