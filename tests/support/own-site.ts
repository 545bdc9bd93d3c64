/**
 * The pages the browser specs that need a site of their own read (learn-tabs, content-paint, wide-images),
 * built into one copy of the site, once for every Playwright worker and run (tests/support/build-cache.ts), and
 * served by each spec on a port the system gives. Each spec built and served a copy of its own (three builds,
 * each with the post-build steps, the search index and the compressed copies). The pages touch nothing of each
 * other: their own URLs and orders (90 to 93 the tabs' pages, 100 to 104 the wide pages, 110 to 113 the
 * overlays).
 */
import { readFileSync, renameSync, rmSync, cpSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { cachedBuild } from './build-cache.ts';

const TABS_FIXTURE = new URL('../fixtures/learn-tabs/install.mdx', import.meta.url);

// learn-tabs.spec.ts: a page shaped like MicrosoftDocs/sql-docs docs/linux (tests/fixtures/learn-tabs/install.mdx:
// three tab sets with the ids ubuntu/rhel/sles, the last without sles), one whose tab set repeats an id
// (portal.mdx), Learn's dependent tabs and a right-to-left page.

/** Learn's dependent tabs, as azure-docs functions-bindings-storage-queue-output.md writes them. */
const QUEUE = [
  '---\ntitle: Queue output\ndescription: Dependent tabs.\norder: 92\nupdated: 2023-03-06\nauthor: fixture\n---',
  '## Usage',
  '# [In-process](#tab/in-process)',
  'In-process text.',
  '# [Isolated process](#tab/isolated-process)',
  'Isolated text.',
  '---',
  '# [Extension 5.x+](#tab/extensionv5/in-process)',
  'Five, in-process.',
  '# [Extension 2.x+](#tab/extensionv2/in-process)',
  'Two, in-process.',
  '# [Extension 5.x+](#tab/extensionv5/isolated-process)',
  'Five, isolated.',
  '# [Extension 2.x+](#tab/extensionv2/isolated-process)',
  'Two, isolated.',
  '---',
  '',
].join('\n\n');

/** A tab set on a right-to-left page (lang ar-SA, as Dynamics-365-Operations.ar-sa's pages): its tabs run leftward. */
const ARABIC = [
  '---\ntitle: إعداد الكتابة المزدوجة\ndescription: علامات التبويب من اليمين إلى اليسار.\norder: 93\nupdated: 2022-05-16\nauthor: fixture\nlang: ar-SA\n---',
  '## الإعداد',
  '# [الأول](#tab/first)',
  'النص الأول.',
  '# [الثاني](#tab/second)',
  'النص الثاني.',
  '# [الثالث](#tab/third)',
  'النص الثالث.',
  '---',
  // wide-images.spec.ts: a code block's bar on a right-to-left page, and a block of no language's name.
  '## الأوامر',
  'شغّل الأمر التالي:',
  '```powershell\nInstall-Module -Name Az\n```',
  'الناتج:',
  '```\nDone.\n```',
  '',
].join('\n\n');

// content-paint.spec.ts

/** SVGs that paint far outside their own box, each by one presentation attribute. */
export const OVERLAYS = {
  overflow:
    '<svg width="10" height="10" overflow="visible" role="img" aria-label="Overlay"><rect x="-3000" y="-3000" width="9000" height="9000" fill="#c00" /><text x="0" y="-200" fill="white">This site has moved</text></svg>',
  transform:
    '<svg width="3000" height="3000" transform="translate(-1500 -1500)" role="img" aria-label="Overlay"><rect width="3000" height="3000" fill="#c00" /></svg>',
  // A <dialog open> is positioned (the browser's own position: absolute), its box placed by the page, not the column.
  dialog:
    '<dialog open><svg width="10" height="10" overflow="visible" role="img" aria-label="Overlay"><rect x="-3000" y="-3000" width="9000" height="9000" fill="#c00" /></svg></dialog>',
  filter:
    '<svg width="10" height="10" filter="url(#flood)" role="img" aria-label="Overlay"><defs><filter id="flood" filterUnits="userSpaceOnUse" x="-3000" y="-3000" width="9000" height="9000"><feFlood floodColor="#c00" /></filter></defs><rect width="10" height="10" /></svg>',
};

// wide-images.spec.ts

const WIDE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="400" viewBox="0 0 1600 400"><rect width="1600" height="400" fill="#888"/></svg>\n';

/** A PowerShell example's output table, as BitLocker's module pages print it: 118 columns, one row a line. */
export const CODE_LINES = [
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

/** Text a browser lays out past the column: lines it keeps whole, a word outside a paragraph, blocks nested 24 deep. */
const UNWRAPPED = [
  `<p><nobr>${'Kept whole. '.repeat(60)}nobrend</nobr></p>`,
  `<listing>${'Kept whole. '.repeat(60)}listingend</listing>`,
  `<p dir="rtl"><nobr>${'Kept whole. '.repeat(60)}rtlend</nobr></p>`,
  `<div>${'KeptWhole'.repeat(60)}divend</div>`,
  `${'<blockquote>'.repeat(24)}Quoted deep.${'</blockquote>'.repeat(24)}`,
  `${'<ul><li>'.repeat(24)}Listed deep.${'</li></ul>'.repeat(24)}`,
  `${'<dl><dt>Term</dt><dd>'.repeat(24)}Defined deep.${'</dd></dl>'.repeat(24)}`,
  Array.from({ length: 24 }, (_, level) => `${'> '.repeat(level + 1)}[!NOTE]`).join('\n') +
    `\n${'> '.repeat(24)}Noted deep.`,
].join('\n\n');

export const LONG_NAME = 'Windows.Globalization.Fonts.LanguageFontGroup.UINotificationHeadingFont';

/** Text an inline SVG draws in colours of its own, faint on one theme's background or the other (red team 35). */
export const SVG_TEXT =
  '<svg width="320" height="80" role="img" aria-label="Labels"><g opacity="0.1"><text x="0" y="20" fill="#eeeeee">Faint label</text></g><text x="0" y="45">Black label</text><text x="0" y="70" fill="#1b1f24" stroke="#ffffff" stroke-width="4" opacity="0.2">Stroked label</text></svg>';

/** A <dialog open> of text, as a site's own notice, with the page's text after it (red team 34). */
export const DIALOG_PAGE = {
  notice: 'You are signed out. Sign in again at the link below.',
  after: 'The words after the dialog, which search and the Markdown copy hold.',
};

/** Every page and file the specs add to the site (path → text, as buildWith takes them). */
function ownFiles(): Record<string, string> {
  return {
    'content/linux/install.mdx': readFileSync(TABS_FIXTURE, 'utf8'),
    'content/linux/portal.mdx': readFileSync(new URL('portal.mdx', TABS_FIXTURE), 'utf8'),
    'content/linux/queue.md': QUEUE,
    'content/linux/rtl.md': ARABIC,
    ...Object.fromEntries(
      Object.entries(OVERLAYS).map(([name, svg], index) => [
        `content/${name}.mdx`,
        `---\ntitle: Overlay by ${name}\ndescription: A page whose SVG paints outside it.\norder: ${String(110 + index)}\nupdated: 2025-01-15\nauthor: fixture\n---\n\nIntro.\n\n${svg}\n\n[Privacy](/privacy/)\n`,
      ]),
    ),
    'content/svg-text.mdx': `---\ntitle: Labels in a drawing\ndescription: A page whose SVG draws text.\norder: 107\nupdated: 2025-01-15\nauthor: fixture\n---\n\nIntro.\n\n${SVG_TEXT}\n`,
    'content/dialog-text.mdx': `---\ntitle: A dialog of text\ndescription: A page whose dialog is open.\norder: 106\nupdated: 2025-01-15\nauthor: fixture\n---\n\nIntro.\n\n<dialog open><p>${DIALOG_PAGE.notice}</p></dialog>\n\n${DIALOG_PAGE.after}\n`,
    'public/media/wide.svg': WIDE_SVG,
    'content/wide.md':
      '---\ntitle: A wide chart\ndescription: A page with a picture wider than the page.\norder: 100\nupdated: 2025-01-15\nauthor: fixture\n---\n\nThe chart below is 1600 pixels wide.\n\n![Latency over a day](/media/wide.svg)\n\n:::image type="content" source="/media/wide.svg" alt-text="The same chart, as a Learn image.":::\n\n## About RT (NTDSCONN_OPT_RODC_TOPOLOGY, 0x00000040)\n\nThe option of a connection object.\n\n### HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters\n\nA registry key.\n\n| Area | Pillars |\n| --- | --- |\n| API implementation | [Operational excellence](https://learn.microsoft.com/azure/well-architected/operational-excellence/), [Performance efficiency](https://learn.microsoft.com/azure/well-architected/performance-efficiency/), [Reliability](https://learn.microsoft.com/azure/well-architected/reliability/) |\n' +
      `\n## Output\n\n\`\`\`powershell\n${CODE_LINES.join('\n')}\n\`\`\`\n` +
      `\n## Parameters\n\n${PARAMETERS}\n` +
      `\n> [!NOTE]\n> In a note:\n>\n${PARAMETERS.replace(/^/gm, '> ')}\n` +
      `\n## Steps\n\n${MISSING_IMAGE_STEPS}\n`,
    // Lines HTML keeps whole (<nobr>, <listing>), longer than any column, one in a right-to-left paragraph.
    'content/unwrapped.mdx': `---\ntitle: Lines kept whole\ndescription: A page whose lines HTML keeps whole.\norder: 105\nupdated: 2025-01-15\nauthor: fixture\n---\n\n${UNWRAPPED}\n`,
    // A reference page as win32 writes it: a parameter's values in its <dd>, each Requirements value a <dl>
    // of one term in its cell, See also a <dl> of links (rehype-definition-lists.ts makes these blocks).
    'content/requirements.mdx':
      '---\ntitle: UnregisterWaitEx function\ndescription: A page with a Requirements table.\norder: 103\nupdated: 2025-01-15\nauthor: fixture\n---\n\n' +
      '## Parameters\n\n<dl>\n<dt>\n\n*ErrorType* \\[out\\]\n</dt>\n\n<dd>\n\nThe type of error.\n\n<dt>\n\n0\n</dt>\n\n<dd>\n\nSuccess.\n\n</dd>\n\n</dd>\n\n</dl>\n\n' +
      '## Requirements\n\n| Requirement | Value |\n| --- | --- |\n| DLL<br/> | <dl> <dt>Kernel32.dll</dt> </dl> |\n| Header<br/> | <dl> <dt>WinBase.h (include Windows.h)</dt> </dl> |\n\n' +
      '## See also\n\n<dl>\n<dt>\n\n[**A wide chart**](wide.md)\n</dt>\n\n</dl>\n',
    // A Korean page (powerShell-Docs.ko-kr's about_Operator_Precedence): words break between words only.
    'content/korean.md': `---\ntitle: 연산자 우선 순위\ndescription: 연산자 우선 순위를 설명합니다.\norder: 102\nupdated: 2025-01-15\nauthor: fixture\nlang: ko-KR\n---\n\n${KOREAN}\n`,
    'content/japanese.md': `---\ntitle: 移行方法の選択\ndescription: 移行方法を選択します。\norder: 104\nupdated: 2025-01-15\nauthor: fixture\nlang: ja-JP\n---\n\n${JAPANESE_TABLE}\n`,
    // A page named with one dotted word longer than a phone is wide (a Windows Runtime member, as the
    // generated reference names its pages): its name is in the sidebar, the breadcrumbs and /wide/'s "Next".
    'content/long-name.md': `---\ntitle: ${LONG_NAME}\ndescription: A page whose name has no place to break.\norder: 101\nupdated: 2025-01-15\nauthor: fixture\n---\n\nGets the font for notification headings.\n`,
  };
}

/** Builds the site with ownFiles() into `target`/dist, or throws with the build's output. */
async function build(target: string): Promise<void> {
  const { buildWith } = await import('./build-fixture.ts');
  const built = await buildWith(ownFiles());
  if (built.status !== 0) throw new Error(`the browser specs' own site did not build:\n${built.output}`);
  const staging = `${target}.${String(process.pid)}.tmp`;
  cpSync(built.dist, join(staging, 'dist'), { recursive: true });
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
}

export interface OwnSite {
  /** Where it is served: `http://localhost:` and the port the system gave. */
  origin: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Serves the specs' own site (built first when the project or these pages changed) on a port the system gives. */
export async function serveOwnSite(): Promise<OwnSite> {
  const target = await cachedBuild(
    'own-site',
    { add: (hash) => hash.update(JSON.stringify(ownFiles())), done: 'dist/index.html' },
    build,
  );
  const server = await serveSite(join(target, 'dist'), 0);
  return {
    origin: `http://localhost:${String((server.address() as AddressInfo).port)}`,
    close: () => closeSite(server),
  };
}
