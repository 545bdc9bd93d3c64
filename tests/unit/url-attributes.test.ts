/** Every URL-bearing attribute content can write is checked, however it is spelled or repeated. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { VFile } from 'vfile';
import { urlsOf } from '../../src/lib/content-safety.ts';
import { rehypeLinkCheck } from '../../src/markdown/rehype-link-check.ts';
import { tempDir } from '../support/temp-dir.ts';

/** A project whose public/ has the images the pages below load from the site. */
const project = tempDir('url-attributes-');
mkdirSync(join(project, 'public/media'), { recursive: true });
for (const name of ['a.png', 'b.png']) writeFileSync(join(project, 'public/media', name), '');
const check = rehypeLinkCheck({ allowedHosts: ['www.microsoft.com'], root: project, strict: true });

/** What MDX gives for `<name attributes…>` written on line 4 of content/privacy.mdx. */
function jsx(name: string, attributes: [string, string][], text?: string): Root {
  return {
    type: 'root',
    children: [
      {
        type: 'mdxJsxFlowElement',
        name,
        attributes: attributes.map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
        children: text === undefined ? [] : [{ type: 'text', value: text }],
        position: { start: { line: 4, column: 1 }, end: { line: 4, column: 40 } },
      } as unknown as Root['children'][number],
    ],
  };
}

/** The build error for `tree`, or '' when it passes. */
function problemsOf(tree: Root): string {
  try {
    check(tree, new VFile({ path: join(project, 'content/privacy.mdx') }));
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('requests to other origins fail, naming file and line', () => {
  const remote = 'https://www.microsoft.com/x.png';
  const cases: [string, [string, string][]][] = [
    ['img', [['src', remote]]],
    ['img', [['srcSet', `/media/a.png 1x, ${remote} 2x`]]],
    ['img', [['srcset', `/media/a.png,${remote}`]]],
    ['video', [['src', remote]]],
    ['video', [['poster', remote]]],
    ['audio', [['src', remote]]],
    ['source', [['src', remote]]],
    ['source', [['srcset', remote]]],
    ['track', [['src', remote]]],
    [
      'input',
      [
        ['type', 'image'],
        ['src', remote],
      ],
    ],
    ['image', [['href', remote]]],
    ['image', [['xlink:href', remote]]],
    ['use', [['xlinkHref', remote]]],
    ['feImage', [['href', remote]]],
    ['table', [['background', remote]]],
    ['object', [['data', remote]]],
    ['link', [['imagesrcset', remote]]],
    ['img', [['SRC', remote]]],
  ];
  for (const [element, attributes] of cases) {
    test(`<${element} ${attributes.map(([name, value]) => `${name}="${value}"`).join(' ')}>`, () => {
      const message = problemsOf(jsx(element, attributes));
      assert.match(
        message,
        /content\/privacy\.mdx:4: the \w+= of <\w+> "https:\/\/www\.microsoft\.com\/x\.png"/,
      );
      assert.match(message, /another origin/);
    });
  }

  test('a remote image written in Markdown (an <img> element) fails too', () => {
    const tree = fromHtml('<p>x</p>\n<p><img src="https://www.microsoft.com/x.png" alt=""></p>', {
      fragment: true,
    });
    assert.match(problemsOf(tree), /content\/privacy\.mdx:2: the src= of <img> .*another origin/);
  });

  test('a ping fails wherever it reports to', () => {
    assert.match(
      problemsOf(
        jsx('a', [
          ['href', '/'],
          ['ping', '/count'],
        ]),
      ),
      /ping=/,
    );
    assert.match(
      problemsOf(
        jsx('area', [
          ['href', '/'],
          ['PING', 'https://evil.example/'],
        ]),
      ),
      /ping/,
    );
  });
});

describe('links written as elements', () => {
  test('every href of an element is checked: a second one, in upper case', () => {
    const message = problemsOf(
      jsx('a', [
        ['href', '/privacy/'],
        ['HREF', 'https://evil.example/'],
      ]),
    );
    assert.match(message, /content\/privacy\.mdx:4: the link "https:\/\/evil\.example\/"/);
  });

  test('<area href> and SVG <a xlink:href> leaving the site fail like <a href>', () => {
    assert.match(problemsOf(jsx('area', [['href', 'https://evil.example/']])), /evil\.example/);
    assert.match(problemsOf(jsx('a', [['xlink:href', 'https://evil.example/']])), /evil\.example/);
  });

  test('refused URLs fail in any URL attribute: cite, formaction, action, longdesc', () => {
    for (const name of ['cite', 'formaction', 'action', 'longdesc', 'itemid', 'manifest']) {
      assert.match(problemsOf(jsx('div', [[name, 'javascript:alert(1)']])), /javascript: URL/, name);
      assert.match(problemsOf(jsx('div', [[name, '/\\evil.example/']])), /backslash/, name);
    }
  });

  test('a form action to another origin fails; on the site it passes', () => {
    assert.match(problemsOf(jsx('button', [['formAction', 'https://evil.example/']])), /evil\.example/);
    assert.equal(problemsOf(jsx('button', [['formaction', '/search/']])), '');
  });

  test('local images, media and links pass', () => {
    assert.equal(
      problemsOf(
        jsx('img', [
          ['src', '/media/a.png'],
          ['srcset', '/media/a.png 1x, /media/b.png 2x'],
        ]),
      ),
      '',
    );
    assert.equal(
      problemsOf(
        // Named: a link with no text fails on that alone (link-name.test.ts).
        jsx(
          'a',
          [
            ['href', '#x'],
            ['id', 'x'],
          ],
          'Section x',
        ),
      ),
      '',
    );
  });
});

describe('urlsOf', () => {
  test('a srcset gives every candidate, read as the browser reads it and split at commas', () => {
    assert.deepEqual(urlsOf('srcset', '/a.png 1x, /b.png 2x'), ['/a.png', '/b.png', '1x', '2x']);
    assert.ok(urlsOf('srcset', '/a.png,https://evil.example/x.png').includes('https://evil.example/x.png'));
    assert.ok(
      urlsOf('srcset', ' ,,/a.png  (x, https://evil.example/) 1x').includes('https://evil.example/)'),
    );
  });

  test('ping lists are split at white space', () => {
    assert.deepEqual(urlsOf('ping', '/a  https://evil.example/'), ['/a', 'https://evil.example/']);
  });
});
