/**
 * Korean and Japanese pages built and searched in Chromium, as powerShell-Docs.ko-kr's about_Do says them:
 * the page opened from a result marks the searched word (Pagefind decomposed 루프 into its letters in
 * `?highlight=`, and the page marked nothing), and a word typed with a particle (루프를) finds the page
 * that says 루프는, 루프에서, 루프가.
 * The pages are in tests/support/language-site.ts: one build, shared with the other languages' search tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright';
import { languageSite } from '../support/language-site.ts';
import { inBrowser, searchFor } from '../support/search-site.ts';

const build = await languageSite();

/** Types `query` into the search box of the page open in `tab`, opens the first result and returns the words marked there. */
async function openFirstResult(tab: Page, query: string): Promise<{ title: string; marked: string[] }> {
  await searchFor(tab, query);
  const first = tab.locator('#search-results .search-result-title').first();
  const title = ((await first.textContent()) ?? '').trim();
  await Promise.all([tab.waitForURL(/[?&]highlight=/), first.click()]);
  await tab.locator('mark.pagefind-highlight').first().waitFor({ timeout: 20_000 });
  return { title, marked: await tab.locator('mark.pagefind-highlight').allTextContents() };
}

test('the page opened from a Korean or Japanese result marks the searched word; a particle does not hide the page', async () => {
  assert.equal(build.status, 0, build.output);
  await inBrowser(build.dist, async (tab, base) => {
    await tab.goto(`${base}/about-do/`);
    const korean = await openFirstResult(tab, '루프');
    assert.equal(korean.title, 'about_Do');
    assert.ok(korean.marked.length >= 3, `marked: ${korean.marked.join(', ')}`);
    assert.ok(
      korean.marked.every((word) => word.startsWith('루프')),
      korean.marked.join(', '),
    );
    // The result's link names the word composed, as the page writes it.
    assert.equal(new URL(tab.url()).searchParams.get('highlight'), '루프');

    await tab.goto(`${base}/about-do/`);
    const particle = await openFirstResult(tab, '루프를');
    assert.equal(particle.title, 'about_Do');
    assert.ok(
      particle.marked.some((word) => word.startsWith('루프')),
      particle.marked.join(', '),
    );

    await tab.goto(`${base}/guide-ja/`);
    const japanese = await openFirstResult(tab, 'ガイド');
    assert.equal(japanese.title, 'ガイド');
    assert.ok(japanese.marked.includes('ガイド'), japanese.marked.join(', '));
  });
});
