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

test('a Thai sentence ends at a space between two Thai letters, as Thai writes no full stop', () => {
  // Real-folder trial BZ, Dynamics-365-Operations.th-th's er-functions-category-datetime.md without its
  // description: no ".", so no sentence was found, and the description was the H1.
  assert.equal(
    descriptionOf(
      '# รายการของฟังก์ชั่น ER ในประเภทวันที่และเวลา\n\nฟังก์ชันวันและเวลาของการรายงานทางอิเล็กทรอนิกส์ (ER) สามารถใช้เพื่อดึงข้อมูลจากค่าวันที่และเวลาและเพื่อมาดำเนินการ หัวข้อนี้แสดงสรุปของฟังก์ชันเหล่านี้\n',
    ),
    'ฟังก์ชันวันและเวลาของการรายงานทางอิเล็กทรอนิกส์ (ER) สามารถใช้เพื่อดึงข้อมูลจากค่าวันที่และเวลาและเพื่อมาดำเนินการ',
  );
  // A paragraph of one sentence is all of it; a space beside code or a Latin word ends none.
  assert.equal(
    descriptionOf('# T\n\nฟังก์ชัน `DAYOFYEAR` ส่งคืนค่าที่แสดง *จำนวนเต็ม* ของวันระหว่างวันที่ 1 มกราคมและวันที่ระบุ\n'),
    'ฟังก์ชัน DAYOFYEAR ส่งคืนค่าที่แสดง จำนวนเต็ม ของวันระหว่างวันที่ 1 มกราคมและวันที่ระบุ',
  );
  // A clause shorter than a sentence ("for example,") runs on into the next one.
  assert.equal(
    descriptionOf(
      '# T\n\nตัวอย่างเช่น ถ้าฟังก์ชันถูกเรียกโดยใช้ไวยากรณ์ 1 การแปลงจะทำโดยใช้วัฒนธรรมเยอรมัน ค่าเริ่มต้นคือ EN-US\n',
    ),
    'ตัวอย่างเช่น ถ้าฟังก์ชันถูกเรียกโดยใช้ไวยากรณ์ 1 การแปลงจะทำโดยใช้วัฒนธรรมเยอรมัน',
  );
  // One that introduces what follows is none, as in English.
  assert.equal(descriptionOf('# ชื่อเรื่อง\n\nให้แปลงดังต่อไปนี้:\n\n- หนึ่ง\n'), 'ชื่อเรื่อง');
});

test('a "." or "!" with a symbol right after it ("#If...Then...#Else", "Forms!Employees") ends no sentence', () => {
  // Trial CA: VBA-Docs' Language/Concepts/Getting-Started/compiler-constants.md was described as
  // "…for exclusive use with the #If...Then...": Unicode's rules end a sentence at "..." before "#".
  assert.equal(
    descriptionOf(
      '# Compiler constants\n\nVisual Basic for Applications defines [constants](../../Glossary/vbe-glossary.md#constant) for exclusive use with the **[#If...Then...#Else](../../reference/user-interface-help/ifthenelse-directive.md)** directive. These constants are global.\n',
    ),
    'Visual Basic for Applications defines constants for exclusive use with the #If...Then...#Else directive.',
  );
  assert.equal(
    descriptionOf('# T\n\nThe expression Forms!Employees!LastName names a control. Then more.\n'),
    'The expression Forms!Employees!LastName names a control.',
  );
  // A "!" or "?" with a space after it still ends one.
  assert.equal(
    descriptionOf('# T\n\nNever cache a password! Use a vault. Then more.\n'),
    'Never cache a password!',
  );
});
