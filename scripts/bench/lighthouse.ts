/** Lighthouse scores (performance, accessibility, best practices, SEO) for one URL, mobile and desktop. */
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseFigures {
  formFactor: 'mobile' | 'desktop';
  /** Score per category, 0–100. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits that did not pass, to say why a score is below 100. */
  failed: string[];
}

/** Runs Lighthouse on `url` in Chromium reached through the DevTools protocol on `debugPort`. */
export async function measureLighthouse(url: string, debugPort: number): Promise<LighthouseFigures[]> {
  const browser = await chromium.launch({
    executablePath: findChromium({ purpose: 'measure' }),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debugPort}`],
  });
  try {
    const figures: LighthouseFigures[] = [];
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const result = await lighthouse(
        url,
        { port: debugPort, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
      );
      const failed = Object.values(audits)
        .filter(
          (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
        )
        .map((audit) => audit.id);
      figures.push({ formFactor, scores: scores as LighthouseFigures['scores'], failed });
    }
    return figures;
  } finally {
    await browser.close();
  }
}
