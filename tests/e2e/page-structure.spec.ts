import type { Page } from '@playwright/test';
import { expect, test } from '../support/security-watch.ts';
import { SITE_PAGES, UNKNOWN_PATH } from '../support/e2e-site.ts';

/** The sidebar's links as a reader sees them on the overview: the order previous and next must follow. */
async function sidebarOrder(page: Page): Promise<{ label: string; href: string }[]> {
  await page.goto('/');
  return page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => ({ label: link.textContent.trim(), href: link.getAttribute('href') ?? '' })),
    );
}

// One journey through every page (a browser page per site page only added set-up time).
test('every page: the shared layout, named landmarks, one H1, headings in order, previous and next in sidebar order', async ({
  page,
}) => {
  const sidebar = await sidebarOrder(page);
  for (const path of [...SITE_PAGES, UNKNOWN_PATH]) {
    await page.goto(path);
    await expect(page.getByRole('banner'), path).toHaveCount(1);
    // One search box: in the header, or on the search page the page's own.
    await expect(page.getByRole('searchbox', { name: 'Search' }), path).toBeVisible();
    await expect(page.getByRole('main'), path).toHaveCount(1);
    await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    await expect(page.getByRole('contentinfo'), path).toContainText('© Microsoft');
    await expect(page.getByRole('navigation', { name: 'Pages' }), path).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }), path).toBeVisible();
    const unnamed = await page
      .locator('nav, aside')
      .evaluateAll(
        (landmarks) =>
          landmarks.filter(
            (landmark) => !landmark.getAttribute('aria-label') && !landmark.getAttribute('aria-labelledby'),
          ).length,
      );
    expect(unnamed, `${path}: every nav and aside has a name`).toBe(0);

    const levels = await page
      .getByRole('heading')
      .evaluateAll((headings) =>
        headings
          .filter((heading) => heading.checkVisibility())
          .map((heading) => Number(heading.tagName.slice(1))),
      );
    expect(levels[0], `${path}: the first heading is the H1`).toBe(1);
    expect(
      levels.filter((level) => level === 1),
      `${path}: one H1`,
    ).toHaveLength(1);
    levels.forEach((level, i) => {
      expect(level, `${path}: heading ${i + 1} skips no level`).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
    });

    const i = sidebar.findIndex((entry) => entry.href === path);
    if (i < 0) continue;
    const pager = page.getByRole('navigation', { name: 'Previous and next page' });
    for (const [name, neighbour] of [
      ['Previous', sidebar[i - 1]],
      ['Next', sidebar[i + 1]],
    ] as const) {
      const link = pager.getByRole('link', { name: new RegExp(`^${name}`) });
      if (!neighbour) {
        await expect(link, `${path}: no ${name} link`).toHaveCount(0);
        continue;
      }
      await expect(link, path).toHaveAttribute('href', neighbour.href);
      await expect(link, path).toHaveAccessibleName(`${name} ${neighbour.label}`);
    }
  }
  const walked = new Set([...SITE_PAGES, UNKNOWN_PATH]);
  expect(
    sidebar.filter((entry) => !walked.has(entry.href)),
    'sidebar entries the walk missed',
  ).toEqual([]);
});

test('every heading of an article has an anchor link named for it', async ({ page }) => {
  await page.goto('/security/');
  for (const [name, id] of [
    ['Service-level security', 'service-level-security'],
    ['Further reading', 'further-reading'],
  ] as const) {
    await expect(page.getByRole('heading', { name, exact: true, level: 2 })).toHaveAttribute('id', id);
    const anchor = page.getByRole('link', { name: `Link to section: ${name}`, exact: true });
    await expect(anchor).toHaveAttribute('href', `#${id}`);
    await anchor.focus();
    await expect(anchor).toBeVisible();
    await anchor.press('Enter');
    await expect(page).toHaveURL(`/security/#${id}`);
  }
});

test('breadcrumbs above the H1 show site › page, the page marked current', async ({ page }) => {
  await page.goto('/compliance/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('listitem')).toHaveText(['Defender for Business: Trust', 'Compliance']);
  await expect(crumbs.getByRole('link', { name: 'Defender for Business: Trust' })).toHaveAttribute(
    'href',
    '/',
  );
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Compliance');
  const [crumbsBox, h1Box] = [
    await crumbs.boundingBox(),
    await page.getByRole('heading', { level: 1 }).boundingBox(),
  ];
  expect((crumbsBox?.y ?? 0) + (crumbsBox?.height ?? 0)).toBeLessThanOrEqual(h1Box?.y ?? 0);

  await page.goto('/');
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]'),
  ).toHaveText('Defender for Business: Trust');
});

test('a bookmark holding text is shown as the text around it, not as a link, in light and dark', async ({
  page,
}) => {
  await page.goto('/security/');
  // As the build writes Learn's `## <a name="rhel">Install on RHEL</a>` (sql-docs): an `<a id>` with no href.
  const heading = page.getByRole('heading', { level: 2 }).first();
  await heading.evaluate((element) => {
    const bookmark = document.createElement('a');
    bookmark.id = 'bookmark-check';
    bookmark.textContent = 'Install on RHEL';
    element.append(bookmark);
  });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const [bookmark, text] = await heading.evaluate((element) => [
      getComputedStyle(element.querySelector('#bookmark-check') ?? element).color,
      getComputedStyle(element).color,
    ]);
    expect(bookmark, colorScheme).toBe(text);
  }
});
