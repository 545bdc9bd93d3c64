/** The reader's search journey in the header box, shared by the specs that start from it. */
import { expect, type Locator, type Page } from '@playwright/test';

/** On `path`, types `query` into the header's search box and waits for the result `waitFor`; returns the results list. */
export async function searchFrom(page: Page, path: string, query: string, waitFor: string): Promise<Locator> {
  await page.goto(path);
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.click();
  await box.pressSequentially(query);
  const results = page.getByRole('list', { name: /results/i });
  await expect(results.getByRole('link', { name: waitFor })).toBeVisible();
  return results;
}
