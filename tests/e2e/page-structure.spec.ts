import { expect, test } from '../support/security-watch.ts';
import { SITE_PAGES, UNKNOWN_PATH } from '../support/e2e-site.ts';

// One journey through every page (a browser page per site page only added set-up time).
test('every page: named landmarks, one H1 and headings in order', async ({ page }) => {
  for (const path of [...SITE_PAGES, UNKNOWN_PATH]) {
    await page.goto(path);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
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
  }
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

test('previous and next follow the sidebar order on every page', async ({ page }) => {
  await page.goto('/');
  const sidebar = await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => ({ label: link.textContent.trim(), href: link.getAttribute('href') })),
    );

  for (const [i, current] of sidebar.entries()) {
    await page.goto(current.href ?? '');
    const pager = page.getByRole('navigation', { name: 'Previous and next page' });
    const prev = sidebar[i - 1];
    const next = sidebar[i + 1];
    const prevLink = pager.getByRole('link', { name: /^Previous/ });
    const nextLink = pager.getByRole('link', { name: /^Next/ });
    if (prev) await expect(prevLink).toHaveAttribute('href', prev.href ?? '');
    else await expect(prevLink).toHaveCount(0);
    if (prev) await expect(prevLink).toHaveAccessibleName(`Previous ${prev.label}`);
    if (next) await expect(nextLink).toHaveAttribute('href', next.href ?? '');
    else await expect(nextLink).toHaveCount(0);
    if (next) await expect(nextLink).toHaveAccessibleName(`Next ${next.label}`);
  }
});
