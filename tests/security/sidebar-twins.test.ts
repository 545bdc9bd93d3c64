/**
 * Two pages of one list of the sidebar may not read the same. Red team 27: a page titled "Privacy" built, listed
 * beside the site's own Privacy page, and a reader could not tell which link led where (prev/next and search name
 * pages so too). The build fails naming both files; the import labels a TOC's twins by their titles.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { readTocYml } from '../../src/lib/import/toc-yml.ts';
import { spoofedNames } from '../../src/lib/lookalike-names.ts';
import { buildSidebarModel, type PageRef } from '../../src/lib/navigation.ts';
import { pageSchema } from '../../src/lib/page-schema.ts';

const site: PageRef[] = [
  { slug: 'index', label: 'Overview', order: 1, file: 'content/index.mdx' },
  { slug: 'privacy', label: 'Privacy', order: 3, file: 'content/privacy.mdx' },
  { slug: 'setup/linux', label: 'Linux', order: 4, group: 'Setup', file: 'content/setup/linux.md' },
];

describe('two pages of one sidebar list that read the same', () => {
  for (const label of ['Privacy', ' PRIVACY ', 'Ｐrivacy', 'Priv\u200Bacy'])
    test(`"${label}" beside the site's Privacy page fails the build, naming both files`, () => {
      assert.throws(
        () => buildSidebarModel([...site, { slug: 'forge', label, order: 2, file: 'content/forge.md' }]),
        /^Error: content\/forge\.md and content\/privacy\.mdx are both ".*" in the sidebar, in one list: a reader cannot tell which is which\. Give one of them another title, sidebarLabel or group\.$/,
      );
    });

  test("in one group too, and a group beside a page of its name; a page of another list's label still builds", () => {
    const linux: PageRef = {
      slug: 'setup/linux-2',
      label: 'linux',
      order: 5,
      group: 'Setup',
      file: 'content/l.md',
    };
    assert.throws(() => buildSidebarModel([...site, linux]), /content\/setup\/linux\.md and content\/l\.md/);
    // A group "Privacy" beside the page: one section to the search's filter, two entries alike in the sidebar.
    const grouped: PageRef = { slug: 'p/x', label: 'X', order: 5, group: 'privacy', file: 'content/p/x.md' };
    assert.throws(
      () => buildSidebarModel([...site, grouped]),
      /^Error: content\/privacy\.mdx and content\/p\/x\.md's group are both "privacy" in the sidebar/,
    );
    const model = buildSidebarModel([
      ...site,
      { slug: 'setup/overview', label: 'Overview', order: 5, group: 'Setup' },
      { slug: 'setup/setup', label: 'Setup', order: 6, group: 'Setup' },
    ]);
    assert.equal(model.pages.length, 5);
  });

  const front = '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 03/07/2025\n---\n\n';
  const plannedLabels = (files: Record<string, string>, options: Parameters<typeof planImport>[1]) => {
    const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
    const plan = planImport(Object.keys(files), options, access);
    const labels = plan.pages.map((page) => page.frontMatter.sidebarLabel ?? page.frontMatter.title);
    return { plan, labels, said: plan.warnings.map((warning) => `${warning.file}: ${warning.message}`) };
  };
  /** The site's pages with the plan's, as the build's sidebar reads them: throws on twins. */
  const builds = (plan: ReturnType<typeof planImport>) =>
    buildSidebarModel([
      ...site,
      ...plan.pages.map((page, index) => ({
        slug: `imported-${index}`,
        label: page.frontMatter.sidebarLabel ?? page.frontMatter.title,
        order: 10 + index,
        ...(page.frontMatter.group === undefined ? {} : { group: page.frontMatter.group }),
      })),
    ]);

  test("the import labels a TOC's two entries of one name in one list by their titles, and numbers twins left", () => {
    const files: Record<string, string> = {
      '/learn/a.md': `${front}# Overview of A\n\nText.\n`,
      '/learn/b.md': `${front}# Overview of B\n\nText.\n`,
      '/learn/c.md': `${front}# Same\n\nText.\n`,
      '/learn/d.md': `${front}# Same\n\nText.\n`,
    };
    const yml = ['a', 'b', 'c', 'd']
      .map((name) => `- name: ${name < 'c' ? 'Overview' : 'Twin'}\n  href: ${name}.md\n`)
      .join('');
    const { plan, labels, said } = plannedLabels(files, {
      toc: { entries: readTocYml(yml, 'TOC.yml'), dir: '/learn' },
    });
    assert.deepEqual(labels, ['Overview of A', 'Overview of B', 'Same', 'Same (2)']);
    assert.ok(
      said.some((line) =>
        line.startsWith(
          '/learn/d.md: its page and /learn/c.md\'s are both "Same" in the same list of the sidebar, which the build refuses: labelled "Same (2)" here',
        ),
      ),
      said.join('\n'),
    );
    assert.ok(!said.some((line) => line.includes('The build will fail')), said.join('\n'));
    assert.doesNotThrow(() => builds(plan));
  });

  test('twins of a title at the 200-character limit keep their number, not their last characters', () => {
    const long = `Configure ${'x'.repeat(188)}`; // 198 characters, a title the schema takes
    const files: Record<string, string> = {
      '/learn/a.md': `${front}# ${long}\n\nText.\n`,
      '/learn/b.md': `${front}# ${long}\n\nText.\n`,
    };
    const { plan, labels } = plannedLabels(files, {});
    assert.equal(labels.length, 2);
    assert.ok(labels[1]?.endsWith(' (2)') && labels[1].length <= 200, labels[1]);
    assert.doesNotThrow(() => builds(plan));
  });

  test('a page titled as a group beside it is numbered, and builds', () => {
    const files: Record<string, string> = {
      '/learn/a.md': `${front}# Install\n\nText.\n`,
      '/learn/b.md': `${front}# Linux\n\nText.\n`,
    };
    const yml =
      '- name: Install\n  href: a.md\n- name: Install\n  items:\n    - name: Linux\n      href: b.md\n';
    const { plan, labels, said } = plannedLabels(files, {
      toc: { entries: readTocYml(yml, 'TOC.yml'), dir: '/learn' },
    });
    assert.deepEqual(labels, ['Install (2)', 'Linux']);
    assert.ok(!said.some((line) => line.includes('The build will fail')), said.join('\n'));
    assert.doesNotThrow(() => builds(plan));
  });

  test('articles titled as a page left at the top level, without a TOC, are numbered after it and build', () => {
    // A Learn folder's articles whose H1 is the site home's "Overview" or the site's "Privacy": the build
    // refuses them beside the site's own, so the import numbers them, one list's twins apart too.
    const files: Record<string, string> = {
      '/learn/a.md': `${front}# Overview\n\nText.\n`,
      '/learn/b.md': `${front}# Overview\n\nText.\n`,
      '/learn/c.md': `${front}# Privacy\n\nText.\n`,
    };
    const { plan, labels, said } = plannedLabels(files, { takenLabels: new Set(['overview', 'privacy']) });
    assert.deepEqual(labels, ['Overview (2)', 'Overview (3)', 'Privacy (2)']);
    assert.ok(!said.some((line) => line.includes('The build will fail')), said.join('\n'));
    assert.doesNotThrow(() => builds(plan));
  });
});

