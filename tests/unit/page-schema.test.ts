/** Front matter is checked by one schema; each mistake gets a sentence naming the field and what to write. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageSchema } from '../../src/lib/page-schema.ts';

/** Front matter as Astro reads it from a YAML block (a YYYY-MM-DD date is a Date). */
const valid = {
  title: 'Privacy',
  description: 'How data is handled.',
  order: 3,
  updated: new Date('2024-05-31T00:00:00Z'),
  author: 'denisebmsft',
};

/** The schema's messages for `valid` with `changes` applied (undefined removes a field). */
function messages(changes: Record<string, unknown>): string[] {
  const merged: Record<string, unknown> = { ...valid, ...changes };
  const data = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
  const result = pageSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

test('a complete page is accepted, with optional sidebarLabel and group', () => {
  assert.deepEqual(messages({}), []);
  assert.deepEqual(messages({ sidebarLabel: 'Privacy', group: 'Trust' }), []);
});

const cases: [string, Record<string, unknown>, RegExp][] = [
  [
    'a missing title',
    { title: undefined },
    /^front-matter field "title" is missing: add title: the page title/,
  ],
  ['an empty title', { title: '  ' }, /^front-matter field "title" is empty: it must be the page title/],
  [
    'a title that is not text',
    { title: ['Privacy'] },
    /^front-matter field "title" is \["Privacy"\]: it must be/,
  ],
  [
    'a sidebar label that is not text',
    { sidebarLabel: 42 },
    /"sidebarLabel" is 42: it must be a short label/,
  ],
  ['an empty group', { group: '' }, /"group" is empty: it must be the label of the sidebar group/],
  ['a missing description', { description: undefined }, /"description" is missing: add description:/],
  ['a missing order', { order: undefined }, /"order" is missing: add order: a whole number/],
  ['an order that is not whole', { order: 2.5 }, /"order" is 2\.5: it must be a whole number/],
  ['an order that is text', { order: 'third' }, /"order" is "third": it must be a whole number/],
  ['an order below 1', { order: 0 }, /"order" is 0: it must be 1 or more/],
  ['a missing updated date', { updated: undefined }, /"updated" is missing: add updated: .* as YYYY-MM-DD/],
  [
    'a date in another format',
    { updated: '05/31/2024' },
    /"updated" is "05\/31\/2024": it must be .* YYYY-MM-DD/,
  ],
  ['a missing author', { author: undefined }, /"author" is missing: add author:/],
  [
    'an unknown field',
    { tags: ['privacy'] },
    /^unknown front-matter field\(s\) tags: remove them or add them/,
  ],
];

for (const [name, changes, expected] of cases) {
  test(`${name} is refused with a sentence saying what to write`, () => {
    const found = messages(changes);
    assert.equal(found.length, 1, `one message, got ${JSON.stringify(found)}`);
    assert.match(found[0] ?? '', expected);
  });
}
