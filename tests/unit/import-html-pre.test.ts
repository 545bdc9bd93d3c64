/**
 * A `<pre><code>` of HTML over several lines (alone, or in an HTML table's cell): Learn shows a code block
 * with those lines; MDX read its content as Markdown and failed ("Expected a closing tag for <td>").
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createProcessor } from '@mdx-js/mdx';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { toMdxSafe } from '../../src/lib/import/mdx-safe.ts';

/** The code blocks MDX reads in `mdx` (it throws where the build fails), each with what holds it. */
function codeBlocks(mdx: string): { value: string; lang: string | null | undefined; in: string }[] {
  const blocks: { value: string; lang: string | null | undefined; in: string }[] = [];
  visit(createProcessor().parse(mdx), 'code', (node: Code, _index, parent) => {
    const holder = parent && 'name' in parent ? String(parent.name) : (parent?.type ?? '');
    blocks.push({ value: node.value, lang: node.lang, in: holder });
  });
  return blocks;
}

describe('<pre> of an HTML block is a fenced code block', () => {
  test('in a table cell, over several lines: the cell holds it, lines kept', () => {
    const learn = '<table>\n<tr><td>Effort</td><td>\n<pre><code>a\nb</code></pre>\n</td></tr>\n</table>\n';
    const mdx = toMdxSafe(learn);
    assert.deepEqual(codeBlocks(mdx), [{ value: 'a\nb', lang: null, in: 'td' }]);
    assert.match(mdx, /<td>Effort<\/td>/);
  });

  test('alone: lines that look like Markdown, entities and braces are the code as a browser shows it', () => {
    const learn =
      'Run:\n\n<pre><code class="lang-bash"># list\n- item *not emphasis* &lt;T&gt; {x}\n\n`tick` ```\n</code></pre>\n\nAfter.\n';
    assert.deepEqual(codeBlocks(toMdxSafe(learn)), [
      { value: '# list\n- item *not emphasis* <T> {x}\n\n`tick` ```', lang: 'bash', in: 'root' },
    ]);
  });

  test('in a quote and a list item, the code stays in its container', () => {
    const quote = toMdxSafe('> Note:\n>\n> <pre>\n> a\n>   b\n> </pre>\n');
    assert.equal(quote, '> Note:\n>\n> ```\n> a\n>   b\n> ```\n');
    const list = toMdxSafe('1. Step:\n\n   <pre><code>x\n   - y</code></pre>\n\n2. Next.\n');
    assert.deepEqual(codeBlocks(list), [{ value: 'x\n- y', lang: null, in: 'listItem' }]);
    assert.match(list, /^ {3}```\n {3}x\n {3}- y\n {3}```$/m);
  });

  test("a table showing nothing but one <pre> (windows-driver-docs-ddi's code examples) is that code alone", () => {
    // nc-gpioclx-gpio_client_query_controller_basic_information.md: an empty header cell, the code below it.
    const learn =
      'As shown in this code example:\n\n<div class="code"><span codelanguage=""><table>\n<tr>\n<th></th>\n</tr>\n<tr>\n<td>\n<pre>GPIO_CLIENT_QUERY_CONTROLLER_BASIC_INFORMATION MyEvtGpioQueryDeviceInformation;</pre>\n</td>\n</tr>\n</table></span></div>\nThen, implement your callback function as follows:\n';
    const mdx = toMdxSafe(learn);
    assert.deepEqual(codeBlocks(mdx), [
      {
        value: 'GPIO_CLIENT_QUERY_CONTROLLER_BASIC_INFORMATION MyEvtGpioQueryDeviceInformation;',
        lang: null,
        in: 'div',
      },
    ]);
    assert.doesNotMatch(mdx, /<\/?(?:table|tr|th|td)\b/);
    assert.match(mdx, /^Then, implement your callback function as follows:$/m);
  });

  test("a table with a header's text, another cell or two <pre> is kept, its code in its cells", () => {
    for (const learn of [
      '<table><tr><th>C++</th></tr><tr><td><pre>x;</pre></td></tr></table>\n',
      '<table><tr><td>Run</td><td><pre>x;</pre></td></tr></table>\n',
      '<table><tr><td><pre>x;</pre></td><td><pre>y;</pre></td></tr></table>\n',
    ]) {
      const mdx = toMdxSafe(learn);
      assert.match(mdx, /<table>/, learn);
      assert.ok(
        codeBlocks(mdx).every((block) => block.in === 'td'),
        learn,
      );
    }
  });

  test('a <pre> not closed in its block (a blank line ends a table block) is left as it is', () => {
    const learn = '<table><tr><td><pre>a\n\nb</pre></td></tr></table>\n';
    assert.doesNotMatch(toMdxSafe(learn), /```/);
  });
});
