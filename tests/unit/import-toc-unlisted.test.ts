/**
 * Articles the --toc TOC does not list: one warning line for all of them, and a word when it lists none of
 * them. Trial CB imported MicrosoftDocs/Dynamics-365-Operations.ar-sa's articles/commerce/dev-itpro/ with
 * its toc.yml, whose every entry is another folder's article (`../../dev-itpro/…md?toc=…`): each of the
 * folder's articles printed its own "not in toc.yml" line (18 for the whole folder), none saying why.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { warningLines } from '../../src/lib/import/report.ts';
import { readTocYml } from '../../src/lib/import/toc-yml.ts';

const FRONT = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 11/16/2022\n---\n\n';
const DIR = '/r/articles/commerce/dev-itpro';
const NAMES = [
  'adyen-connector',
  'limit-token-usage',
  'operational-insights',
  'unlinked-refunds',
  'store-hours',
];

function notInTocLines(toc: string): string[] {
  const files: Record<string, string> = Object.fromEntries(
    NAMES.map((name) => [`${DIR}/${name}.md`, `${FRONT}# ${name}\n\nText.\n`]),
  );
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(
    Object.keys(files),
    { toc: { entries: readTocYml(toc, `${DIR}/toc.yml`), dir: DIR, file: `${DIR}/toc.yml` } },
    access,
  );
  return warningLines(plan.warnings, (file) => file.slice(DIR.length + 1)).filter((line) =>
    line.includes('not in toc.yml'),
  );
}

describe('articles not in the --toc TOC', () => {
  test("a TOC listing none of them (another folder's articles): one line, naming a few, saying so", () => {
    const toc = `- name: أحداث الأعمال
  items:
    - name: نظرة عامة على أحداث الأعمال
      href: ../../dev-itpro/business-events/home-page.md?toc=/dynamics365/unified-operations/retail/toc.json
`;
    assert.deepEqual(notInTocLines(toc), [
      "5 files (adyen-connector.md:1, limit-token-usage.md:1, operational-insights.md:1 and 2 more): not in toc.yml: placed after the pages it lists. It lists none of the articles given: check that it is their folder's TOC.",
    ]);
  });

  test('a TOC listing some of them: one line for the others, without the word for a TOC that lists none', () => {
    const toc = `- name: المدفوعات
  items:
    - name: Adyen
      href: adyen-connector.md?toc=/dynamics365/unified-operations/retail/toc.json
    - name: الرمز
      href: limit-token-usage.md
    - name: Insights
      href: operational-insights.md
`;
    assert.deepEqual(notInTocLines(toc), [
      '2 files (store-hours.md:1, unlinked-refunds.md:1): not in toc.yml: placed after the pages it lists.',
    ]);
  });
});
