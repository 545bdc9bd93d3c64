/** One way to run axe-core in a journey, so every spec checks the same rules and reports them the same way. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** WCAG plus axe's best practices (landmarks, heading order, skip link). */
export const ALL_TAGS = [...WCAG_TAGS, 'best-practice'];

/**
 * axe's violations on the page as it is now, one line each (rule, what it means, where), so a failure says
 * what to fix. Legacy mode runs axe in the page itself instead of opening a blank page to merge the results
 * of each frame: the site renders no frames (content safety refuses iframe), and it halves the time of every check.
 */
export async function axeViolations(page: Page, tags: readonly string[] = ALL_TAGS): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags([...tags])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
