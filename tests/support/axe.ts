/** One way to run axe-core in a journey, so every spec checks the same rules and reports them the same way. */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** WCAG plus axe's best practices (landmarks, heading order, skip link). */
export const ALL_TAGS = [...WCAG_TAGS, 'best-practice'];

/**
 * Puts axe into every document `page` opens from now on, for a walk over many pages: Chromium runs it as each
 * document starts, which costs less than sending it to each page after its load (see axeViolations).
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript(axe.source);
}

/**
 * axe's violations on the page as it is now, one line each (rule, what it means, where), so a failure says
 * what to fix. axe runs in the page itself, as @axe-core/playwright's legacy mode runs it (the site renders
 * no frames: content safety refuses iframe), but is put into each frame once per document rather than twice
 * per check: a page checked in light, dark and on a phone carried it six times. Its `runOnly` is the tags:
 * AxeBuilder's options() replaced what withTags() set, so axe ran its default rules, without target-size.
 */
export async function axeViolations(page: Page, tags: readonly string[] = ALL_TAGS): Promise<string[]> {
  for (const frame of page.frames())
    if (!(await frame.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function')))
      await frame.evaluate(axe.source);
  const violations = await page.evaluate(
    async (values) =>
      (
        await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values },
          resultTypes: ['violations'],
        })
      ).violations,
    [...tags],
  );
  return violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
