/**
 * Inline code spans found as CommonMark reads them (src/lib/learn/syntax.ts): a run of backticks pairs only
 * with the next run of as many, so `` `setup.exe /``<command name>` `` is one span and ``` ``"`n"`` ``` is
 * `` "`n" ``. The import's passes keep code as written, so its `<` must not be escaped for MDX.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { attributeNotes, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { replaceInlineIncludes } from '../../src/lib/learn/include.ts';
import { parseMarkdown } from '../../src/lib/learn/parse-markdown.ts';
import {
  inlineCodeSpans,
  mapOutsideInlineCode,
  mapProseOutsideCode,
  type TextSpan,
} from '../../src/lib/learn/syntax.ts';

/** MicrosoftDocs/biztalk-docs, install-and-config-guides/appendix-a-silent-installation.md, line 19. */
const BIZTALK = 'In the command prompt, type `setup.exe /``<command name> <options>`, and press ENTER.';
const POWERSHELL = 'PowerShell\'s newline is ``"`n"`` and a tag is ``<tag>`` here.';

/** The inline code spans the Markdown parser (remark, as the build reads a page) finds in `markdown`. */
function parsedSpans(markdown: string): TextSpan[] {
  const spans: TextSpan[] = [];
  visit(parseMarkdown(markdown), 'inlineCode', (node) => {
    spans.push({ start: node.position?.start.offset ?? -1, end: node.position?.end.offset ?? -1 });
  });
  return spans;
}

/** The code of each span a page shows: `tree` read by MDX (an .mdx page) or CommonMark (Learn, an .md page). */
function codeValues(tree: Root): string[] {
  const values: string[] = [];
  visit(tree, 'inlineCode', (node) => {
    values.push(node.value);
  });
  return values;
}

const mdxCode = (mdx: string) => codeValues(createProcessor().parse(mdx));
const learnCode = (markdown: string) => codeValues(fromMarkdown(markdown));

describe('inlineCodeSpans: a run of backticks closes only with a run of as many', () => {
  test('the biztalk-docs command is one span, its `` inside it', () => {
    assert.deepEqual(
      inlineCodeSpans(BIZTALK).map(({ start, end }) => BIZTALK.slice(start, end)),
      ['`setup.exe /``<command name> <options>`'],
    );
  });

  test('a double-backtick span holds a single backtick; the next span is found after it', () => {
    assert.deepEqual(
      inlineCodeSpans(POWERSHELL).map(({ start, end }) => POWERSHELL.slice(start, end)),
      ['``"`n"``', '``<tag>``'],
    );
  });

  for (const [text, spans] of [
    ['a ``b` c', []],
    ['\\`a` b`', [{ start: 3, end: 7 }]],
    ['`a\\` b`', [{ start: 0, end: 4 }]],
    ['\\\\`a`', [{ start: 2, end: 5 }]],
    ['`a\n b`', [{ start: 0, end: 6 }]],
    ['`a\n \n b`', []],
    [
      '`a` `` ``` `b`',
      [
        { start: 0, end: 3 },
        { start: 11, end: 14 },
      ],
    ],
  ] as const) {
    test(`${JSON.stringify(text)} has ${JSON.stringify(spans)}, as remark reads it`, () => {
      assert.deepEqual(inlineCodeSpans(text), spans);
      assert.deepEqual(parsedSpans(text), spans);
    });
  }

  test('agrees with remark on every text of up to 7 backticks, backslashes, letters and spaces', () => {
    const alphabet = ['`', '\\', 'a', ' '];
    let texts = [''];
    let checked = 0;
    for (let length = 1; length <= 7; length++) {
      texts = texts.flatMap((text) => alphabet.map((char) => text + char));
      for (const text of texts) {
        // A paragraph of one line: `x` first, so that no line is read as another block (a fence, code).
        const markdown = `x${text}`;
        assert.deepEqual(inlineCodeSpans(markdown), parsedSpans(markdown), JSON.stringify(markdown));
        checked++;
      }
    }
    assert.ok(checked > 20_000);
  });

  test('agrees with remark on paragraphs of several lines, blank lines between some', () => {
    // A fixed seed: the same texts every run.
    let seed = 20_240_611;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % below;
    };
    const tokens = ['`', '``', '```', '\\', '\\`', 'a', ' ', '<b>', '{'];
    for (let count = 0; count < 3000; count++) {
      const lines = Array.from({ length: 1 + random(5) }, () =>
        random(6) === 0
          ? ' '.repeat(random(3))
          : `x${Array.from({ length: random(10) }, () => tokens[random(tokens.length)]).join('')}`,
      );
      const markdown = lines.join('\n');
      assert.deepEqual(inlineCodeSpans(markdown), parsedSpans(markdown), JSON.stringify(markdown));
    }
  });

  test('many runs of distinct lengths that close nowhere are read as the parser reads them', () => {
    const text = Array.from({ length: 2000 }, (_, index) => `${'`'.repeat((index % 200) + 1)}a`).join('');
    assert.deepEqual(inlineCodeSpans(`${text}\n`).length, parsedSpans(`${text}\n`).length);
  });
});

