/**
 * Search relevance on the Defender for Business corpus, for `npm run bench`: builds the corpus (cached),
 * serves it, types the judged queries into the search box in Chromium and returns the figures per kind
 * of query. Run alone: `node scripts/bench/relevance.ts [--port 4499]`.
 */
import { commandLine, readCommandLine } from '../cli.ts';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { corpusDist } from '../../tests/support/corpus-site.ts';
import {
  formatRelevance,
  measureRelevance,
  summarise,
  type KindFigures,
} from '../../tests/relevance/measure.ts';
import { closeSite, serveSite } from '../serve.ts';

export interface RelevanceBench {
  figures: KindFigures[];
  /** The printable table, with the queries that missed. */
  table: string;
}

/** Measures relevance on the built corpus, served on `port`. */
export async function benchRelevance(port = 4499): Promise<RelevanceBench> {
  const server = await serveSite(await corpusDist(), port);
  const browser = await chromium.launch({
    executablePath: findChromium({ purpose: 'measure' }),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const outcomes = await measureRelevance(page, `http://localhost:${port}`);
    return { figures: summarise(outcomes), table: formatRelevance(outcomes) };
  } finally {
    await browser.close();
    await closeSite(server);
  }
}

/** The options of this script run alone. */
export const COMMAND_LINE = commandLine(
  { options: { port: { type: 'string', default: '4499' } } },
  'usage: node scripts/bench/relevance.ts [--port 4499]: the search relevance suite on the built corpus, its figures per kind',
);

if (import.meta.main) {
  const { values } = readCommandLine(COMMAND_LINE);
  const { table } = await benchRelevance(Number(values.port));
  console.log(`Search relevance, Defender for Business corpus:\n${table}`);
}
