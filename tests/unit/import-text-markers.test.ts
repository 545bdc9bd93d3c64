/**
 * A block marker Learn shows as text (`[!NOTE]` joined to the paragraph above it: azure-devops-docs'
 * environments-virtual-machines.md, found by blind search trial 15) is escaped by the import and said, so the
 * page builds and shows it as Learn does, instead of the build failing on an unrendered marker.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { escapeTextMarkers } from '../../src/lib/import/text-markers.ts';
import { findLearnLeftovers } from '../../src/lib/learn/leftovers.ts';
import { renderLearn } from '../support/learn-markdown.ts';
import { runImport } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

/** The article's steps 5 to 7 (lines 23 to 29), as written: its quotes are indented less than the items' text. */
const STEPS = [
  '5.  Copy the  registration script. ',
  '6.    Run the copied script from an administrator PowerShell command prompt on each of the target VMs.',
  '    > [!NOTE]',
  '    > - The Personal Access Token (PAT) of the logged in user is included in the script.',
  '7.    Once your VM is registered, it will start appearing as an environment resource.',
  '    > [!div class="mx-imgBorder"]',
  '    > ![VMcreation](media/vm-creation.png)',
  '',
].join('\n');
/** The same, its screenshot left out, to render without the image. */
const SHOWN = STEPS.replace('![VMcreation](media/vm-creation.png)', 'The new resource.');

describe('escapeTextMarkers', () => {
  test('escapes the markers CommonMark joins to a paragraph, naming their lines; the page then has no leftover', async () => {
    const { text, markers } = escapeTextMarkers(STEPS);
    assert.deepEqual(markers, [
      { line: 3, marker: '[!NOTE' },
      { line: 6, marker: '[!div' },
    ]);
    assert.match(text, /^ {4}> \\\[!NOTE\]$/m);
    assert.match(text, /^ {4}> \\\[!div class="mx-imgBorder"\]$/m);
    // Unescaped, the build fails on the page; escaped, it shows the text as Learn does.
    // As the import writes it: a .md page (MDX reads no indented code, so its quotes would be blocks).
    const asMarkdown = { path: '/site/content/page.md' };
    assert.notDeepEqual(findLearnLeftovers(await renderLearn(SHOWN, asMarkdown)), []);
    const html = await renderLearn(escapeTextMarkers(SHOWN).text, asMarkdown);
    assert.deepEqual(findLearnLeftovers(html), []);
    assert.match(html, /VMs\.\s*> \[!NOTE\]\s*> - The Personal Access Token/);
  });

  test('leaves a marker where a block starts, in code, or escaped; a heading or table cell holds only text', async () => {
    const left = [
      '> [!NOTE]',
      '> A callout.',
      '',
      '1. A step.',
      '',
      '   > [!TIP]',
      '   > A callout in the step.',
      '',
      '[!code-csharp[Main](snippets/a.cs)]',
      '',
      'Write `> [!NOTE]` or \\[!NOTE] to show it.',
      '',
      '```md',
      'Text',
      '> [!NOTE]',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(escapeTextMarkers(left), { text: left, markers: [] });
    const html = await renderLearn(left, { path: '/site/content/page.md' });
    assert.equal((html.match(/class="callout /g) ?? []).length, 2, 'both callouts are rendered');

    const inside = '## Steps [!NOTE] here\n\n| A | B |\n|---|---|\n| x [!TIP] | [!div y] |\n';
    const { text, markers } = escapeTextMarkers(inside);
    assert.deepEqual(
      markers.map(({ line }) => line),
      [1, 5, 5],
    );
    assert.deepEqual(findLearnLeftovers(await renderLearn(text, { path: '/site/content/page.md' })), []);
  });

  test("leaves a callout after a moniker's end and the next one's start: markdig ends the quote there", async () => {
    // Import trial 28 (visualstudio-docs' containers/add-container-support.md): a quote, then a moniker's end
    // and the next moniker's start on the lines right after it, then the next quote. CommonMark joins the marker
    // lines and the second quote to the first quote's paragraph; markdig's triple-colon blocks end it.
    const notes = [
      ':::moniker range="<=vs-2019"',
      '> [!NOTE]',
      '> When creating a console project, there is no option.',
      ':::moniker-end',
      ':::moniker range="vs-2022"',
      '> [!NOTE]',
      '> If you use the full console template, add orchestration.',
      ':::moniker-end',
      '',
    ].join('\n');
    assert.deepEqual(escapeTextMarkers(notes), { text: notes, markers: [] });
    const html = await renderLearn(notes, { path: '/site/content/page.md' });
    assert.equal((html.match(/class="callout /g) ?? []).length, 2, 'both callouts are rendered');
    assert.deepEqual(findLearnLeftovers(html), []);
  });
});

describe('importing a page with such a marker', async () => {
  const folder = tempDir('import-text-markers-src-');
  const site = tempDir('import-text-markers-site-');
  mkdirSync(join(folder, 'process'), { recursive: true });
  writeFileSync(
    join(folder, 'process/environments-virtual-machines.md'),
    `---\ntitle: Environment - virtual machine resource\ndescription: Add virtual machines to an environment.\nms.date: 01/21/2020\n---\n\n# Environment: virtual machine resource\n\n${STEPS}`,
  );
  const run = await runImport([join(folder, 'process/environments-virtual-machines.md')], {
    root: site,
    learnPath: 'azure/devops/pipelines/process',
  });

  test('writes it escaped and says where, once each, with how to make it a block', () => {
    assert.equal(run.status, 0, run.output);
    const page = readFileSync(join(site, 'content/environments-virtual-machines.md'), 'utf8');
    assert.match(page, /^ {4}> \\\[!NOTE\]$/m);
    assert.match(
      run.output,
      /environments-virtual-machines\.md:11: \[!NOTE\] is inside a paragraph, heading or table cell, not where a block starts, so Learn shows it as text, and so does the page\. To make it a block, start it after a blank line, or indented as the text of the list item it belongs to\./,
    );
    assert.match(run.output, /environments-virtual-machines\.md:14: \[!div\] is inside a paragraph/);
    assert.doesNotMatch(run.output, /the build will fail/);
  });
});
