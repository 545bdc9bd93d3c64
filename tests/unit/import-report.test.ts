/** The import's report: repeats summarised, every distinct problem still on a line of its own with file and line. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportNote } from '../../src/lib/import/convert.ts';
import {
  droppedKeysLines,
  httpsRewriteLines,
  notesOfWrittenPages,
  refusedLinkLines,
  WARNING_LABEL,
  warningLines,
  warningPrinter,
} from '../../src/lib/import/report.ts';

const shown = (file: string) => file.replace('/learn/', '');
const missingImage = 'image "x.svg" does not exist. The page shows its alt text instead.';
const author = (file: string): ImportNote => ({
  file,
  line: 1,
  message: 'front-matter field "author" is missing (the configured default author): using "MicrosoftDocs".',
  defaulted: {
    what: 'front-matter field "author" is missing (the configured default author)',
    value: 'MicrosoftDocs',
  },
});

describe('warningLines', () => {
  test("an include's warning, met once per page that includes it, is one line naming the pages", () => {
    const pages = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'].map((page) => `/learn/${page}`);
    const lines = warningLines(
      pages.map((page) => ({ file: '/learn/includes/x.md', line: 8, message: missingImage, page })),
      shown,
    );
    assert.deepEqual(lines, [
      `includes/x.md:8: ${missingImage} (included by 5 pages: a.md, b.md, c.md and 2 more)`,
    ]);
    assert.deepEqual(
      warningLines(
        [{ file: '/learn/includes/x.md', line: 8, message: missingImage, page: '/learn/a.md' }],
        shown,
      ),
      [`includes/x.md:8: ${missingImage} (included by a.md)`],
    );
  });

  test('a default given to several files is one line naming a few; a default given once keeps its own line', () => {
    const files = Array.from({ length: 21 }, (_, index) => `/learn/p${index + 1}.md`);
    assert.deepEqual(warningLines(files.map(author), shown), [
      '21 files: front-matter field "author" is missing (the configured default author): using "MicrosoftDocs" (p1.md:1, p2.md:1, p3.md:1 and 18 more).',
    ]);
    assert.deepEqual(warningLines([author('/learn/a.md')], shown), [
      'a.md:1: front-matter field "author" is missing (the configured default author): using "MicrosoftDocs".',
    ]);
    const described = (file: string, value: string): ImportNote => ({
      file,
      line: 1,
      message: `front-matter field "description" is missing: using "${value}".`,
      defaulted: { what: 'front-matter field "description" is missing', value },
    });
    assert.deepEqual(warningLines([described('/learn/a.md', 'A.'), described('/learn/b.md', 'B.')], shown), [
      '2 files: front-matter field "description" is missing: each given its own (a.md:1, b.md:1).',
    ]);
  });

  test('distinct problems each keep their line, in order, summaries where their first note was', () => {
    const lines = warningLines(
      [
        author('/learn/a.md'),
        { file: '/learn/a.md', line: 14, message: missingImage },
        author('/learn/b.md'),
        { file: '/learn/b.md', line: 99, message: missingImage },
        { file: '/learn/b.md', line: 1, message: 'not in TOC.yml: placed after the pages it lists.' },
      ],
      shown,
    );
    assert.deepEqual(lines, [
      '2 files: front-matter field "author" is missing (the configured default author): using "MicrosoftDocs" (a.md:1, b.md:1).',
      `a.md:14: ${missingImage}`,
      `b.md:99: ${missingImage}`,
      'b.md:1: not in TOC.yml: placed after the pages it lists.',
    ]);
  });
});

describe('warningLines of files outside the source folder', () => {
  const outside = (written: string) =>
    `[!INCLUDE] "${written}" is outside the source folder: only files inside it are read. Its text is left out of the page: import with --read-root set to a folder holding it and the source (the repository's root) to have it.`;
  const shared = outside('../includes/btsbiztalkservernoversion-md.md');
  const use = (file: string, line: number, message = shared): ImportNote => ({
    file: `/learn/guides/${file}`,
    line,
    message,
    outside: true,
  });

  test('an include used again and again by several pages is one line at its first use, naming the pages (MicrosoftDocs/biztalk-docs)', () => {
    // 40 of 60 warnings of the trial were this include, one per use, on 9 pages.
    const lines = warningLines(
      [
        use('appendix-a.md', 17),
        use('appendix-a.md', 35),
        use('appendix-c.md', 38, outside('../includes/btsbiztalkserverpathx64-md.md')),
        use('appendix-c.md', 40),
        use('consolidate.md', 12),
        use('consolidate.md', 12, outside('../includes/btssqlservernoversion-md.md')),
        use('consolidate.md', 15),
        use('uninstall.md', 18),
        { file: '/learn/guides/install.md', line: 40, message: missingImage },
      ],
      (file) => file.replace('/learn/guides/', ''),
    );
    assert.deepEqual(lines, [
      `appendix-a.md:17: ${shared} (used 6 times in 4 pages: appendix-a.md, appendix-c.md, consolidate.md and 1 more)`,
      `appendix-c.md:38: ${outside('../includes/btsbiztalkserverpathx64-md.md')}`,
      `consolidate.md:12: ${outside('../includes/btssqlservernoversion-md.md')}`,
      `install.md:40: ${missingImage}`,
    ]);
  });

  test('used again in one page only, its other lines are named; several uses on one line are counted', () => {
    assert.deepEqual(warningLines([use('a.md', 17), use('a.md', 35), use('a.md', 46)], shown), [
      `guides/a.md:17: ${shared} (used 3 times in this file: also lines 35, 46)`,
    ]);
    // consolidate-the-biztalk-server-databases2.md:12 uses it four times in one paragraph.
    assert.deepEqual(warningLines([use('a.md', 12), use('a.md', 12), use('a.md', 12)], shown), [
      `guides/a.md:12: ${shared} (used 3 times in this file)`,
    ]);
  });

  test('the same path written from another folder is another file: its own line', () => {
    const other: ImportNote = { ...use('a.md', 3), file: '/learn/guides/deeper/b.md' };
    assert.deepEqual(warningLines([use('a.md', 17), other], shown), [
      `guides/a.md:17: ${shared}`,
      `guides/deeper/b.md:3: ${shared}`,
    ]);
  });

  test("inside an include, used by several pages: one line at the include's first use, counting the uses", () => {
    const included = (line: number, page: string): ImportNote => ({
      ...use('includes/x.md', line),
      page: `/learn/guides/${page}`,
    });
    assert.deepEqual(
      warningLines(
        [included(4, 'a.md'), included(9, 'a.md'), included(4, 'b.md'), included(9, 'b.md')],
        shown,
      ),
      [`guides/includes/x.md:4: ${shared} (used 4 times in 2 pages: guides/a.md, guides/b.md)`],
    );
    // At one place of the include, the pages that include it, as for any include's note.
    assert.deepEqual(warningLines([included(4, 'a.md'), included(4, 'b.md')], shown), [
      `guides/includes/x.md:4: ${shared} (included by 2 pages: guides/a.md, guides/b.md)`,
    ]);
  });
});

describe('httpsRewriteLines', () => {
  const rewrite = (file: string, line: number, from: string) => ({ file: `/learn/${file}`, line, from });

  test('one line a file: its only link, or the count of its links and their lines (MicrosoftDocs/biztalk-docs)', () => {
    // appendix-c-redistributable-cab-files.md: six links on line 23 and six on 32 were 24 lines.
    const fwlinks = [746413, 746412, 746408, 746411, 746409, 746410].map(
      (id) => `http://go.microsoft.com/fwlink/p/?LinkId=${id}`,
    );
    const lines = httpsRewriteLines(
      [
        rewrite('hardware.md', 29, 'http://social.technet.microsoft.com/wiki/x.aspx'),
        rewrite('hardware.md', 47, 'http://winscp.net'),
        rewrite('hardware.md', 53, 'http://go.microsoft.com/fwlink/p/?LinkID=151890'),
        rewrite('appendix-a.md', 41, 'http://go.microsoft.com/fwlink/p/?LinkID=189319'),
        ...fwlinks.map((from) => rewrite('appendix-c.md', 23, from)),
        ...fwlinks.map((from) => rewrite('appendix-c.md', 32, from.replace('7464', '2696'))),
      ],
      shown,
    );
    assert.deepEqual(lines, [
      'hardware.md:29: 3 http:// links written as https:// (the site links out over https only), on lines 29, 47, 53',
      'appendix-a.md:41: http://go.microsoft.com/fwlink/p/?LinkID=189319 written as https:// (the site links out over https only)',
      'appendix-c.md:23: 12 http:// links written as https:// (the site links out over https only), on lines 23, 32',
    ]);
  });

  test("an include's link, met once per page that includes it, is one link", () => {
    const again = rewrite('includes/x.md', 3, 'http://example.org/a');
    assert.deepEqual(
      httpsRewriteLines([again, again, rewrite('includes/x.md', 5, 'http://example.org/b')], shown),
      [
        'includes/x.md:3: 2 http:// links written as https:// (the site links out over https only), on lines 3, 5',
      ],
    );
    assert.deepEqual(httpsRewriteLines([again, again], shown), [
      'includes/x.md:3: http://example.org/a written as https:// (the site links out over https only)',
    ]);
  });
});

describe('warningLines: one warning repeated in one file', () => {
  test("the same warning at several lines of a file is one line at the first, naming the others (DynamicsAX2012-technet's <col style> in every table)", () => {
    const message =
      "a style= attribute on <col> is not allowed: the site's CSP refuses inline styles. It is left out.";
    const lines = [75, 76, 77, 102, 103].map((line) => ({
      file: '/learn/help-system-components.md',
      line,
      message,
    }));
    assert.deepEqual(warningLines(lines, shown), [
      `help-system-components.md:75: ${message} (5 in this file: also lines 76, 77, 102 and 1 more)`,
    ]);
    // Two on one line are two (textbuilder-data-type.md's three links, two on line 46, were "2 in this file").
    const refused = 'the link "tel:+1" uses the tel: scheme: only https:// and mailto: are allowed.';
    const three = [46, 46, 53].map((line) => ({
      file: '/learn/textbuilder-data-type.md',
      line,
      message: refused,
    }));
    assert.deepEqual(warningLines(three, shown), [
      `textbuilder-data-type.md:46: ${refused} (3 in this file: also line 53)`,
    ]);
    // Another file, or another message, keeps its own line.
    const other = { file: '/learn/aos.md', line: 9, message };
    const missing = { file: '/learn/help-system-components.md', line: 80, message: missingImage };
    assert.equal(warningLines([...lines, other, missing], shown).length, 3);
  });
});

describe('refusedLinkLines', () => {
  const shown = (file: string) => `content/${file}`;
  const advice =
    'Fix the link; if the article is on Learn under another name (Learn redirects it), link that one, or write its full https:// URL.';
  /** The build's message for a link to an article the folder lacks (resolveLearnLink). */
  const missing = (href: string, target: string) =>
    `The link "${href}" goes to ${target}, which is neither a page of this site nor an article of the Learn folder dynamics365/business-central/dev-itpro/ (its TOC and files). ${advice}`;
  const folder = 'developer/methods-auto/textbuilder';
  const pages = ['append', 'appendline', 'capacity', 'clear', 'insert'].map(
    (name) => `${folder}/textbuilder-${name}-method.md`,
  );

  test('a link to the same missing article from many pages is one line, the advice said once under the last', () => {
    // dynamics365smb-devitpro-pb's method pages each link the same three articles the folder lacks.
    const boolean = missing(
      '../boolean/boolean-data-type.md',
      'developer/methods-auto/boolean/boolean-data-type.md',
    );
    const integer = missing(
      '../integer/integer-data-type.md',
      'developer/methods-auto/integer/integer-data-type.md',
    );
    const overview = missing('../../devenv-dev-overview.md', 'developer/devenv-dev-overview.md');
    const problems = pages.flatMap((file, index) => [
      ...(index % 2 === 0 ? [{ file, line: 37 + index, message: boolean }] : []),
      ...(index > 1
        ? [
            { file, line: 30, message: integer },
            { file, line: 35, message: integer },
          ]
        : []),
      { file, line: 49, message: overview },
    ]);
    const head = (message: string) => message.slice(0, -advice.length - 1);
    assert.deepEqual(refusedLinkLines(problems, shown), [
      `content/${folder}/textbuilder-append-method.md:37: ${head(boolean)} (3 links in 3 pages: also content/${folder}/textbuilder-capacity-method.md:39, content/${folder}/textbuilder-insert-method.md:41)`,
      `content/${folder}/textbuilder-append-method.md:49: ${head(overview)} (5 links in 5 pages: also content/${folder}/textbuilder-appendline-method.md:49, content/${folder}/textbuilder-capacity-method.md:49, content/${folder}/textbuilder-clear-method.md:49 and 1 more)`,
      `content/${folder}/textbuilder-capacity-method.md:30: ${head(integer)} (6 links in 3 pages: also content/${folder}/textbuilder-capacity-method.md:35, content/${folder}/textbuilder-clear-method.md:30, content/${folder}/textbuilder-clear-method.md:35 and 2 more)\n            Each of these 14 links: ${advice} The build will fail on them.`,
    ]);
  });

  test('one link is said as the build says it; one page linking it twice names its other line', () => {
    const message = missing('../../devenv-get-started.md', 'developer/devenv-get-started.md');
    assert.deepEqual(refusedLinkLines([{ file: 'a.md', line: 3, message }], shown), [
      `content/a.md:3: ${message} The build will fail on it.`,
    ]);
    assert.deepEqual(
      refusedLinkLines(
        [
          { file: 'a.md', line: 3, message },
          { file: 'a.md', line: 9, message },
        ],
        shown,
      ),
      [`content/a.md:3: ${message} (2 in this file: also line 9) The build will fail on it.`],
    );
  });

  test('problems that end differently keep their own words', () => {
    const climbs =
      'The link "../../../../x.md" climbs out of https://learn.microsoft.com/: write it as a full https:// URL.';
    const message = missing('b.md', 'b.md');
    assert.deepEqual(
      refusedLinkLines(
        [
          { file: 'a.md', line: 3, message: climbs },
          { file: 'a.md', line: 5, message },
        ],
        shown,
      ),
      [
        `content/a.md:3: ${climbs} The build will fail on it.`,
        `content/a.md:5: ${message} The build will fail on it.`,
      ],
    );
  });
});

