/**
 * A relative link up to Learn's own root, written in an include for the pages that include it. Trial CE:
 * dynamics-365-customer-engagement's shared/token-searchAndOpenRecords.md, included by
 * ce/customer-service/channel-integration-framework/reference/microsoft-ciframework/searchAndOpenRecords.md,
 * links `[Query options overview](../../../../../../odata/concepts/queryoptions-overview)`: six levels up from
 * the page's Learn URL (/en-us/dynamics365/customer-service/channel-integration-framework/reference/
 * microsoft-ciframework/), Learn's root, which serves /odata/… in the reader's locale. The import rebased it
 * from the include's folder (seven levels, past the repository) and the build stopped on it: "climbs out of
 * https://learn.microsoft.com/en-us/".
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { planImport } from '../../src/lib/import/convert.ts';
import { resolveLearnLink, type LearnLinkContext } from '../../src/lib/learn-links.ts';
import { renderLearn } from '../support/learn-markdown.ts';
import { memoryFolder } from '../support/memory-folder.ts';
import { tempDir } from '../support/temp-dir.ts';

const QUERY_OPTIONS = '../../../../../../odata/concepts/queryoptions-overview';

describe('resolveLearnLink: a relative path up to Learn’s root', () => {
  const page: LearnLinkContext = {
    sitePages: new Set(['index', 'reference/microsoft-ciframework/searchandopenrecords']),
    learnBase: 'https://learn.microsoft.com/en-us',
    learnFolder: 'dynamics365/customer-service/channel-integration-framework',
    pageFile: 'reference/microsoft-ciframework/searchandopenrecords.mdx',
  };

  test('is the Learn path from the root, in the page’s locale, its anchor kept', () => {
    assert.equal(
      resolveLearnLink(`${QUERY_OPTIONS}#select`, page),
      'https://learn.microsoft.com/en-us/odata/concepts/queryoptions-overview#select',
    );
    assert.equal(
      resolveLearnLink('../../../../../../en-us/odata/overview.md', page),
      'https://learn.microsoft.com/en-us/odata/overview',
    );
  });

  test('one level further, past the root, is still refused', () => {
    assert.throws(
      () => resolveLearnLink(`../${QUERY_OPTIONS}`, page),
      /climbs out of https:\/\/learn\.microsoft\.com\/en-us\//,
    );
  });
});

describe('the import of an include linking so', () => {
  const REPO = '/repo';
  const FOLDER = `${REPO}/ce/cif`;
  const PAGE = `${FOLDER}/reference/microsoft-ciframework/searchAndOpenRecords.md`;
  const files = {
    [PAGE]:
      '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 12/31/2019\n---\n\n# searchAndOpenRecords\n\n' +
      '[!INCLUDE[token](../../shared/token-searchAndOpenRecords.md)]\n',
    [`${FOLDER}/shared/token-searchAndOpenRecords.md`]: `See [Query options overview](${QUERY_OPTIONS}) and [onclicktoact](../reference/events/onclicktoact.md).\n`,
    [`${FOLDER}/reference/events/onclicktoact.md`]: '---\ntitle: E\n---\n\n# onclicktoact\n',
  };

  test('keeps it as written for the page, as docfx does with a file it cannot find; a link to a file moves', () => {
    const plan = planImport(
      [PAGE],
      { sourceRoot: FOLDER, readRoot: REPO },
      memoryFolder(files, [REPO, `${REPO}/ce`, FOLDER]),
    );
    const body = plan.pages[0]?.body ?? '';
    assert.ok(body.includes(`[Query options overview](${QUERY_OPTIONS})`), body);
    assert.ok(body.includes('[onclicktoact](../events/onclicktoact.md)'), body);
  });
});

test("the build's include of a hand-written page, from content/, keeps it as written too", async () => {
  const project = tempDir('include-learn-root-');
  mkdirSync(join(project, 'content', 'includes'), { recursive: true });
  mkdirSync(join(project, 'content', 'a', 'b'), { recursive: true });
  // Four levels up from the page's Learn URL (/en-us/defender-business/a/b/): Learn's root.
  writeFileSync(join(project, 'content', 'includes', 'token.md'), 'See [OData](../../../../odata/x).\n');
  const html = await renderLearn('[!INCLUDE [token](../../includes/token.md)]\n', {
    path: join(project, 'content', 'a', 'b', 'page.mdx'),
    root: pathToFileURL(`${project}/`),
    sitePages: ['a/b/page'],
  });
  assert.match(html, /href="https:\/\/learn\.microsoft\.com\/en-us\/odata\/x"/);
});
