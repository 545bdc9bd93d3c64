/**
 * What the import says of a TOC.yml beyond its entries, and of YAML it reads: hrefs that list no page of
 * the import (outside the folder, from Learn's root, on another site, another TOC) and the YAML parser's
 * warnings (`!!js/function`), with the file and line, among the import's warnings; Node prints nothing.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, mock, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { readTocYml, tocArticlePaths, tocNotes, tocTitle } from '../../src/lib/import/toc-yml.ts';
import { tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';

// As real TOCs write them (defender-business: `../defender.xdr/preview.md?toc=…`, `/microsoft-365/…`;
// azure ai-services: `https://azure.microsoft.com/pricing/…`), with the red team's.
const TOC = `- name: Docs
  items:
  - name: A
    href: a.md
  - name: Out
    href: ../../outside/x.md
  - name: Preview
    href: ../defender.xdr/preview.md?toc=/microsoft-365/security/defender-business/toc.json
  - name: Abs
    href: /etc/passwd
  - name: Ext
    href: https://evil.example/x
  - name: F
    href: !!js/function 'function(){}'
  - name: JS
    href: javascript:alert(1)
  - name: Sub
    href: sub/toc.yml
`;

/** The warnings Node's process would print while `run` runs (the yaml package emits them there). */
function processWarnings(run: () => void): unknown[] {
  const emit = mock.method(process, 'emitWarning', () => undefined);
  try {
    run();
  } finally {
    emit.mock.restore();
  }
  return emit.mock.calls.map((call) => call.arguments[0]);
}

describe('tocNotes', () => {
  test('each kind of href left out is said once, at its first line, with the hrefs and why', () => {
    assert.deepEqual(
      tocNotes(TOC, 'docs/TOC.yml').map(({ file, line, message }) => `${file}:${line}: ${message}`),
      [
        `docs/TOC.yml:6: 2 articles outside the source folder, "../../outside/x.md" (line 6), "../defender.xdr/preview.md?…" (line 8): the import takes the articles of the source folder only (the folder holding the TOC and the imported articles it lists), so the sidebar leaves them out (import them too, with a --read-root holding them if one is given, to have them).`,
        `docs/TOC.yml:10: a path from Learn's root, "/etc/passwd" (line 10): Learn's sidebar has it as links to its articles, but this site's sidebar lists the imported pages only, so it leaves it out.`,
        `docs/TOC.yml:12: a link to another site, "https://evil.example/x" (line 12): Learn shows it in its sidebar, but this site's sidebar lists its own pages only, so it leaves it out (link it from a page if readers need it).`,
        'docs/TOC.yml:14: Unresolved tag: tag:yaml.org,2002:js/function: a tag this YAML does not know is ignored, its value read as text; remove it.',
        'docs/TOC.yml:16: href "javascript:alert(1)" is a javascript: URL, which runs code or carries a document of its own: link to an https:// page or a path of this site. It is left out of the sidebar.',
        `docs/TOC.yml:18: another TOC, "sub/toc.yml" (line 18): its entries are not read: the TOC was read without the TOCs it names.`,
      ],
    );
  });

  test('an article listed twice is said only when the import writes its page (trial BX)', () => {
    // dotnet/docs' core/compatibility/toc.yml lists 18 articles a second time (sdk/5.0's WinExe change under
    // SDK, Windows Forms and WPF); a copy of 17 of its articles, none of them those, had a warning of all 18,
    // "so these entries are left out", of a sidebar that has no place for them anyway.
    const toc = [
      '- name: SDK',
      '  items:',
      '  - name: WinExe',
      '    href: sdk/5.0/winexe.md',
      '  - name: Ten',
      '    href: sdk/10.0/ten.md',
      '- name: Windows Forms',
      '  items:',
      '  - name: WinExe',
      '    href: sdk/5.0/winexe.md',
      '- name: Again',
      '  href: sdk/10.0/ten.md',
      '',
    ].join('\n');
    const imported = (article: string) => article === resolve('compat/sdk/10.0/ten.md');
    assert.deepEqual(
      tocNotes(toc, 'compat/toc.yml', undefined, undefined, imported).map(
        ({ line, message }) => `${line}: ${message}`,
      ),
      [
        '4: an article not among the files imported, "sdk/5.0/winexe.md" (line 4): the import was not given it (no such file in the source folder, or not named on the command line), so the sidebar leaves it out (fix the href, or import it too, to list it).',
        '12: href "sdk/10.0/ten.md" lists an article listed before (line 6): the sidebar shows a page once, under its first entry, so this entry is left out.',
      ],
    );
  });

  test('an entry naming a file the import was not given (a typo, a file missing) is said at its line', () => {
    // Learn's docfx warns of such an entry too; the sidebar had left it out without a word.
    const toc = '- name: Overview\n  href: overveiw.md\n- name: Setup\n  href: setup.md\n';
    const imported = (article: string) => article === resolve('docs/setup.md');
    assert.deepEqual(
      tocNotes(toc, 'docs/toc.yml', undefined, undefined, imported).map(
        ({ line, message }) => `${line}: ${message.split(':')[0]}`,
      ),
      ['2: an article not among the files imported, "overveiw.md" (line 2)'],
    );
  });

  test("a YAML page outside the source folder is said as one the import does not read, not 'import it too'", () => {
    // microsoft-365-docs-pr.ru-RU's commerce/toc.yml: `href: ../admin/index.yml`, a hub page, beside articles.
    const toc = '- name: Admin\n  href: ../admin/index.yml\n- name: Other\n  href: ../admin/x.md\n';
    assert.deepEqual(
      tocNotes(toc, 'commerce/toc.yml').map(({ line, message }) => `${line}: ${message.split(':')[0]}`),
      [
        '2: a YAML page outside the source folder, "../admin/index.yml" (line 2)',
        '4: an article outside the source folder, "../admin/x.md" (line 4)',
      ],
    );
    assert.doesNotMatch(tocNotes(toc, 'commerce/toc.yml')[0]?.message ?? '', /import it too/);
  });

  test('an article listed twice is said at its second entry: the sidebar keeps the first', () => {
    // powerbi-docs admin/TOC.yml lists service-admin-custom-branding.md under two groups.
    const toc =
      '- name: System\n  items:\n  - name: Add custom branding\n    href: service-admin-custom-branding.md\n' +
      '- name: Monitor\n  items:\n  - name: Customize branding\n    href: ./Service-Admin-Custom-Branding.md\n';
    assert.deepEqual(
      tocNotes(toc, 'admin/TOC.yml').map(({ line, message }) => `${line}: ${message}`),
      [
        '8: href "./Service-Admin-Custom-Branding.md" lists an article listed before (line 4): the sidebar shows a page once, under its first entry, so this entry is left out.',
      ],
    );
  });

  test('entries listed under "href:" where docfx reads one path are the node\'s items, said at its line', () => {
    // power-platform's alm/TOC.yml: "Manage solutions using code" holds its three articles so.
    const toc = [
      '- name: Solutions',
      '  items:',
      '  - name: Manage solutions using code',
      '    href:',
      '    - name: Work with solutions',
      '      href: solution-api.md',
      '    - name: Create patches',
      '      href: patches.md',
      '  - name: Edit',
      '    href: edit.md',
    ].join('\n');
    assert.deepEqual(
      tocNotes(toc, 'alm/TOC.yml').map(({ line, message }) => `${line}: ${message}`),
      [
        '5: "Manage solutions using code" lists its entries under "href:", which names one file: they are read as its items; write "items:" there.',
      ],
    );
    assert.deepEqual(
      readTocYml(toc, 'alm/TOC.yml').map(({ href, group }) => `${group ?? ''} ${href}`),
      ['Manage solutions using code solution-api.md', 'Manage solutions using code patches.md', ' edit.md'],
    );
  });

  test('a TOC of the folder only has nothing to say; reading any TOC prints no YAML warning', () => {
    assert.deepEqual(tocNotes('- name: A\n  href: a.md\n- name: B\n  href: ./b/c.yml#x\n', 'TOC.yml'), []);
    const printed = processWarnings(() => {
      readTocYml(TOC, 'TOC.yml');
      tocTitle(TOC);
      tocArticlePaths(TOC, 'TOC.yml');
      tocNotes(TOC, 'TOC.yml');
    });
    assert.deepEqual(printed, []);
  });
});