describe('droppedKeysLines', () => {
  test('each key once, grouped by how many files had it, most first; the files named when a few', () => {
    const dropped = ['a', 'b', 'c', 'd'].map((name) => ({
      file: `/learn/${name}.md`,
      keys: name === 'b' ? ['ms.topic', 'appliesto'] : ['ms.topic'],
    }));
    assert.deepEqual(droppedKeysLines(dropped, shown), [
      'front-matter keys the site does not keep, by how many files had them:',
      '4 files: ms.topic',
      '1 file: appliesto (b.md)',
    ]);
    assert.deepEqual(droppedKeysLines([], shown), []);
  });

  test("keys each in another file are not said to be in every file named (DynamicsAX2012-technet: '1 file: ms.author, f1_keywords, audience (three files)')", () => {
    const dropped = [
      { file: '/learn/aos-architecture.md', keys: ['ms.author'] },
      { file: '/learn/enterprise-portal-architecture.md', keys: ['f1_keywords', 'audience'] },
      { file: '/learn/workflow-system-architecture.md', keys: ['ms.search.region'] },
    ];
    assert.deepEqual(droppedKeysLines(dropped, shown), [
      'front-matter keys the site does not keep, by how many files had them:',
      '1 file: ms.author (aos-architecture.md)',
      '1 file: f1_keywords, audience (enterprise-portal-architecture.md)',
      '1 file: ms.search.region (workflow-system-architecture.md)',
    ]);
  });

  test("a folder's many keys and files: lines a terminal shows, no file name repeated (as powerbi-docs' admin folder)", () => {
    // Trial T: one line of 1,583 characters naming the same three files for each of 7 keys.
    const all = ['ms.author', 'ms.service', 'ms.subservice', 'ms.topic', 'ms.custom'];
    const dropped = Array.from({ length: 28 }, (_, index) => ({
      file: `/learn/../src/powerbi-docs/admin/service-admin-portal-page-${index + 1}.md`,
      keys: index === 0 ? all : [...all, 'ms.reviewer', 'LocalizationGroup'],
    }));
    const many = Array.from({ length: 30 }, (_, index) => `custom.key-${index + 1}`);
    dropped.push({ file: '/learn/../src/powerbi-docs/admin/odd.md', keys: many });
    const lines = droppedKeysLines(dropped, shown);
    assert.deepEqual(lines.slice(0, 3), [
      'front-matter keys the site does not keep, by how many files had them:',
      '28 files: ms.author, ms.service, ms.subservice, ms.topic, ms.custom',
      '27 files: ms.reviewer, LocalizationGroup',
    ]);
    assert.match(lines[3] ?? '', /^1 file: custom\.key-1, custom\.key-2, /);
    assert.match(lines.at(-1) ?? '', /^ {8}.*custom\.key-30 \(\.\.\/src\/powerbi-docs\/admin\/odd\.md\)$/);
    for (const line of lines) assert.ok(line.length <= 150, line);
  });
});

