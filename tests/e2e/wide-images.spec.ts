/**
 * A picture wider than the page (a 1600 px chart, as Learn articles hold) shrinks to the measure, keeping
 * its shape, and a heading with a word longer than a phone is wide (a Windows constant, as support articles
 * write them) wraps: the page never scrolls sideways, on a desktop and on a phone.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { serveFixture, type FixtureSite } from '../support/fixture-site.ts';

/** Beside the other specs' ports (+60 tabs, +70 tables), so two copies of the suite can run side by side. */
/** The fixture site's address (its server's port is the system's) and its wide page. */
let BASE = '';
let PAGE = '';
const WIDE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="400" viewBox="0 0 1600 400"><rect width="1600" height="400" fill="#888"/></svg>\n';

/** A PowerShell example's output table, as BitLocker's module pages print it: 118 columns, one row a line. */
const CODE_LINES = [
  'VolumeType      Mount CapacityGB VolumeStatus           Encryption KeyProtector              AutoUnlock Protection',
  '                Point                                   Percentage                           Enabled    Status',
  '----------      ----- ---------- ------------           ---------- ------------              ---------- ----------',
  'OperatingSystem C:        476.34 FullyEncrypted         100        {Tpm, RecoveryPassword}              On',
];

/** A Kusto operator's parameters as dataexplorer-docs' summarize-operator.md writes them. */
const PARAMETERS = [
  '| Name | Type | Required | Description |',
  '|--|--|--|--|',
  '| *SummarizeParameters* | `string` | | Zero or more space-separated parameters in the form of *Name* `=` *Value* that control the behavior. |',
  '| *GroupExpression* | scalar | :heavy_check_mark: | A scalar expression that can reference the input data. The output has as many records as there are distinct values of all the group expressions. |',
].join('\n');

/** Korean text as Learn's Korean PowerShell pages write it: words of several syllables between spaces. */
const KOREAN =
  'PowerShell에서 식을 구성하는 연산자가 여러 개 있으면 PowerShell은 연산자가 평가되는 순서를 결정하는 우선 순위 규칙에 따라 연산자를 처리합니다. 우선 순위가 높은 연산자가 먼저 평가되며, 같은 우선 순위의 연산자는 왼쪽에서 오른쪽으로 평가됩니다.';

/** A comparison table as azure-docs-sdk-dotnet.ja-JP's dotnet-howto-choose-migration.md writes it: labels beside prose. */
const JAPANESE_TABLE = [
  '|  | Azure VM | Azure App Service |',
  '|--|--|--|',
  '| 使用時の注意 | アプリケーションに、サーバーとローカルの .msi インストール ファイルに対する強固な依存関係がある場合。最も簡単なアプリケーション移行パスを必要としている場合。 | アプリにサーバーに対する依存関係がなく、データベース サーバーにアクセスするクリーンな ASP.NET Web アプリ (MVC、WebForm) または N 層アプリ (Web API、WCf) である場合。 |',
  '| 長所 | 最も簡単な移行パス。使い慣れた環境。デプロイ環境は、オンプレミス サーバーとほぼ同じ VM。 | PaaS の継続的なメンテナンス、Azure でアプリを管理およびスケールする最も簡単な方法。 |',
].join('\n');

/**
 * A missing image in a nested step, its alt text one long Lithuanian word (Dynamics-365-Operations.lt-lt's
 * dual-write-troubleshooting-initial-sync.md): the page shows the alt text in a box, which must wrap too.
 */
const MISSING_IMAGE_STEPS =
  '1. Step.\n\n    1. Sub-step.\n\n        ![SąskaitosFaktūrosTiekėjoPaskyrosNumerio stulpelio naikinimas.](/media/missing.png)';

const LONG_NAME = 'Windows.Globalization.Fonts.LanguageFontGroup.UINotificationHeadingFont';

