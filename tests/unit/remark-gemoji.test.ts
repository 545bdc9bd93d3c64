/**
 * Emoji shortcodes are emoji, as Learn's markdig shows them: dataexplorer-docs writes every parameter
 * table's Required column as `:heavy_check_mark:` and every "Applies to" line as `:white_check_mark: Fabric`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderLearn } from '../support/learn-markdown.ts';

test('a shortcode in text and in a table cell is its emoji; in code, in a URL and a time it stays as written', async () => {
  const html = await renderLearn(
    [
      '| Name | Type | Required | Description |',
      '|--|--|--|--|',
      '| *ColumnName* | `string` | :heavy_check_mark: | The column. |',
      '',
      '> Applies to :white_check_mark: Fabric :x: Azure Monitor',
      '',
      'Run `echo :smile:` at 10:30:00, see https://example.com/a:b:c.',
    ].join('\n'),
  );
  assert.match(html, /<td>✔️<\/td>/);
  assert.match(html, /Applies to ✅ Fabric ❌ Azure Monitor/);
  assert.match(html, /<code>echo :smile:<\/code> at 10:30:00/);
  assert.doesNotMatch(html, /:heavy_check_mark:|:white_check_mark:/);
});
