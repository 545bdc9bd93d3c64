/** A page may not take a URL the build writes something else at: each is refused with its file and a new name. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { slugOfContentPath } from '../../src/lib/navigation.ts';
import {
  FINISHING_FILES,
  FINISHING_FOLDERS,
  pageUrlProblems,
  routeOutputs,
  type SiteRoute,
} from '../../src/lib/page-urls.ts';

/** The site's own routes, as Astro resolves them (src/pages/). */
const ROUTES: SiteRoute[] = [
  { pathname: '/search', type: 'page', isPrerendered: true, entrypoint: 'src/pages/search.astro' },
  { pathname: '/links', type: 'page', isPrerendered: true, entrypoint: 'src/pages/links.astro' },
  { pathname: '/404', type: 'page', isPrerendered: true, entrypoint: 'src/pages/404.astro' },
  { pathname: '/feed.xml', type: 'endpoint', isPrerendered: true, entrypoint: 'src/pages/feed.xml.ts' },
  { pathname: '/llms.txt', type: 'endpoint', isPrerendered: true, entrypoint: 'src/pages/llms.txt.ts' },
  { pathname: '/robots.txt', type: 'endpoint', isPrerendered: true, entrypoint: 'src/pages/robots.txt.ts' },
  {
    pathname: '/.well-known/security.txt',
    type: 'endpoint',
    isPrerendered: true,
    entrypoint: 'src/pages/.well-known/security.txt.ts',
  },
  { pathname: undefined, type: 'page', isPrerendered: true, entrypoint: 'src/pages/[...slug].astro' },
  {
    pathname: '/_image',
    type: 'endpoint',
    isPrerendered: false,
    entrypoint: 'astro/assets/endpoint/generic',
  },
];

/** The problems of a site of content/privacy.mdx, content/docs/setup.md and `files` (paths under content/). */
function problemsOf(...files: string[]): string[] {
  const pages = ['privacy.mdx', 'docs/setup.md', ...files].map((file) => ({
    file: `content/${file}`,
    slug: slugOfContentPath(file),
  }));
  return pageUrlProblems({
    pages,
    files: [
      ...ROUTES.flatMap(routeOutputs),
      { path: 'favicon.svg', by: 'public/favicon.svg' },
      { path: 'media/diagram.png', by: 'public/media/diagram.png' },
      ...FINISHING_FILES,
    ],
    folders: [{ path: '_astro', by: "Astro's bundled scripts and styles" }, ...FINISHING_FOLDERS],
  });
}