let site: FixtureSite | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await serveFixture('wide-images', {
    'public/media/wide.svg': WIDE_SVG,
    'content/wide.md':
      '---\ntitle: A wide chart\ndescription: A page with a picture wider than the page.\norder: 90\nupdated: 2025-01-15\nauthor: fixture\n---\n\nThe chart below is 1600 pixels wide.\n\n![Latency over a day](/media/wide.svg)\n\n:::image type="content" source="/media/wide.svg" alt-text="The same chart, as a Learn image.":::\n\n## About RT (NTDSCONN_OPT_RODC_TOPOLOGY, 0x00000040)\n\nThe option of a connection object.\n\n### HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters\n\nA registry key.\n\n| Area | Pillars |\n| --- | --- |\n| API implementation | [Operational excellence](https://learn.microsoft.com/azure/well-architected/operational-excellence/), [Performance efficiency](https://learn.microsoft.com/azure/well-architected/performance-efficiency/), [Reliability](https://learn.microsoft.com/azure/well-architected/reliability/) |\n' +
      `\n## Output\n\n\`\`\`powershell\n${CODE_LINES.join('\n')}\n\`\`\`\n` +
      `\n## Parameters\n\n${PARAMETERS}\n` +
      `\n## Steps\n\n${MISSING_IMAGE_STEPS}\n`,
    // A reference page as win32 writes it: a parameter's values in its <dd>, each Requirements value a <dl>
    // of one term in its cell, See also a <dl> of links (rehype-definition-lists.ts makes these blocks).
    'content/requirements.mdx':
      '---\ntitle: UnregisterWaitEx function\ndescription: A page with a Requirements table.\norder: 93\nupdated: 2025-01-15\nauthor: fixture\n---\n\n' +
      '## Parameters\n\n<dl>\n<dt>\n\n*ErrorType* \\[out\\]\n</dt>\n\n<dd>\n\nThe type of error.\n\n<dt>\n\n0\n</dt>\n\n<dd>\n\nSuccess.\n\n</dd>\n\n</dd>\n\n</dl>\n\n' +
      '## Requirements\n\n| Requirement | Value |\n| --- | --- |\n| DLL<br/> | <dl> <dt>Kernel32.dll</dt> </dl> |\n| Header<br/> | <dl> <dt>WinBase.h (include Windows.h)</dt> </dl> |\n\n' +
      '## See also\n\n<dl>\n<dt>\n\n[**A wide chart**](wide.md)\n</dt>\n\n</dl>\n',
    // A Korean page (powerShell-Docs.ko-kr's about_Operator_Precedence): words break between words only.
    'content/korean.md': `---\ntitle: 연산자 우선 순위\ndescription: 연산자 우선 순위를 설명합니다.\norder: 92\nupdated: 2025-01-15\nauthor: fixture\nlang: ko-KR\n---\n\n${KOREAN}\n`,
    'content/japanese.md': `---\ntitle: 移行方法の選択\ndescription: 移行方法を選択します。\norder: 94\nupdated: 2025-01-15\nauthor: fixture\nlang: ja-JP\n---\n\n${JAPANESE_TABLE}\n`,
    // A page named with one dotted word longer than a phone is wide (a Windows Runtime member, as the
    // generated reference names its pages): its name is in the sidebar, the breadcrumbs and /wide/'s "Next".
    'content/long-name.md': `---\ntitle: ${LONG_NAME}\ndescription: A page whose name has no place to break.\norder: 91\nupdated: 2025-01-15\nauthor: fixture\n---\n\nGets the font for notification headings.\n`,
  });
  BASE = site.origin;
  PAGE = `${BASE}/wide/`;
});

test.afterAll(async () => {
  await site?.close();
});

