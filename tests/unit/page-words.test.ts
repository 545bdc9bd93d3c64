/** A page's name inside the site's words about it, cut out to carry the page's lang (src/lib/page-words.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitPageWords } from '../../src/lib/page-words.ts';

test("the page's name is a run of its own, the site's words around it another", () => {
  assert.deepEqual(splitPageWords('従業員の勤務時間: source updated', ['従業員の勤務時間']), [
    { text: '従業員の勤務時間', own: true },
    { text: ': source updated', own: false },
  ]);
  assert.deepEqual(
    splitPageWords('The Learn article\'s text for "従業員の勤務時間" was last updated on 2022-04-09.', [
      '従業員の勤務時間',
    ]),
    [
      { text: 'The Learn article\'s text for "', own: false },
      { text: '従業員の勤務時間', own: true },
      { text: '" was last updated on 2022-04-09.', own: false },
    ],
  );
});

test('every occurrence is marked, the longest word where two start at one place; a text without them is one run', () => {
  assert.deepEqual(splitPageWords('勤務時間 and 勤務時間を設定する', ['勤務時間', '勤務時間を設定する']), [
    { text: '勤務時間', own: true },
    { text: ' and ', own: false },
    { text: '勤務時間を設定する', own: true },
  ]);
  assert.deepEqual(splitPageWords('Every page, in the footer', ['従業員', '']), [
    { text: 'Every page, in the footer', own: false },
  ]);
  assert.deepEqual(splitPageWords('従業員', ['従業員']), [{ text: '従業員', own: true }]);
});
