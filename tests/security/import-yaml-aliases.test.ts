/**
 * A YAML page (FAQ, Architecture) is made into Markdown before the import parses it, and a YAML alias repeats
 * its anchor's text there: a file of 101 KB made a page of 4 MB, 17 s of import, where a Markdown file that
 * large is refused before any parse (red team 17). The Markdown made is held to what a page may be.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport } from '../../src/lib/import/convert.ts';
import { readTocYml } from '../../src/lib/import/toc-yml.ts';

const faq = (questions: number) =>
  [
    '### YamlMime:FAQ',
    'metadata:',
    '  title: FAQ',
    '  description: Questions.',
    '  author: a',
    '  ms.date: 02/02/2021',
    'title: FAQ',
    'summary: &a |',
    `  ${'word '.repeat(20_000)}`,
    'sections:',
    '  - name: Questions',
    '    questions:',
    ...Array.from({ length: questions }, (_, index) => [
      `      - question: Question ${String(index)}?`,
      '        answer: *a',
    ]).flat(),
    '',
  ].join('\n');

const plan = (source: string) =>
  planImport(
    ['/r/docs/faq.yml'],
    { sourceRoot: '/r/docs' },
    {
      read: (path) => (path === '/r/docs/faq.yml' ? source : undefined),
      exists: (path) => path === '/r/docs/faq.yml',
    },
  );

test('an FAQ whose aliases repeat a long answer past what a page may be is refused, before any parse', () => {
  const source = faq(40);
  assert.ok(source.length < 110_000, String(source.length));
  const { pages, refused } = plan(source);
  assert.deepEqual(pages, []);
  assert.equal(refused.length, 1);
  const [refusal] = refused;
  assert.ok(refusal);
  assert.equal(refusal.file, '/r/docs/faq.yml');
  assert.match(
    refusal.message,
    /^This page is 4\d{3} KB of Markdown; the site builds pages of at most 1000 KB.*made from this YAML page, where each alias, \*name, repeats its anchor's text/,
  );
});

test('an FAQ whose aliases stay within a page is imported', () => {
  const { pages, refused } = plan(faq(3));
  assert.deepEqual(refused, []);
  assert.equal(pages.length, 1);
});

test('a TOC or an FAQ whose alias is inside its own anchor is refused at the alias, not read without end', () => {
  // Red team 24: the TOC's items held themselves, and the import failed with "Maximum call stack size exceeded".
  const toc =
    '- name: Root\n  items: &loop\n    - name: Article\n      href: article.md\n    - name: Loop\n      items: *loop\n';
  assert.throws(
    () => readTocYml(toc, 'docs/toc.yml'),
    /^Error: docs\/toc\.yml:6: the TOC is not valid YAML: the alias \*loop is inside what its anchor &loop names, so the value holds itself without end/,
  );
  const looping = faq(1).replace('summary: &a |', 'summary: &a\n  - *a\nintro: |');
  const { pages, refused } = plan(looping);
  assert.deepEqual(pages, []);
  assert.match(refused[0]?.message ?? '', /the alias \*a is inside what its anchor &a names/);
});
