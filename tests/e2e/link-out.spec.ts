import { expect, test } from '@playwright/test';

const TRUST_CENTER = [
  { path: '/security/', name: 'Microsoft Trust Center - Security', href: 'https://www.microsoft.com/security' },
  { path: '/privacy/', name: 'Microsoft Trust Center - Data protection and privacy', href: 'https://www.microsoft.com/trust-center/privacy' },
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
    const requested: string[] = [];
    await page.route('https://**/*', (route) => {
      requested.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Intercepted</title>' });
    });
    await link.click();
    await expect(page).toHaveURL(href);
    expect(requested).toContain(href);
  });
}

test('Learn links of the source point to their articles on learn.microsoft.com', async ({ page }) => {
  await page.goto('/security/');
  await expect(page.getByRole('link', { name: 'Set up and configure Microsoft Defender for Business' })).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/en-us/defender-business/mdb-setup-configuration',
  );
  await page.goto('/related-resources/');
  await expect(page.getByRole('link', { name: /Small business Zero Trust guidance/ })).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/en-us/security/zero-trust/guidance-smb-partner#additional-threat-protection',
  );
});
