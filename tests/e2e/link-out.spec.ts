import { expect, test, type Page } from '@playwright/test';
import { DIST } from '../support/built-site.ts';
import { listDistPages } from '../support/dist-pages.ts';
import { searchFrom } from '../support/search.ts';

/** Answers every request to another origin here, so following a link out never leaves the machine. */
async function interceptOutbound(page: Page): Promise<string[]> {
  const requested: string[] = [];
  await page.route('https://**/*', (route) => {
    requested.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Intercepted</title>' });
  });
  return requested;
}

const TRUST_CENTER = [
  {
    path: '/security/',
    name: 'Microsoft Trust Center - Security',
    href: 'https://www.microsoft.com/security',
  },
  {
    path: '/privacy/',
    name: 'Microsoft Trust Center - Data protection and privacy',
    href: 'https://www.microsoft.com/trust-center/privacy',
  },
  {
    path: '/compliance/',
    name: 'Microsoft Trust Center - Compliance',
    href: 'https://www.microsoft.com/trust-center/compliance/compliance-overview',
  },
];

for (const { path, name, href } of TRUST_CENTER) {
  test(`${name} on ${path} goes to ${href}`, async ({ page }) => {
    const link = page.getByRole('main').getByRole('link', { name });
    await page.goto(path);
    await expect(link).toHaveAttribute('href', href);

    // The navigation is caught and answered here: no request leaves the machine.
    const requested = await interceptOutbound(page);
    await link.click();
    await expect(page).toHaveURL(href);
    expect(requested).toContain(href);
  });
}

test('Learn links of the source point to their articles on learn.microsoft.com', async ({ page }) => {
  await page.goto('/security/');
  await expect(
    page.getByRole('link', { name: 'Set up and configure Microsoft Defender for Business' }),
  ).toHaveAttribute('href', 'https://learn.microsoft.com/en-us/defender-business/mdb-setup-configuration');
  await page.goto('/related-resources/');
  await expect(page.getByRole('link', { name: /Small business Zero Trust guidance/ })).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/en-us/security/zero-trust/guidance-smb-partner#additional-threat-protection',
  );
});

test('the overview leads with the three Trust Center destinations, and each reaches its page', async ({
  page,
}) => {
  await page.goto('/');
  const lead = page.getByRole('region', { name: 'Microsoft Trust Center' });
  // It comes before the rest of the overview's content after the introduction.
  await expect(page.locator('.content > :nth-child(2)')).toHaveAttribute(
    'aria-labelledby',
    'trust-center-label',
  );
  await expect(lead.getByRole('link')).toHaveText(
    ['Security', 'Data protection and privacy', 'Compliance'].map((label) => `${label} (external site)`),
  );

  for (const { name, href } of TRUST_CENTER.map((t) => ({
    name: t.name.replace('Microsoft Trust Center - ', ''),
    href: t.href,
  }))) {
    await page.goto('/');
    const requested = await interceptOutbound(page);
    await lead.getByRole('link', { name }).click();
    await expect(page).toHaveURL(href);
    expect(requested).toEqual([href]);
  }
});

test('every link leaving any page is marked as external, says so to screen readers, and has rel', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  for (const path of listDistPages(DIST).filter((p) => p.endsWith('/'))) {
    await page.goto(path);
    // What each link leaving the site carries, read in one pass over the page.
    const outbound = await page.locator('a[href]').evaluateAll((anchors) =>
      (anchors as HTMLAnchorElement[])
        .filter((a) => new URL(a.href).origin !== location.origin)
        .map((a) => {
          const marker = a.querySelector('.external-marker');
          const icon = marker?.querySelector(':scope > svg');
          return {
            href: a.href,
            rel: a.rel.split(/\s+/),
            target: a.getAttribute('target'),
            iconShown: icon?.checkVisibility() ?? false,
            iconHidden: icon?.getAttribute('aria-hidden') ?? null,
            markerUnindexed: marker?.hasAttribute('data-pagefind-ignore') ?? false,
          };
        }),
    );
    expect(outbound.length, `${path}: every page links out at least in its footer`).toBeGreaterThan(0);
    for (const link of outbound) {
      expect(link, `${path}: ${link.href}`).toEqual({
        href: link.href,
        rel: expect.arrayContaining(['noopener', 'noreferrer']) as string[],
        target: null,
        iconShown: true,
        iconHidden: 'true',
        markerUnindexed: true,
      });
    }
    // Screen readers hear "(external site)" after the name of exactly these links.
    const named = await page
      .getByRole('link', { name: /\S \(external site\)$/ })
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(named.sort(), path).toEqual(outbound.map((link) => link.href).sort());
  }
  // The icon is drawn inline: no page asked anything of any other origin.
  expect(requests.filter((url) => new URL(url).origin !== new URL(page.url()).origin)).toEqual([]);
});

test('search never reads the hidden "(external site)" words into its results', async ({ page }) => {
  const results = await searchFrom(page, '/', 'trust center', 'Compliance');
  await expect(results).not.toContainText('external site');

  // No article page says "external": a result could only come from the hidden marker.
  await page.getByRole('searchbox', { name: 'Search' }).fill('external');
  await expect(page.locator('#search-status')).toHaveText('No results for “external”.');
});
