/** The walk the post-build step runs over every page: document order, SKIP, EXIT, as unist-util-visit. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { EXIT, findElement, SKIP, walk, walkElements } from '../../src/lib/hast-walk.ts';

const PAGE =
  '<!doctype html><html><head><title>T</title></head><body><nav><a href="/a/">A</a></nav>' +
  '<main><h1>One <em>two</em></h1><template><p>inside</p></template><p>three <a href="/b/">four</a></p></main></body></html>';

test('visits the nodes unist-util-visit visits, in the same order', () => {
  const tree = fromHtml(PAGE);
  const expected: string[] = [];
  visit(tree, (node) => {
    if (node !== tree)
      expected.push(
        node.type === 'element' ? node.tagName : `${node.type}:${'value' in node ? node.value : ''}`,
      );
  });
  const walked: string[] = [];
  walk(tree, (node) => {
    walked.push(node.type === 'element' ? node.tagName : `${node.type}:${'value' in node ? node.value : ''}`);
  });
  assert.deepEqual(walked, expected);
  assert.ok(!walked.includes('text:inside'), "a template's content is not walked");
});

test('SKIP leaves out an element’s children; EXIT stops the walk', () => {
  const tree = fromHtml(PAGE);
  const skipped: string[] = [];
  walkElements(tree, (node) => {
    skipped.push(node.tagName);
    return node.tagName === 'nav' || node.tagName === 'h1' ? SKIP : undefined;
  });
  assert.ok(skipped.includes('nav') && skipped.includes('p'));
  assert.ok(!skipped.includes('em'), 'the h1’s children were skipped');
  assert.equal(skipped.filter((name) => name === 'a').length, 1, 'only the link outside <nav>');

  const stopped: string[] = [];
  const finished = walkElements(tree, (node) => {
    stopped.push(node.tagName);
    return node.tagName === 'h1' ? EXIT : undefined;
  });
  assert.equal(finished, false);
  assert.equal(stopped.at(-1), 'h1');
  assert.equal(
    walkElements(tree, () => undefined),
    true,
  );
});

test('findElement returns the first match in document order', () => {
  const tree = fromHtml(PAGE);
  assert.equal(findElement(tree, (node) => node.tagName === 'a')?.properties['href'], '/a/');
  assert.equal(
    findElement(tree, (node) => node.tagName === 'table'),
    undefined,
  );
});
