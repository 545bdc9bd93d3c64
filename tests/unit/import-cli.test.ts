/** `npm run import` as a maintainer runs it: the site's five pages from the source article, and no file lost. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/temp-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = join(ROOT, 'tests/fixtures/security-privacy-compliance.md');
const LEARN = join(ROOT, 'tests/fixtures/learn');

const runImport = (...args: string[]) => importCommand(args);

/** A page file as a reader sees its article: title, order, sentences (headings, MDX imports and components left out), link targets. */
function readArticle(path: string) {
  const text = readFileSync(path, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const field = (name: string) => new RegExp(`^${name}: "?(.*?)"?$`, 'm').exec(front)?.[1];
  const prose = body
    .split('\n')
    .filter((line) => !/^\s*(#|<[A-Z]|import\s)/.test(line))
    .join('\n');
  return {
    title: field('title'),
    order: field('order'),
    updated: field('updated'),
    sentences: prose
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*[-*]\s+/gm, '')
      .split(/(?<=[.!?:])\s+|\n+/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence !== '')
      .sort(),
    links: [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).sort(),
  };
}

describe('npm run import -- security-privacy-compliance.md --split h2', async () => {
  const dir = tempDir('import-split-');
  const run = await runImport(SOURCE, '--split', 'h2', '--root', dir);
  const sitePages = readdirSync(join(ROOT, 'content')).filter((file) => file.endsWith('.mdx'));
  const slugOf = (file: string) => file.replace(/\.mdx?$/, '');
  const written = () => readdirSync(join(dir, 'content')).sort();

  test('succeeds and says what it wrote', () => {
    assert.equal(run.status, 0, run.output);
    for (const file of written()) assert.match(run.output, new RegExp(`wrote\\s+content/${file}`));
  });

  test("makes exactly the site's five pages: the overview, with its component, as MDX; the others plain Markdown", () => {
    assert.deepEqual(written().map(slugOf), sitePages.map(slugOf).sort());
    assert.deepEqual(
      written().filter((file) => file.endsWith('.mdx')),
      ['index.mdx'],
    );
  });

  for (const file of sitePages) {
    test(`content/${slugOf(file)} carries the same title, order, date, article text and links as the site's page`, () => {
      const imported = readArticle(
        join(dir, 'content', written().find((name) => slugOf(name) === slugOf(file)) ?? file),
      );
      const site = readArticle(join(ROOT, 'content', file));
      assert.deepEqual(imported, site);
    });
  }
});

describe('the import never loses a file', () => {
  const dir = tempDir('import-keep-');
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content/privacy.mdx'), 'hand-edited\n');
  writeFileSync(join(dir, 'content/notes.mdx'), 'not from the article\n');

  test('an existing, different page is kept without --force, and the run says so and fails', async () => {
    const run = await runImport(SOURCE, '--split', 'h2', '--root', dir);
    assert.equal(run.status, 1);
    assert.match(
      run.output,
      /kept\s+content\/privacy\.mdx: it exists and differs \(pass --force to overwrite it\)/,
    );
    assert.equal(readFileSync(join(dir, 'content/privacy.mdx'), 'utf8'), 'hand-edited\n');
    assert.ok(existsSync(join(dir, 'content/security.md')), 'the other pages are written');
  });

  test('--force overwrites it; files the import did not make stay', async () => {
    const run = await runImport(SOURCE, '--split', 'h2', '--force', '--root', dir);
    assert.equal(run.status, 0, run.output);
    assert.match(readFileSync(join(dir, 'content/privacy.mdx'), 'utf8'), /Privacy at Microsoft/);
    assert.ok(!existsSync(join(dir, 'content/privacy.md')), 'a page imported before as .mdx stays .mdx');
    assert.equal(readFileSync(join(dir, 'content/notes.mdx'), 'utf8'), 'not from the article\n');
  });

  test('running it again changes nothing', async () => {
    const run = await runImport(SOURCE, '--split', 'h2', '--root', dir);
    assert.equal(run.status, 0, run.output);
    assert.doesNotMatch(run.output, /wrote/);
  });
});

describe("two Learn folders with an article of the same name (two training modules' 1-introduction.md)", () => {
  const dir = tempDir('import-same-name-');
  const article = (title: string) =>
    `---\ntitle: ${title}\ndescription: The ${title} module.\nauthor: a\nms.date: 03/07/2025\n---\n\n# ${title}\n\nAbout ${title}.\n`;
  for (const module of ['key-vault', 'github-auth']) {
    mkdirSync(join(dir, 'src', module), { recursive: true });
    writeFileSync(join(dir, 'src', module, '1-introduction.md'), article(module));
  }

  test("the second's page is kept, and the run names the other article whose page it is", async () => {
    const first = await runImport(
      join(dir, 'src/key-vault/1-introduction.md'),
      '--read-root',
      join(dir, 'src'),
      '--root',
      dir,
    );
    assert.equal(first.status, 0, first.output);
    const second = await runImport(
      join(dir, 'src/github-auth/1-introduction.md'),
      '--read-root',
      join(dir, 'src'),
      '--root',
      dir,
    );
    assert.equal(second.status, 1);
    assert.match(
      second.output,
      /kept\s+content\/1-introduction\.md: it is the page of another article, \S*key-vault\/1-introduction\.md, of the same name \(--force would put this one in its place\)/,
    );
    assert.match(readFileSync(join(dir, 'content/1-introduction.md'), 'utf8'), /About key-vault/);
  });
});

describe('a page kept by a new import whose order it gives to a new page', () => {
  test('is warned of, as the build refuses two pages of one order (OfficeDocs-SkypeForBusiness-pr.ja-JP trial)', async () => {
    const dir = tempDir('import-order-');
    const article = (title: string) =>
      `---\ntitle: ${title}\ndescription: The ${title} page.\nauthor: a\nms.date: 03/07/2025\n---\n\n# ${title}\n\nAbout ${title}.\n`;
    mkdirSync(join(dir, 'src'));
    for (const name of ['a', 'b', 'c'])
      writeFileSync(join(dir, 'src', `${name}.md`), article(name.toUpperCase()));
    const first = await runImport(join(dir, 'src/a.md'), join(dir, 'src/c.md'), '--root', dir);
    assert.equal(first.status, 0, first.output);
    // Edited by hand, then an article sorting before it imported.
    const page = join(dir, 'content/c.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('About C.', 'About C, edited.'));
    const second = await runImport(
      join(dir, 'src/a.md'),
      join(dir, 'src/b.md'),
      join(dir, 'src/c.md'),
      '--root',
      dir,
    );
    assert.match(second.output, /kept\s+content\/c\.md/);
    assert.match(
      second.output,
      /content\/b\.md and content\/c\.md both have order: \d+\. .* A page the import kept keeps its order: give it another, or import again with --force\. The build will fail on it\./,
    );
  });
});

describe('the TOC on the command line', () => {
  test('given twice, the import stops and says to give it once (the first was dropped silently)', async () => {
    const dir = tempDir('import-two-tocs-');
    const run = await runImport(
      join(LEARN, 'widget-setup.md'),
      '--toc',
      join(LEARN, 'TOC.yml'),
      '--toc',
      join(LEARN, 'TOC.yml'),
      '--root',
      dir,
    );
    assert.equal(run.status, 1);
    assert.match(
      run.output,
      /import failed: --toc is given 2 times \(\S+TOC\.yml, \S+TOC\.yml\): the import reads one TOC, the folder's\. Give --toc once\./,
    );
    assert.ok(!existsSync(join(dir, 'content')), 'nothing is written');
  });

  test('named among the files (x/*.md takes x/TOC-merged.yml and x/SOURCE.md), it is no page, nor counted', async () => {
    const dir = tempDir('import-toc-among-');
    cpSync(LEARN, join(dir, 'src'), { recursive: true });
    cpSync(join(dir, 'src/TOC.yml'), join(dir, 'src/TOC-merged.yml'));
    writeFileSync(
      join(dir, 'src/SOURCE.md'),
      '# Source\n\n- Repository: [MicrosoftDocs/defender-docs](https://github.com/MicrosoftDocs/defender-docs)\n',
    );
    const toc = join(dir, 'src/TOC-merged.yml');
    const run = await runImport(
      join(dir, 'src/SOURCE.md'),
      join(dir, 'src/widget-setup.md'),
      toc,
      '--toc',
      toc,
      '--root',
      dir,
    );
    // The folder's SOURCE.md is its record, not an article: "Importing 2" counted it.
    assert.match(run.output, /Importing 1 Learn file\(s\)/);
    assert.deepEqual(readdirSync(join(dir, 'content')), ['widget-setup.md']);
  });

  test("an article outside the TOC's folder that the TOC does not list is refused, naming the source folder and why; nothing is written", async () => {
    const dir = tempDir('import-toc-elsewhere-');
    mkdirSync(join(dir, 'src'));
    cpSync(join(LEARN, 'TOC.yml'), join(dir, 'src/TOC.yml'));
    const run = await runImport(
      join(LEARN, 'widget-setup.md'),
      '--toc',
      join(dir, 'src/TOC.yml'),
      '--root',
      dir,
    );
    assert.equal(run.status, 1);
    assert.match(
      run.output,
      /refused .*widget-setup\.md:1: .* is outside the source folder: only files inside it are read\. The source folder is \S+\/src, the folder holding the TOC TOC\.yml and the imported articles it lists, and TOC\.yml does not list it: list it in TOC\.yml, or import it with the TOC of its own folder\./,
    );
    assert.doesNotMatch(run.output, /import failed/);
  });
});

describe('npm run import -- <folder files> --toc TOC.yml', async () => {
  const dir = tempDir('import-folder-');
  const run = await runImport(
    join(LEARN, 'widget-setup.md'),
    join(LEARN, 'widget-overview.md'),
    '--toc',
    join(LEARN, 'TOC.yml'),
    '--root',
    dir,
  );

  test('writes one page per file and copies the images that exist', () => {
    assert.equal(run.status, 0, run.output);
    // The overview has an <a name> bookmark, which only MDX reads as a tag; the setup page is plain Markdown.
    assert.deepEqual(readdirSync(join(dir, 'content')).sort(), ['widget-overview.mdx', 'widget-setup.md']);
    for (const image of [
      'media/widget-setup/dial.svg',
      'media/widget-setup/chart.svg',
      'media/icons/gear.svg',
    ]) {
      assert.ok(existsSync(join(dir, 'public', image)), `public/${image} copied`);
    }
  });

  test('reports the missing image, the zones and the monikers with file and line', () => {
    assert.match(
      run.output,
      /widget-setup\.md:20: image "media\/widget-setup\/not-drawn-yet\.png" does not exist/,
    );
    assert.match(run.output, /widget-setup\.md:31: zone/);
    assert.match(run.output, /widget-setup\.md:43: moniker: every version's content is shown/);
  });

  test('orders the pages as the TOC does, not as the command line', () => {
    const order = (file: string) =>
      /^order: (\d+)$/m.exec(readFileSync(join(dir, 'content', file), 'utf8'))?.[1];
    assert.equal(order('widget-overview.mdx'), '1');
    assert.equal(order('widget-setup.md'), '2');
  });

  test("the folder's YAML pages are articles its links may name, as Learn links them (faq.yml is faq.md); its TOCs are not", async () => {
    const folder = tempDir('import-yaml-');
    writeFileSync(join(folder, 'a.md'), '---\ntitle: A\nauthor: a\nms.date: 01/02/2024\n---\n\n# A\n');
    writeFileSync(join(folder, 'faq.yml'), '### YamlMime:FAQ\ntitle: FAQ\n');
    writeFileSync(join(folder, 'toc.yml'), '- name: A\n  href: a.md\n');
    const result = await runImport(join(folder, 'a.md'), '--root', folder);
    assert.equal(result.status, 0, result.output);
    const { articles } = JSON.parse(readFileSync(join(folder, 'src/data/learn-folder.json'), 'utf8')) as {
      articles: string[];
    };
    assert.ok(articles.includes('faq.md') && articles.includes('a.md'), articles.join(', '));
    assert.ok(!articles.includes('toc.md') && !articles.includes('toc.yml'), articles.join(', '));
  });

  test('repeats are summarised: an include warned of once, naming its pages; a default given to many files once, naming a few', async () => {
    const folder = tempDir('import-noise-');
    mkdirSync(join(folder, 'includes'));
    writeFileSync(join(folder, 'includes/applies.md'), 'Applies to:\n\n![info](../images/info.svg)\n');
    const pages = ['a', 'b', 'c', 'd', 'e'];
    for (const page of pages)
      writeFileSync(
        join(folder, `${page}.md`),
        `---\ntitle: ${page}\ndescription: Page ${page}.\nms.date: 01/02/2024\nms.topic: how-to\n---\n\n# ${page}\n\n[!INCLUDE [applies](includes/applies.md)]\n`,
      );
    const result = await runImport(...pages.map((page) => join(folder, `${page}.md`)), '--root', folder);
    assert.equal(result.status, 0, result.output);
    const warnings = result.output.split('\n').filter((line) => line.startsWith('  warning'));
    assert.equal(warnings.length, 3, warnings.join('\n'));
    // No --learn-path and nothing saying the files are the site's own folder's: the default said, once.
    assert.match(
      result.output,
      /warning {3}no --learn-path: these files are taken for articles of the site's own Learn folder, \/en-us\/defender-business\/: links to its articles not imported go there, and the pages credit MicrosoftDocs\/defender-docs\. If they are another folder's, import again with --learn-path/,
    );
    assert.match(
      result.output,
      /warning {3}\S*includes\/applies\.md:3: image "\.\.\/images\/info\.svg" does not exist\. .* \(included by 5 pages: \S*a\.md, \S*b\.md, \S*c\.md and 2 more\)/,
    );
    assert.match(
      result.output,
      /warning {3}5 files: front-matter field "author" is missing \(the configured default author\): using "MicrosoftDocs" \(\S*a\.md:1, \S*b\.md:1, \S*c\.md:1 and 2 more\)\./,
    );
    assert.match(
      result.output,
      /note {6}front-matter keys the site does not keep, by how many files had them:\n {14}5 files: ms\.topic\n/,
    );
    assert.match(result.output, /5 page\(s\), 0 image\(s\), 3 warning\(s\)\./);
  });

  test("files its SOURCE.md says are the site's own folder's need no --learn-path, and nothing is said of it", async () => {
    const folder = tempDir('import-own-folder-');
    writeFileSync(
      join(folder, 'SOURCE.md'),
      '# Source\n\n- Repository: [MicrosoftDocs/defender-docs](https://github.com/MicrosoftDocs/defender-docs)\n- Folder: `defender-business/`\n',
    );
    writeFileSync(
      join(folder, 'a.md'),
      '---\ntitle: A\ndescription: About a.\nauthor: a\nms.date: 01/02/2024\n---\n\n# A\n',
    );
    const result = await runImport(join(folder, 'a.md'), '--root', folder);
    assert.equal(result.status, 0, result.output);
    assert.doesNotMatch(result.output, /--learn-path/);
    assert.match(result.output, /1 page\(s\), 0 image\(s\), 0 warning\(s\)\./);
  });

  test('a file without author or ms.date is still imported: defaults, each a warning with file and line', async () => {
    const folder = tempDir('import-defaults-');
    writeFileSync(
      join(folder, 'no-date.md'),
      '---\ntitle: T\ndescription: D\nms.author: msalias\n---\n\n# T\n',
    );
    const result = await runImport(join(folder, 'no-date.md'), '--root', folder);
    assert.equal(result.status, 0, result.output);
    assert.match(result.output, /no-date\.md:1: front-matter field "ms\.date" is missing/);
    assert.match(
      result.output,
      /no-date\.md:1: front-matter field "author" is missing \(taken from ms\.author\)/,
    );
    const page = readFileSync(join(folder, 'content/no-date.md'), 'utf8');
    assert.match(page, /^author: "msalias"$/m);
    // Not in git: the date is today's.
    assert.match(page, new RegExp(`^updated: ${new Date().toISOString().slice(0, 10)}$`, 'm'));
  });
});

/** Every file under `dir` as path → text. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((file) => join(dir, file))
      .filter((path) => statSync(path).isFile())
      .map((path) => [relative(dir, path), readFileSync(path, 'utf8')]),
  );
}

describe('re-importing records provenance, stays idempotent and logs what changed', () => {
  const today = new Date().toISOString().slice(0, 10);
  const commit = 'a'.repeat(40);
  // A copy of the Learn folder that says where it comes from, as the corpus's SOURCE.md does.
  const source = tempDir('import-source-');
  cpSync(LEARN, source, { recursive: true });
  writeFileSync(
    join(source, 'SOURCE.md'),
    `# Source\n\n- Repository: [MicrosoftDocs/defender-docs](https://github.com/MicrosoftDocs/defender-docs)\n- Folder: \`widgets/\`\n\n| File | Commit |\n| --- | --- |\n| \`docs-authoring/sort-redirects.md\` | \`${commit}\` |\n`,
  );
  const project = tempDir('import-again-');
  cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
  const articles = ['widget-overview.md', 'widget-setup.md', 'docs-authoring/sort-redirects.md'];
  const importAll = (...flags: string[]) =>
    runImport(
      ...articles.map((file) => join(source, file)),
      '--toc',
      join(source, 'TOC.yml'),
      '--root',
      project,
      ...flags,
    );
  const fileOf = (slug: string) => (slug === 'widget-overview' ? `${slug}.mdx` : `${slug}.md`);
  const page = (slug: string) => readFileSync(join(project, 'content', fileOf(slug)), 'utf8');
  const changelog = () =>
    (JSON.parse(readFileSync(join(project, 'content/changelog.json'), 'utf8')) as { entries: unknown[] })
      .entries;

  test("each page records its file's path in the upstream repository and the day it was imported", async () => {
    const run = await importAll();
    assert.equal(run.status, 0, run.output);
    assert.match(
      page('widget-overview'),
      /^source: "widgets\/widget-overview\.md"\nimported: \d{4}-\d{2}-\d{2}$/m,
    );
    assert.match(
      page('docs-authoring/sort-redirects'),
      /^source: "widgets\/docs-authoring\/sort-redirects\.md"$/m,
    );
    assert.match(page('docs-authoring/sort-redirects'), new RegExp(`^imported: ${today}$`, 'm'));
  });

  test('a second run changes no file: each page keeps the day it was first imported', async () => {
    // As if the first run were long ago.
    for (const slug of ['widget-overview', 'widget-setup', 'docs-authoring/sort-redirects'])
      writeFileSync(
        join(project, 'content', fileOf(slug)),
        page(slug).replace(/^imported: .*$/m, 'imported: 2020-01-02'),
      );
    const before = snapshot(project);
    const run = await importAll('--force');
    assert.equal(run.status, 0, run.output);
    assert.doesNotMatch(run.output, /wrote|changelog/);
    assert.deepEqual(snapshot(project), before);
  });

  test("a changed sentence moves only its page's imported date and adds one changelog entry, with the source's commit", async () => {
    const entriesBefore = changelog();
    const before = snapshot(project);
    const article = join(source, 'docs-authoring/sort-redirects.md');
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replace('Sort the redirects before', 'Always sort the redirects before'),
    );
    const run = await importAll('--force');
    assert.equal(run.status, 0, run.output);
    const after = snapshot(project);
    const changed = [...after.keys()].filter((file) => after.get(file) !== before.get(file)).sort();
    assert.deepEqual(changed, ['content/changelog.json', 'content/docs-authoring/sort-redirects.md']);
    assert.match(page('docs-authoring/sort-redirects'), new RegExp(`^imported: ${today}$`, 'm'));
    assert.match(page('docs-authoring/sort-redirects'), /Always sort the redirects/);
    assert.match(page('widget-overview'), /^imported: 2020-01-02$/m);
    assert.deepEqual(changelog(), [
      ...entriesBefore,
      {
        page: 'docs-authoring/sort-redirects',
        date: today,
        summary: 'Changed the introduction.',
        diff: `https://github.com/MicrosoftDocs/defender-docs/commit/${commit}`,
      },
    ]);
    // And once more: the change is recorded once.
    const again = await importAll('--force');
    assert.equal(again.status, 0, again.output);
    assert.deepEqual(snapshot(project), after);
  });
});

describe('a source folder in a git clone of the upstream repository', () => {
  const clone = tempDir('import-clone-');
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], {
      cwd: clone,
      encoding: 'utf8',
    }).stdout.trim();
  const article = join(clone, 'defender-business/mdb-widgets.md');
  mkdirSync(dirname(article));
  git('init', '-q');
  git('remote', 'add', 'origin', 'git@github.com:MicrosoftDocs/defender-docs.git');
  writeFileSync(
    article,
    '---\ntitle: Widgets\ndescription: All about widgets.\nauthor: a\nms.date: 03/07/2025\n---\n\n# Widgets\n\nWidgets turn.\n',
  );
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  const project = tempDir('import-from-clone-');

  test("gives each page its path in the clone and, when its text changes, the commit's diff", async () => {
    const first = await runImport(article, '--root', project);
    assert.equal(first.status, 0, first.output);
    const page = () => readFileSync(join(project, 'content/mdb-widgets.md'), 'utf8');
    assert.match(page(), /^source: "defender-business\/mdb-widgets\.md"$/m);
    writeFileSync(article, readFileSync(article, 'utf8').replace('Widgets turn.', 'Widgets turn left.'));
    git('commit', '-q', '-a', '-m', 'second');
    const second = await runImport(article, '--root', project, '--force');
    assert.equal(second.status, 0, second.output);
    assert.match(page(), /Widgets turn left\./);
    const { entries } = JSON.parse(readFileSync(join(project, 'content/changelog.json'), 'utf8')) as {
      entries: { page: string; diff?: string }[];
    };
    assert.deepEqual(
      entries.map((entry) => [entry.page, entry.diff]),
      [['mdb-widgets', `https://github.com/MicrosoftDocs/defender-docs/commit/${git('rev-parse', 'HEAD')}`]],
    );
  });
});

describe('the import refuses what would break the site, with a clear message', () => {
  const front = '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 03/07/2025\n---\n\n# T\n\nIntro.\n\n';

  test('--split h2 with an emoji-only H2 (no name for its page) is refused, naming the heading', async () => {
    const folder = tempDir('import-emoji-');
    writeFileSync(join(folder, 'a.md'), `${front}## 🚀🎉\n\nText.\n`);
    const result = await runImport(join(folder, 'a.md'), '--split', 'h2', '--root', folder);
    assert.equal(result.status, 1);
    assert.match(
      result.output,
      /refused {3}\S*a\.md:1: a page would have no name .*"🚀🎉" has no letters or digits/,
    );
    assert.ok(!existsSync(join(folder, 'content')));
  });

  test("an H2 named like one of the site's own pages (Links) is refused instead of clashing with /links/", async () => {
    const folder = tempDir('import-links-');
    writeFileSync(join(folder, 'a.md'), `${front}## Links\n\nText.\n`);
    const result = await runImport(join(folder, 'a.md'), '--split', 'h2', '--root', folder);
    assert.equal(result.status, 1);
    assert.match(result.output, /content\/links\.md, at \/links\/, which is the site's own page/);
    assert.ok(!existsSync(join(folder, 'content')));
  });

  test('a file with invalid front matter is refused, naming its line; the others are imported and the run fails at the end', async () => {
    const folder = tempDir('import-bad-yaml-');
    writeFileSync(join(folder, 'good.md'), `${front}Good.\n`);
    writeFileSync(join(folder, 'bad.md'), '---\n\nSome text.\n\nms.topic: tutorial\ntitle: A\n---\n\n# A\n');
    writeFileSync(join(folder, 'later.md'), `${front}Later.\n`);
    const result = await runImport(
      ...['good.md', 'bad.md', 'later.md'].map((file) => join(folder, file)),
      '--root',
      folder,
    );
    assert.equal(result.status, 1, result.output);
    assert.doesNotMatch(result.output, /import failed/);
    assert.match(
      result.output,
      /refused {3}\S*bad\.md:3: its front matter \(between the --- lines\) is not valid YAML: Implicit keys need to be on a single line\./,
    );
    assert.match(result.output, /2 page\(s\).*1 file\(s\) refused/);
    assert.deepEqual(readdirSync(join(folder, 'content')).sort(), ['good.md', 'later.md']);
  });

  test('--force never writes through a symlink at the destination: the file it points to is untouched', async () => {
    const folder = tempDir('import-symlink-');
    writeFileSync(join(folder, 'a.md'), `${front}Body.\n`);
    const outside = join(tempDir('import-outside-'), 'precious.txt');
    writeFileSync(outside, 'precious\n');
    mkdirSync(join(folder, 'content'));
    symlinkSync(outside, join(folder, 'content/a.md'));
    const result = await runImport(join(folder, 'a.md'), '--force', '--root', folder);
    assert.equal(result.status, 1);
    assert.match(
      result.output,
      /kept\s+content\/a\.md: content\/a\.md is a symlink; the import writes only plain files/,
    );
    assert.equal(readFileSync(outside, 'utf8'), 'precious\n');
  });

  test('a .md page whose source now has an HTML tag is kept, not doubled by a .mdx beside it', async () => {
    const folder = tempDir('import-now-mdx-');
    writeFileSync(join(folder, 'a.md'), `${front}Plain.\n`);
    assert.equal((await runImport(join(folder, 'a.md'), '--root', folder)).status, 0);
    writeFileSync(join(folder, 'a.md'), `${front}Water is H<sub>2</sub>O.\n`);
    const result = await runImport(join(folder, 'a.md'), '--force', '--root', folder);
    assert.equal(result.status, 1);
    assert.match(
      result.output,
      /kept\s+content\/a\.md: the page now has an HTML tag, a component or an indented code block, which only a \.mdx page may have \(rename it to content\/a\.mdx, then import again with --force\)/,
    );
    assert.deepEqual(readdirSync(join(folder, 'content')), ['a.md']);
    assert.match(readFileSync(join(folder, 'content/a.md'), 'utf8'), /Plain\./);
  });

  test('an include or image outside the source folder (or a symlink out of it) is not read; messages name the path as written', async () => {
    const parent = tempDir('import-confined-');
    const folder = join(parent, 'docs');
    mkdirSync(join(folder, 'media'), { recursive: true });
    writeFileSync(join(parent, 'secret.txt'), 'top secret\n');
    symlinkSync(join(parent, 'secret.txt'), join(folder, 'media/linked.png'));
    writeFileSync(
      join(folder, 'a.md'),
      `${front}[!INCLUDE [x](../secret.txt)]\n\n![pic](media/linked.png)\n\n![fake](media/fake.png)\n`,
    );
    writeFileSync(join(folder, 'media/fake.png'), 'not a png at all');
    const result = await runImport(join(folder, 'a.md'), '--root', parent);
    const page = readFileSync(join(parent, 'content/a.md'), 'utf8');
    assert.doesNotMatch(page, /top secret/);
    assert.match(result.output, /\[!INCLUDE\] "\.\.\/secret\.txt" is outside the source folder/);
    assert.match(result.output, /image "media\/linked\.png" is a link to a file outside the source folder/);
    assert.match(result.output, /image "media\/fake\.png" is not a PNG image/);
    assert.ok(!existsSync(join(parent, 'public/media/linked.png')));
    assert.ok(!existsSync(join(parent, 'public/media/fake.png')));
    // The messages (after "file:line:") never name the absolute path looked for.
    for (const line of result.output.split('\n').filter((text) => text.includes('warning')))
      assert.ok(!line.replace(/^.*?\.md:\d+:/, '').includes(parent), line);
  });
});

describe('npm run import of a folder whose pages link articles it does not have', async () => {
  const source = tempDir('import-links-src-');
  const front = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';
  writeFileSync(
    join(source, 'start.md'),
    `${front}# Start\n\nSee [ingress](ingress.md), [the steps](steps.md#run-them) and [Learn](../other/x.md).\n\nNot [there](steps.md#nope) nor [here](#nowhere).\n`,
  );
  writeFileSync(join(source, 'steps.md'), `${front}# Steps\n\n## Run them\n\nBack to [start](start.md).\n`);
  const dir = tempDir('import-links-');
  const run = await runImport(
    join(source, 'start.md'),
    join(source, 'steps.md'),
    '--learn-path',
    'contoso/apps',
    '--root',
    dir,
  );

  test('warns, with the page line, of the link the build will refuse, and of no other', () => {
    assert.match(
      run.output,
      /warning {3}content\/start\.md:\d+: The link "ingress\.md" goes to ingress\.md, which is neither a page of this site nor an article of the Learn folder contoso\/apps\/.*The build will fail on it/,
    );
    assert.doesNotMatch(run.output, /"steps\.md#run-them"|"start\.md"|other\/x\.md/);
  });

  test('warns of the anchors into the pages it wrote that the build will refuse, checked as the build checks them', () => {
    // Line 14 of the written page: its front matter records the repository as not known. Both pages are labelled
    // by their titles, not by their one front-matter title "T" (twins in the sidebar: labelTwinsByTitle).
    assert.match(
      run.output,
      /warning {3}content\/start\.md:14: the link "steps\.md#nope".* goes to #nope, which is not a heading on \/steps\/.*#run-them/,
    );
    assert.match(
      run.output,
      /warning {3}content\/start\.md:14: the link "#nowhere" goes to #nowhere, which is not a heading on \/start\//,
    );
    assert.doesNotMatch(run.output, /#run-them, which|#title-/);
  });

  test('its summary counts every warning it printed: the links, the anchors and the unknown repository', () => {
    const printed = run.output.split('\n').filter((line) => line.startsWith('  warning   '));
    assert.ok(printed.some((line) => line.includes('the GitHub repository of these files is unknown')));
    assert.equal(printed.length, 4, printed.join('\n'));
    assert.match(
      run.output,
      new RegExp(`^2 page\\(s\\), 0 image\\(s\\), ${printed.length} warning\\(s\\)`, 'm'),
    );
  });
});

describe("npm run import of another folder's index.md into the site", async () => {
  const source = tempDir('import-home-src-');
  const front = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';
  writeFileSync(join(source, 'index.md'), `${front}# Knowledge base\n\nWelcome.\n`);
  writeFileSync(join(source, 'faq.md'), `${front}# FAQ\n\nBack [home](index.md).\n`);
  const dir = tempDir('import-home-');
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const home = readFileSync(join(dir, 'content/index.mdx'), 'utf8');
  const run = await runImport(
    join(source, 'index.md'),
    join(source, 'faq.md'),
    '--learn-path',
    'contoso/kb',
    '--root',
    dir,
  );

  test("keeps the site's home page, says so, imports the rest and succeeds", () => {
    assert.equal(run.status, 0, run.output);
    assert.match(
      run.output,
      /home {6}.*index\.md: not imported, the site's home page \(content\/index\.\*\) stays/,
    );
    assert.equal(readFileSync(join(dir, 'content/index.mdx'), 'utf8'), home);
    assert.ok(existsSync(join(dir, 'content/faq.md')));
    // Its summary counts the pages it imported, not the one it left out (trial CD: sdk-api's ioringapi, given
    // with its index.md, wrote 26 pages and said "27 page(s)").
    assert.match(
      run.output,
      /^1 page\(s\), 0 image\(s\), \d+ warning\(s\), 1 file\(s\) not imported over the home page \(see "home" above\)\.$/m,
    );
  });
});

describe("npm run import of a folder's security.md into the site, whose own Security page stays", async () => {
  // windows-dev-docs' winapp-cli folder (import trial 23): its security.md was "kept … it exists and differs
  // (pass --force to overwrite it)", which would have put a CLI's guidance in the place of the site's page,
  // and the run exited 1.
  const source = tempDir('import-site-page-src-');
  const front = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';
  writeFileSync(join(source, 'security.md'), `${front}# Security guidance\n\nKeep the key safe.\n`);
  writeFileSync(join(source, 'usage.md'), `${front}# Usage\n\nRead the [security guidance](security.md).\n`);
  const dir = tempDir('import-site-page-');
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const page = readFileSync(join(dir, 'content/security.mdx'), 'utf8');
  const run = await runImport(
    join(source, 'security.md'),
    join(source, 'usage.md'),
    '--learn-path',
    'contoso/cli',
    '--root',
    dir,
  );

  test("keeps the site's own page, says so, imports the rest and succeeds", () => {
    assert.equal(run.status, 0, run.output);
    assert.match(
      run.output,
      /site {6}.*security\.md: not imported, content\/security\.mdx is one of the site's own pages/,
    );
    assert.equal(readFileSync(join(dir, 'content/security.mdx'), 'utf8'), page);
    assert.ok(existsSync(join(dir, 'content/usage.md')));
    assert.match(
      run.output,
      /^1 page\(s\), 0 image\(s\), \d+ warning\(s\), 1 file\(s\) not imported over the site's own pages \(see "site" above\)\.$/m,
    );
    // Links to the article go to Learn: it is none of the folder's pages here.
    const folders = JSON.parse(readFileSync(join(dir, 'src/data/learn-folder.json'), 'utf8')) as {
      otherFolders?: { pages: string[] }[];
    };
    assert.deepEqual(
      folders.otherFolders?.flatMap((folder) => folder.pages),
      ['usage'],
    );
  });
});

describe("npm run import of a folder whose index.md is not written, the site's home page kept", async () => {
  // windows-driver-docs-ddi, wdk-ddi-src/content/gpioclx/index.md: no title, description or author, and keys
  // the site drops; it was said of three missing fields and its keys, then not imported.
  const source = tempDir('import-home-fields-src-');
  writeFileSync(
    join(source, 'index.md'),
    '---\nUID: NA:gpioclx\nms.assetid: 3adddb79-a9ea-349e-8ec7-150a8cd8b0e0\nms.author: windowsdriverdev\nms.date: 02/26/18\nms.keywords: \nms.prod: windows-hardware\nms.technology: windows-devices\nms.topic: portal\n---\n\n# Gpioclx.h header\n\nThis header is used by GPIO. See http://example.com/gpio for more.\n',
  );
  writeFileSync(
    join(source, 'nf-gpioclx-gpio_clx_registerclient.md'),
    '---\nUID: NF:gpioclx.GPIO_CLX_RegisterClient\ntitle: GPIO_CLX_RegisterClient function (gpioclx.h)\ndescription: The GPIO_CLX_RegisterClient method registers a GPIO controller driver.\nauthor: test\nms.date: 02/15/2018\nms.topic: function\n---\n\n# GPIO_CLX_RegisterClient function\n\nRegisters a client.\n',
  );
  const dir = tempDir('import-home-fields-');
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const run = await runImport(
    join(source, 'index.md'),
    join(source, 'nf-gpioclx-gpio_clx_registerclient.md'),
    '--learn-path',
    'windows-hardware/drivers/ddi/gpioclx',
    '--root',
    dir,
  );

  test('says nothing of what the page not written holds: its missing fields, dropped keys, http links', () => {
    assert.equal(run.status, 0, run.output);
    assert.match(run.output, /home {6}.*index\.md: not imported/);
    assert.doesNotMatch(run.output, /index\.md:\d+: front-matter field|ms\.assetid|ms\.prod|https {5}/);
    // The page written still has its own said: one file's keys.
    assert.match(
      run.output,
      /note {6}front-matter keys the site does not keep, by how many files had them:\n\s+1 file: uid, ms\.topic/,
    );
  });
});

describe('npm run import of a folder of a repository copy, with --read-root and --repository', async () => {
  const repo = tempDir('import-repo-');
  mkdirSync(join(repo, 'docs/linux'), { recursive: true });
  writeFileSync(
    join(repo, 'docs/linux/setup.md'),
    '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n# Setup\n\nText.\n',
  );
  const dir = tempDir('import-repo-site-');
  const run = await runImport(
    join(repo, 'docs/linux/setup.md'),
    '--learn-path',
    'sql/linux',
    '--read-root',
    repo,
    '--repository',
    'MicrosoftDocs/sql-docs',
    '--branch',
    'live',
    '--root',
    dir,
  );

  test("records the page's path in the repository from the read root, not Learn's path", () => {
    assert.equal(run.status, 0, run.output);
    const page = readFileSync(join(dir, 'content/setup.md'), 'utf8');
    assert.match(page, /^source: "docs\/linux\/setup\.md"$/m);
    assert.match(page, /^repository: "MicrosoftDocs\/sql-docs"$/m);
    assert.match(page, /^branch: "live"$/m);
  });
});