describe('the import', () => {
  test("the TOC's notes and a front matter's unknown tag are its warnings, with file and line", () => {
    const files: Record<string, string> = {
      '/r/docs/a.md': '---\ntitle: T\ndescription: !!js/function "f"\n---\n\n# A\n\nText of the page.\n',
    };
    const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
    let warnings: { file: string; line: number; message: string }[] = [];
    const printed = processWarnings(() => {
      warnings = planImport(
        ['/r/docs/a.md'],
        {
          today: '2026-01-02',
          toc: {
            entries: readTocYml(TOC, '/r/docs/TOC.yml'),
            dir: '/r/docs',
            notes: tocNotes(TOC, '/r/docs/TOC.yml'),
          },
        },
        access,
      ).warnings;
    });
    assert.deepEqual(printed, []);
    const at = (file: string, line: number) =>
      warnings.filter((note) => note.file === file && note.line === line).map((note) => note.message);
    assert.match(at('/r/docs/TOC.yml', 12)[0] ?? '', /^a link to another site, "https:\/\/evil\.example\/x"/);
    assert.match(
      at('/r/docs/a.md', 3)[0] ?? '',
      /^Unresolved tag: tag:yaml\.org,2002:js\/function: .*remove it\.$/,
    );
  });

  test('npm run import prints them as warnings, and no raw YAMLWarning', async () => {
    const dir = tempDir('import-toc-notes-');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/TOC.yml'), TOC);
    writeFileSync(join(dir, 'docs/a.md'), `${FRONT}# A\n\nText of the page.\n`);
    const run = await importCommand([
      join(dir, 'docs/a.md'),
      '--toc',
      join(dir, 'docs/TOC.yml'),
      '--root',
      join(dir, 'site'),
    ]);
    const output = `${run.stdout}\n${run.stderr}`;
    assert.doesNotMatch(output, /YAMLWarning/);
    assert.match(output, /warning {3}\S*docs\/TOC\.yml:14: Unresolved tag: tag:yaml\.org,2002:js\/function/);
    assert.match(output, /warning {3}\S*docs\/TOC\.yml:6: 2 articles outside the source folder/);
  });
});
