/** What the import writes about a page: front matter the schema accepts, its origin (SOURCE.md), a change in a sentence. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { renderFrontMatter } from '../../src/lib/import/front-matter.ts';
import { describeChange } from '../../src/lib/import/page-change.ts';
import { pageSchema } from '../../src/lib/page-schema.ts';
import { githubRepository, readSourceRecord } from '../../src/lib/import/source-record.ts';

const page = (front: string, body: string) =>
  `---\ntitle: "Setup"\ndescription: "How to set up."\norder: 3\nupdated: 2024-05-31\n${front}---\n${body}`;
const BODY =
  'Intro sentence.\n\n## Before you begin\n\nCheck the box.\n\n```md\n## not a heading\n```\n\n## Steps\n\nDo it.\n';

describe('describeChange', () => {
  test('the same text is no change, whatever the order, dates or provenance', () => {
    assert.equal(
      describeChange(
        page('', BODY),
        page('imported: 2026-12-04\nsource: "a/b.md"\n', BODY).replace('order: 3', 'order: 9'),
        'f',
      ),
      undefined,
    );
  });

  test('names the sections whose text changed, was added or removed, in a sentence', () => {
    const after = BODY.replace('Check the box.', 'Check both boxes.')
      .replace('## Steps\n\nDo it.\n', '## Next steps\n\nDo it.\n')
      .replace('not a heading', 'code changed');
    assert.equal(
      describeChange(page('', BODY), page('', after), 'f'),
      'Changed the section "Before you begin", the section "Next steps" (new) and the section "Steps" (removed).',
    );
  });

  test('a file whose front matter does not parse is compared as text, never an error', () => {
    assert.equal(
      describeChange('---\ntitle: [unclosed\n---\nOld.\n', page('', BODY), 'f'),
      'Changed the title (now "Setup"), the description, the introduction, the section "Before you begin" (new) and the section "Steps" (new).',
    );
  });

  test("names a section by its heading's visible text; a Learn tab label is no section", () => {
    // As Learn writes them: tabs under a heading, an <a name> bookmark in a heading, Markdown in one.
    const body = [
      'Pick a way.',
      '## Install the **agent**',
      'Use the portal or the command line.',
      '## [**Microsoft Defender portal**](#tab/M365D)',
      '1. Go to **Settings** > **Endpoints**.',
      '## [**Intune admin center**](#tab/intune)',
      '```powershell',
      'Install-Module Agent',
      '```',
      '---',
      '## <a name="later"></a>Check `agent` later',
      'Come back in an hour.',
      '',
    ].join('\n\n');
    const before = page('', body);
    const changed = (from: string, to: string) =>
      describeChange(before, page('', body.replace(from, to)), 'f');
    assert.equal(changed('Endpoints', 'Devices'), 'Changed the section "Install the agent".');
    assert.equal(changed('Install-Module', 'Update-Module'), 'Changed the section "Install the agent".');
    assert.equal(changed('in an hour', 'tomorrow'), 'Changed the section "Check agent later".');
    assert.equal(changed('Intune admin center', 'Intune'), 'Changed the section "Install the agent".');
  });

  // As Learn repeats headings: in each tab, and in each zone (pivot) or moniker (version) variant.
  const VARIANTS = [
    'Choose your device.',
    '## Onboard a device',
    '# [Windows](#tab/windows)',
    '### New navigation',
    'Go to **Settings** > **Endpoints**.',
    '### Classic navigation',
    'Go to **Settings** > **Devices**.',
    '# [Mac](#tab/mac)',
    '### New navigation',
    'Go to **Assets** > **Devices**.',
    '### Classic navigation',
    'Go to **Devices**.',
    '---',
    ':::zone pivot="windows"',
    '## Prerequisites',
    'Windows 11.',
    '## Install',
    'Run the installer.',
    ':::zone-end',
    ':::zone pivot="macos"',
    '## Prerequisites',
    'macOS 14.',
    '## Install',
    'Open the package.',
    ':::zone-end',
    '::: moniker range=">= v2"',
    '## Install',
    'Run `setup --v2`.',
    '::: moniker-end',
    '',
  ].join('\n\n');

  test('repeated headings: an unchanged page is no change, a changed one names the section once', () => {
    const before = page('', VARIANTS);
    const changed = (from: string, to: string) =>
      describeChange(before, page('', VARIANTS.replace(from, to)), 'f');
    assert.equal(describeChange(before, page('imported: 2026-12-04\n', VARIANTS), 'f'), undefined);
    assert.equal(changed('**Assets** > **Devices**', '**Assets**'), 'Changed the section "New navigation".');
    assert.equal(changed('Open the package.', 'Open it.'), 'Changed the section "Install".');
    assert.equal(
      describeChange(
        before,
        page('', VARIANTS.replace('Run the installer.', 'Run it.').replace('Open the package.', 'Open it.')),
        'f',
      ),
      'Changed the section "Install".',
    );
  });

  test('repeated headings: a variant added or removed is named as new or removed, the others unchanged', () => {
    const linux = ':::zone pivot="linux"\n\n## Prerequisites\n\nUbuntu 24.04.\n\n:::zone-end\n\n';
    const withLinux = VARIANTS.replace(':::zone pivot="windows"', `${linux}:::zone pivot="windows"`);
    assert.equal(
      describeChange(page('', VARIANTS), page('', withLinux), 'f'),
      'Changed the section "Prerequisites" (new).',
    );
    assert.equal(
      describeChange(page('', withLinux), page('', VARIANTS), 'f'),
      'Changed the section "Prerequisites" (removed).',
    );
  });

  test('every article of the Learn corpus compared with itself is no change', () => {
    const folder = new URL('../fixtures/defender-business/', import.meta.url);
    const articles = readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'SOURCE.md');
    assert.ok(articles.length > 30);
    for (const name of articles) {
      const text = readFileSync(new URL(name, folder), 'utf8');
      assert.equal(describeChange(text, text, name), undefined, name);
    }
  });

  test('whitespace that renders the same is no change: reflowed, re-padded, blank lines, CRLF', () => {
    const body = [
      'Defender for Business protects devices\nin small businesses.',
      '## Requirements',
      '| Item | Need |\n|---|---|\n| OS | Windows 11 |',
      '- One\n- Two',
      '```powershell\nGet-MpComputerStatus\n  | Select-Object AMRunningMode\n```',
      '',
    ].join('\n\n');
    const respaced = [
      'Defender for Business   protects\ndevices in small businesses.   ',
      '',
      '## Requirements  ',
      '| Item | Need       |\n| ---- | ---------- |\n| OS   | Windows 11 |',
      '- One\n-   Two',
      '```powershell   \nGet-MpComputerStatus   \n  | Select-Object AMRunningMode\n```',
      '',
    ].join('\n\n');
    const before = page('', body);
    assert.equal(describeChange(before, page('', respaced), 'f'), undefined);
    assert.equal(describeChange(before, page('', body).replaceAll('\n', '\r\n'), 'f'), undefined);
    // Whitespace a reader sees is a change: a code line's indent, a list item moved into another.
    assert.equal(
      describeChange(before, page('', body.replace('  | Select', '| Select')), 'f'),
      'Changed the section "Requirements".',
    );
    assert.equal(
      describeChange(before, page('', body.replace('- Two', '  - Two')), 'f'),
      'Changed the section "Requirements".',
    );
  });

  test('front matter other than the title and description is no change; a re-spaced title neither', () => {
    const before = page('author: "chrisda"\n', BODY);
    const after = page('author: "someone"\nsidebarLabel: "Set up"\ngroup: "Start"\n', BODY)
      .replace('2024-05-31', '2025-01-02')
      .replace('"Setup"', '"  Setup "');
    assert.equal(describeChange(before, after, 'f'), undefined);
  });

  test('a page changed throughout names three sections and counts the others', () => {
    const headings = ['Before you begin', 'Steps', 'Verify', 'Troubleshoot', 'Next steps'];
    const body = (word: string) =>
      [`${word} intro.`, ...headings.map((heading) => `## ${heading}\n\n${word} text.`), ''].join('\n\n');
    const before = page('', body('Old'));
    assert.equal(
      describeChange(before, page('', body('New')), 'f'),
      'Changed the introduction, the section "Before you begin", the section "Steps" and 3 other sections.',
    );
    assert.equal(
      describeChange(
        before,
        page('', body('New').replace('New text.', 'Old text.').replace('New text.', 'Old text.')),
        'f',
      ),
      'Changed the introduction, the section "Verify", the section "Troubleshoot" and the section "Next steps".',
    );
  });

  test('names a new title and a changed description', () => {
    const after = page('', BODY)
      .replace('"Setup"', '"Set up"')
      .replace('How to set up.', 'How to set it up.');
    assert.equal(
      describeChange(page('', BODY), after, 'f'),
      'Changed the title (now "Set up") and the description.',
    );
  });
});

describe('readSourceRecord', () => {
  test("reads the corpus's SOURCE.md: its folder in the repository and each file's commit", () => {
    const record = readSourceRecord(
      readFileSync(new URL('../fixtures/defender-business/SOURCE.md', import.meta.url), 'utf8'),
    );
    assert.equal(record.folder, 'defender-business');
    assert.equal(record.repository, 'MicrosoftDocs/defender-docs');
    assert.equal(record.branch, undefined);
    assert.equal(
      record.commits.get('mdb-security-privacy-compliance.md'),
      '0c082c1a1d5b9d9fe32745f8eb941532741b2e07',
    );
    assert.equal(record.commits.size, 39);
  });

  test('the repository and branch as written out, or the repository from its link', () => {
    const written = readSourceRecord(
      '- Repository: `MicrosoftDocs/sql-docs`\n- Branch: `live`\n- Folder: `docs/linux/`\n',
    );
    assert.deepEqual(
      { folder: written.folder, repository: written.repository, branch: written.branch },
      { folder: 'docs/linux', repository: 'MicrosoftDocs/sql-docs', branch: 'live' },
    );
    const linked = readSourceRecord(
      '- Repository: [SQL docs](https://github.com/MicrosoftDocs/sql-docs.git)\n',
    );
    assert.equal(linked.repository, 'MicrosoftDocs/sql-docs');
  });

  test('a SOURCE.md that says neither gives nothing', () => {
    assert.deepEqual(readSourceRecord('# Notes\n\n- Folder: none given\n'), { commits: new Map() });
  });
});

describe('renderFrontMatter', () => {
  test('writes what the page schema accepts, provenance included, read back as Astro reads YAML', () => {
    const frontMatter = {
      title: 'Set up',
      sidebarLabel: 'Setup',
      group: 'Start',
      description: 'How to set it up.',
      order: 4,
      updated: new Date('2024-05-31T00:00:00Z'),
      author: 'msalias',
      source: 'docs/mdb-setup.md',
      repository: 'MicrosoftDocs/sql-docs',
      branch: 'live',
      imported: new Date('2026-12-04T00:00:00Z'),
    };
    const text = renderFrontMatter(frontMatter);
    // Astro's YAML reads a bare YYYY-MM-DD as a date (YAML 1.1 timestamps).
    const read: unknown = parse(text.replace(/^---\n|---\n$/g, ''), { schema: 'yaml-1.1' });
    assert.deepEqual(pageSchema.parse(read), frontMatter);
  });
});

describe('githubRepository', () => {
  test('reads owner/name from the ways a GitHub remote is written; other hosts are none', () => {
    for (const remote of [
      'https://github.com/MicrosoftDocs/defender-docs.git',
      'https://github.com/MicrosoftDocs/defender-docs',
      'git@github.com:MicrosoftDocs/defender-docs.git',
      'ssh://git@github.com/MicrosoftDocs/defender-docs.git',
    ])
      assert.equal(githubRepository(remote), 'MicrosoftDocs/defender-docs', remote);
    for (const remote of [
      'https://gitlab.com/MicrosoftDocs/defender-docs.git',
      'https://github.com.evil.example/MicrosoftDocs/defender-docs',
      'https://github.com/MicrosoftDocs/defender-docs/tree/main',
      '/srv/git/defender-docs.git',
      'file:///srv/git/defender-docs.git',
    ])
      assert.equal(githubRepository(remote), undefined, remote);
  });
});
