/**
 * A table that ends on a moniker's end line (visualstudio-docs' containers/container-tools-configure.md:46,
 * a table then `::: moniker-end` with no blank line between) ends there, as Learn's markdig reads a `:::`
 * line: before, the marker became the table's last one-cell row and the build failed on raw Learn syntax.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderLearn } from '../support/learn-markdown.ts';

test("a table right before a moniker end line is the moniker block's table, and the marker no row of it", async () => {
  const html = await renderLearn(
    [
      '::: moniker range="vs-2017"',
      '| Setting name | Description |',
      '|---|---|',
      '| containerName | The name of the container. |',
      '::: moniker-end',
      '::: moniker range=">=vs-2019"',
      '| Setting name | Description |',
      '|---|---|',
      '| ContainerDevelopmentMode | Whether "build-on-host" optimization is enabled. |',
      '::: moniker-end',
      '',
      'After both.',
    ].join('\n'),
  );
  assert.doesNotMatch(html, /:::|moniker-end/);
  assert.equal(html.match(/<tr>/g)?.length, 4, html);
  assert.match(html, /<\/table><\/div><\/div>\s*<div class="learn-variant">/);
  assert.match(html, /<\/div>\s*<p>After both\.<\/p>/);
});
