/**
 * A page's link to its own Learn address. Every PlatyPS page of an older version of a module carries
 * `> [!NOTE]` `>Ini adalah versi sebelumnya … lihat [versi terbaru](/powershell/module/az.accounts/get-azaccesstoken)`
 * ("this is an older version, see the latest version": MicrosoftDocs/azure-docs-powershell.id-ID,
 * azps-7.5.0/Az.Accounts, real-folder trial BN). On Learn that opens the article in its default version, which
 * is no page here: the link stays on Learn instead of going to the page it is on.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { resolveLearnLink, type LearnLinkContext } from '../../src/lib/learn-links.ts';
import { rehypeLearnLinks } from '../../src/markdown/rehype-learn-links.ts';

// azps-7.5.0/Az.Accounts/*.md, imported with --learn-path id-id/powershell/module/az.accounts.
const accounts = {
  learnFolder: 'powershell/module/az.accounts',
  locale: 'id-id',
  articles: ['az.accounts.md', 'get-azaccesstoken.md', 'get-aztenant.md', 'x.md'],
  pages: ['az.accounts', 'get-azaccesstoken', 'get-aztenant', 'x'],
};
const site: LearnLinkContext = {
  sitePages: new Set(['index', 'security', ...accounts.pages]),
  learnBase: 'https://learn.microsoft.com/en-us',
  learnFolder: 'defender-business',
  knownArticles: new Set(['index.md', 'security.md']),
  otherFolders: [accounts],
};
const on = (pageFile: string) => (href: string) => resolveLearnLink(href, { ...site, pageFile });
const LEARN = 'https://learn.microsoft.com/id-id/powershell/module/az.accounts';

describe("a link to the page's own Learn address, on the page", () => {
  test('root-relative, as PlatyPS writes "the latest version": the article on Learn', () => {
    assert.equal(
      on('get-azaccesstoken.md')('/powershell/module/az.accounts/get-azaccesstoken'),
      `${LEARN}/get-azaccesstoken`,
    );
    // The minimal case: x.md linking [latest](/powershell/module/az.accounts/x), in any case, as Learn reads it.
    assert.equal(on('x.md')('/powershell/module/az.accounts/x'), `${LEARN}/x`);
    assert.equal(
      on('x.md')('/PowerShell/Module/Az.Accounts/X.md'),
      'https://learn.microsoft.com/id-id/PowerShell/Module/Az.Accounts/X',
    );
    // Another version, named: Learn's still.
    assert.equal(
      on('x.md')('/powershell/module/az.accounts/x?view=azps-7.5.0'),
      `${LEARN}/x?view=azps-7.5.0`,
    );
  });

  test("Learn's full URL of the page stays as it is written (docs.microsoft.com's on Learn's host)", () => {
    for (const href of [
      `${LEARN}/get-azaccesstoken`,
      'https://learn.microsoft.com/powershell/module/az.accounts/get-azaccesstoken?view=azps-12.0.0',
    ])
      assert.equal(on('get-azaccesstoken.md')(href), href);
    assert.equal(
      on('get-azaccesstoken.md')(
        'https://docs.microsoft.com/id-id/powershell/module/az.accounts/get-azaccesstoken',
      ),
      'https://learn.microsoft.com/id-id/powershell/module/az.accounts/get-azaccesstoken',
    );
  });

  test('with a #fragment, or a tab the site chooses, is a place on this page', () => {
    assert.equal(on('x.md')('/powershell/module/az.accounts/x#examples'), '/x/#examples');
    assert.equal(on('x.md')(`${LEARN}/x#examples`), '/x/#examples');
    assert.equal(on('x.md')(`${LEARN}/x?tabs=bash`), '/x/?tabs=bash');
  });

  test("a link to the page's file, or its xref, is this page, in its version, as on Learn", () => {
    assert.equal(on('x.md')('x.md'), '/x/');
    assert.equal(on('x.md')('./x'), '/x/');
    assert.equal(on('get-azaccesstoken.md')('xref:Az.Accounts.Get-AzAccessToken'), '/get-azaccesstoken/');
  });

  test("another page's Learn address is that page here, as before", () => {
    assert.equal(on('x.md')('/powershell/module/az.accounts/get-azaccesstoken'), '/get-azaccesstoken/');
    assert.equal(on('x.md')(`${LEARN}/get-azaccesstoken`), '/get-azaccesstoken/');
    assert.equal(on('get-aztenant.md')('/powershell/module/az.accounts/x'), '/x/');
  });
});

describe('rehypeLearnLinks on the page', () => {
  test('leaves the link to Learn, where rehype-external-links marks it as other Learn links', () => {
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: '/powershell/module/az.accounts/get-azaccesstoken' },
      children: [{ type: 'text', value: 'versi terbaru' }],
    };
    const tree: Root = { type: 'root', children: [link] };
    rehypeLearnLinks({ ...site, contentDir: '/site/content' })(
      tree,
      new VFile({ path: '/site/content/get-azaccesstoken.md' }),
    );
    assert.equal(link.properties['href'], `${LEARN}/get-azaccesstoken`);
  });
});
