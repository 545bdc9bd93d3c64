/**
 * `npm run import` of files saved with Windows line endings, as Learn's folders mix them
 * (windows-driver-docs-ddi's gpioclx: 3 of its 9 articles CRLF): each file imports as its LF twin does.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { runImport } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Shaped like gpioclx's nc-gpioclx-gpio_client_clear_active_interrupts.md, with a callout, tabs and an include. */
const ARTICLE = `---
UID: NC:gpioclx.GPIO_CLIENT_CLEAR_ACTIVE_INTERRUPTS
title: GPIO_CLIENT_CLEAR_ACTIVE_INTERRUPTS (gpioclx.h)
description: The CLIENT_ClearActiveInterrupts event callback function clears active interrupts.
ms.date: 02/15/2018
author: test
req.header: gpioclx.h
req.irql: See Remarks.
---

# GPIO_CLIENT_CLEAR_ACTIVE_INTERRUPTS callback function


## -description

The <i>CLIENT_ClearActiveInterrupts</i> event callback function clears active interrupts.

## -parameters

### -param Context [in]

A pointer to the GPIO controller driver's device context.

## -returns

STATUS_SUCCESS if the call is successful.

## -remarks

> [!NOTE]
> This callback function is optional.

# [C](#tab/c)

C text.

# [C++](#tab/cpp)

C++ text.

---

[!INCLUDE [note](includes/note.md)]

## -see-also

<a href="/windows-hardware/drivers/gpio/gpio-interrupts">GPIO Interrupts</a>
`;

const INCLUDE = '> [!TIP]\n> Included text.\n';
const STRUCT = `---
title: CONTROLLER_ATTRIBUTE_FLAGS (gpioclx.h)
description: Flags.
ms.date: 02/15/2018
author: test
---

# CONTROLLER_ATTRIBUTE_FLAGS structure

## -description

Flags.

## -struct-fields

### -field MemoryMappedController

Whether it is memory-mapped.
`;
const TOC = `# [Gpioclx.h](index.md)
## [GPIO reference](overview.md)
### [GPIO_CLIENT_CLEAR_ACTIVE_INTERRUPTS](a.md)
### [CONTROLLER_ATTRIBUTE_FLAGS](b.md)
`;
const SOURCE =
  '# Source\n\n- Repository: [MicrosoftDocs/windows-driver-docs-ddi](https://github.com/MicrosoftDocs/windows-driver-docs-ddi)\n- Folder: `wdk-ddi-src/content/gpioclx/`\n';

/** The folder written with `ending` for each line end, imported; its written files by path. */
async function imported(ending: string): Promise<{ files: Map<string, string>; output: string }> {
  const source = tempDir('import-eol-src-');
  const site = tempDir('import-eol-site-');
  const write = (name: string, text: string) => {
    mkdirSync(join(source, name, '..'), { recursive: true });
    writeFileSync(join(source, name), text.replaceAll('\n', ending));
  };
  write('a.md', ARTICLE);
  write('b.md', STRUCT);
  write('includes/note.md', INCLUDE);
  write('TOC.md', TOC);
  write('SOURCE.md', SOURCE);
  const { output } = await runImport([join(source, 'a.md'), join(source, 'b.md')], {
    root: site,
    toc: join(source, 'TOC.md'),
    learnPath: 'windows-hardware/drivers/ddi/gpioclx',
  });
  const files = new Map<string, string>();
  for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.(mdx?|json)$/.test(file)) files.set(file, readFileSync(join(site, file), 'utf8'));
  }
  // The output names the two folders, which differ between runs, in full or from the working folder.
  return {
    files,
    output: output
      .replaceAll(source, '<source>')
      .replaceAll(site, '<site>')
      .replaceAll(basename(source), '<source>'),
  };
}

describe('a folder saved with CRLF (and with lone CR) line endings', async () => {
  const lf = await imported('\n');
  const crlf = await imported('\r\n');
  const cr = await imported('\r');

  test('the LF folder imports as Learn shows it (the pages this test compares)', () => {
    const page = lf.files.get('content/a.mdx') ?? '';
    assert.match(page, /^## <a id="-parameters"><\/a>Parameters$/m);
    assert.match(page, /^### `\[in\] Context`$/m);
    assert.match(page, /^## <a id="-returns"><\/a>Return value$/m);
    assert.match(page, /^> \[!NOTE\]\n> This callback function is optional\.$/m);
    assert.match(page, /^# \[C\+\+\]\(#tab\/cpp\)$/m);
    assert.match(page, /^> \[!TIP\]\n> Included text\.$/m);
    assert.match(page, /^\| IRQL \| See Remarks\. \|\n\n## <a id="-see-also"><\/a>See also$/m);
    assert.match(page, /^sidebarLabel: "GPIO_CLIENT_CLEAR_ACTIVE_INTERRUPTS"$/m); // the TOC's name
    assert.match(page, /^repository: "MicrosoftDocs\/windows-driver-docs-ddi"$/m); // SOURCE.md's
    assert.match(lf.files.get('content/b.mdx') ?? '', /Members\n\n### `MemoryMappedController`$/m);
  });

  test('writes the same pages, sidebar and records as the LF folder, with no \\r left', () => {
    for (const other of [crlf, cr]) {
      assert.deepEqual([...other.files.keys()], [...lf.files.keys()]);
      for (const [file, text] of lf.files) assert.equal(other.files.get(file), text, file);
      for (const text of other.files.values()) assert.doesNotMatch(text, /\r/);
      assert.equal(other.output, lf.output);
    }
  });
});
