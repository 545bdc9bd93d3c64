/**
 * The site name older Learn titles end with for search engines is left out in every language, not only
 * `| Microsoft Docs`: azure-docs-sdk-dotnet.de-DE's release notes (real-folder trial BQ) write
 * `title: "Versionshinweise zu Azure-Verwaltungsbibliotheken für .NET | Microsoft-Dokumentation"`, which
 * was the page's sidebar label and breadcrumb as written.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapLearnFrontMatter, splitFrontMatter, withoutSiteName } from '../../src/lib/import/front-matter.ts';

const DEFAULTS = { fallbackAuthor: 'a', date: '2026-01-02', title: 'T', description: 'D.' };

describe("a Learn title's site name", () => {
  test("is left out of the page's title (its sidebar label), as Learn's translated repositories write it", () => {
    const source =
      '---\ntitle: "Versionshinweise zu Azure-Verwaltungsbibliotheken für .NET | Microsoft-Dokumentation"\ndescription: D.\n---\n';
    const { data } = splitFrontMatter(source, 'a.md');
    assert.equal(
      mapLearnFrontMatter(data, 'a.md', DEFAULTS, source).title,
      'Versionshinweise zu Azure-Verwaltungsbibliotheken für .NET',
    );
  });

  test('in each language, Latin or transliterated, and a product named so', () => {
    // Each as the translated Learn repositories write their titles.
    const titles: [string, string][] = [
      ['Operators and identifiers in Power Apps | Microsoft Docs', 'Operators and identifiers in Power Apps'],
      ['Overview | Microsoft Learn', 'Overview'],
      ['Hohe Verfügbarkeit | Microsoft-Dokumentation', 'Hohe Verfügbarkeit'],
      ['Configuration générale | Documentation Microsoft', 'Configuration générale'],
      [
        'Atividade ForEach no Azure Data Factory | Documentos da Microsoft',
        'Atividade ForEach no Azure Data Factory',
      ],
      ['Error del compilador C2099 | Documentos de Microsoft', 'Error del compilador C2099'],
      [
        'Verificare una connessione di Gateway VPN | Documentazione Microsoft',
        'Verificare una connessione di Gateway VPN',
      ],
      [
        'Esercitazione: Integrazione con Teamphoria| Documentazione Microsoft',
        'Esercitazione: Integrazione con Teamphoria',
      ],
      ['Функция Assert | Документация Майкрософт', 'Функция Assert'],
      ['Błąd kompilatora C2797 | Dokumentacja firmy Microsoft', 'Błąd kompilatora C2797'],
      ['Vyhodnocovací filtr výrazů | Dokumentace Microsoftu', 'Vyhodnocovací filtr výrazů'],
      ['Linux VM oluşturmanın farklı yolları | Microsoft Belgeleri', 'Linux VM oluşturmanın farklı yolları'],
      ['테이블의 종속성 보기 | Microsoft 문서', '테이블의 종속성 보기'],
      ['註冊屬公司擁有的 iOS 裝置 | Microsoft Intune', '註冊屬公司擁有的 iOS 裝置'],
      // Dynamics 365's and Power Platform's, the site's old name joined (trial CE: dynamics-365-customer-engagement's
      // CIF updateContext page, not in its TOC, was listed in the sidebar as its whole title).
      [
        'updateContext (JavaScript API Reference) for Dynamics 365 Channel Integration Framework version 1.0 | MicrosoftDocs',
        'updateContext (JavaScript API Reference) for Dynamics 365 Channel Integration Framework version 1.0',
      ],
      ['Match| MicrosoftDocs', 'Match'],
    ];
    for (const [title, without] of titles) assert.equal(withoutSiteName(title), without, title);
  });

  test("a title's own pipe stays: a last part that is no short name of Microsoft's, or the whole title", () => {
    for (const title of [
      'Pipes | in titles stay',
      'The | operator',
      'Microsoft Docs',
      '| Microsoft Docs',
      'Azure AD | Call the Microsoft Graph API',
      'Graph | Use Microsoft Graph',
      'Authentication | Microsoft identity platform and Microsoft Graph overview',
      'Sign in | Microsoftly',
    ])
      assert.equal(withoutSiteName(title), title, title);
  });
});
