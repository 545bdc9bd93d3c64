/**
 * docfx parses each include as a document of its own: an include's references (`![alt][0]`, `[text][id]`,
 * `[Owner]`) use its own link reference definitions, not the page's or another include's, and the page does
 * not use an include's. visualstudio-docs.cs-cz's containers/container-tools.md includes
 * includes/vs-2017/container-tools.md and includes/vs-2019/container-tools.md, which both write
 * `![Dialog pro vytváření Azure Container Registry v aplikaci Visual Studio][0]` and define `[0]` (the 2017 and
 * the 2019 screenshot): spliced into one page, the first `[0]` won, and the 2019 dialog showed the 2017 one.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import type { Definition, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { parseMarkdown } from '../../src/lib/learn/parse-markdown.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: Tools\ndescription: Container tools.\nauthor: x\nms.date: 01/01/2020\n---\n';
const ONE =
  'One: ![Image one][0] and [the guide][guide].\n\n[0]:../media/one.png\n[guide]: https://learn.microsoft.com/one\n';
const TWO =
  'Two: ![Image two][0] and [the guide][guide].\n\n[0]:../media/two.png\n[guide]: https://learn.microsoft.com/two\n';

/** Each image and link of `markdown` with the URL it gets, references resolved as the HTML step resolves them. */
function resolved(markdown: string): string[] {
  const tree = parseMarkdown(markdown);
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    const key = node.identifier.toUpperCase();
    if (!definitions.has(key)) definitions.set(key, node);
  });
  const found: string[] = [];
  visit(tree, (node: Nodes) => {
    const text = node.type === 'image' || node.type === 'imageReference' ? node.alt : toString(node);
    if (node.type === 'image' || node.type === 'link') found.push(`${String(text)} → ${node.url}`);
    if (node.type === 'imageReference' || node.type === 'linkReference')
      found.push(`${String(text)} → ${definitions.get(node.identifier.toUpperCase())?.url ?? '(none)'}`);
  });
  return found;
}

describe('include definitions at build', () => {
  const project = tempDir('include-definitions-');
  const content = join(project, 'content');
  mkdirSync(join(content, 'includes', 'vs-2019'), { recursive: true });
  mkdirSync(join(project, 'public', 'media'), { recursive: true });
  for (const name of ['one.svg', 'two.svg', 'page.svg', 'inner.svg'])
    writeFileSync(join(project, 'public', 'media', name), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const write = (name: string, text: string) => {
    writeFileSync(join(content, name), text);
  };
  write('includes/one.md', ONE.replace('../media/one.png', '/media/one.svg'));
  write('includes/two.md', TWO.replace('../media/two.png', '/media/two.svg'));
  const root = pathToFileURL(`${project}/`);
  const page = join(content, 'page.md');
  const render = (markdown: string) => renderLearn(markdown, { root, path: page });
  const sources = (html: string) =>
    [...html.matchAll(/<img src="([^"]+)" alt="([^"]*)"/g)].map((m) => `${m[2] ?? ''} ${m[1] ?? ''}`);
  const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);

  test("two includes' definitions of one label are each their own include's", async () => {
    const html = await render('[!include[one](includes/one.md)]\n\n[!include[two](includes/two.md)]\n');
    assert.deepEqual(sources(html), ['Image one /media/one.svg', 'Image two /media/two.svg']);
    assert.deepEqual(hrefs(html), ['https://learn.microsoft.com/one', 'https://learn.microsoft.com/two']);
  });

  test("the page's definitions are the page's, an include's the include's, whichever comes first", async () => {
    write(
      'includes/lit.md',
      'Included: ![Image][0], [Owner] and [Reader].\n\n[0]: /media/one.svg\n[Reader]: https://learn.microsoft.com/reader\n',
    );
    const html = await render(
      '[!INCLUDE [lit](includes/lit.md)]\n\nPage: ![Page][0] and [Owner], not [Reader].\n\n[0]: /media/page.svg\n[Owner]: https://learn.microsoft.com/owner\n',
    );
    assert.deepEqual(sources(html), ['Image /media/one.svg', 'Page /media/page.svg']);
    // The include does not see the page's [Owner], nor the page the include's [Reader].
    assert.deepEqual(hrefs(html), [
      'https://learn.microsoft.com/reader',
      'https://learn.microsoft.com/owner',
    ]);
    assert.match(html, /Included: .*\[Owner\]/);
    assert.match(html, /not \[Reader\]/);
  });

  test('a nested include and the include around it each have their own, inside a line too', async () => {
    write('includes/inner.md', 'Inner ![Inner][0]\n\n[0]: /media/inner.svg\n');
    write('includes/outer.md', 'Outer ![Outer][0]\n\n[!INCLUDE [inner](inner.md)]\n\n[0]: /media/two.svg\n');
    const html = await render(
      '[!INCLUDE [outer](includes/outer.md)]\n\nAnd [!INCLUDE [inner](includes/inner.md)] inline.\n',
    );
    assert.deepEqual(sources(html).slice(0, 2), ['Outer /media/two.svg', 'Inner /media/inner.svg']);
  });

  test("what an include's references repeat still counts toward the page, reference by reference", async () => {
    write('includes/long.md', `${'[a] '.repeat(40)}\n\n[a]: /page/?${'q'.repeat(30_000)}\n`);
    const error = await buildError('[!INCLUDE [long](includes/long.md)]\n', page, root, ['page']);
    assert.match(error, /more than 1,000,000 characters that references repeat/);
  });
});

