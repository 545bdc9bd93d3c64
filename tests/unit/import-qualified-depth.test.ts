/**
 * An import whose TOC groups go inside its qualifier (a top-level group taken by the site's pages) writes at most
 * MAX_GROUP_DEPTH levels of groups, the qualifier one of them, as it does unqualified: the deeper names go before
 * the page's own in its label. Import trial 29 (azure-docs' durable functions) was given a fourth level.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { MAX_GROUP_DEPTH } from '../../src/lib/import/toc-yml.ts';
import { GROUP_SEPARATOR } from '../../src/lib/navigation.ts';
import { importCommand } from '../support/run-import.ts';
import { siteWithHome, tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: T\ndescription: An article.\nauthor: a\nms.date: 03/07/2025\n---\n';

describe('npm run import of a TOC three groups deep, qualified for a group the site has', async () => {
  const source = tempDir('import-qualified-depth-');
  writeFileSync(
    join(source, 'toc.yml'),
    [
      '- name: Contoso docs',
      '  items:',
      '  - name: Overview',
      '    items:',
      '    - name: Start',
      '      href: start.md',
      '  - name: Guides',
      '    items:',
      '    - name: Setup',
      '      items:',
      '      - name: Linux',
      '        items:',
      '        - name: Install on Linux',
      '          href: linux.md',
      '      - name: Windows',
      '        href: windows.md',
      '',
    ].join('\n'),
  );
  for (const name of ['start', 'linux', 'windows'])
    writeFileSync(join(source, `${name}.md`), `${FRONT}\n# The ${name} page\n\nText.\n`);
  const site = siteWithHome('import-qualified-depth-site-');
  await importCommand([
    ...['start', 'linux', 'windows'].map((name) => join(source, `${name}.md`)),
    '--toc',
    join(source, 'toc.yml'),
    '--learn-path',
    'contoso/docs',
    '--repository',
    'contoso/docs',
    '--root',
    site,
  ]);
  const field = (name: string, key: string) =>
    new RegExp(`^${key}: "?(.*?)"?$`, 'm').exec(readFileSync(join(site, `content/${name}.md`), 'utf8'))?.[1];

  test('every group is inside the qualifier, within the levels the import writes, the deeper name in the label', () => {
    assert.equal(field('start', 'group'), `Contoso docs${GROUP_SEPARATOR}Overview`);
    assert.equal(field('windows', 'group'), ['Contoso docs', 'Guides', 'Setup'].join(GROUP_SEPARATOR));
    assert.equal(field('linux', 'group'), ['Contoso docs', 'Guides', 'Setup'].join(GROUP_SEPARATOR));
    assert.equal(field('linux', 'sidebarLabel'), `Linux${GROUP_SEPARATOR}Install on Linux`);
    for (const name of ['start', 'linux', 'windows'])
      assert.ok((field(name, 'group') ?? '').split(GROUP_SEPARATOR).length <= MAX_GROUP_DEPTH, name);
  });
});
