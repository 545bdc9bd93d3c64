/** Front matter is checked by one schema; each mistake gets a sentence naming the field and what to write. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
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

describe('a one-line field (title, sidebarLabel, group, description…)', () => {
  // The red-team page: a title whose newlines turned the rest into Markdown of the page's copy.
  const injected = 'Hi\n\n[Click me](https://evil.example/title)\n\n<img src=x onerror=alert(1)>';
  const refused: [string, Record<string, unknown>, RegExp][] = [
    [
      'a title with newlines',
      { title: injected },
      /^front-matter field "title" holds a line break \(U\+000A\): it must be one line, the page title/,
    ],
    [
      'a sidebar label with a carriage return',
      { sidebarLabel: 'A\rB' },
      /"sidebarLabel" holds a line break \(U\+000D\)/,
    ],
    [
      'a group with a Unicode line separator',
      { group: 'Attacks\u2028section' },
      /"group" holds a line break \(U\+2028\)/,
    ],
    ['a description with a tab', { description: 'Desc\there.' }, /"description" holds a tab \(U\+0009\)/],
    ['a title with a NUL', { title: 'Pri\u0000vacy' }, /"title" holds the control character U\+0000/],
    [
      'an author with a next-line (C1) character',
      { author: 'a\u0085b' },
      /"author" holds a line break \(U\+0085\)/,
    ],
  ];
  for (const [name, changes, expected] of refused) {
    test(`${name} is refused, saying to write one line`, () => {
      const found = messages(changes);
      assert.equal(found.length, 1, `one message, got ${JSON.stringify(found)}`);
      assert.match(found[0] ?? '', expected);
      assert.match(found[0] ?? '', /Write it as one line of text/);
    });
  }

  test('a bidirectional override (Trojan Source) is refused; right-to-left marks are text', () => {
    // The red-team page: "Rt A \u202Elmth.exe\u202C" showed as "Rt A exe.html" in the sidebar and search.
    for (const [field, value, code] of [
      ['title', 'Rt A \u202Elmth.exe\u202C', '202E'],
      ['sidebarLabel', 'a\u2067b\u2069', '2067'],
      ['description', '\u202Aembedded\u202C text.', '202A'],
    ] as const) {
      const found = messages({ [field]: value });
      assert.equal(found.length, 1, `one message, got ${JSON.stringify(found)}`);
      assert.match(
        found[0] ?? '',
        new RegExp(
          `"${field}" holds the bidirectional control character U\\+${code}: it makes text show in another order`,
        ),
      );
    }
    assert.deepEqual(messages({ title: 'שלום\u200F Defender' }), []);
  });

  test('a noncharacter or a surrogate without its pair is refused: the Atom feed of every page could not hold it', () => {
    // Red team 19: `title: "Feed breaker \uFFFF here"` made /feed.xml a document no XML parser reads.
    for (const [field, value, expected] of [
      ['title', 'Feed breaker \uFFFF here', /"title" holds U\+FFFF, a noncharacter: it is no text/],
      ['sidebarLabel', 'a\uFDD0b', /"sidebarLabel" holds U\+FDD0, a noncharacter/],
      ['title', 'half \uD800 pair', /"title" holds U\+D800, a surrogate without its pair/],
    ] as const) {
      const found = messages({ [field]: value });
      assert.equal(found.length, 1, `one message, got ${JSON.stringify(found)}`);
      assert.match(found[0] ?? '', expected);
    }
    // A character beyond the Basic Multilingual Plane (a surrogate pair in JavaScript) is text.
    assert.deepEqual(messages({ title: 'Emoji 🛡 and 𝔸' }), []);
  });

  test('a line break at either end (a YAML block scalar’s last newline) is trimmed, not refused', () => {
    assert.deepEqual(messages({ title: 'Privacy\n', description: '  How data is handled.\n' }), []);
  });

  test('every title and description of the Learn corpus and of content/ is one line', () => {
    const frontMatter = (file: URL): Record<string, unknown> => {
      const text = readFileSync(file, 'utf8');
      const block = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
      return parse(block, { schema: 'yaml-1.1' }) as Record<string, unknown>;
    };
    const corpus = new URL('../fixtures/defender-business/', import.meta.url);
    // Articles with front matter (SOURCE.md is the corpus's notes; x.md a YAML FAQ, its metadata apart).
    const learn = readdirSync(corpus).filter(
      (name) => name.endsWith('.md') && readFileSync(new URL(name, corpus), 'utf8').startsWith('---\n'),
    );
    assert.ok(learn.length > 30);
    for (const name of learn) {
      const data = frontMatter(new URL(name, corpus));
      for (const field of ['title', 'description'] as const) {
        const checked = pageSchema.shape[field].safeParse(data[field]);
        assert.ok(checked.success, `${name} ${field}: ${JSON.stringify(checked.error?.issues)}`);
      }
    }
    const content = new URL('../../content/', import.meta.url);
    const pages = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.mdx?$/.test(name),
    );
    assert.ok(pages.length > 0);
    for (const name of pages) {
      const checked = pageSchema.safeParse(frontMatter(new URL(name, content)));
      assert.ok(checked.success, `content/${name}: ${JSON.stringify(checked.error?.issues)}`);
    }
  });
});