for (const width of [1280, 390, 320]) {
  test(`at ${width} px, each picture fits the text column and keeps its shape; the page does not scroll sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PAGE);
    const column = await page.locator('article .content').boundingBox();
    for (const name of ['Latency over a day', 'The same chart, as a Learn image.']) {
      const picture = page.getByRole('img', { name });
      await expect(picture).toBeVisible();
      const box = await picture.boundingBox();
      expect(
        box && column && box.width <= column.width + 0.5,
        `${name}: ${box?.width} px in ${column?.width}`,
      ).toBe(true);
      expect(Math.abs((box?.width ?? 0) / (box?.height ?? 1) - 4)).toBeLessThan(0.05);
    }
    for (const name of ['About RT (NTDSCONN_OPT_RODC_TOPOLOGY, 0x00000040)', /^HKEY_LOCAL_MACHINE/]) {
      const box = await page.getByRole('heading', { name }).boundingBox();
      expect(
        box && column && box.x + box.width <= column.x + column.width + 0.5,
        `heading ${String(name)}: ${box?.x} + ${box?.width} px in ${column?.x} + ${column?.width}`,
      ).toBe(true);
    }
    const missing = await page.locator('article .image-missing').boundingBox();
    expect(
      missing && column && missing.x + missing.width <= column.x + column.width + 0.5,
      `the missing image's alt text: ${missing?.x} + ${missing?.width} px in ${column?.x} + ${column?.width}`,
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // An external link's arrow stays on the line of the link's last word, and the comma after it too.
    const apart = await page.locator('article td a[href^="https:"]').evaluateAll((links) =>
      links.flatMap((link) => {
        const icon = link.querySelector('.external-icon')?.getBoundingClientRect();
        // The link's last text the reader sees (not the marker's hidden words).
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) =>
            node.parentElement?.closest('.external-marker') || !node.textContent?.trim()
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_ACCEPT,
        });
        let text: Node | null = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) text = node;
        const next = link.nextSibling;
        if (!icon || !text?.textContent) return [`${link.textContent}: no icon or text`];
        const range = document.createRange();
        range.setStart(text, text.textContent.length - 1);
        range.setEnd(text, text.textContent.length);
        const last = range.getBoundingClientRect();
        const problems =
          Math.abs(icon.bottom - last.bottom) > last.height / 2
            ? [`${link.textContent}: arrow on its own line`]
            : [];
        if (next?.nodeType === Node.TEXT_NODE && next.textContent?.startsWith(',')) {
          range.setStart(next, 0);
          range.setEnd(next, 1);
          const comma = range.getBoundingClientRect();
          if (Math.abs(comma.bottom - icon.bottom) > last.height / 2)
            problems.push(`${link.textContent}: comma on the next line`);
        }
        return problems;
      }),
    );
    expect(apart).toEqual([]);
  });
}

for (const width of [1280, 390]) {
  test(`at ${width} px, a code block keeps each line on one line and scrolls sideways in its own box, by keyboard too; printed, it wraps`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PAGE);
    const block = page.locator('article pre');
    // Each line of the output table is one line on screen: the block is as tall as its lines.
    const { lines, height, lineHeight, wider } = await block.evaluate((pre) => {
      const style = getComputedStyle(pre);
      const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      return {
        lines: pre.textContent.replace(/\n$/, '').split('\n').length,
        height: pre.clientHeight - padding,
        lineHeight: parseFloat(style.lineHeight),
        wider: pre.scrollWidth > pre.clientWidth,
      };
    });
    expect(lines).toBe(CODE_LINES.length);
    expect(Math.round(height / lineHeight)).toBe(CODE_LINES.length);
    expect(wider, 'the 118-column table is wider than the column').toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    // The keyboard reaches the block and scrolls it.
    await block.focus();
    await expect(block).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => block.evaluate((pre) => pre.scrollLeft)).toBeGreaterThan(0);
    // Paper cannot scroll: printed, every character is on the page.
    await page.emulateMedia({ media: 'print' });
    expect(await block.evaluate((pre) => pre.scrollWidth <= pre.clientWidth)).toBe(true);
  });
}

test('at 390 px, a table wider than the phone gives its description cells a width to read at', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(PAGE);
  const table = page.locator('article table', { hasText: 'SummarizeParameters' });
  const widths = await table
    .locator('td:last-child')
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
  expect(widths).toHaveLength(2);
  // 16rem: about 35 characters a line, where the column shrank to its longest word (about 120 px).
  for (const width of widths) expect(width).toBeGreaterThanOrEqual(250);
  // The short cells keep their own width: the Required column is not widened.
  const required = await table
    .locator('td:nth-child(3)')
    .first()
    .evaluate((cell) => cell.getBoundingClientRect().width);
  expect(required).toBeLessThan(150);
});

