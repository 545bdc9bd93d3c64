/** An article without `description:` is described by its first sentence, a `.NET` inside it no end of one. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';

/** The description the import gives `body`, an article with no `description:` (as dynamics365smb-devitpro-pb's). */
function descriptionOf(body: string): string | undefined {
  const text = `---\ntitle: "TextBuilder Data Type"\nauthor: SusanneWindfeldPedersen\nms.date: 11/23/2020\n---\n${body}`;
  const files: SourceFiles = {
    read: (path) => (path === '/learn/textbuilder-data-type.md' ? text : undefined),
    exists: (path) => path === '/learn/textbuilder-data-type.md',
  };
  return planImport(['/learn/textbuilder-data-type.md'], { today: '2026-01-02' }, files).pages[0]?.frontMatter
    .description;
}

test('a full stop with a letter or digit right after it (".Net", "e.g.Foo", "file.Txt") ends no sentence', () => {
  // textbuilder-data-type.md, as the AL method reference generates it.
  const real = [
    '[//]: # (START>DO_NOT_EDIT)',
    '# TextBuilder Data Type',
    '> **Version**: _Available from runtime version 1.0._',
    '',
    'Represents a lighweight wrapper for the .Net implementation of StringBuilder.',
    '',
    '',
    '',
    'The following methods are available on instances of the TextBuilder data type.',
    '',
  ].join('\n');
  assert.equal(
    descriptionOf(real),
    'Represents a lighweight wrapper for the .Net implementation of StringBuilder.',
  );
  assert.equal(
    descriptionOf('# T\n\nReads the .Json file with .NET 8, e.g.Foo or file.Txt here. Then more.\n'),
    'Reads the .Json file with .NET 8, e.g.Foo or file.Txt here.',
  );
  // A full stop then a space still ends one.
  assert.equal(
    descriptionOf('# T\n\nUse the TextBuilder data type. It holds .NET text.\n'),
    'Use the TextBuilder data type.',
  );
});

test('a Japanese sentence ends at "。" with no space after it, a ".NET" inside it too', () => {
  assert.equal(
    descriptionOf(
      '# T\n\nTextBuilder は、.NET の StringBuilder の実装の軽量ラッパーを表します。次のメソッドを使用できます。\n',
    ),
    'TextBuilder は、.NET の StringBuilder の実装の軽量ラッパーを表します。',
  );
  assert.equal(
    descriptionOf('# T\n\nこのデータ型は参照型です。文字列を連結するときに使います。\n'),
    'このデータ型は参照型です。',
  );
  // Other terminators end one as before.
  assert.equal(
    descriptionOf('# T\n\nWhy use a TextBuilder data type here? Speed.\n'),
    'Why use a TextBuilder data type here?',
  );
});
