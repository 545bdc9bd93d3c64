/** What the browser journeys walk through: every page of the built site, the sizes and the keyboard. */
import { expect, type Locator, type Page } from '@playwright/test';
import { DIST } from './built-site.ts';
import { listDistPages } from './dist-pages.ts';

/** Every page a reader can open (`/`, `/privacy/`…), read from dist/ so a new page is tested without edits. */
export const SITE_PAGES = listDistPages(DIST).filter((path) => path.endsWith('/'));

/** An address with no page: the server answers with the 404 page. */
export const UNKNOWN_PATH = '/no-such-page/';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 375, height: 812 },
} as const;

/**
 * Presses Tab (Shift+Tab with `backwards`, for a target near the end of the page) until `target` has
 * focus, as a keyboard user would; fails if it never does.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, maxPresses = 80 } = {},
): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${maxPresses} presses of Tab never reached ${target.toString()}`);
}
