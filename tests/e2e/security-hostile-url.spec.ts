/** Readers' URLs are anyone's to craft: malformed or hostile `?highlight=` and `#fragment` break nothing. */
import { expect } from '@playwright/test';
import { test } from '../support/security-watch.ts';

const HOSTILE = [
  '/security/#%E0%A4%A',
  '/security/?highlight=%E0%A4%A#%E0%A4%A',
  '/security/?highlight=security#%',
  '/security/?highlight=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E#%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E',
  `/security/?highlight=${'a'.repeat(5000)}`,
  `/security/?${Array.from({ length: 300 }, (_, n) => `highlight=w${n}`).join('&')}`,
  '/security/?highlight=(((((((((a*)*)*)*)*)*)*)*)*)%5B#further-reading',
  '/search/?q=%E0%A4%A&section=%E0%A4%A',
  '/search/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E#%E0%A4%A',
];

test('every hostile address opens with no page error, dialog or request elsewhere', async ({
  page,
  watch,
}) => {
  for (const path of HOSTILE) {
    const at = path.slice(0, 80);
    await page.goto(path);
    await expect(page.locator('h1'), at).toBeVisible();
    // Give the highlight (loaded on ?highlight=) and search time to run.
    await page.waitForLoadState('networkidle');
    expect(watch.pageErrors, at).toEqual([]);
    expect(watch.dialogs, at).toEqual([]);
  }
});
