/**
 * TOC entries written as `uid:` with no href, as every TOC of MicrosoftDocs/office-docs-powershell lists its
 * cmdlets: each names the imported article whose uid it is (its front matter's `uid:`, or a PlatyPS cmdlet
 * page's `Module Name` and title), as docfx resolves it; one naming none is warned of with its line.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { articleUid, splitFrontMatter } from '../../src/lib/import/front-matter.ts';
import { readTocYml, tocArticlePaths, tocNotes } from '../../src/lib/import/toc-yml.ts';
import { tempDir } from '../support/temp-dir.ts';

// office-docs-powershell exchange/exchange-ps/toc.yml, shortened.
const TOC = `items:
- name: Reference
  items:
  - name: antispam-antimalware
    href: exchange/index.yml#antispam-antimalware
    items:
    - name: Get-MalwareFilterRule
      uid: ExchangePowerShell.Get-MalwareFilterRule
    - name: Set-MalwareFilterRule
      uid: ExchangePowerShell.Set-MalwareFilterRule
    - name: Overview
      uid: exchange.overview
  - name: About the cmdlets
    href: about.md
`;
const UIDS = new Map([
  ['exchangepowershell.get-malwarefilterrule', 'ExchangePowerShell/Get-MalwareFilterRule.md'],
  ['exchange.overview', 'overview.md'],
]);

describe('articleUid', () => {
  test("a PlatyPS cmdlet page's Module Name and title; else the front matter's uid", () => {
    // ExchangePowerShell/Get-MalwareFilterRule.md
    const cmdlet =
      '---\napplicable: Exchange Online\nexternal help file: Microsoft.Exchange.TransportMailflow-Help.xml\nLocale: en-US\nModule Name: ExchangePowerShell\nonline version: https://learn.microsoft.com/powershell/module/exchange/get-malwarefilterrule\nschema: 2.0.0\ntitle: Get-MalwareFilterRule\n---\n\n# Get-MalwareFilterRule\n';
    assert.equal(
      articleUid(splitFrontMatter(cmdlet, 'a.md').data),
      'ExchangePowerShell.Get-MalwareFilterRule',
    );
    assert.equal(articleUid({ uid: 'exchange.overview', title: 'Overview' }), 'exchange.overview');
    assert.equal(articleUid({ title: 'Overview' }), undefined);
  });
});

describe('a TOC of uid entries', () => {
  test('lists the articles their uids name, in any case, as hrefs from the TOC', () => {
    assert.deepEqual(readTocYml(TOC, '/r/exchange-ps/toc.yml', undefined, UIDS), [
      // The node's own page is its group's first entry.
      { href: 'exchange/index.yml', name: 'antispam-antimalware', group: 'antispam-antimalware' },
      {
        href: 'ExchangePowerShell/Get-MalwareFilterRule.md',
        name: 'Get-MalwareFilterRule',
        group: 'antispam-antimalware',
      },
      { href: 'overview.md', name: 'Overview', group: 'antispam-antimalware' },
      { href: 'about.md', name: 'About the cmdlets' },
    ]);
    assert.deepEqual(tocArticlePaths(TOC, '/r/exchange-ps/toc.yml', UIDS), [
      'exchange/index.md',
      'ExchangePowerShell/Get-MalwareFilterRule.md',
      'overview.md',
      'about.md',
    ]);
  });

  test('a uid that names no article imported is warned of at its line', () => {
    assert.deepEqual(tocNotes(TOC, '/r/exchange-ps/toc.yml', UIDS), [
      {
        file: '/r/exchange-ps/toc.yml',
        line: 10,
        message:
          'a uid that names no article imported, "uid: ExchangePowerShell.Set-MalwareFilterRule" (line 10): docfx lists the article whose uid it is (its front matter\'s uid, or a PlatyPS cmdlet page\'s Module Name and title), and none of the files imported has it, so the sidebar leaves it out (import its article too to list it).',
      },
    ]);
  });
});

test('npm run import with such a TOC: the pages in its order and groups, and no "not in TOC.yml"', async () => {
  const folder = tempDir('import-toc-uid-');
  const site = tempDir('import-toc-uid-site-');
  mkdirSync(join(folder, 'ExchangePowerShell'));
  const cmdlet = (name: string) => {
    const file = join(folder, 'ExchangePowerShell', `${name}.md`);
    writeFileSync(
      file,
      `---\nauthor: chrisda\nModule Name: ExchangePowerShell\nms.date: 09/25/2017\ntitle: ${name}\ndescription: About ${name}.\n---\n\n# ${name}\n\nText.\n`,
    );
    return file;
  };
  writeFileSync(join(folder, 'toc.yml'), TOC);
  // A page beside the group: a group holding every page imported would be the folder itself, no group.
  writeFileSync(
    join(folder, 'about.md'),
    '---\nauthor: chrisda\nms.date: 09/25/2017\ntitle: About\ndescription: About them.\n---\n\n# About\n\nText.\n',
  );
  // Set- first on the command line: the TOC, not the command line, orders them.
  const run = await importCommand([
    cmdlet('Set-MalwareFilterRule'),
    cmdlet('Get-MalwareFilterRule'),
    join(folder, 'about.md'),
    '--toc',
    join(folder, 'toc.yml'),
    '--repository',
    'MicrosoftDocs/office-docs-powershell',
    '--learn-path',
    'powershell/module/exchangepowershell',
    '--root',
    site,
  ]);
  const output = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.status, 0, output);
  assert.doesNotMatch(output, /placed after the pages it lists/);
  assert.match(
    output,
    /toc\.yml:12: a uid that names no article imported, "uid: exchange\.overview" \(line 12\)/,
  );
  const page = (name: string) => readFileSync(join(site, `content/exchangepowershell/${name}.md`), 'utf8');
  for (const [name, order] of [
    ['get-malwarefilterrule', 1],
    ['set-malwarefilterrule', 2],
  ] as const) {
    assert.match(page(name), /^group: "antispam-antimalware"$/m);
    assert.match(page(name), new RegExp(`^order: ${order}$`, 'm'));
  }
});

test('a uid two articles claim names neither: one article cannot take the place of another in the TOC', async () => {
  const folder = tempDir('import-toc-uid-twice-');
  const site = tempDir('import-toc-uid-twice-site-');
  const article = (file: string, frontMatter: string) => {
    writeFileSync(
      join(folder, file),
      `---\nauthor: chrisda\nms.date: 09/25/2017\n${frontMatter}\ndescription: Text.\n---\n\n# Page\n\nText.\n`,
    );
    return join(folder, file);
  };
  // The cmdlet page's uid is its Module Name and title; the other file claims the same one.
  const real = article('Get-Thing.md', 'Module Name: Mod\ntitle: Get-Thing');
  const claimant = article('0evil.md', 'uid: MOD.get-thing\ntitle: Other');
  writeFileSync(
    join(folder, 'toc.yml'),
    '- name: Things\n  items:\n  - name: Get-Thing\n    uid: Mod.Get-Thing\n',
  );
  const run = await importCommand([
    real,
    claimant,
    '--toc',
    join(folder, 'toc.yml'),
    '--repository',
    'a/b',
    '--root',
    site,
  ]);
  const output = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.status, 0, output);
  assert.match(
    output,
    /(0evil|Get-Thing)\.md and .*(Get-Thing|0evil)\.md have one uid, "mod\.get-thing": a TOC entry naming it is left out/,
  );
  assert.doesNotMatch(readFileSync(join(site, 'content/0evil.md'), 'utf8'), /^sidebarLabel: "Get-Thing"$/m);
});