describe('warningPrinter', () => {
  test('prints each warning with its label and counts what it printed', () => {
    const printed: string[] = [];
    const warnings = warningPrinter((line) => printed.push(line));
    assert.equal(warnings.count, 0);
    warnings.warn(`includes/x.md:8: ${missingImage}`);
    warnings.warn(
      'the GitHub repository of these files is unknown (no SOURCE.md naming it, no git clone): their pages name MicrosoftDocs/defender-docs as their source.',
    );
    assert.deepEqual(printed, [
      `  warning   includes/x.md:8: ${missingImage}`,
      '  warning   the GitHub repository of these files is unknown (no SOURCE.md naming it, no git clone): their pages name MicrosoftDocs/defender-docs as their source.',
    ]);
    assert.equal(warnings.count, printed.length);
  });
});

describe('notesOfWrittenPages', () => {
  test("leaves out what a page not written holds (the home page kept), its includes' notes for it too", () => {
    const home = '/learn/index.md';
    const plan = {
      warnings: [
        author(home),
        author('/learn/a.md'),
        { file: '/learn/includes/x.md', line: 3, message: missingImage, page: home },
        { file: '/learn/includes/x.md', line: 3, message: missingImage, page: '/learn/a.md' },
      ],
      dropped: [
        { file: home, keys: ['ms.assetid'] },
        { file: '/learn/a.md', keys: ['ms.topic'] },
      ],
      links: {
        hosts: new Map(),
        httpsRewrites: [
          { file: home, line: 16, from: 'http://example.com/gpio' },
          { file: '/learn/a.md', line: 9, from: 'http://example.com/a' },
        ],
      },
    };
    const notes = notesOfWrittenPages(plan, new Set([home]));
    assert.deepEqual(notes.warnings, [plan.warnings[1], plan.warnings[3]]);
    assert.deepEqual(notes.dropped, [{ file: '/learn/a.md', keys: ['ms.topic'] }]);
    assert.deepEqual(notes.links.httpsRewrites, [
      { file: '/learn/a.md', line: 9, from: 'http://example.com/a' },
    ]);
    assert.equal(notesOfWrittenPages(plan, new Set()), plan);
  });
});

