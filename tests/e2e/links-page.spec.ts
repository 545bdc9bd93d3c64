import { expect, test } from '../support/security-watch.ts';
import { DIST, pageLinks, readPage } from '../support/built-site.ts';
import { listDistPages } from '../support/dist-pages.ts';
import { classifyUrl } from '../../src/lib/url-class.ts';

/** Every outbound URL in the built HTML of every other page: what the Links page must list. */
function outboundUrlsInDist(): string[] {
  const urls = listDistPages(DIST)
    .filter((path) => path.endsWith('/') && path !== '/links/')
    .flatMap((path) =>
      pageLinks(readPage(path))
        .map((link) => link.href)
        .filter((href) => classifyUrl(href, path).kind === 'outbound'),
    );
  return [...new Set(urls)].sort();
}

test('the Links page is in the sidebar and lists every outbound URL found in the built site, and no other', async ({
  page,
}) => {
  const expected = outboundUrlsInDist();
  expect(expected.length).toBeGreaterThan(5);

  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: 'Links', exact: true })
    .click();
  await expect(page).toHaveURL('/links/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Links');

  const main = page.getByRole('main');
  const listed = await main
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(
    [...new Set(listed.filter((href) => classifyUrl(href, '/links/').kind === 'outbound'))].sort(),
  ).toEqual(expected);
  // Each URL is also written out, for readers who want to see where a link goes.
  for (const url of expected) await expect(main.getByText(url, { exact: true })).toBeVisible();
});

test('destinations are grouped Trust Center first, then Microsoft privacy, then Learn', async ({ page }) => {
  await page.goto('/links/');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'Microsoft Trust Center',
    'Microsoft privacy',
    'Microsoft Learn',
    'Licence',
    'Source on GitHub',
  ]);
  const trustCenter = page.getByRole('region', { name: 'Microsoft Trust Center' });
  await expect(trustCenter.getByRole('listitem').first()).toContainText('Microsoft Trust Center - Security');
  await expect(trustCenter.getByRole('listitem').first()).toContainText('https://www.microsoft.com/security');
});

test('each destination links back to the page and section that cite it', async ({ page }) => {
  await page.goto('/links/');
  const security = page.getByRole('region', { name: 'Microsoft Trust Center' }).getByRole('listitem').first();
  await security.getByRole('link', { name: 'Security › Further reading' }).click();
  await expect(page).toHaveURL('/security/#further-reading');
  await expect(
    page.getByRole('main').getByRole('link', { name: /^Microsoft Trust Center - Security/ }),
  ).toHaveAttribute('href', 'https://www.microsoft.com/security');
});
