/**
 * Pages shaped like Power BI's modeling and DAX guidance (blind trial 28, MicrosoftDocs/powerbi-docs
 * powerbi-docs/guidance): a reader types a cardinality as `many-to-many`, whose words are stop words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const guidance = new Vocabulary(
  buildVocabulary([
    'Many-to-many relationship guidance. Relate many-to-many dimensions with a bridging table.',
    'One-to-one relationship guidance. A one-to-many relationship relates a dimension table to a fact table.',
    'Bi-directional relationship guidance: a relationship that filters in both directions. Bidirectional filtering.',
    'DAX: Avoid converting BLANKs to values. Return BLANK when a measure has no meaningful value.',
    'Data reduction techniques for Import modeling: reduce the model size, smaller models refresh faster.',
    'DirectQuery model guidance: optimize performance of the relational database source.',
    'Understand star schema: dimension tables and fact tables. Report visuals filter and group.',
  ]),
);

const terms = (query: string) => partTerms(planQuery(query, guidance));

test('a cardinality typed with hyphens is searched whole beside the other words, not dropped as stop words', () => {
  // Before: "many-to-many relationship" searched `relationship` alone, and the page on bi-directional
  // relationships came above the one titled "Many-to-many relationship guidance".
  assert.ok(terms('many-to-many relationship')[0]?.includes('many-to-many'));
  assert.deepEqual(terms('many-to-many relationship')[1], ['relationship']);
  // One the synonym map does not know, the same: `how-to` is two stop words.
  assert.deepEqual(terms('how-to guidance'), [['how-to'], ['guidance']]);
  assert.equal(planQuery('how-to guidance', guidance).all, 'how-to guidance');
  // In the order typed, after the words before it.
  assert.deepEqual(terms('bridging table how-to guidance'), [
    ['bridging'],
    ['table'],
    ['how-to'],
    ['guidance'],
  ]);
});
