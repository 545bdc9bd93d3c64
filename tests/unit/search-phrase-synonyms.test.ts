/**
 * Synonyms on pages shaped like Entra's Conditional Access articles (blind trial 12): a synonym of several
 * words, one a stop word, counts only where its words stand together, and the identity and outage words
 * readers typed for the pages' own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery, planTerms, rankPages, withinPhrase, type ScoredPage } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';

const entra = new Vocabulary(
  buildVocabulary([
    'Insights workbook: stream sign-in logs to Log Analytics, and filter the logs on the Conditional Access tab.',
    'Sign-in risk-based policy: risky sign-ins require multifactor authentication. Users log in again.',
    'Require multifactor authentication for guest access: include all guest and external users.',
    'Resilience defaults: during an outage the Backup Authentication Service extends existing sessions.',
    'Turn on report-only mode to test a policy before you enable it.',
  ]),
);

const alternativesOf = (query: string) => planQuery(query, entra).parts.map((part) => part.alternatives);

test('a synonym of several words, one a stop word, is searched as a phrase too: its pages alone count', () => {
  const plan = planQuery('risky login', entra);
  const login = plan.parts[1]?.alternatives ?? [];
  const logOn = login.find((alternative) => alternative.term === 'log on');
  assert.deepEqual(logOn?.within, '"log on"', 'log on counts where a page says "log on"');
  assert.equal(
    login.find((alternative) => alternative.term === 'signin')?.within,
    undefined,
    'one word: none',
  );
  assert.ok(planTerms(plan).includes('"log on"'), 'the phrase is searched');
  // Pagefind finds `log on` on the workbook's page ("logs on the … tab"), scored high, and the phrase nowhere.
  const found = new Map<string, ScoredPage[]>([
    ['risky', [{ id: 'risk', score: 2.7 }]],
    [
      'sign in',
      [
        { id: 'risk', score: 3.9 },
        { id: 'workbook', score: 2.7 },
      ],
    ],
    ['log on', [{ id: 'workbook', score: 5 }]],
    ['"log on"', []],
    [
      'log in',
      [
        { id: 'workbook', score: 3.9 },
        { id: 'risk', score: 1 },
      ],
    ],
    ['"log in"', [{ id: 'risk', score: 1 }]],
  ]);
  const ranked = rankPages(plan, found);
  assert.equal(ranked[0]?.id, 'risk');
  // The workbook's page scores by its own "sign in" (2.7) alone, not by "log on" (5) where the words stand apart.
  assert.ok((ranked.find((page) => page.id === 'workbook')?.score ?? 0) < 2.7);
});

test('a synonym of words that are no stop words, and a stop word alone, are searched as they are', () => {
  assert.deepEqual(withinPhrase('virtual machine', 1), { term: 'virtual machine', weight: 1 });
  assert.deepEqual(withinPhrase('id', 0.8), { term: 'id', weight: 0.8 });
  assert.deepEqual(withinPhrase('turn on', 0.8), { term: 'turn on', weight: 0.8, within: '"turn on"' });
});

test('downtime searches outage, two-step verification multifactor, visitors guest', () => {
  const terms = (query: string) => alternativesOf(query).map((part) => part.map((a) => a.term));
  assert.deepEqual(terms('downtime'), [['outage']]);
  const twoStep = terms('two-step verification for visitors');
  assert.ok(
    twoStep.some((part) => part.includes('multifactor')),
    JSON.stringify(twoStep),
  );
  assert.ok(
    twoStep.some((part) => part.includes('guest')),
    JSON.stringify(twoStep),
  );
  assert.ok(terms('2-step verification').some((part) => part.includes('multifactor')));
});
