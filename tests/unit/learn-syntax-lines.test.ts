/** Which lines of Learn Markdown are fenced code (src/lib/learn/syntax.ts markdownLines), as CommonMark reads them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownLines } from '../../src/lib/learn/syntax.ts';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';

const code = (text: string) => markdownLines(text).map((line) => line.code);

test('a one-line code span written with three backticks is prose, not a fence open to the end of the page', () => {
  // As in MicrosoftDocs/azure-ai-docs: "``` https://…/{subscriptionId}/… ```" on a line of a paragraph.
  assert.deepEqual(code('Call\n``` https://x/{subscriptionId}/list ```\nReplace {subscriptionId}.\n'), [
    false,
    false,
    false,
    false,
  ]);
  assert.deepEqual(code('```json\n{ "a": 1 }\n```\nAfter.'), [true, true, true, false]);
  assert.deepEqual(code('~~~ a ` b\ncode\n~~~\n'), [true, true, true, false], 'a tilde fence may hold one');
});

test('after such a line, the import still rewrites the prose: braces escaped for MDX, includes read', () => {
  const files: Record<string, string> = {
    '/learn/a.md':
      '---\ntitle: A\ndescription: D.\n---\n\n# A\n\nLine one<br>two.\n\n``` https://x/{subscriptionId}/list ```\n\nReplace {subscriptionId} with yours.\n\n[!INCLUDE [n](includes/n.md)]\n',
    '/learn/includes/n.md': 'Included text.\n',
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const body = planImport(['/learn/a.md'], {}, access).pages[0]?.body ?? '';
  assert.match(body, /Replace \\\{subscriptionId\\\} with yours\.|Replace \{'\{'\}subscriptionId/);
  assert.match(body, /Included text\./);
});