test("a table cell's value (win32's <dl> of one term) starts on its row's first line, beside the row's label", async ({
  page,
}) => {
  await page.goto(`${BASE}/requirements/`);
  const offsets = await page.locator('article td:has(.learn-dl)').evaluateAll((cells) =>
    cells.map((cell) => {
      const label = cell.previousElementSibling?.getBoundingClientRect().top ?? NaN;
      const labelPadding = parseFloat(getComputedStyle(cell.previousElementSibling ?? cell).paddingTop);
      const value = cell.querySelector('.learn-dl > div')?.getBoundingClientRect().top ?? NaN;
      return Math.round(value - (label + labelPadding));
    }),
  );
  expect(offsets).toHaveLength(2);
  for (const offset of offsets) expect(Math.abs(offset)).toBeLessThanOrEqual(2);
});

test('a reference page as win32 writes it, its <dl>s of terms alone, has no WCAG or best-practice violation (definition-list, dlitem)', async ({
  page,
}) => {
  await page.goto(`${BASE}/requirements/`);
  // Each term alone a line of its own; ErrorType's values a list in its definition.
  await expect(page.locator('article .learn-dl > div')).toHaveText([
    'Kernel32.dll',
    'WinBase.h (include Windows.h)',
    'A wide chart',
  ]);
  await expect(page.locator('article dd > dl > dt')).toHaveText('0');
  expect(await axeViolations(page)).toEqual([]);
});

test('at 320 px, a Korean page breaks its lines between words, never inside one (word-break: keep-all)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`${BASE}/korean/`);
  const paragraph = page.locator('article .content p', { hasText: 'PowerShell에서' });
  const split = await paragraph.evaluate((p) => {
    const text = p.firstChild;
    if (!text?.textContent) return ['no text'];
    const words = [...text.textContent.matchAll(/\S+/g)];
    const lines = new Set<number>();
    const broken = words.flatMap((word) => {
      const range = document.createRange();
      range.setStart(text, word.index);
      range.setEnd(text, word.index + word[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      for (const rect of rects) lines.add(Math.round(rect.top));
      return rects.length > 1 ? [word[0]] : [];
    });
    return lines.size > 2 ? broken : [`only ${String(lines.size)} lines: the test needs a wrapped paragraph`];
  });
  expect(split).toEqual([]);
});

for (const width of [1280, 320]) {
  test(`at ${width} px, a heading's "#" link stays beside it, however long the heading`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PAGE);
    const name = /^HKEY_LOCAL_MACHINE/;
    const heading = await page.getByRole('heading', { name }).boundingBox();
    const anchor = await page
      .getByRole('link', { name: /^Link to section: HKEY_LOCAL_MACHINE/ })
      .boundingBox();
    // Wrapped below a heading that fills the line, it took a line of its own.
    expect(
      heading && anchor && anchor.y < heading.y + heading.height,
      JSON.stringify({ heading, anchor }),
    ).toBe(true);
  });
}

test('at 320 px, a Japanese table keeps its labels readable beside columns of prose', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`${BASE}/japanese/`);
  // Each row's label: the lines its text takes (one character a line, 6 lines, before).
  const lines = await page.locator('article td:first-child').evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }),
  );
  expect(lines).toHaveLength(2);
  for (const count of lines) expect(count).toBeLessThanOrEqual(2);
});

for (const width of [1280, 390, 320]) {
  test(`at ${width} px, a page name with no place to break wraps wherever it is shown; no page scrolls sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/wide/', '/korean/', '/long-name/']) {
      await page.goto(`${BASE}${path}`);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways, `${path} scrolls ${sideways} px sideways`).toBeLessThanOrEqual(0);
    }
    // On its own page the name is the heading, a breadcrumb and the sidebar's current link; on /wide/ the "Next" link.
    await expect(page.getByRole('heading', { level: 1, name: LONG_NAME })).toBeVisible();
    await page.goto(PAGE);
    await expect(page.getByRole('link', { name: `Next ${LONG_NAME}` })).toBeVisible();
  });
}
