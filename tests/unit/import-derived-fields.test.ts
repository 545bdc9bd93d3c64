/**
 * Importing a folder again after it gained an article: the pages after it move in the sidebar (`order`, and
 * the TOC's `group` and `sidebarLabel`), which the import derives, so it updates them without --force; a hand
 * edit still needs --force.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dayDate } from '../../src/lib/dates.ts';
import { renderPage } from '../../src/lib/import/convert.ts';
import { derivedChanges } from '../../src/lib/import/page-change.ts';
import { runImport } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

const page = {
  frontMatter: {
    title: 'Get-MalwareFilterRule',
    description: 'Use the Get-MalwareFilterRule cmdlet to view malware filter rules.',
    order: 8,
    updated: dayDate('2017-09-25'),
    author: 'chrisda',
    source: 'exchange/exchange-ps/ExchangePowerShell/Get-MalwareFilterRule.md',
    repository: 'MicrosoftDocs/office-docs-powershell',
    imported: dayDate('2026-01-02'),
  },
  body: '## SYNOPSIS\n\nText.\n',
};

describe('derivedChanges', () => {
  const before = renderPage({ ...page, frontMatter: { ...page.frontMatter, order: 7 } });

  test('names the derived fields in which a page file differs, when nothing else does', () => {
    assert.deepEqual(derivedChanges(before, page, 'a.md'), ['order 7 → 8']);
    assert.deepEqual(derivedChanges(renderPage(page), page, 'a.md'), []);
    // A TOC's group and label: where the sidebar lists the page, derived from the TOC as `order` is.
    const listed = { ...page.frontMatter, group: 'Cmdlets', sidebarLabel: 'Get-MalwareFilterRule (rules)' };
    assert.deepEqual(derivedChanges(before, { ...page, frontMatter: listed }, 'a.md'), [
      'order 7 → 8',
      'sidebarLabel (none) → "Get-MalwareFilterRule (rules)"',
      'group (none) → "Cmdlets"',
    ]);
    const elsewhere = { ...page.frontMatter, repository: undefined, branch: 'live' };
    assert.deepEqual(derivedChanges(before, { ...page, frontMatter: elsewhere }, 'a.md'), [
      'order 7 → 8',
      'repository "MicrosoftDocs/office-docs-powershell" → (none)',
      'branch (none) → "live"',
    ]);
  });

  test('is undefined for a hand edit anywhere else: the body, another field, a comment', () => {
    for (const edited of [
      before.replace('Text.', 'Text, edited.'),
      before.replace('author: "chrisda"', 'author: "someone"'),
      before.replace('order: 7', 'order: 7 # after Enable-'),
      before.replace('---\n', '---\nupdated: 2026-01-01\n'),
      'not a page',
    ])
      assert.equal(derivedChanges(edited, page, 'a.md'), undefined, edited);
  });
});

describe('importing a folder again after it gained an article', () => {
  const folder = tempDir('import-derived-src-');
  const site = tempDir('import-derived-site-');
  mkdirSync(join(folder, 'ExchangePowerShell'));
  const article = (name: string) => {
    const file = join(folder, 'ExchangePowerShell', `${name}.md`);
    writeFileSync(
      file,
      `---\ntitle: ${name}\ndescription: About ${name}.\nauthor: chrisda\nms.date: 09/25/2017\n---\n\n# ${name}\n\nText.\n`,
    );
    return file;
  };
  const disable = article('Disable-MalwareFilterRule');
  const get = article('Get-MalwareFilterRule');
  const remove = article('Remove-MalwareFilterRule');
  const enable = article('Enable-MalwareFilterRule');
  const run = (...files: string[]) =>
    runImport(files, {
      root: site,
      repository: 'MicrosoftDocs/office-docs-powershell',
      learnPath: 'powershell/module/exchangepowershell',
    });
  const orderOf = (slug: string) =>
    /^order: (\d+)$/m.exec(readFileSync(join(site, `content/${slug}.md`), 'utf8'))?.[1];

  test('updates the order of the pages after the new one without --force, one line each, and succeeds', async () => {
    assert.equal((await run(disable, get, remove)).status, 0);
    const [getOrder, removeOrder] = [orderOf('get-malwarefilterrule'), orderOf('remove-malwarefilterrule')];
    const again = await run(disable, enable, get, remove);
    const output = `${again.stdout}\n${again.stderr}`;
    assert.equal(again.status, 0, output);
    assert.doesNotMatch(output, /kept/);
    assert.match(output, /unchanged content\/disable-malwarefilterrule\.md/);
    assert.match(output, /wrote {5}content\/enable-malwarefilterrule\.md/);
    assert.match(
      output,
      new RegExp(
        `updated {3}content/get-malwarefilterrule\\.md: order ${getOrder} → ${Number(getOrder) + 1} \\(the import's own fields\\)`,
      ),
    );
    assert.equal(orderOf('remove-malwarefilterrule'), String(Number(removeOrder) + 1));
    assert.doesNotMatch(output, /changelog/);
  });

  test('importing the same files again then changes no file', async () => {
    const again = await run(disable, enable, get, remove);
    assert.equal(again.status, 0);
    assert.doesNotMatch(again.stdout, /updated|wrote {5}content/);
  });

  test('a page edited by hand is kept, its order too, unless --force', async () => {
    const file = join(site, 'content/remove-malwarefilterrule.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Text.', 'Text, edited here.'));
    const order = orderOf('remove-malwarefilterrule');
    const again = await run(disable, get, remove);
    assert.equal(again.status, 1);
    assert.match(
      again.stdout,
      /kept {6}content\/remove-malwarefilterrule\.md: it exists and differs \(pass --force/,
    );
    assert.equal(orderOf('remove-malwarefilterrule'), order);
  });
});

describe('importing a folder again with an article one TOC level higher (a docfx Markdown TOC)', () => {
  // dynamics365smb-devitpro-pb's TOC.md, as its AL method reference nests it.
  const folder = tempDir('import-derived-toc-src-');
  const site = tempDir('import-derived-toc-site-');
  const methods = 'developer/methods-auto/textbuilder';
  mkdirSync(join(folder, methods), { recursive: true });
  writeFileSync(
    join(folder, 'TOC.md'),
    [
      '# [Development and administration](index.md)',
      '# Development',
      '## AL development',
      '### [Get Started with AL](developer/devenv-get-started.md)',
      '### AL data types and methods',
      `#### [TextBuilder Data Type](${methods}/textbuilder-data-type.md)`,
      `##### [Append(Text) Method](${methods}/textbuilder-append-method.md)`,
      `##### [Clear() Method](${methods}/textbuilder-clear-method.md)`,
      '',
    ].join('\n'),
  );
  const article = (path: string, title: string) => {
    const file = join(folder, path);
    writeFileSync(
      file,
      `---\ntitle: "${title}"\ndescription: About ${title}.\nauthor: SusanneWindfeldPedersen\nms.date: 11/23/2020\n---\n# ${title}\n\nText of ${title}.\n`,
    );
    return file;
  };
  const type = article(`${methods}/textbuilder-data-type.md`, 'TextBuilder Data Type');
  const append = article(`${methods}/textbuilder-append-method.md`, 'TextBuilder.Append(Text) Method');
  const clear = article(`${methods}/textbuilder-clear-method.md`, 'TextBuilder.Clear() Method');
  const started = article('developer/devenv-get-started.md', 'Get Started with AL');
  const run = (...files: string[]) =>
    runImport(files, {
      root: site,
      toc: join(folder, 'TOC.md'),
      repository: 'MicrosoftDocs/dynamics365smb-devitpro-pb',
      learnPath: 'dynamics365/business-central/dev-itpro',
    });
  const pageText = (slug: string) => readFileSync(join(site, `content/${methods}/${slug}.md`), 'utf8');

  test('updates the group and label the TOC gives the pages already there, without --force, and succeeds', async () => {
    const first = await run(type, append, clear);
    assert.equal(first.status, 0, `${first.stdout}\n${first.stderr}`);
    // The TOC's levels above every page imported are the site itself: no group yet.
    assert.doesNotMatch(pageText('textbuilder-append-method'), /^group:/m);
    const again = await run(started, type, append, clear);
    const output = `${again.stdout}\n${again.stderr}`;
    assert.equal(again.status, 0, output);
    assert.doesNotMatch(output, /kept/);
    assert.match(
      output,
      /updated {3}content\/developer\/methods-auto\/textbuilder\/textbuilder-append-method\.md: .*group \(none\) → "AL data types and methods › TextBuilder Data Type" \(the import's own fields\)/,
    );
    assert.match(
      pageText('textbuilder-clear-method'),
      /^group: "AL data types and methods › TextBuilder Data Type"$/m,
    );
    assert.doesNotMatch(output, /changelog/);
  });

  test('a hand edit of the body is still kept, unless --force', async () => {
    const file = join(site, `content/${methods}/textbuilder-clear-method.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Text of', 'Text, edited, of'));
    // Without the article above, the group moves back: the page's own fields would change, but it was edited.
    const again = await run(type, append, clear);
    assert.equal(again.status, 1);
    assert.match(
      again.stdout,
      /kept {6}content\/developer\/methods-auto\/textbuilder\/textbuilder-clear-method\.md: it exists and differs \(pass --force/,
    );
    assert.match(pageText('textbuilder-clear-method'), /Text, edited, of/);
    assert.match(
      pageText('textbuilder-clear-method'),
      /^group: "AL data types and methods › TextBuilder Data Type"$/m,
    );
    assert.doesNotMatch(pageText('textbuilder-append-method'), /^group:/m);
  });
});
