/**
 * Localized Learn folders: a Learn path may start with a locale (`ja-jp/microsoft-365/bookings`, as
 * microsoft-365-docs-pr.ja-JP publishes it), which src/data/learn-folder.json records beside the folder,
 * and the pages of that folder link Learn in that locale; a page of it says its language (`lang`).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  parseLearnFolderFile,
  recordImport,
  renderLearnFolderFile,
} from '../../src/lib/import/learn-folder.ts';
import {
  learnArticleUrl,
  learnLocale,
  localeLanguage,
  otherLearnFolders,
  recordedLocale,
  resolveLearnLink,
  splitLearnPath,
  type LearnFolder,
  type LearnLinkContext,
} from '../../src/lib/learn-links.ts';
import { pageSchema } from '../../src/lib/page-schema.ts';

const LEARN = 'https://learn.microsoft.com';

describe('a Learn path', () => {
  test('starts with a locale when its first segment is language[-script]-region', () => {
    assert.deepEqual(splitLearnPath('ja-jp/microsoft-365/bookings'), {
      locale: 'ja-jp',
      folder: 'microsoft-365/bookings',
    });
    assert.deepEqual(splitLearnPath('/zh-CN/sql/linux/'), { locale: 'zh-cn', folder: 'sql/linux' });
    assert.deepEqual(splitLearnPath('pt-br/azure'), { locale: 'pt-br', folder: 'azure' });
    assert.deepEqual(splitLearnPath('sr-latn-rs/windows/security'), {
      locale: 'sr-latn-rs',
      folder: 'windows/security',
    });
    assert.deepEqual(splitLearnPath('en-us/defender-business'), {
      locale: 'en-us',
      folder: 'defender-business',
    });
  });

  test('starts with a product otherwise: most paths have no locale', () => {
    for (const path of ['sql/linux', 'azure/azure-functions', 'defender-business', 'mem/intune', 'dotnet'])
      assert.deepEqual(splitLearnPath(path), { locale: undefined, folder: path });
    // A language without a region is a folder name on Learn, as is anything not a BCP 47 tag.
    for (const segment of ['ja', 'en', 'mdb-asr', 'ab-cdefg', 'x1-yy', 'en-us-x'])
      assert.equal(learnLocale(segment), undefined, segment);
  });

  test("a locale is the page's language as Learn's <html lang> writes it", () => {
    assert.equal(localeLanguage('ja-jp'), 'ja-JP');
    assert.equal(localeLanguage('sr-latn-rs'), 'sr-Latn-RS');
    assert.equal(localeLanguage('pt-br'), 'pt-BR');
  });
});

// The ja-JP Bookings folder beside the site's own (en-us) defender-business pages, as the trial imported it.
const bookings: LearnFolder = {
  learnFolder: 'microsoft-365/bookings',
  locale: 'ja-jp',
  articles: ['bookings-faq.md', 'employee-hours.md', 'schedule-closures-time-off-vacation.md'],
  pages: ['employee-hours', 'schedule-closures-time-off-vacation'],
};
const context = (pageFile: string): LearnLinkContext => ({
  sitePages: new Set(['index', 'security', ...bookings.pages]),
  learnBase: `${LEARN}/en-us`,
  learnFolder: 'defender-business',
  knownArticles: new Set(['mdb-overview.md']),
  otherFolders: [bookings],
  pageFile,
});
const fromBookings = (href: string) => resolveLearnLink(href, context('employee-hours.md'));
const fromSite = (href: string) => resolveLearnLink(href, context('security.mdx'));

describe('the links of a page from a folder of another locale', () => {
  test('go to Learn in its locale: an article not imported, a path from Learn’s root, an xref', () => {
    // comparison-chart.md: 詳細[については](bookings-faq.md)
    assert.equal(fromBookings('bookings-faq.md'), `${LEARN}/ja-jp/microsoft-365/bookings/bookings-faq`);
    // add-staff.md: [PowerShell を使用してMicrosoft 365するConnect](/office365/enterprise/powershell/connect-to-office-365-powershell#…)
    assert.equal(
      fromBookings('/office365/enterprise/powershell/connect-to-office-365-powershell#connect'),
      `${LEARN}/ja-jp/office365/enterprise/powershell/connect-to-office-365-powershell#connect`,
    );
    assert.equal(fromBookings('xref:System.String'), `${LEARN}/ja-jp/dotnet/api/system.string`);
  });

  test('go to its pages here, relative or from Learn’s root in its locale', () => {
    // employee-hours.md: 「[休業、休暇、休暇期間のスケジュール](schedule-closures-time-off-vacation.md)」
    assert.equal(
      fromBookings('schedule-closures-time-off-vacation.md'),
      '/schedule-closures-time-off-vacation/',
    );
    assert.equal(
      fromBookings('/microsoft-365/bookings/schedule-closures-time-off-vacation'),
      '/schedule-closures-time-off-vacation/',
    );
    assert.equal(
      fromBookings('/ja-jp/microsoft-365/bookings/schedule-closures-time-off-vacation'),
      '/schedule-closures-time-off-vacation/',
    );
  });

  test('keep an article the folder lacks an error, as in the default folder', () => {
    assert.throws(() => fromBookings('bookings-faqs.md'), /Did you mean bookings-faq\.md\?/);
  });

  test('a locale written in the link is Learn’s: the English article is not the Japanese page here', () => {
    assert.equal(
      fromBookings('/en-us/microsoft-365/bookings/employee-hours'),
      `${LEARN}/en-us/microsoft-365/bookings/employee-hours`,
    );
  });
});

describe("the site's own pages, in the default folder's locale", () => {
  test('keep linking Learn in en-us, and the Japanese pages only through their locale', () => {
    assert.equal(fromSite('/office365/admin/'), `${LEARN}/en-us/office365/admin/`);
    assert.equal(fromSite('mdb-overview.md'), `${LEARN}/en-us/defender-business/mdb-overview`);
    assert.equal(
      fromSite('/microsoft-365/bookings/employee-hours'),
      `${LEARN}/en-us/microsoft-365/bookings/employee-hours`,
    );
    assert.equal(fromSite('/ja-jp/microsoft-365/bookings/employee-hours'), '/employee-hours/');
  });

  test('link Learn in the locale learn-folder.json gives the default folder', () => {
    const japanese = { ...context('security.mdx'), learnBase: `${LEARN}/ja-jp`, otherFolders: [] };
    assert.equal(
      resolveLearnLink('mdb-overview.md', japanese),
      `${LEARN}/ja-jp/defender-business/mdb-overview`,
    );
  });
});

test('an imported page credits its article on Learn in its locale', () => {
  assert.equal(
    learnArticleUrl('employee-hours', `${LEARN}/en-us`, 'defender-business', [bookings]),
    `${LEARN}/ja-jp/microsoft-365/bookings/employee-hours`,
  );
  assert.equal(
    learnArticleUrl('security', `${LEARN}/en-us`, 'defender-business', [bookings]),
    `${LEARN}/en-us/defender-business/security`,
  );
});

describe('learn-folder.json', () => {
  const site = { learnFolder: 'defender-business', locale: 'en-us', articles: ['mdb-overview.md'] };

  test('records the locale of a folder beside its path; a folder is its path and its locale', () => {
    const after = recordImport(site, 'microsoft-365/bookings', ['a.md'], ['a'], {}, 'ja-jp');
    assert.deepEqual(after.otherFolders, [
      { learnFolder: 'microsoft-365/bookings', locale: 'ja-jp', articles: ['a.md'], pages: ['a'] },
    ]);
    const english = recordImport(after, 'microsoft-365/bookings', ['b.md'], ['b'], {}, 'en-us');
    assert.deepEqual(
      english.otherFolders?.map((folder) => [folder.locale, folder.pages]),
      [
        ['ja-jp', ['a']],
        ['en-us', ['b']],
      ],
    );
    const text = renderLearnFolderFile(after);
    assert.match(text, /^\{\n {2}"learnFolder": "defender-business",\n {2}"locale": "en-us",\n/);
    assert.deepEqual(parseLearnFolderFile(text, 'learn-folder.json'), after);
  });

  test("the default folder's path in another locale is another folder; in its own, the default one", () => {
    const japanese = recordImport(site, 'defender-business', ['x.md'], ['x'], {}, 'ja-jp');
    assert.equal(japanese.locale, 'en-us');
    assert.deepEqual(japanese.articles, site.articles);
    assert.deepEqual(japanese.otherFolders, [
      { learnFolder: 'defender-business', locale: 'ja-jp', articles: ['x.md'], pages: ['x'] },
    ]);
    const again = recordImport(site, 'defender-business', ['x.md'], ['x'], {}, 'en-us');
    assert.deepEqual(again.otherFolders, []);
    assert.deepEqual(again.articles, ['mdb-overview.md', 'x.md']);
  });

  test('a file without locales (before them) is en-us; a folder written with its locale is read as that locale’s', () => {
    assert.equal(recordedLocale({ learnFolder: 'defender-business' }, 'f.json'), 'en-us');
    assert.equal(parseLearnFolderFile('{"learnFolder": "x", "articles": []}', 'f.json').locale, 'en-us');
    assert.deepEqual(
      otherLearnFolders(
        { otherFolders: [{ learnFolder: 'ja-jp/microsoft-365/bookings', articles: [], pages: ['a'] }] },
        'f.json',
      ),
      [{ learnFolder: 'microsoft-365/bookings', locale: 'ja-jp', articles: [], pages: ['a'] }],
    );
  });

  test('a locale that is none is an error naming the file and what to write', () => {
    assert.throws(
      () => recordedLocale({ locale: 'Japanese' }, 'src/data/learn-folder.json'),
      /src\/data\/learn-folder\.json: "locale" "Japanese" is no Learn locale: write one as Learn's URLs have it \("en-us", "ja-jp"\)/,
    );
    assert.throws(
      () =>
        otherLearnFolders(
          { otherFolders: [{ learnFolder: 'kb', locale: 7, articles: [], pages: [] }] },
          'src/data/learn-folder.json',
        ),
      /"locale" 7 is no Learn locale/,
    );
  });
});

describe('the front matter "lang"', () => {
  const page = {
    title: '休業、休暇、休暇期間のスケジュール',
    description: 'オフィスの休業日や従業員の休暇のスケジュールは、Bookings の予定表から設定できます。',
    order: 1,
    updated: new Date('2022-04-09T00:00:00Z'),
    author: 'kwekuako',
  };

  test('is optional, and a BCP 47 language tag', () => {
    assert.ok(pageSchema.safeParse(page).success);
    for (const lang of ['ja-JP', 'ja', 'sr-Latn-RS', 'zh-Hans-CN'])
      assert.ok(pageSchema.safeParse({ ...page, lang }).success, lang);
  });

  test('that is no language tag is refused, saying what to write', () => {
    const result = pageSchema.safeParse({ ...page, lang: 'Japanese (Japan)' });
    assert.ok(!result.success);
    assert.match(
      result.error.issues[0]?.message ?? '',
      /^front-matter field "lang" is "Japanese \(Japan\)": it must be a language tag as BCP 47 writes it, such as ja-JP/,
    );
  });
});