test("a warning shows a file name's control characters as their code points, never as the terminal's commands", () => {
  // Red-team round 12: `content/e\e]0;PWNED-TITLE\a\e[31mredx.md` set the terminal's title and colour.
  const printed: string[] = [];
  const { warn } = warningPrinter((line) => printed.push(line));
  warn('content/e\u001b]0;PWNED-TITLE\u0007\u001b[31mredx.md and content/a.md both have order: 5.\n\tnext');
  assert.equal(printed.length, 1);
  // No control character left but the line break and the tab.
  assert.equal((printed[0] ?? '').replace(/[\n\t]/g, '').search(/\p{Cc}/u), -1);
  assert.match(printed[0] ?? '', /content\/e\\u\{1b\}\]0;PWNED-TITLE\\u\{7\}\\u\{1b\}\[31mredx\.md and/);
  assert.match(printed[0] ?? '', /\n\tnext$/, 'line breaks and tabs are kept');
  // Red team 18: a right-to-left override (U+202E) in a file's name `evil<U+202E>dm.txt` shows it as `eviltxt.md`.
  warn('content/evil\u202edm.txt and \u2067isolated\u2069 are refused; \u05e9\u05dc\u05d5\u05dd stays.');
  assert.equal(
    printed[1],
    `${WARNING_LABEL}content/evil\\u{202e}dm.txt and \\u{2067}isolated\\u{2069} are refused; \u05e9\u05dc\u05d5\u05dd stays.`,
  );
});
