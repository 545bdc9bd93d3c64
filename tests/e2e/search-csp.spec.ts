import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';

/** The strict policy the site is served with (security issue): no inline code but hashed scripts, no eval. */
function policyFor(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Serves every page with the policy and records what the browser refuses. */
async function withStrictCsp(page: Page): Promise<string[]> {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = await response.text();
    await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-security-policy': policyFor(html) } });
  });
  const refused: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => refused.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return refused;
}

test('under the strict CSP, search, filters and the landing highlight work with nothing refused', async ({ page }) => {
  const refused = await withStrictCsp(page);
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('security');
  const results = page.getByRole('list', { name: /results/i });
  await results.locator('.search-headings').getByRole('link', { name: 'Further reading' }).click();
  await expect(page).toHaveURL('/security/?highlight=security#further-reading');
  await expect(page.locator('article mark.pagefind-highlight').first()).toBeVisible();

  await page.goto('/search/?q=trust&section=Privacy');
  await expect(page.getByRole('list', { name: /results/i }).locator('.search-result-title')).toHaveText(['Privacy']);
  expect(refused).toEqual([]);
});
