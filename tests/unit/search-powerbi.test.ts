/**
 * Pages shaped like Power BI's modeling and DAX guidance (blind trial 28, MicrosoftDocs/powerbi-docs
 * powerbi-docs/guidance): a reader types a cardinality as `many-to-many`, `m:n` or `1:1`, whose words are stop
 * words, and names BLANKs empty, reducing a model shrinking it, bi-directional filters two-way, dimension tables
 * lookup tables, DirectQuery dq and its performance slow.
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

test("a cardinality written apart or as m:n and 1:1 searches the pages' hyphenated form", () => {
  // Before: "many to many relationship" and "m:n relationship" searched `relationship` alone; "m:n" found nothing.
  assert.ok(terms('many to many relationship')[0]?.includes('many-to-many'));
  assert.ok(terms('m:n relationship')[0]?.includes('many-to-many'));
  assert.ok(terms('m:n')[0]?.includes('many-to-many'));
  assert.ok(terms('1:1 relationship')[0]?.includes('one-to-one'));
  assert.ok(terms('1:n relationship')[0]?.includes('one-to-many'));
});

test("empty, shrink, two-way, lookup table, dq and slow search the pages' own words", () => {
  // Before: each found pages saying the query's other words above the page about the thing named.
  assert.ok(terms('return zero instead of empty').some((part) => part.includes('blank')));
  assert.ok(terms('shrink pbix file size')[0]?.includes('reduce'));
  assert.ok(terms('two-way filter')[0]?.includes('bi directional'));
  assert.ok(terms('lookup tables')[0]?.includes('dimension table'));
  assert.ok(terms('dq model slow')[0]?.includes('directquery'));
  assert.ok(terms('dq model slow')[2]?.includes('performance'));
});
