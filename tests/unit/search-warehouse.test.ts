/**
 * Pages shaped like Fabric Data Warehouse's articles (blind trial 29, MicrosoftDocs/fabric-docs
 * docs/data-warehouse): a database or cloud reader names restore points a backup, an identity column an auto
 * increment, throttling rate limiting, foreign keys referential integrity and the past yesterday.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const warehouse = new Vocabulary(
  buildVocabulary([
    'Restore in-place of a warehouse. Restore points are recovery points of the warehouse: a system-created restore point every eight hours.',
    'Generate unique identifiers. An identity column is not supported in a warehouse: use ROW_NUMBER instead.',
    'Smoothing and throttling. Operations are throttled when the capacity is over-utilized.',
    'Primary keys, foreign keys, and unique keys. A foreign key is only supported when NOT ENFORCED is used.',
    'Query data as it existed in the past: time travel queries a table as of a prior point in time.',
    'Creating Data Warehouses with Case Insensitive Collation.',
  ]),
);

const terms = (query: string) => partTerms(planQuery(query, warehouse));

test("backup, auto increment, rate limiting, referential integrity and yesterday search the pages' own words", () => {
  // Before: each found pages saying the query's other words (warehouse, column, table), or nothing.
  assert.ok(terms('warehouse backup')[1]?.includes('restore point'));
  assert.ok(terms('back up the warehouse')[0]?.includes('recovery point'));
  assert.ok(terms('auto increment column')[0]?.includes('identity'));
  assert.ok(terms('autoincrement')[0]?.includes('identity'));
  assert.ok(terms('rate limiting')[0]?.includes('throttling'));
  assert.ok(terms('rate limited queries')[0]?.includes('throttled'));
  assert.ok(terms('referential integrity')[0]?.includes('foreign key'));
  assert.ok(terms('query a table as it was yesterday').some((part) => part.includes('past')));
});
