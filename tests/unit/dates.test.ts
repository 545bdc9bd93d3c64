import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, isoDate } from '../../src/lib/dates.ts';

const msDate = new Date('2024-05-31');

test('the source date reads as a calendar date', () => {
  assert.equal(formatDate(msDate), 'May 31, 2024');
});

test('the machine-readable date is the same day', () => {
  assert.equal(isoDate(msDate), '2024-05-31');
});

test('the day does not shift with the time zone of the build machine', () => {
  assert.equal(formatDate(new Date('2024-01-01T00:00:00Z')), 'January 1, 2024');
});