describe('the import keeps code as written: no escape inside a span of unequal runs', () => {
  test('the biztalk-docs command reads as on Learn in the .md and the .mdx page', () => {
    const safe = toMdxSafe(`${BIZTALK}\n`);
    assert.equal(safe, `${BIZTALK}\n`);
    assert.deepEqual(mdxCode(safe), ['setup.exe /``<command name> <options>']);
    assert.deepEqual(learnCode(safe), learnCode(BIZTALK));
  });

  test('both PowerShell spans read as on Learn; a tag outside code is still escaped', () => {
    const safe = toMdxSafe(`${POWERSHELL} A <placeholder> too.\n`);
    assert.equal(safe, `${POWERSHELL} A \\<placeholder> too.\n`);
    assert.deepEqual(mdxCode(safe), ['"`n"', '<tag>']);
    assert.deepEqual(learnCode(safe), ['"`n"', '<tag>']);
  });

  test('a span over two lines of a paragraph is code on both, as the parser reads it', () => {
    const learn = 'Run `Get-Thing\n-Name <name>` with <your-name>.\n';
    const safe = toMdxSafe(learn);
    assert.equal(safe, 'Run `Get-Thing\n-Name <name>` with \\<your-name>.\n');
    assert.deepEqual(mdxCode(safe), learnCode(learn));
  });

  test('a backtick escaped outside code opens no span: the `<` after it is escaped', () => {
    assert.equal(toMdxSafe('a \\`<b c` d\n'), 'a \\`\\<b c` d\n');
  });

  test('in a table cell too, a span of unequal runs is code; the text beside it is escaped', () => {
    const learn = '| Command | Value |\n| - | - |\n| `setup.exe /``<name>` | <value> |\n';
    const safe = toMdxSafe(learn);
    assert.match(safe, /^\| `setup\.exe \/``<name>` \| \\<value> \|$/m);
    assert.deepEqual(mdxCode(safe), learnCode(learn));
  });

  test('a refused attribute inside such a span is code, not a tag to warn of', () => {
    const learn = 'Write ``a`<img src="x.png" onload="f()">`` in code.\n';
    assert.deepEqual(attributeNotes(learn), []);
    assert.equal(toMdxSafe(learn), learn);
  });

  test('mapProseOutsideCode gives each prose line its index; fenced code is left out', () => {
    const seen: string[] = [];
    mapProseOutsideCode('a ``b`c`` d\n```\n`x`\n```\ne `f', (text, index) => {
      seen.push(`${String(index)}:${text}`);
      return text;
    });
    assert.deepEqual(seen, ['0:a ', '0: d', '4:e `f']);
  });
});

describe('every pass over a line finds its spans so', () => {
  test('mapOutsideInlineCode keeps a span of unequal runs whole', () => {
    assert.equal(
      mapOutsideInlineCode(BIZTALK, (text) => text.toUpperCase()),
      'IN THE COMMAND PROMPT, TYPE `setup.exe /``<command name> <options>`, AND PRESS ENTER.',
    );
  });

  test('an include written inside such a span is code, not read', () => {
    const line = 'Write ``a`[!INCLUDE [t](t.md)]`` to include.';
    assert.equal(
      replaceInlineIncludes(line, () => 'INCLUDED'),
      line,
    );
  });
});
