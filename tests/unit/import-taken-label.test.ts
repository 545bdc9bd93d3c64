/**
 * A TOC's top-level page whose TOC name is the label of a top-level page of the site from another Learn folder
 * (the site's home, "Overview") is labelled by its title, as the import writes it into a site.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { siteWithHome, tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: T\ndescription: An article.\nauthor: a\nms.date: 03/07/2025\n---\n';

describe("npm run import of a folder whose TOC's top-level name is the site's home's label", async () => {
  const source = tempDir('import-taken-label-');
  writeFileSync(
    join(source, 'toc.yml'),
    '- name: Overview\n  href: what-is.md\n- name: Use it\n  href: use.md\n',
  );
  writeFileSync(join(source, 'what-is.md'), `${FRONT}\n# What is Contoso?\n\nIt is a product.\n`);
  writeFileSync(join(source, 'use.md'), `${FRONT}\n# Use Contoso\n\nUse it.\n`);
  const site = siteWithHome('import-taken-label-site-');
  const run = await importCommand([
    join(source, 'what-is.md'),
    join(source, 'use.md'),
    '--toc',
    join(source, 'toc.yml'),
    '--learn-path',
    'contoso/docs',
    '--repository',
    'contoso/docs',
    '--root',
    site,
  ]);

  test('its page is labelled by its title, and the import says why', () => {
    const page = readFileSync(join(site, 'content/what-is.md'), 'utf8');
    assert.match(page, /^title: "What is Contoso\?"$/m);
    assert.doesNotMatch(page, /^sidebarLabel:/m);
    assert.match(
      `${run.stdout}\n${run.stderr}`,
      /what-is\.md:1: its TOC name "Overview" is the sidebar label/,
    );
  });
});

describe("npm run import of a folder with an index.md, kept off the site's home, and an 'Overview' in its TOC", async () => {
  // Import trial 28: a page the import keeps (the home page, another of the site's own) was counted as replaced,
  // so its label was free and the folder's TOC "Overview" took it beside the home's: the build refused both.
  const source = tempDir('import-kept-label-');
  writeFileSync(
    join(source, 'toc.yml'),
    '- name: Contoso\n  href: index.md\n  items:\n  - name: Overview\n    href: what-is.md\n  - name: Security\n    href: use.md\n  - name: Our security\n    href: security.md\n',
  );
  writeFileSync(join(source, 'index.md'), `${FRONT}\n# Contoso\n\nThe folder's landing page.\n`);
  writeFileSync(join(source, 'what-is.md'), `${FRONT}\n# What is Contoso?\n\nIt is a product.\n`);
  writeFileSync(join(source, 'use.md'), `${FRONT}\n# Use Contoso\n\nUse it.\n`);
  writeFileSync(join(source, 'security.md'), `${FRONT}\n# Contoso security\n\nSafe.\n`);
  const site = siteWithHome('import-kept-label-site-');
  writeFileSync(
    join(site, 'content/security.mdx'),
    "---\ntitle: Security\ndescription: The site's security page.\norder: 2\nupdated: 2024-01-02\nauthor: a\n---\n\nSafe.\n",
  );
  const run = await importCommand([
    join(source, 'index.md'),
    join(source, 'what-is.md'),
    join(source, 'use.md'),
    join(source, 'security.md'),
    '--toc',
    join(source, 'toc.yml'),
    '--learn-path',
    'contoso/docs',
    '--repository',
    'contoso/docs',
    '--root',
    site,
  ]);

  test("the kept pages' labels stay taken: the folder's pages are labelled by their titles", () => {
    assert.match(readFileSync(join(site, 'content/index.mdx'), 'utf8'), /^title: The site$/m);
    const overview = readFileSync(join(site, 'content/what-is.md'), 'utf8');
    assert.match(overview, /^title: "What is Contoso\?"$/m);
    assert.doesNotMatch(overview, /^sidebarLabel:/m);
    assert.match(readFileSync(join(site, 'content/security.mdx'), 'utf8'), /^title: Security$/m);
    const use = readFileSync(join(site, 'content/use.md'), 'utf8');
    assert.match(use, /^title: "?Use Contoso"?$/m);
    assert.doesNotMatch(use, /^sidebarLabel:/m);
    assert.match(
      `${run.stdout}\n${run.stderr}`,
      /what-is\.md:1: its TOC name "Overview" is the sidebar label/,
    );
  });
});
