/**
 * Pages shaped like Intune's privacy articles (blind trial 16, MicrosoftDocs/memdocs intune/protect): titles
 * naming the same words in opposite directions, "Data Apple sends to Intune" and "Data Intune sends to Apple",
 * and a reader's erase for the pages' delete.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { namedFirst, type ResultView } from '../../src/search/results.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const intune = new Vocabulary(
  buildVocabulary([
    'Data Apple sends to Intune. Apple sends the device serial number to Intune.',
    'Data Intune sends to Apple. Intune sends the device token to Apple.',
    'Data collection in Intune. Required data.',
    'Audit, export or delete personal data. Delete a user from Intune. GDPR.',
  ]),
);

const view = (title: string): ResultView => ({ title, url: `/${title}/`, excerpt: [], headings: [] });

test('among the pages naming every word, the one naming them in the order typed comes first', () => {
  const query = 'what data does Intune send to Apple';
  const parts = partTerms(planQuery(query, intune));
  const views = [
    view('Data Apple sends to Intune'),
    view('Data collection in Intune'),
    view('Data Intune sends to Apple'),
  ];
  assert.deepEqual(
    namedFirst(views, parts, query).map((entry) => entry.title),
    ['Data Intune sends to Apple', 'Data Apple sends to Intune', 'Data collection in Intune'],
  );
  // Typed the other way round, the other page.
  const reversed = 'data apple sends to intune';
  assert.deepEqual(
    namedFirst(views, partTerms(planQuery(reversed, intune)), reversed).map((entry) => entry.title),
    ['Data Apple sends to Intune', 'Data Intune sends to Apple', 'Data collection in Intune'],
  );
});

test('erase, on no page, is searched by delete, remove and wipe, not corrected or dropped', () => {
  const plan = planQuery('erase user information GDPR', intune);
  assert.ok(!plan.dropped.includes('erase'), 'no "No page has erase"');
  const erase = plan.parts[0]?.alternatives.map((alternative) => alternative.term) ?? [];
  assert.ok(erase.includes('delete'), JSON.stringify(erase));
});
