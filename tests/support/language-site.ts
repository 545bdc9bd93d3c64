/**
 * One site of other-language pages for the search tests (tests/build/search-hungarian, -finnish, -korean and
 * -turkish): built once per process, at its first use, and shared by the four files, each searching its own
 * pages. Pagefind keeps one index per language (hu-HU, is-IS, fi-FI, sv-SE, ko-KR, ja-JP, tr-TR and the English
 * pages'), and a page's search box searches its own language's, so one file's pages are not in another's
 * results. Each page has its own order (two pages with one order fail the build): Hungarian's from 10,
 * Finnish's 50, Korean's 60, Turkish's 70.
 */
import { buildWith, type BuildResult } from './build-fixture.ts';

/** A page in `lang`: its front matter (title, the title as description, order, a date, author), then `body`. */
const pageIn =
  (lang: string, author = 'fixture') =>
  (title: string, order: number, body: string) =>
    `---\ntitle: ${title}\ndescription: ${title}.\norder: ${String(order)}\nupdated: 2020-01-02\nauthor: ${author}\nlang: ${lang}\n---\n\n${body}\n`;

/**
 * Hungarian pages (Dynamics-365-Operations.hu-hu's supply-chain/procurement), Get-AzEventHub's pages, Dynamics
 * 365 Commerce's in Icelandic and an Azure Pipelines page in English: tests/build/search-hungarian.test.ts.
 */