test("the import labels a TOC's page named as a group beside it by its title", () => {
  const front = '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 03/07/2025\n---\n\n';
  const files: Record<string, string> = {
    '/learn/a.md': `${front}# Set it up\n\nText.\n`,
    '/learn/b.md': `${front}# Linux\n\nText.\n`,
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const yml = '- name: Setup\n  href: a.md\n- name: Setup\n  items:\n    - name: Linux\n      href: b.md\n';
  const plan = planImport(
    Object.keys(files),
    { toc: { entries: readTocYml(yml, 'TOC.yml'), dir: '/learn' } },
    access,
  );
  assert.deepEqual(
    plan.pages.map((page) => [
      page.frontMatter.sidebarLabel ?? page.frontMatter.title,
      page.frontMatter.group,
    ]),
    [
      ['Set it up', undefined],
      ['Linux', 'Setup'],
    ],
  );
  assert.doesNotThrow(() =>
    buildSidebarModel(
      plan.pages.map((page, index) => ({
        slug: page.slug,
        label: page.frontMatter.sidebarLabel ?? page.frontMatter.title,
        order: index + 1,
        group: page.frontMatter.group,
      })),
    ),
  );
});

describe('a page name with a word of look-alike letters of two scripts', () => {
  const page = { description: 'D.', order: 2, updated: new Date('2024-05-31T00:00:00Z'), author: 'a' };
  const problems = (fields: Record<string, string>) => {
    const result = pageSchema.safeParse({ ...page, title: 'T', ...fields });
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  test('"Privасy" (Cyrillic а and с) as a title, sidebar label or group is refused, naming the word', () => {
    // Red team 27: no twin of "Privacy" to labelAsRead, yet the same to a reader's eye.
    for (const field of ['title', 'sidebarLabel', 'group'])
      assert.match(
        problems({ [field]: 'Privасy' }).join('\n'),
        new RegExp(
          `^front-matter field "${field}" holds the word "Privасy", whose letters are Latin and Cyrillic`,
        ),
        field,
      );
    assert.deepEqual(problems({ description: 'Privасy' }), []);
  });

  test('a word split by characters that show nothing is read as the one word a reader sees', () => {
    // A zero-width space, soft hyphen, word joiner or zero-width non-joiner between the Cyrillic letters showed
    // "Privасy", and each piece was one script: the page built.
    for (const hidden of ['\u200B', '\u00AD', '\u2060', '\u200C'])
      assert.match(
        problems({ title: `Priv${hidden}ас${hidden}y` }).join('\n'),
        /^front-matter field "title" holds the word "Privасy", whose letters are Latin and Cyrillic/,
        JSON.stringify(hidden),
      );
    assert.deepEqual(problems({ title: 'Windows\u200Cها' }), []);
  });

  test('words of one script each, Latin with kana, and letters scripts share still pass', () => {
    for (const title of ['Настройка Microsoft Defender', 'Windowsの設定', 'Ελληνικά', 'naïve café', 'ʼn µs'])
      assert.deepEqual(problems({ title }), [], title);
  });

  test('a Greek letter written as a symbol beside Latin ones passes: it looks like no Latin letter', () => {
    // d89c10f refused these: their words mix Latin and Greek, yet none reads as a word of one script.
    for (const title of [
      'Latency in μs',
      'ΔT of a sensor',
      'A 10 kΩ resistor',
      'A 10 k\u2126 resistor',
      'λx.x',
    ])
      assert.deepEqual(problems({ title }), [], title);
    // A Greek letter that does pass for a Latin one still makes a look-alike word.
    assert.match(problems({ title: 'Ρrivacy' }).join(''), /reads as the Latin "Privacy"/);
  });

  test('the import labels a page by its title where its TOC name holds such a word, and says so', () => {
    // A localized TOC's name typed with a Cyrillic "А" in "Аzure", as azure-docs.ru-ru's articles write it in
    // places: the build would refuse the label; the title is the page's name on Learn too.
    const front = '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 03/07/2025\n---\n\n';
    const files: Record<string, string> = { '/learn/a.md': `${front}# Развертывание в Azure\n\nText.\n` };
    const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
    const yml = '- name: Развертывание в \u0410zure\n  href: a.md\n';
    const plan = planImport(
      Object.keys(files),
      { toc: { entries: readTocYml(yml, 'TOC.yml'), dir: '/learn' } },
      access,
    );
    assert.equal(plan.pages[0]?.frontMatter.sidebarLabel, undefined);
    assert.equal(plan.pages[0]?.frontMatter.title, 'Развертывание в Azure');
    const said = plan.warnings.map((warning) => warning.message);
    assert.ok(
      said.some((message) =>
        message.startsWith('its sidebar label (its TOC name) holds the word "\u0410zure"'),
      ),
      said.join('\n'),
    );
    assert.ok(!said.some((message) => message.includes('The build will fail')), said.join('\n'));
  });

  test('the import says a title so made is one the build will fail on', () => {
    const front = '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 03/07/2025\n---\n\n';
    const files: Record<string, string> = { '/learn/a.md': `${front}# Privасy\n\nText.\n` };
    const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
    const plan = planImport(Object.keys(files), {}, access);
    assert.ok(
      plan.warnings.some(
        (warning) =>
          warning.message.startsWith(
            "the page's title (from its front matter, H1, an include or the TOC) holds the word",
          ) && warning.message.endsWith('The build will fail on it.'),
      ),
      plan.warnings.map((warning) => warning.message).join('\n'),
    );
  });
});

describe("a page name that looks like another page's, written with other letters", () => {
  const named: PageRef[] = [
    { slug: 'index', label: 'Overview', title: 'Overview', order: 1, file: 'content/index.mdx' },
    { slug: 'privacy', label: 'Privacy', title: 'Privacy', order: 2, file: 'content/privacy.mdx' },
    { slug: 'copy', label: 'Copy', title: 'Copy', order: 3, file: 'content/copy.md' },
    {
      slug: 'setup/linux',
      label: 'Linux',
      title: 'Linux',
      order: 4,
      group: 'Setup',
      file: 'content/setup/linux.md',
    },
    { slug: 'links', label: 'Links', order: 5 },
  ];
  const forge = (fields: Partial<PageRef>) => () => {
    spoofedNames([...named, { slug: 'forge', label: 'F', order: 9, file: 'content/forge.md', ...fields }]);
  };

  test('a word of one other script throughout, or of capitals alike, fails the build naming both', () => {
    // Red team 28: each word is of one script, so lookalikeNameProblem passes it, yet it reads as the site's page.
    const cases: [Partial<PageRef>, RegExp][] = [
      [
        { label: 'Сору', title: 'Сору' },
        /^Error: content\/forge\.md's title "Сору" looks like content\/copy\.md's title "Copy" but is written with other letters \("С" \(U\+0421\)/,
      ],
      [{ label: 'Рrivacy', title: 'Рrivacy' }, /looks like content\/privacy\.mdx's title "Privacy"/],
      [
        { title: 'ΟVΕRVΙΕW' },
        /^Error: content\/forge\.md's title "ΟVΕRVΙΕW" looks like content\/index\.mdx's title "Overview"/,
      ],
      [
        { group: 'Ѕetup' },
        /^Error: content\/forge\.md's group "Ѕetup" looks like content\/setup\/linux\.md's group "Setup"/,
      ],
      [
        { label: 'Lіnks' },
        /^Error: content\/forge\.md's title "Lіnks" looks like the page \/links's title "Links"/,
      ],
    ];
    for (const [fields, message] of cases) assert.throws(forge(fields), message, JSON.stringify(fields));
  });

  test('the import says such a name among the pages it writes as one the build will fail on', () => {
    const front = '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 03/07/2025\n---\n\n';
    const files: Record<string, string> = {
      '/learn/a.md': `${front}# Copy\n\nText.\n`,
      '/learn/b.md': `${front}# Сору\n\nText.\n`,
    };
    const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
    const plan = planImport(Object.keys(files), {}, access);
    const said = plan.warnings.map((warning) => `${warning.file}: ${warning.message}`);
    assert.ok(
      said.some((line) =>
        /^\/learn\/b\.md: \/learn\/b\.md's title "Сору" looks like \/learn\/a\.md's title "Copy" .* The build will fail on it\.$/.test(
          line,
        ),
      ),
      said.join('\n'),
    );
  });

  test('the same name in another case or list, ASCII names alike and names of other scripts still build', () => {
    for (const fields of [
      { label: 'PRIVACY', title: 'PRIVACY' },
      { label: 'Overview', group: 'Setup' },
      { label: 'Al', title: 'Al' },
      { label: 'Modem', title: 'Modem' },
      { label: 'Сор', title: 'Сор' },
      { title: 'Latency in μs' },
      { label: 'Café', title: 'Café' },
    ])
      assert.doesNotThrow(forge(fields), JSON.stringify(fields));
  });
});
