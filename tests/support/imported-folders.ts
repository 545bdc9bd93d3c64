/**
 * Learn folders imported beside the site's pages and built once per process, at the first use, shared by the
 * build tests that each read their own pages of it: a second folder (`--learn-path`), a third in Japanese
 * (`--learn-path ja-jp/…`) and a fourth in Arabic (`--learn-path ar-sa/…`) for tests/build/import-folders.test.ts,
 * and dotnet/docs' testing articles, whose code snippets show a region of a sample file
 * (tests/fixtures/learn-code, `--read-root`), for tests/build/code-snippets.test.ts. Each folder is its own Learn
 * path, so the pages of one resolve no link of another's. A fifth, three articles under a TOC whose branches repeat
 * a node name, is imported with no `--learn-path`, as the site's own (tests/build/sidebar-groups.test.ts).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWith, type BuildResult } from './build-fixture.ts';
import { importCommand, type ImportRun } from './run-import.ts';
import { tempDir } from './temp-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The title of the Arabic folder's article. */
export const ARABIC_TITLE = 'إعداد الكتابة المزدوجة من Lifecycle Services';

/** dotnet/docs' copy (tests/fixtures/learn-code) and the testing articles imported from it, by slug. */
export const CODE_REPOSITORY = join(ROOT, 'tests/fixtures/learn-code');
export const CODE_SLUGS = [
  'unit-testing-best-practices',
  'unit-testing-csharp-with-nunit',
  'unit-testing-csharp-with-xunit',
  'unit-testing-mstest-ui-automation',
];

export interface ImportedFolders {
  /** The imports of contoso/kb, the Japanese folder, the Arabic one and dotnet/docs' testing articles. */
  imported: ImportRun;
  importedJapanese: ImportRun;
  importedArabic: ImportRun;
  importedCode: ImportRun;
  /** The import of a.md, b.md and c.md under TOC_BRANCHES. */
  importedToc: ImportRun;
  /** The project's files once imported (path → text), as built. */
  files: Record<string, string>;
  /** Its build; `dist` is kept until the process exits. */
  build: BuildResult;
}

/** A TOC whose two branches each hold a node "Key trust" with a page "Requirements": a.md under one, b.md the other. */
const TOC_BRANCHES =
  'items:\n- name: Hybrid\n  items:\n  - name: Key trust\n    items:\n    - name: Requirements\n      href: a.md\n  - name: Cloud trust\n    href: c.md\n- name: On-premises\n  items:\n  - name: Key trust\n    items:\n    - name: Requirements\n      href: b.md\n';