function hungarianPages(): Record<string, string> {
  const page = pageIn('hu-HU');

  // troubleshoot-purchaseorders.md and sealed-bidding.md, shortened.
  const files = {
    'content/troubleshoot-purchaseorders.md': page(
      'Beszerzési rendelések hibaelhárítása',
      10,
      'Ez a témakör azt mutatja be, hogyan lehet javítani a beszerzési rendelések használata során felmerülő problémákat. ' +
        'Hozzon létre egy beszerzési rendelést.\n\n## Érvényességi dátum\n\n' +
        'Ha a hatályosság dátumát 2018. január 10-re vagy 2018. január 12-re szeretné módosítani, akkor a következő hibaüzenet jelenik meg.',
    ),
    'content/sealed-bidding.md': page(
      'Lezárt ajánlattétel',
      11,
      'A lezárt ajánlattételhez használt kulcstartóknak a következő követelményeknek kell megfelelniük. ' +
        'Ha tesztkörnyezetet használ, akkor külön kulcsra van szükség. Minden kulcstartót kizárólag a lezárt ajánlathoz kell használni. ' +
        'Az ajánlatkérés egy ajánlatkérési folyamat.',
    ),
  };

  // A PlatyPS module page listing its cmdlets, and one cmdlet's page (azure-docs-powershell.it-IT's Az.EventHub).
  const cmdlets = {
    'content/az-eventhub.md': `---\ntitle: Az.EventHub Module\ndescription: The Event Hubs cmdlets.\norder: 20\nupdated: 2020-01-02\nauthor: fixture\n---\n\n## Az.EventHub Cmdlets\n\n### [Get-AzEventHub](get-azeventhub.md)\n\nGets an Event Hub. Get-AzEventHub lists them; Get-AzEventHub filters them.\n\n### [Get-AzEventHubKey](get-azeventhub.md)\n\nGets the keys.\n`,
    'content/get-azeventhub.md': `---\ntitle: Get-AzEventHub\ndescription: Gets the details of a single Event Hub, or lists Event Hubs.\norder: 21\nupdated: 2020-01-02\nauthor: fixture\n---\n\n## Syntax\n\n\`\`\`\nGet-AzEventHub -ResourceGroupName <String> -Namespace <String>\n\`\`\`\n\n## Description\n\nThe Get-AzEventHub cmdlet returns the details of an Event Hub. ${'It returns the namespace and its settings. '.repeat(40)}\n`,
  };

  // Dynamics 365 Commerce's articles in Icelandic (Dynamics-365-Operations.is-is, commerce/dev-itpro), shortened:
  // adyen-connector.md lists the POS versions in tabs, one a tab, a note after them; two other pages name 10.0.16.
  const icelandic = pageIn('is-IS');
  const versionTab = (version: string, lowest: string, highest: string) =>
    `# [${version}](#tab/${version.replaceAll('.', '-')})\n### Dynamics 365 Retail POS útgáfa ${version}\n| Lágmarks Adyen fastbúnaðarútgáfa | Hámarks Adyen fastbúnaðarútgáfa |\n| --- | --- |\n| ${lowest} | ${highest} |\n`;
  const commerce = {
    'content/adyen-connector.md': icelandic(
      'Yfirlit Dynamics 365 Payment Connector fyrir Adyen',
      30,
      '## Studdar útgáfur\n\n### Microsoft Dynamics 365 studdar útgáfur\n\n' +
        'Dynamics 365 Payment Connector fyrir Adyen er studdur í Microsoft Dynamics 365 Finance útgáfa 8.1.3 (janúar 2019) eða síðar, og í Microsoft Dynamics 365 Retail útgáfu 8.1.3 eða nýrri.\n\n' +
        '### Styður Adyen vélbúnaðarútgáfur\n\nListinn hér að neðan lýsir lágmarks- og hámarksútgáfum Adyen vélbúnaðar sem eru studdar fyrir hverja útgáfu af Microsoft Dynamics 365 Retail POS.\n\n---\n\n' +
        [
          ['10.0.25', 'adyen_v1_71p16', 'adyen_v1_73p6'],
          ['10.0.26', 'adyen_v1_73p6', 'adyen_v1_75p13'],
          ['10.0.27', 'adyen_v1_73p6', 'adyen_v1_75p13'],
          ['10.0.28', 'adyen_v1_73p6', 'adyen_v1_75p22'],
          ['10.0.29', 'adyen_v1_71p16', 'adyen_v1_78p6'],
          ['10.0.30', 'adyen_v1_71p16', 'adyen_v1_78p6'],
        ]
          .map(([version, lowest, highest]) => versionTab(version ?? '', lowest ?? '', highest ?? ''))
          .join('\n') +
        '\n---\n\n> [!NOTE]\n> Adyen gæti gefið út minniháttar útgáfuuppfærslur eftir að Microsoft hefur prófað helstu útgáfuna, útgáfur 10.0.11 til 10.0.14.\n\n' +
        '### Stuðlar greiðslustöðvar\n\nGreiðslustöðvar Adyen.',
    ),
    'content/pos-app-signing-certificate.md': icelandic(
      'Undirrita MPOS .appx skrána með kóða undirritunarvottorði',
      31,
      '## Endurnýjaðu sjálfstætt undirritað skírteini\n\nEkki nota sýnishornsvottorðið sem er til í Retail SDK fyrir framleiðslu. Sýnishornsvottorðið sem fylgir Retail SDK útgáfu 10.0.16 eða eldri mun renna út 31. desember 2020.',
    ),
    'content/abandoned-cart-sample-app.md': icelandic(
      'Sýnishorn af yfirgefinni körfu',
      32,
      '## Fáðu kóðasýnishornið\n\nForritið fyrir sýnishorn af körfutengi er innifalið í Retail SDK frá og með útgáfu 10.0.16.\n\n> [!NOTE]\n> Þótt sýnishornskóðinn hafi fyrst verið gerður aðgengilegur í útgáfu 10.0.16, þá er hann samhæfur við útgáfu 10.0.13 og síðari smíði Retail Server.',
    ),
  };

  // azure-devops-docs' docs/pipelines, shortened: words a reader's real words are near ("stack" for "stuck").
  const pipelines = {
    'content/pipeline-agents.md': `---\ntitle: Pipeline agents\ndescription: Agents that run pipeline jobs.\norder: 40\nupdated: 2020-01-02\nauthor: fixture\n---\n\n## Read-only routing\n\nA job being queued waits for an agent of the pool. Agents run on a technology stack; show their capabilities.\n\n## Scheduled triggers\n\nScheduled triggers run the pipeline on a schedule.\n`,
  };
  return { ...files, ...cmdlets, ...commerce, ...pipelines };
}

/**
 * Finnish pages (Dynamics-365-Operations.fi-fi's finance/general-ledger) and a Swedish one:
 * tests/build/search-finnish.test.ts.
 */
