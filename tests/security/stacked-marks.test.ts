/**
 * A character may carry as many combining marks as a script needs, not a column of them. Red team 26: a page
 * titled "Z" and 180 marks (Zalgo text) built; each mark is drawn above or below the one before, outside the
 * line's box, so in Chromium the title's marks covered the next entries of the sidebar on every page, and on its
 * own page the site's name, the breadcrumb, "Last updated" and the Copy button. Refused in front matter, text
 * and attributes, read across inline elements as a browser stacks them; real text in every script builds.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_COMBINING_MARKS } from '../../src/lib/content-safety.ts';
import { pageSchema } from '../../src/lib/page-schema.ts';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;
/** Marks above and below, one more than a character may carry. */
const COLUMN = '\u030D\u0316'.repeat(MAX_COMBINING_MARKS / 2) + '\u030E';

describe('combining marks stacked past any script, written in content', () => {
  test('a title, a sidebar label and a group of a column of marks are refused', () => {
    for (const field of ['title', 'sidebarLabel', 'group']) {
      const result = pageSchema.safeParse({
        title: 'Privacy',
        description: 'D.',
        order: 1,
        updated: new Date('2024-05-31'),
        author: 'a',
        [field]: `Z${COLUMN}`,
      });
      assert.equal(result.success, false, field);
      assert.match(
        result.error.issues[0]?.message ?? '',
        new RegExp(
          `front-matter field "${field}" holds 9 combining marks in a row on one character \\(U\\+030D U\\+0316…\\)`,
        ),
      );
    }
  });

  const cases: [string, RegExp][] = [
    [`Text Z${COLUMN} here.`, /:3:\d+: the text holds 9 combining marks in a row/],
    [`## Heading Z${COLUMN}`, /:3:\d+: the text holds 9 combining marks/],
    [`<abbr title="Z${COLUMN}">Z</abbr>`, /:3:\d+: title= on <abbr> holds 9 combining marks/],
    [
      `Text Z<span>${COLUMN.slice(0, 5)}</span><b>${COLUMN.slice(5)}</b> here.`,
      /:3:\d+: the text, read across the inline elements it is split by, holds 9 combining marks/,
    ],
  ];
  for (const [line, expected] of cases)
    test(`${JSON.stringify(line.slice(0, 30))}… fails the build at its line`, async () => {
      const error = await buildError(`Intro.\n\n${line}\n`, path, root, ['attack']);
      assert.match(error, expected, error || '(it compiled)');
    });

  test('Vietnamese, Hebrew with points and cantillation, a Tibetan stack, Thai and a keycap build', async () => {
    const text = 'Tiếng Việt, בְּרֵאשִׁ֖ית, ཧྨྱཱུྃ, ที่ and 1️⃣.';
    assert.equal(await buildError(`${text}\n`, path, root, ['attack']), '');
    const result = pageSchema.safeParse({
      title: text,
      description: 'D.',
      order: 1,
      updated: new Date('2024-05-31'),
      author: 'a',
    });
    assert.equal(result.success, true);
  });
});