describe('include definitions at import', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  const plan = (files: Record<string, string>) => {
    const access: SourceFiles = {
      read: (path) => files[path],
      exists: (path) => path in files,
      bytes: (path) => (path.endsWith('.png') && path in files ? PNG : undefined),
    };
    return planImport(['/repo/docs/tools.md'], { sourceRoot: '/repo/docs' }, access);
  };
  const media = { '/repo/docs/media/one.png': '', '/repo/docs/media/two.png': '' };

  test("two includes' definitions of one label are each their own include's, lines kept", () => {
    const result = plan({
      ...media,
      '/repo/docs/tools.md': `${FRONT}# Tools\n\n[!include[one](includes/one.md)]\n\n[!include[two](includes/two.md)]\n`,
      '/repo/docs/includes/one.md': ONE,
      '/repo/docs/includes/two.md': TWO,
    });
    const body = result.pages[0]?.body ?? '';
    assert.deepEqual(resolved(body), [
      'Image one → /media/one.png',
      'the guide → https://learn.microsoft.com/one',
      'Image two → /media/two.png',
      'the guide → https://learn.microsoft.com/two',
    ]);
    // The first include's labels are the page's as written; the second's, taken, are in its scope.
    assert.match(body, /^One: !\[Image one\]\[0\] and \[the guide\]\[guide\]\.$/m);
    assert.match(body, /^Two: !\[Image two\]\[include2 0\] and \[the guide\]\[include2 guide\]\.$/m);
    assert.match(body, /^\[include2 0\]:\/media\/two\.png$/m);
    assert.equal(
      body.split('\n').length,
      2 * ONE.split('\n').length - 1,
      'each line of the includes, no more',
    );
  });

  test("the page's definitions are the page's, an include's the include's, whichever comes first", () => {
    const result = plan({
      ...media,
      '/repo/docs/tools.md': `${FRONT}# Tools\n\n[!INCLUDE [lit](includes/lit.md)]\n\nPage: [Owner], not [Storage Queue Data Reader], and [the guide][guide].\n\n[Owner]: https://learn.microsoft.com/owner\n[guide]: https://learn.microsoft.com/page\n`,
      '/repo/docs/includes/lit.md':
        '> Included: [Owner], [Storage Queue\n> Data Reader] and the [guide][].\n>\n> [storage queue data reader]: https://learn.microsoft.com/reader\n> [guide]: https://learn.microsoft.com/one\n',
    });
    const body = result.pages[0]?.body ?? '';
    assert.deepEqual(resolved(body), [
      'Storage Queue\nData Reader → https://learn.microsoft.com/reader',
      'guide → https://learn.microsoft.com/one',
      'Owner → https://learn.microsoft.com/owner',
      'the guide → https://learn.microsoft.com/page',
    ]);
    // The include's [Owner] is the text docfx shows, escaped so that the page's definition does not take it.
    assert.match(body, /^> Included: \\\[Owner\], /m);
    // A label the page leaves as text is the include's, in its scope, over lines in a quote too.
    assert.match(
      body,
      /^> Data Reader\]\[include1 storage queue data reader\] and the \[guide\]\[include1 guide\]\.$/m,
    );
    assert.match(body, /not \[Storage Queue Data Reader\],/);
  });

  test('a nested include and the include around it each have their own; a page label like the scope moves it', () => {
    const result = plan({
      ...media,
      '/repo/docs/tools.md': `${FRONT}# Tools\n\n[!INCLUDE [outer](includes/outer.md)]\n\nSee [include1 notes].\n\n[include1 notes]: https://learn.microsoft.com/notes\n`,
      '/repo/docs/includes/outer.md':
        'Outer ![Outer][0]\n\n[!INCLUDE [one](one.md)]\n\n[0]: ../media/two.png\n',
      '/repo/docs/includes/one.md': ONE,
    });
    const body = result.pages[0]?.body ?? '';
    assert.deepEqual(resolved(body), [
      'Outer → /media/two.png',
      'Image one → /media/one.png',
      'the guide → https://learn.microsoft.com/one',
      'include1 notes → https://learn.microsoft.com/notes',
    ]);
    assert.match(body, /!\[Outer\]\[0\]/);
    assert.match(body, /!\[Image one\]\[include-2 0\]/);
  });

  test("an include's warnings keep their lines", () => {
    const result = plan({
      '/repo/docs/tools.md': `${FRONT}# Tools\n\n[!include[one](includes/one.md)]\n\n[!include[two](includes/two.md)]\n`,
      '/repo/docs/includes/one.md': ONE,
      '/repo/docs/includes/two.md': TWO,
    });
    const said = result.warnings.map(
      (warning) => `${warning.file}:${String(warning.line)}: ${warning.message}`,
    );
    assert.ok(
      said.includes(
        '/repo/docs/includes/two.md:3: image "../media/two.png" does not exist. The page shows its alt text instead.',
      ),
      said.join('\n'),
    );
  });
});