async function importAndBuild(): Promise<ImportedFolders> {
  /** A Learn article with `body`. */
  const article = (title: string, body: string) =>
    `---\ntitle: ${title}\ndescription: About ${title}.\nauthor: test\nms.date: 01/02/2024\n---\n\n# ${title}\n\n${body}\n`;

  // The folder contoso/kb: two articles imported, and in its TOC a `security.md` and a YAML FAQ that are not.
  // It is articles/kb/ of a copy of its repository, whose shared includes/ its pages name with docfx's `~/`.
  const repository = tempDir('import-kb-');
  const folder = join(repository, 'articles/kb');
  mkdirSync(folder, { recursive: true });
  mkdirSync(join(repository, 'includes'));
  writeFileSync(join(repository, 'includes/kb-note.md'), 'A note shared from the repository root.\n');
  writeFileSync(
    join(folder, 'kb-start.md'),
    article(
      'Start',
      'Next, [the steps](kb-steps.md#steps). See [security](security.md) and [the FAQ](faq.yml#cost).\n\n[!INCLUDE [note](~/includes/kb-note.md)]\n\nOr [the steps, from the root](~/articles/kb/kb-steps.md#steps).',
    ),
  );
  // Learn's absolute URLs of the folder's articles, as windows-driver-docs writes its "In this section" tables.
  writeFileSync(
    join(folder, 'kb-steps.md'),
    article(
      'Steps',
      '## Steps\n\nBack to [the start](kb-start.md), [the start, on Learn](https://learn.microsoft.com/contoso/kb/kb-start?view=x) or [these steps](https://learn.microsoft.com/en-us/contoso/kb/kb-steps#steps). [The FAQ](https://learn.microsoft.com/en-us/contoso/kb/faq) is on Learn.' +
        // A screenshot linked to its full-size file in a step, as iis-docs writes them
        // (understanding-iis-url-authorization.md:71, JPEGs there; SVGs here, text this test copies as it is),
        // and one with Learn's lightbox.
        '\n\n1. Select **OK**.  \n\n    [![](kb-steps/_static/image2.svg)](kb-steps/_static/image1.svg)\n2. Close the browser.' +
        '\n\n:::image type="content" source="kb-steps/_static/image2.svg" alt-text="The rule list." lightbox="kb-steps/_static/image1.svg":::',
    ),
  );
  mkdirSync(join(folder, 'kb-steps/_static'), { recursive: true });
  for (const name of ['image1.svg', 'image2.svg'])
    writeFileSync(
      join(folder, 'kb-steps/_static', name),
      '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>\n',
    );
  // Its "Guides" node has the name of a group of the site's own pages.
  writeFileSync(
    join(folder, 'toc.yml'),
    '- name: Start\n  href: kb-start.md\n- name: Guides\n  items:\n  - name: Steps\n    href: kb-steps.md\n- name: Security\n  href: security.md\n- name: FAQ\n  href: faq.yml\n',
  );
  // Where its files come from, as a copied folder says it.
  writeFileSync(
    join(folder, 'SOURCE.md'),
    '# Source\n\n- Repository: [Contoso docs](https://github.com/contoso/kb-docs)\n- Branch: `live`\n- Folder: `articles/kb/`\n',
  );
  const project = tempDir('import-kb-site-');
  cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
  writeFileSync(
    join(project, 'content/guide.md'),
    '---\ntitle: Guide\ndescription: A guide.\norder: 50\ngroup: Guides\nupdated: 2024-05-31\nauthor: test\n---\n\nA guide.\n',
  );
  // An API reference page's name, longer than the sidebar is wide (real-folder trial CE's
  // Microsoft.CIFramework methods), and a heading of one.
  writeFileSync(
    join(project, 'content/ciframework-api.md'),
    '---\ntitle: Microsoft.CIFramework.addHandlerFunction\ndescription: A method.\norder: 51\ngroup: Guides\nupdated: 2024-05-31\nauthor: test\n---\n\nAdds a handler.\n\n## Microsoft.CIFramework.setClickToActFunction\n\nSets it.\n',
  );
  const imported = await importCommand([
    join(folder, 'kb-start.md'),
    join(folder, 'kb-steps.md'),
    '--toc',
    join(folder, 'toc.yml'),
    '--learn-path',
    'contoso/kb',
    '--read-root',
    repository,
    '--root',
    project,
  ]);
  // The folder ja-jp/microsoft-365/bookings, as microsoft-365-docs-pr.ja-JP has it (machine-translated,
  // `ms.contentlocale: ja-JP`): one article imported, linking another, one not imported and a path from
  // Learn's root.
  const bookings = tempDir('import-bookings-ja-');
  const japanese = (title: string, body: string) =>
    `---\ntitle: ${title}\nauthor: kwekuako\ndescription: ${title}。\nms.date: 04/09/2022\nms.contentlocale: ja-JP\n---\n# ${title}\n\n${body}\n`;
  writeFileSync(
    join(bookings, 'employee-hours.md'),
    japanese(
      '従業員の勤務時間を設定する',
      [
        'スタッフ メンバーが休暇中に顧客が予約できないように、スタッフ メンバーの休暇を予約する手順については、「[休業、休暇、休暇期間のスケジュール](schedule-closures-time-off-vacation.md)」を参照してください。',
        '詳細[については](bookings-faq.md)、FAQ を参照してください。',
        '1. [PowerShell を使用してMicrosoft 365するConnect](/office365/enterprise/powershell/connect-to-office-365-powershell)。',
        '## 勤務時間を設定する',
        'Bookings で、**[スタッフ]** を選択します。',
      ].join('\n\n'),
    ),
  );
  writeFileSync(
    join(bookings, 'TOC.yml'),
    '- name: Microsoft Bookings\n  items:\n    - name: 従業員の勤務時間\n      href: employee-hours.md\n    - name: 休業、休暇、休暇期間のスケジュール\n      href: schedule-closures-time-off-vacation.md\n    - name: よく寄せられる質問\n      href: bookings-faq.md\n',
  );
  const importedJapanese = await importCommand([
    join(bookings, 'employee-hours.md'),
    '--toc',
    join(bookings, 'TOC.yml'),
    '--learn-path',
    'ja-jp/microsoft-365/bookings',
    '--repository',
    'MicrosoftDocs/microsoft-365-docs-pr.ja-JP',
    '--root',
    project,
  ]);
  // The folder ar-sa/dynamics365/…/dual-write, as Dynamics-365-Operations.ar-sa has it (`ms.contentlocale:
  // ar-SA`, machine-translated spans): one article, its sentences quoted from lcs-setup.md,
  // filtering-intercompany-orders.md (inline code inside Arabic sentences) and currrency-decimal-places.md (a table).
  const dualWrite = tempDir('import-dual-write-ar-');
  writeFileSync(
    join(dualWrite, 'lcs-setup.md'),
    [
      `---\ntitle: ${ARABIC_TITLE}\ndescription: توضح هذه المقالة كيفية إعداد اتصال ثنائي الكتابة من Microsoft Dynamics Lifecycle Services (LCS).\nauthor: laneswenka\nms.date: 05/16/2022\nms.contentlocale: ar-SA\n---`,
      `# <a name="dual-write-setup-from-lifecycle-services"></a>${ARABIC_TITLE}`,
      'توضح هذه المقالة كيفية تمكين الكتابة المزدوجة من Microsoft Dynamics Lifecycle Services (LCS).',
      '## <a name="prerequisites"></a>المتطلبات الأساسية',
      '1. <span data-ttu-id="5a27c-124">في هذه الحالة، استخدم `(INTERCOMPANYORDER == "") && (SALESORDERNUMBER != "")` كسلسلة استعلام لعامل التصفية.</span><span class="sxs-lookup"><span data-stu-id="5a27c-124">In this case, use `(INTERCOMPANYORDER == "") && (SALESORDERNUMBER != "")` as the query string for the filter.</span></span>',
      '2. بعد قيامك بتوسيع **عروض الأسعار**، قم بتطبيق عامل تصفية باستخدام `CUSTGROUP != "<company>"` باعتباره سلسلة الاستعلام.',
      '| تاريخ الإنشاء  | الحقل العشري للعملة    | مؤسسة موجودة (لم يتم ترحيل حقل العملة) |\n|---|---|---|\n|    | أقصى دقة مرئية في واجهة المستخدم   | 4 أرقام    |',
      'راجع [تصفية أوامر الشركات الشقيقة](filtering-intercompany-orders.md).',
    ].join('\n\n') + '\n',
  );
  writeFileSync(
    join(dualWrite, 'TOC.yml'),
    '- name: الكتابة المزدوجة\n  items:\n    - name: إعداد الكتابة المزدوجة من Lifecycle Services\n      href: lcs-setup.md\n    - name: تصفية أوامر الشركات الشقيقة\n      href: filtering-intercompany-orders.md\n',
  );
  const importedArabic = await importCommand([
    join(dualWrite, 'lcs-setup.md'),
    '--toc',
    join(dualWrite, 'TOC.yml'),
    '--learn-path',
    'ar-sa/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write',
    // No --repository, SOURCE.md, clone or docfx.json names its repository, as the real folder's copy had none.
    '--root',
    project,
  ]);
  // dotnet/docs' testing articles, their snippets read from the repository's copy.
  const importedCode = await importCommand([
    ...CODE_SLUGS.map((slug) => join(CODE_REPOSITORY, 'docs/core/testing', `${slug}.md`)),
    '--read-root',
    CODE_REPOSITORY,
    '--repository',
    'dotnet/docs',
    '--learn-path',
    'dotnet/core/testing',
    '--root',
    project,
  ]);
  // Three articles under TOC_BRANCHES.
  const branches = tempDir('toc-branches-');
  for (const name of ['a', 'b', 'c'])
    writeFileSync(join(branches, `${name}.md`), article(`Page ${name}`, `Text of Page ${name}.`));
  writeFileSync(join(branches, 'toc.yml'), TOC_BRANCHES);
  const importedToc = await importCommand([
    ...['a.md', 'b.md', 'c.md'].map((file) => join(branches, file)),
    '--toc',
    join(branches, 'toc.yml'),
    '--root',
    project,
  ]);
  const files = Object.fromEntries(
    readdirSync(project, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(join(project, file)).isFile())
      .map((file) => [file, readFileSync(join(project, file), 'utf8')]),
  );
  const build = await buildWith(files);
  return { imported, importedJapanese, importedArabic, importedCode, importedToc, files, build };
}

let site: Promise<ImportedFolders> | undefined;

/** The imports and the build above, made at the first call; later calls share them. */
export function importedFolders(): Promise<ImportedFolders> {
  site ??= importAndBuild();
  return site;
}