function finnishPages(): Record<string, string> {
  const page = pageIn('fi-FI', 'kweekley');

  // elimination-rules.md and accruals-overview.md, shortened.
  const files = {
    'content/elimination-rules.md': page(
      'Eliminointisäännöt',
      50,
      'Valitse eliminointiyritykseksi määritellyssä yrityksessä **Eliminoinnin kirjauskansio** Konsolidoinnit-moduulissa. ' +
        'Kun olet valinnut kirjauskansion nimen, valitse **Rivit**.\n\n## Eliminointiehdotus\n\nValitse tilauksen rivi.',
    ),
    'content/accruals-overview.md': page(
      'Kirjanpidon jaksotukset',
      51,
      'Jos jaksotusmallia ei voida käyttää (esimerkiksi kun on kyse myyntitilauksen laskusta), voit kirjata ' +
        'ennakkoon maksetun summan kreditiin ja kulusumman debetiin.',
    ),
  };

  // A Swedish page beside them (azure-docs.sv-se's storage articles, shortened): another language's index.
  const swedish = {
    'content/soft-delete.md':
      '---\ntitle: Mjuk borttagning\ndescription: Mjuk borttagning av filresurser.\norder: 52\nupdated: 2020-01-02\nauthor: fixture\nlang: sv-SE\n---\n\nDe flesta inställningar för mjuk borttagning finns i portalen.\n',
  };
  return { ...files, ...swedish };
}

/**
 * A Korean page (powerShell-Docs.ko-kr's about_Do) and a Japanese one: tests/build/search-korean.test.ts.
 */
function koreanPages(): Record<string, string> {
  const page = (title: string, order: number, lang: string, body: string) =>
    pageIn(lang, 'sdwheeler')(title, order, body);

  // about_Do.md of powerShell-Docs.ko-kr, shortened; a Japanese page with a voiced kana (ガ).
  const files = {
    'content/about-do.md': page(
      'about_Do',
      60,
      'ko-KR',
      '`Do` 키워드는 `While` 키워드 또는 `Until` 키워드와 함께 작동하여 스크립트 블록을 실행합니다.\n\n' +
        '## 자세한 설명\n\n' +
        '`Do-While` 루프는 조건이 참인 동안 실행됩니다. 루프에서 나가려면 `break`를 사용합니다. 루프가 끝나면 다음 문을 실행합니다.',
    ),
    'content/guide-ja.md': page(
      'ガイド',
      61,
      'ja-JP',
      'このガイドでは、スクリプト ブロックを実行する方法を説明します。\n\n## 詳細\n\nガイドの手順に従ってください。',
    ),
  };
  return files;
}

/**
 * Turkish pages (cpp-docs.tr-tr's docs/build/reference): tests/build/search-turkish.test.ts.
 */
function turkishPages(): Record<string, string> {
  const page = pageIn('tr-TR', 'corob-msft');

  // arch-x86.md, eh-exception-handling-model.md and return-value-of-cl-exe.md, shortened.
  const files = {
    'content/arch-x86.md': page(
      '/arch (x86)',
      70,
      'İyileştirici ne zaman ve nasıl SSE ve SSE2 yönergelerini kullanın seçtiği zaman **/arch** belirtilir.\n\n' +
        'Bkz. [ilgili içerik](#ilgili-içerik) ve [işlem adımları](eh-model.md#işlem-adımları).\n\n' +
        '## İlgili içerik\n\nDerleyici seçenekleri.',
    ),
    'content/eh-model.md': page(
      '/EH (Özel durum işleme modeli)',
      71,
      'Derleyici, tüm yerel nesneleri Yıkıcılar otomatik olarak çağrı özel durum filtreleri bırakır.\n\n' +
        '## İşlem adımları\n\nHatayla ilişkili açıklayıcı metni bulmak için hata değerini girin.',
    ),
  };
  return files;
}

let site: Promise<BuildResult> | undefined;

/** The site with every language's pages, built at the first call; later calls share its build. */
export function languageSite(): Promise<BuildResult> {
  site ??= buildWith({ ...hungarianPages(), ...finnishPages(), ...koreanPages(), ...turkishPages() });
  return site;
}
