/**
 * Links to an article neither imported nor in the folder's TOC, the same from many pages (dynamics365smb-devitpro-pb's
 * method pages each link `../integer/integer-data-type.md` and `../../devenv-dev-overview.md`): one warning a target,
 * counting the pages and naming a few places, and what to do said once.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runImport } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

test('the import says each missing target once, with its pages, and the advice once', async () => {
  const folder = tempDir('import-refused-src-');
  const site = tempDir('import-refused-site-');
  const methods = join(folder, 'developer/methods-auto/textbuilder');
  mkdirSync(methods, { recursive: true });
  const files = ['append', 'clear', 'length'].map((name) => {
    const file = join(methods, `textbuilder-${name}-method.md`);
    writeFileSync(
      file,
      `---\ntitle: "TextBuilder.${name} Method"\ndescription: About ${name}.\nauthor: a\nms.date: 11/23/2020\n---\n# TextBuilder.${name} Method\n\n## Return Value\n*Value*\n&emsp;Type: [Integer](../integer/integer-data-type.md)\n\n## See Also\n[Developing Extensions](../../devenv-dev-overview.md)\n`,
    );
    return file;
  });
  // The TOC, at the folder's root, lists the pages, not the articles they link.
  writeFileSync(
    join(folder, 'TOC.md'),
    `# AL data types and methods\n## [TextBuilder Data Type](developer/methods-auto/textbuilder/textbuilder-data-type.md)\n${['append', 'clear', 'length'].map((name) => `### [${name}](developer/methods-auto/textbuilder/textbuilder-${name}-method.md)\n`).join('')}`,
  );
  const { output } = await runImport(files, {
    root: site,
    toc: join(folder, 'TOC.md'),
    repository: 'MicrosoftDocs/dynamics365smb-devitpro-pb',
    learnPath: 'dynamics365/business-central/dev-itpro',
  });
  const page = 'content/developer/methods-auto/textbuilder/textbuilder';
  const lines = output.split('\n').filter((line) => /neither a page of this site/.test(line));
  assert.equal(lines.length, 2, output);
  assert.match(
    lines[0] ?? '',
    new RegExp(
      `^ {2}warning {3}${page}-append-method\\.md:16: The link "\\.\\./integer/integer-data-type\\.md" goes to developer/methods-auto/integer/integer-data-type\\.md, which is neither .*\\(its TOC and files\\)\\. \\(3 links in 3 pages: also ${page}-clear-method\\.md:16, ${page}-length-method\\.md:16\\)$`,
    ),
  );
  assert.match(lines[1] ?? '', /"\.\.\/\.\.\/devenv-dev-overview\.md" .*\(3 links in 3 pages: also /);
  assert.equal(output.match(/Fix the link/g)?.length, 1, output);
  assert.match(output, /^ {12}Each of these 6 links: Fix the link; .* The build will fail on them\.$/m);
  // And the TOC's entry for the data type's article, which the import was not given.
  assert.match(
    output,
    /TOC\.md:2: an article not among the files imported, "[^"]*textbuilder-data-type\.md"/,
  );
  assert.match(output, /0 image\(s\), 3 warning\(s\)/);
});
