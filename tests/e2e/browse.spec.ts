import { expect, test } from '../support/security-watch.ts';

const PAGES = [
  {
    path: '/',
    label: 'Overview',
    h1: 'Security, privacy, and compliance in Microsoft Defender for Business',
  },
  { path: '/security/', label: 'Security', h1: 'Security' },
  { path: '/privacy/', label: 'Privacy', h1: 'Privacy' },
  { path: '/compliance/', label: 'Compliance', h1: 'Compliance' },
  { path: '/related-resources/', label: 'Related resources', h1: 'Related resources' },
];

test('the sidebar lists every page in order and reaches each, marking the current one', async ({ page }) => {
  await page.goto('/');
  const sidebar = page.getByRole('navigation', { name: 'Pages' });
  // The article's pages, then the site's own (EXTRA_PAGES).
  await expect(sidebar.getByRole('link')).toHaveText([
    ...PAGES.map((p) => p.label),
    'Links',
    "What's new",
    'Accessibility statement',
  ]);

  for (const { path, label, h1 } of PAGES) {
    await sidebar.getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    const current = sidebar.locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText(label);
  }
});

test('the overview links to the four sections', async ({ page }) => {
  await page.goto('/');
  const list = page
    .getByRole('article')
    .getByRole('list')
    .filter({ has: page.getByRole('link', { name: 'Related resources' }) });
  await expect(list.getByRole('link')).toHaveText(['Security', 'Privacy', 'Compliance', 'Related resources']);
  await list.getByRole('link', { name: 'Compliance' }).click();
  await expect(page).toHaveURL('/compliance/');
});

test('the table of contents jumps to its headings', async ({ page }) => {
  await page.goto('/security/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const entries = toc.getByRole('link');
  await expect(entries).toHaveText(['Service-level security', 'Further reading']);

  await page.setViewportSize({ width: 1280, height: 400 });
  await toc.getByRole('link', { name: 'Further reading' }).click();
  await expect(page).toHaveURL('/security/#further-reading');
  const heading = page.getByRole('heading', { name: 'Further reading', level: 2 });
  await expect(heading).toHaveAttribute('id', 'further-reading');
  await expect(heading).toBeInViewport();
});

test('every page shows when the source was last updated and credits it', async ({ page }) => {
  for (const { path } of PAGES) {
    await page.goto(path);
    await expect(page.locator('time[datetime="2024-05-31"]')).toHaveText('May 31, 2024');
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText('© Microsoft');
    await expect(
      footer.getByRole('link', { name: 'Creative Commons Attribution 4.0 International' }),
    ).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    await expect(
      footer.getByRole('link', {
        name: 'Security, privacy, and compliance in Microsoft Defender for Business',
      }),
    ).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/en-us/defender-business/mdb-security-privacy-compliance',
    );
  }
});
