import { expect, test, type Page } from '@playwright/test';

/** Records what the browser refuses under the policy the site is served with (meta and header). */
async function watchCsp(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => refused.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective}: ${event.blockedURI}`,
      );
    });
  });
  return refused;
}

test('under the strict CSP, search, filters and the landing highlight work with nothing refused', async ({
  page,
}) => {
  const refused = await watchCsp(page);
  const response = await page.goto('/');
  // The policy is the strict one: no inline code but hashed, no eval but WebAssembly's.
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  await page.keyboard.press('/');
  await page.keyboard.type('security');
  const results = page.getByRole('list', { name: /results/i });
  await results.locator('.search-headings').getByRole('link', { name: 'Further reading' }).click();
  await expect(page).toHaveURL('/security/?highlight=security#further-reading');
  await expect(page.locator('article mark.pagefind-highlight').first()).toBeVisible();

  await page.goto('/search/?q=trust&section=Privacy');
  await expect(page.getByRole('list', { name: /results/i }).locator('.search-result-title')).toHaveText([
    'Privacy',
  ]);
  expect(refused).toEqual([]);
});
