/**
 * Learn's links to a zone pivot, `?pivots=<id>` (azure-aks-docs' concepts-choosing-fleet.md links
 * `quickstart-create-fleet-and-members.md?pivots=private-hub#create-a-resource-group`, import trial 34): Learn
 * shows that pivot's zones only, the site every zone, so the page opens at the chosen pivot's zone after the
 * anchor, not at the anchor with other pivots' zones between. The page is tests/support/own-site.ts' ZONES.
 */
import { expect, test } from '@playwright/test';
import { serveOwnSite, type OwnSite } from '../support/own-site.ts';

let PAGE = '';
let site: OwnSite | undefined;

test.describe.configure({ mode: 'serial' });
// Without smooth scrolling, a target is in view once and for all, not while scrolling past it.
test.use({ reducedMotion: 'reduce' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await serveOwnSite();
  PAGE = `${site.origin}/linux/zones/`;
});

test.afterAll(async () => {
  await site?.close();
});

test('a link naming a pivot and an anchor opens at that pivot’s zone after the anchor', async ({ page }) => {
  await page.goto(`${PAGE}?pivots=private-hub#create-a-resource-group`);
  await page.waitForLoadState('load');
  const chosen = page.getByText('For private-hub:').first();
  await expect(chosen).toBeInViewport();
  await expect(page.getByText('Step 12 for no-hub.')).not.toBeInViewport();
  await expect(page.getByRole('heading', { name: 'Create a resource group' })).not.toBeInViewport();
});

test('a pivot without an anchor opens at its first zone; an anchor alone stays at the anchor', async ({
  page,
}) => {
  await page.goto(`${PAGE}?pivots=Public-Hub`);
  await page.waitForLoadState('load');
  await expect(page.getByText('For public-hub:')).toBeInViewport();
  await expect(page.getByText('Step 12 for no-hub.')).not.toBeInViewport();

  await page.goto(`${PAGE}#create-a-resource-group`);
  await page.waitForLoadState('load');
  await expect(page.getByRole('heading', { name: 'Create a resource group' })).toBeInViewport();
  await expect(page.getByText('For private-hub:').first()).not.toBeInViewport();
});

test('the zone after the anchor is chosen, and an anchor inside a zone is kept', async ({ page }) => {
  await page.goto(`${PAGE}?pivots=private-hub#join-member-clusters`);
  await page.waitForLoadState('load');
  await expect(page.getByText('Joining with a private hub.')).toBeInViewport();
  await expect(page.getByText('Step 12 for private-hub.')).not.toBeInViewport();

  await page.goto(`${PAGE}?pivots=private-hub#fleet-with-public-hub`);
  await page.waitForLoadState('load');
  await expect(page.getByRole('heading', { name: 'Fleet with public-hub' })).toBeInViewport();
});