describe('pageUrlProblems', () => {
  test('the site’s own pages and folders of any name pass', () => {
    assert.deepEqual(problemsOf('media/setup.md', 'dotnet-8.0.md', 'links-and-more.md', 'docs/index.md'), []);
  });

  // The red-team pages: each broke the build late (a hang, ENOTDIR, EISDIR) or overwrote the search index.
  const refused: [string, RegExp][] = [
    // Round 12: an escape sequence in a page's name reached every link to it and the build's log.
    [
      'e\u001b]0;PWNED\u0007red.md',
      /^"content\/e\\u001b\]0;PWNED\\u0007red\.md" holds the control character U\+001B, which a page's name may not: rename the file without it\.$/,
    ],
    ['a\u202eb.md', /holds the control character U\+202E/],
    [
      'pagefind/pagefind.js.md',
      /^content\/pagefind\/pagefind\.js\.md would be the page \/pagefind\/pagefind\.js\/, but \/pagefind\/ is the folder of the search index .*: rename it to content\/pagefind-page\/pagefind\.js\.md\.$/,
    ],
    [
      'pagefind.md',
      /the page \/pagefind\/, but \/pagefind\/ is the folder of the search index.*content\/pagefind-page\.md\.$/,
    ],
    [
      'favicon.svg.md',
      /^content\/favicon\.svg\.md would be the page \/favicon\.svg\/, but \/favicon\.svg is a file, written by public\/favicon\.svg: rename it to content\/favicon-svg\.md\.$/,
    ],
    [
      'privacy/index.md.md',
      /^content\/privacy\/index\.md\.md would be the page \/privacy\/index\.md\/, a name ending in \.md, which the site keeps for the pages' Markdown copies .*: rename it to content\/privacy\/index-md\.md\.$/,
    ],
    ['notes.mdx.md', /the page \/notes\.mdx\/, a name ending in \.mdx.*content\/notes-mdx\.md\.$/],
    [
      '_astro/x.md',
      /but \/_astro\/ is the folder of Astro's bundled scripts.*content\/_astro-page\/x\.md\.$/,
    ],
    [
      'search.md',
      /^content\/search\.md would be the page \/search\/, but the site's own src\/pages\/search\.astro is written there \(\/search\/index\.html\): rename it to content\/search-page\.md\.$/,
    ],
    [
      '404.html.md',
      /\/404\.html is a file, written by the site's own src\/pages\/404\.astro.*content\/404-html\.md\.$/,
    ],
    [
      '404.md',
      /^content\/404\.md would be the page \/404\/, but the site's own src\/pages\/404\.astro \(its route \/404, though written as \/404\.html\) is written there \(\/404\/index\.html\): rename it to content\/404-page\.md\.$/,
    ],
    [
      'feed.xml.md',
      /\/feed\.xml is a file, written by the site's own src\/pages\/feed\.xml\.ts.*content\/feed-xml\.md/,
    ],
    [
      'Robots.txt.gz.mdx',
      /\/robots\.txt\.gz is a file, written by the site's own src\/pages\/robots\.txt\.ts.*content\/Robots-txt-gz\.mdx/,
    ],
    ['llms-full.txt.md', /\/llms-full\.txt is a file, written by the post-build step/],
    ['sitemap-index.xml.md', /\/sitemap-index\.xml is a file, written by the sitemap/],
    ['_headers.md', /\/_headers is a file, written by the post-build step's response headers/],
    ['favicon.svg/index.md', /\/favicon\.svg is a file.*rename it to content\/favicon-svg\/index\.md\.$/],
    ['privacy/index.html.md', /\/privacy\/index\.html is a file, written by content\/privacy\.mdx/],
    [
      'docs/setup/index.md.gz.md',
      /\/docs\/setup\/index\.md\.gz is a file, written by the Markdown copy of content\/docs\/setup\.md/,
    ],
    ['media/diagram.png.md', /\/media\/diagram\.png is a file, written by public\/media\/diagram\.png/],
  ];
  for (const [file, expected] of refused) {
    test(`content/${file} is refused, naming the file and what to rename it to`, () => {
      const found = problemsOf(file);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.match(found[0] ?? '', expected);
    });
  }

  test('two files of one slug (Privacy.md beside privacy.mdx) are left to the collection, which names both', () => {
    assert.deepEqual(problemsOf('Privacy.md'), []);
  });

  // café.md with "é" as U+00E9 (NFC) and as "e" and U+0301 (NFD): two files on Linux, one URL to a browser and
  // Astro, whose route conflict named neither file.
  test('two names that differ only in Unicode normalization are refused at the second, naming both', () => {
    for (const [first, second] of [
      ['caf\u00e9.md', 'cafe\u0301.md'],
      ['docs/re\u0301sume\u0301/index.md', 'docs/r\u00e9sum\u00e9.mdx'],
    ] as const) {
      const found = problemsOf(first, second);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.ok(
        found[0]?.startsWith(`content/${first} and content/${second} would both be the page /`),
        found[0],
      );
      assert.match(found[0] ?? '', /\(U\+0065 U\+0301\)/);
      assert.match(found[0] ?? '', /\(U\+00E9\)/);
      assert.match(found[0] ?? '', /Rename one of them\.$/);
    }
    assert.deepEqual(problemsOf('caf\u00e9.md'), []);
    assert.deepEqual(problemsOf('cafe\u0301.md'), []);
  });
});

// Red team 31: content/ſecurity.md (U+017F, a long s) beside content/security.md, or content/ſearch.md beside the
// search page, are two folders on Linux and one where file names ignore case (Windows' NTFS, macOS' APFS), where
// a build, or a copy of dist/, wrote one page over the other: the hostile page at /security/.
describe('names a file system that ignores case holds as one', () => {
  test('two pages are refused at the second, naming both and the characters', () => {
    for (const [first, second, shown] of [
      ['security.md', '\u017Fecurity.md', /"s" \(U\+0073\) and "ſ" \(U\+017F\)/],
      ['docs/setup.md', 'docs/\u017Fetup/index.md', /"s" \(U\+0073\) and "ſ" \(U\+017F\)/],
      ['link.md', 'l\u0131nk.md', /"i" \(U\+0069\) and "ı" \(U\+0131\)/],
      [
        '\u03BB\u03CC\u03B3\u03BF\u03C2.md',
        '\u03BB\u03CC\u03B3\u03BF\u03C3.md',
        /"ς" \(U\+03C2\) and "σ" \(U\+03C3\)/,
      ],
    ] as const) {
      const site = ['privacy.mdx', 'docs/setup.md'].includes(first) ? [] : [first];
      const found = problemsOf(...site, second);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.ok(
        found[0]?.startsWith(`content/${first} and content/${second} would both be the page /`),
        found[0],
      );
      assert.match(found[0] ?? '', shown);
      assert.match(found[0] ?? '', /ignore case/);
    }
  });

  test("a page is refused where the site's own files are, in another case", () => {
    const found = problemsOf('\u017Fearch.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(
      found[0] ?? '',
      /^content\/ſearch\.md would be the page \/ſearch\/, but the site's own src\/pages\/search\.astro is written at \/search\/index\.html, one file with \/ſearch\/index\.html where file names ignore case/,
    );
  });
});

// Red team 31: content/privасy.md (a Cyrillic "а" and "с") was the page /privасy/, which an address bar, a shared
// link and llms.txt show as /privacy/; content/сору.md, all Cyrillic, was /сору/ beside the page /copy/.
describe('a page URL that reads as another', () => {
  test('a word of its name mixing scripts into the look of one is refused, naming the word', () => {
    const found = problemsOf('priv\u0430\u0441y-notes.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(
      found[0] ?? '',
      /^content\/privасy-notes\.md would be the page \/privасy-notes\/, whose name holds the word "privасy", whose letters are Latin and Cyrillic and which reads as the Latin "privacy": .* Rename it, each word in one script\.$/,
    );
  });

  test("a name of other letters that looks like another page's is refused, naming both", () => {
    const found = problemsOf('copy.md', 'docs/\u0441\u043e\u0440\u0443.md', '\u0441\u043e\u0440\u0443.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(
      found[0] ?? '',
      /^content\/сору\.md would be the page \/сору\/, which looks like \/copy\/, content\/copy\.md's, but is written with other letters \("с" \(U\+0441\), "о" \(U\+043E\), "р" \(U\+0440\), "у" \(U\+0443\)\): .* Rename it\.$/,
    );
  });

  test('names in one script each, or with symbols that look like no letter, pass', () => {
    assert.deepEqual(
      problemsOf(
        '\u043d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0430.md',
        'windows-\u306e\u8a2d\u5b9a.md',
        '\u03bcs-timer.md',
        'modem.md',
        'modern.md',
      ),
      [],
    );
  });
});

describe('routeOutputs', () => {
  test('a page route is a folder with its HTML and Markdown copy, a status page one file, an endpoint its file', () => {
    assert.deepEqual(
      ROUTES.flatMap(routeOutputs).map((output) => output.path),
      [
        'search/index.html',
        'search/index.md',
        'links/index.html',
        'links/index.md',
        '404.html',
        '404/index.html',
        'feed.xml',
        'llms.txt',
        'robots.txt',
        '.well-known/security.txt',
      ],
    );
  });
});
