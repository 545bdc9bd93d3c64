/**
 * Code blocks side by side in different languages are each named by their language
 * (src/markdown/remark-learn-code-languages.ts), as Learn shows them as one block with a tab a language.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkLearnCodeLanguages } from '../../src/markdown/remark-learn-code-languages.ts';
import { renderLearn } from '../support/learn-markdown.ts';

const html = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkLearnCodeLanguages)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  );

const block = (lang: string, code: string) => `\`\`\`${lang}\n${code}\n\`\`\``;

test('a C# sample then its Visual Basic one are each named by their language (trial CF)', () => {
  // dotnet/docs' core/diagnostics/distributed-tracing-configuration.md (real-folder trial CF, dev_langs
  // csharp and vb): its "Run the sample" is a :::code of C# then one of VB, 50 and 70 lines, which Learn
  // shows as one block with a C# and a Visual Basic tab; the site showed two unnamed blocks in a row.
  const page = html(
    ['The app:', '', block('csharp', 'Console.WriteLine("x");'), block('vb', 'Console.WriteLine("x")')].join(
      '\n',
    ),
  );
  assert.match(
    page,
    /<p class="learn-code-label">C#<\/p>\n<pre><code class="language-csharp">[^]*<\/pre>\n<p class="learn-code-label">Visual Basic<\/p>\n<pre><code class="language-vb">/,
  );
  // Inside a list item or a quote too; a name in any case (diagnosticsource-diagnosticlistener.md's ```C#).
  const indented = (text: string) => text.replace(/^/gm, '  ');
  const nested = html(
    ['- Step:', '', indented(block('C#', 'a();')), indented(block('json', '{}'))].join('\n'),
  );
  assert.equal(nested.match(/class="learn-code-label"/g)?.length, 2);
});

test('a block alone, a run in one language, and a run with an unnamed language stay as they are', () => {
  for (const markdown of [
    block('csharp', 'a();'),
    [block('csharp', 'a();'), block('csharp', 'b();')].join('\n'),
    [block('csharp', 'a();'), 'Text between.', '', block('vb', 'b()')].join('\n'),
    [block('csharp', 'a();'), block('', 'plain')].join('\n'),
    [block('csharp', 'a();'), block('brainfuck', '+')].join('\n'),
  ])
    assert.doesNotMatch(html(markdown), /learn-code-label/, markdown);
});

test("the site's pipeline names them, on an MDX page too", async () => {
  const page = await renderLearn([block('csharp', 'a();'), block('vb', 'b()')].join('\n'));
  assert.equal(page.match(/<p class="learn-code-label">(C#|Visual Basic)<\/p>/g)?.length, 2);
});
