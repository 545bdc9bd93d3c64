/** The post-build step's stages, each on a tiny page, and the runner on a tiny built site. */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import {
  defaultStages,
  postBuildSite,
  runPostBuild,
  workerCount,
} from '../../src/integrations/post-build.ts';
import { FINISH_SEPARATELY, finishBuild, finishedSite } from '../../src/integrations/finish.ts';
import { cspMetaEdits, sha256Source, unhashedInlineCode } from '../../src/lib/post-build/csp.ts';
import { activeMarkup } from '../../src/lib/post-build/inert.ts';
import { leftoversStage } from '../../src/lib/post-build/leftovers.ts';
import { shardFiles } from '../../src/lib/post-build/shards.ts';
import { hasFreshCopies } from '../../src/lib/precompress.ts';
import { applyEdits, listHtmlFiles, parsePage } from '../../src/lib/post-build/stage.ts';
import { indexedText, vocabularyStage } from '../../src/lib/post-build/vocabulary.ts';
import {
  MAX_VOCABULARY_WORDS,
  VOCABULARY_PATH,
  Vocabulary,
  type VocabularyFile,
} from '../../src/search/vocabulary.ts';
import { parsePolicy, readMetaPolicy } from '../../src/lib/security-headers.ts';
import { SITE_URL } from '../../src/consts.ts';
import { nodeProcess, scriptCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

const SCRIPT = 'console.log(1)';
const POLICY = `default-src 'self'; script-src 'self' ${sha256Source(SCRIPT)} 'sha256-unused='; style-src 'self'`;

/** A built page as Astro writes it: CSP `<meta>` after the title, `body` inside. */
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title><meta http-equiv="content-security-policy" content="${POLICY}">${head}</head><body>${body}</body></html>`;

/** Elements of `html` with tag `name`, as a browser parses it. */
function elements(html: string, name: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === name) found.push(node);
  });
  return found;
}

/** Markup look-alikes inside attribute text: Astro escapes only `&` and `"` there. */
const LOOK_ALIKES = [
  `<meta http-equiv="content-security-policy" content="x">`,
  `<meta http-equiv=refresh content="0;url=https://evil.example/">`,
  `<script src=/media/x.js></script>`,
  `<img src=x onerror=alert(1)>`,
].map((text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;'));

describe('leftovers stage', () => {
  const inspect = (html: string) => leftoversStage().inspect?.(parsePage('a/index.html', html)) ?? [];
  test('finds raw Learn markers in visible text', () => {
    assert.equal(inspect(page('<p>:::image type="content":::</p><p>[!NOTE] x</p>')).length, 2);
  });
  test('leaves code and attribute text alone', () => {
    assert.deepEqual(
      inspect(page('<pre><code>:::zone</code></pre><img alt="::: [!NOTE]" src="/x.png">')),
      [],
    );
  });
  test("names the page's source file and the line the marker was written on", () => {
    const content = tempDir('leftovers-');
    try {
      mkdirSync(join(content, 'a'));
      writeFileSync(
        join(content, 'a/b.md'),
        '# B\n\n```\n:::moniker in code\n```\n\nText :::moniker range="x"\n',
      );
      const problems = leftoversStage(content).inspect?.(
        parsePage('a/b/index.html', page('<p>Text :::moniker range=”x”</p><p>[!TIP] y</p>')),
      );
      assert.deepEqual(problems, [
        '"Text :::moniker range=”x”" (content/a/b.md:7)',
        '"[!TIP] y" (content/a/b.md)',
      ]);
      // A page that renders one :::image and not another names the line of the one it did not render.
      writeFileSync(
        join(content, 'a/c.md'),
        '# C\n\n:::image type="content" source="a.png" alt-text="A":::\n\nText.\n\n:::image type="content" source="b.png" alt-text="B"\n',
      );
      assert.deepEqual(
        leftoversStage(content).inspect?.(
          parsePage('a/c/index.html', page('<p>:::image type=”content” source=”b.png” alt-text=”B”</p>')),
        ),
        ['":::image type=”content” source=”b.png” alt-text=”B" (content/a/c.md:7)'],
      );
      // visualstudio-docs.zh-tw's container-tools-configure.md: every moniker ends with the same line, and the
      // one a table took as its last row (line 11) is the leftover; the HTML does not say which, so each is named.
      writeFileSync(
        join(content, 'a/d.md'),
        '# D\n\n::: moniker range="vs-2017"\nOld.\n::: moniker-end\n\n::: moniker range="vs-2017"\n| A | B |\n|---|---|\n| 1 | 2 |\n::: moniker-end\n\nSee :::moniker-end here.\n\nAlso :::moniker-end here.\n',
      );
      assert.deepEqual(
        leftoversStage(content).inspect?.(
          parsePage(
            'a/d/index.html',
            page('<table><tr><td>::: moniker-end</td></tr></table><p>See :::moniker-end here.</p>'),
          ),
        ),
        [
          '"::: moniker-end" (content/a/d.md, one of lines 5, 11)',
          // The text before the marker tells its line.
          '"See :::moniker-end here." (content/a/d.md:13)',
        ],
      );
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});

describe('inert stage', () => {
  const problems = (html: string) => activeMarkup(parsePage('a/index.html', html));
  test('event handlers, code URLs, refresh and <base> are problems', () => {
    assert.equal(problems(page('<a href="JavaScript:alert(1)">x</a>')).length, 1);
    assert.equal(problems(page('<img src="/x.png" onerror="alert(1)">')).length, 1);
    assert.equal(problems(page('<img srcset="/a.png 1x, data:image/png,x 2x">')).length, 1);
    assert.equal(
      problems(page('', '<meta http-equiv="Refresh" content="0;url=https://evil.example/">')).length,
      1,
    );
    assert.equal(problems(page('', '<base href="https://evil.example/">')).length, 1);
  });
  test('look-alikes inside attribute text are text', () => {
    const body = LOOK_ALIKES.map((text) => `<span title="${text}" data-x="${text}">x</span>`).join('');
    assert.deepEqual(problems(page(body)), []);
  });
});

describe('csp stage', () => {
  test('inline code is allowed only by its hash; style attributes never', () => {
    const used = new Set<string>();
    const tree = fromHtml(
      page(`<script>${SCRIPT}</script><script>evil()</script><p style="color:red">x</p>`),
    );
    const problems = unhashedInlineCode(tree, parsePolicy(POLICY), used);
    assert.deepEqual([...used], [sha256Source(SCRIPT)]);
    assert.equal(problems.length, 2);
    assert.match(problems[0] ?? '', /inline <script> not hashed/);
    assert.match(problems[1] ?? '', /style="…" attribute/);
  });

  test('a parsed page locates its <meta> elements wherever the parser put them: a CSP <meta> in the body is removed', () => {
    const html = page(
      '<div><p>x</p><table><tr><td><meta http-equiv="content-security-policy" content="b"></td></tr></table></div>',
    );
    const { tree } = parsePage('index.html', html);
    const edited = applyEdits(
      html,
      cspMetaEdits(tree, () => parsePolicy("default-src 'none'")),
    );
    const policies = elements(edited, 'meta').flatMap((meta) =>
      meta.properties['httpEquiv'] === undefined ? [] : [String(meta.properties['content'])],
    );
    assert.deepEqual(policies, ["default-src 'none'"]);
    assert.ok(edited.includes('<td></td>'));
  });

  test('the policy <meta> goes right after <meta charset>, every other CSP <meta> is removed', () => {
    const html = page('<p>x</p>', '<meta http-equiv="Content-Security-Policy" content="a">');
    const edited = applyEdits(
      html,
      cspMetaEdits(fromHtml(html), () => parsePolicy("default-src 'none'")),
    );
    const metas = elements(edited, 'meta');
    assert.deepEqual(
      metas.map((meta) =>
        meta.properties['httpEquiv'] === undefined ? 'charset' : String(meta.properties['httpEquiv']),
      ),
      ['charset', 'content-security-policy'],
    );
    assert.equal(metas[1]?.properties['content'], "default-src 'none'");
    assert.ok(
      edited.startsWith('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv'),
    );
  });

  test('a page without <meta charset> in <head> is refused', () => {
    assert.throws(() => cspMetaEdits(fromHtml('<p>x</p>'), () => ({})), /no <meta charset>/);
  });
});

/** A built site in a temporary folder: `pages` maps paths under dist/ to HTML. */
function site(pages: Record<string, string>): string {
  const dir = tempDir('post-build-');
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

describe('runPostBuild', () => {
  test('markup look-alikes in attribute text stay text: one CSP <meta>, no new script, meta or element', () => {
    const body = LOOK_ALIKES.map(
      (text) => `<a href="/" title="${text}">x</a><img alt="${text}" src="/x.png">`,
    ).join('');
    const dir = site({ 'index.html': page(`<script>${SCRIPT}</script>${body}`) });
    try {
      runPostBuild(dir, defaultStages);
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      assert.equal(elements(html, 'meta').length, 2, 'charset and CSP only');
      assert.equal(elements(html, 'script').length, 1, 'the page’s own script only');
      assert.equal(elements(html, 'img').length, LOOK_ALIKES.length);
      assert.deepEqual(
        elements(html, 'img').map((img) => img.properties['alt']),
        LOOK_ALIKES.map((text) => text.replaceAll('&quot;', '"').replaceAll('&amp;', '&')),
      );
      assert.equal(
        readMetaPolicy(html),
        `default-src 'self'; script-src 'self' ${sha256Source(SCRIPT)}; style-src 'self'`,
      );
      assert.match(
        readFileSync(join(dir, '_headers'), 'utf8'),
        /Content-Security-Policy: default-src 'self'/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('every page gets the merged policy', () => {
    const other = "console.log('b')";
    const dir = site({
      'index.html': page(`<script>${SCRIPT}</script>`),
      'b/index.html': page(`<script>${other}</script>`)
        .replace('&#39;sha256-unused=&#39;', sha256Source(other))
        .replace("'sha256-unused='", sha256Source(other)),
    });
    try {
      runPostBuild(dir, defaultStages);
      const policies = ['index.html', 'b/index.html'].map((file) =>
        readMetaPolicy(readFileSync(join(dir, file), 'utf8')),
      );
      assert.equal(policies[0], policies[1]);
      assert.ok(policies[0]?.includes(sha256Source(other)) && policies[0].includes(sha256Source(SCRIPT)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('pages that link their Markdown get it written beside them, and llms-full.txt joins them in llms.txt order', () => {
    const markdownPage = (title: string, href: string) =>
      page(
        `<article><h1>${title}</h1><p>About <a href="/b/">b</a>.</p></article>`,
        `<link rel="alternate" type="text/markdown" href="${href}">`,
      );
    const llms = `# Site\n\n> Summary.\n\n## Pages\n\n- [B](${SITE_URL}/b/index.md): b\n- [A](${SITE_URL}/index.md): a\n`;
    const dir = site({
      'index.html': markdownPage('Alpha', '/index.md'),
      'b/index.html': page(
        `<article><h1>Beta</h1><p>About <a href="/b/">b</a>.</p><hr><h2>Alpha</h2><p>Page: ${SITE_URL}/</p></article>`,
        '<link rel="alternate" type="text/markdown" href="index.md">',
      ),
      'c/index.html': page('<article><h1>No copy</h1></article>'),
      'llms.txt': llms,
    });
    try {
      const log = runPostBuild(dir, defaultStages);
      const alpha = readFileSync(join(dir, 'index.md'), 'utf8');
      assert.match(alpha, /^# Alpha\n/);
      assert.ok(alpha.includes(`[b](${SITE_URL}/b/)`), 'links absolute');
      assert.match(readFileSync(join(dir, 'b/index.md'), 'utf8'), /^# Beta\n/);
      assert.equal(existsSync(join(dir, 'c/index.md')), false);
      const full = readFileSync(join(dir, 'llms-full.txt'), 'utf8');
      assert.ok(full.indexOf('# Beta') < full.indexOf('# Alpha') && full.startsWith('# Beta'));
      // One separator between the two pages; a page's own rule (Beta's <hr>) is written otherwise.
      assert.equal(full.split('\n').filter((line) => line === '---').length, 1);
      assert.match(full, /^\*\*\*$/m);
      assert.ok(log.includes('2 pages as Markdown; llms-full.txt holds 2'));
      // The other stages read the tree the copy was made from: the HTML keeps its heading and policy.
      assert.equal(elements(readFileSync(join(dir, 'index.html'), 'utf8'), 'h1').length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the pages and Markdown it writes get .br and .gz copies of their final bytes, which precompression then skips', () => {
    const article = `<article><h1>Alpha</h1>${'<p>Data stays in your tenant.</p>'.repeat(100)}</article>`;
    const dir = site({
      'index.html': page(article, '<link rel="alternate" type="text/markdown" href="/index.md">'),
      'llms.txt': `# Site\n\n> Summary.\n\n## Pages\n\n- [A](${SITE_URL}/index.md): a\n`,
    });
    try {
      runPostBuild(dir, defaultStages);
      for (const file of ['index.html', 'index.md']) {
        const final = readFileSync(join(dir, file));
        assert.ok(final.includes('Data stays in your tenant.'));
        assert.deepEqual(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))), final, `${file}.br`);
        assert.deepEqual(gunzipSync(readFileSync(join(dir, `${file}.gz`))), final, `${file}.gz`);
        assert.equal(hasFreshCopies(join(dir, file)), true, file);
      }
      // A file changed after its copies were written is compressed again.
      const later = new Date(Date.now() + 60_000);
      utimesSync(join(dir, 'index.html'), later, later);
      assert.equal(hasFreshCopies(join(dir, 'index.html')), false);
      assert.equal(hasFreshCopies(join(dir, 'llms.txt')), false, 'a file the step did not write');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a Markdown link that points elsewhere than the copy fails the build, naming the page', () => {
    const dir = site({
      'a/index.html': page(
        '<article><h1>A</h1></article>',
        '<link rel="alternate" type="text/markdown" href="/b.md">',
      ),
      'llms.txt': '# Site\n',
    });
    assert.throws(
      () => runPostBuild(dir, defaultStages),
      /dist\/a\/index\.html: links its Markdown at \/b\.md; it must be \/a\/index\.md\./,
    );
  });

  test('the search vocabulary counts the words Pagefind indexes, those on most pages first, and the acronyms they define', () => {
    const body = (text: string) =>
      page(
        `<header>sidebar sidebar (SB)</header><main data-pagefind-body><h1>Defender</h1>` +
          `<p>${text}</p><nav data-pagefind-ignore>ignored ignored (II)</nav></main>`,
      );
    const dir = site({
      'a/index.html': body('devices onboard devices'),
      'b/index.html': body('devices policies (DP) 2024'),
      'search/index.html': page('<p>unindexed unindexed (UU)</p>'),
    });
    try {
      const log = runPostBuild(dir, () => [vocabularyStage()]);
      const file: unknown = JSON.parse(readFileSync(join(dir, VOCABULARY_PATH), 'utf8'));
      assert.deepEqual(file, {
        words: ['defender', 'devices', 'onboard', 'policies'],
        acronyms: [['dp', 'devices policies']],
        complete: true,
      });
      assert.deepEqual(log, ['search vocabulary: 4 words and 1 acronyms of 2 indexed pages']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the words of pages in another language are listed by their index's language, apart from the site's", () => {
    const finnish = page('<main data-pagefind-body><p>tilauksen rivi devices</p></main>').replace(
      'lang="en"',
      'lang="fi-FI"',
    );
    const dir = site({
      'a/index.html': page('<main data-pagefind-body><p>devices policies</p></main>'),
      'b/index.html': finnish,
    });
    try {
      runPostBuild(dir, () => [vocabularyStage()]);
      const file = JSON.parse(readFileSync(join(dir, VOCABULARY_PATH), 'utf8')) as VocabularyFile;
      assert.deepEqual(file.words, ['devices', 'policies']);
      assert.deepEqual(file.languages, {
        'fi-fi': { words: ['devices', 'rivi', 'tilauksen'], complete: true },
      });
      // The search of a Finnish page reads the Finnish words; an English page's, the site's.
      assert.equal(Vocabulary.fromFile(file, 'fi-FI')?.knows('tilauksen'), true);
      assert.equal(Vocabulary.fromFile(file, 'fi-FI')?.knows('policies'), false);
      assert.equal(Vocabulary.fromFile(file, 'en')?.knows('tilauksen'), false);
      // As Pagefind finds an index: the language, else its base language's (a `fi` page, its `fi` index).
      const base = { ...file, languages: { fi: { words: ['tilauksen'], complete: true } } };
      assert.equal(Vocabulary.fromFile(base, 'fi-FI')?.knows('tilauksen'), true, 'the base language');
      assert.equal(Vocabulary.fromFile(file, 'de-DE')?.knows('policies'), true, "no list: the site's");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a site with more words than the vocabulary lists writes its commonest and says the list is partial', () => {
    const many = Array.from({ length: MAX_VOCABULARY_WORDS + 1 }, (_, n) => `w${n.toString(36)}x`).join(' ');
    const dir = site({
      'a/index.html': page(`<main data-pagefind-body><p>${many}</p></main>`),
      'b/index.html': page('<main data-pagefind-body><p>shared words</p></main>'),
      'c/index.html': page('<main data-pagefind-body><p>shared words</p></main>'),
    });
    try {
      const log = runPostBuild(dir, () => [vocabularyStage()]);
      const file = JSON.parse(readFileSync(join(dir, VOCABULARY_PATH), 'utf8')) as VocabularyFile;
      assert.equal(file.complete, false);
      assert.equal(file.words.length, MAX_VOCABULARY_WORDS);
      assert.deepEqual(file.words.slice(0, 2), ['shared', 'words'], 'the words on most pages are kept');
      assert.deepEqual(log, [
        `search vocabulary: the ${MAX_VOCABULARY_WORDS} commonest words and 0 acronyms of 3 indexed pages`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('counting the indexed text leaves the page as parsed for the stages after it', () => {
    const built = parsePage(
      'a/index.html',
      page('<main data-pagefind-body><p data-pagefind-ignore>x</p></main>'),
    );
    const before = JSON.stringify(built.tree);
    assert.equal(indexedText(built.tree), '');
    assert.equal(JSON.stringify(built.tree), before);
  });

  test('problems of every stage fail the build together, naming the files, and remove the site', () => {
    const dir = site({
      'index.html': page('<p>[!NOTE] raw</p>'),
      'x/index.html': page('<a href="javascript:alert(1)">x</a><script>evil()</script>'),
      'y/index.html': page('<div aria-hidden="true"><pre tabindex="0"><code>x</code></pre></div>'),
    });
    assert.throws(
      () => runPostBuild(dir, defaultStages),
      (error: Error) => {
        assert.match(
          error.message,
          /Learn syntax reached the published HTML unrendered[^\n]*\ndist\/index\.html: "\[!NOTE\] raw"/,
        );
        assert.match(error.message, /dist\/x\/index\.html: href="javascript:alert\(1\)" on <a> runs code/);
        assert.match(error.message, /dist\/x\/index\.html: an inline <script> not hashed/);
        assert.match(
          error.message,
          /Markup hidden from screen readers holds something the keyboard reaches[^\n]*\ndist\/y\/index\.html: aria-hidden="true" on <div> hides a <pre tabIndex>/,
        );
        return true;
      },
    );
    assert.equal(existsSync(dir), false);
  });
});

describe('shards', () => {
  /** Every file of `dir`, path to text. */
  function files(dir: string): Map<string, string> {
    return new Map(
      listHtmlFiles(dir)
        .concat(['_headers', 'llms-full.txt', VOCABULARY_PATH, 'a/index.md', 'b/index.md', 'c/index.md'])
        .map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
    );
  }

  /**
   * Four pages whose policies list their hashes and directives in different orders and whose words tie,
   * so that a merge out of page order, or a lost shard, changes the output.
   */
  function fourPages(): Record<string, string> {
    const withPolicy = (policy: string, body: string, head = '') => page(body, head).replace(POLICY, policy);
    const scripts = ['a()', 'b()', 'c()', 'd()'];
    const markdown = (slug: string) => `<link rel="alternate" type="text/markdown" href="/${slug}/index.md">`;
    const article = (slug: string, words: string) =>
      `<main data-pagefind-body><article><h1>${slug}</h1><p>${words}</p></article></main>`;
    const hashes = scripts.map((script) => sha256Source(script));
    return {
      'a/index.html': withPolicy(
        `default-src 'self'; script-src 'self' ${hashes[0]} 'sha256-unused='`,
        `<script>${scripts[0]}</script>${article('a', 'zebra apple apple (ZA)')}`,
        markdown('a'),
      ),
      'b/index.html': withPolicy(
        `script-src 'self' ${hashes[1]}; img-src 'self'`,
        `<script>${scripts[1]}</script>${article('b', 'mango mango zebra')}`,
        markdown('b'),
      ),
      'c/index.html': withPolicy(
        `style-src 'self'; script-src ${hashes[2]} 'self'`,
        `<script>${scripts[2]}</script>${article('c', 'apple kiwi mango (KM)')}`,
        markdown('c'),
      ),
      'd/index.html': withPolicy(
        `script-src 'self' ${hashes[3]} ${hashes[0]}`,
        `<script>${scripts[3]}</script>${article('d', 'kiwi mango (KM)')}`,
      ),
      'llms.txt': `# Site\n\n> Summary.\n\n## Pages\n\n- [C](${SITE_URL}/c/index.md): c\n- [A](${SITE_URL}/a/index.md): a\n- [B](${SITE_URL}/b/index.md): b\n`,
    };
  }

  test('contiguous shards of about the same bytes, in page order, never empty', () => {
    const dir = site({ 'a.html': 'x'.repeat(300), 'b.html': 'x', 'c.html': 'x', 'd.html': 'x'.repeat(300) });
    try {
      const all = listHtmlFiles(dir);
      const filesOf = (count: number, files = all) =>
        shardFiles(dir, files, count).map((shard) => shard.files);
      assert.deepEqual(filesOf(1), [all]);
      assert.deepEqual(filesOf(2), [
        ['a.html', 'b.html'],
        ['c.html', 'd.html'],
      ]);
      assert.deepEqual(filesOf(4).flat(), all);
      assert.deepEqual(filesOf(4, ['a.html']), [['a.html']]);
      assert.deepEqual(
        shardFiles(dir, all, 2).map((shard) => shard.largestBytes),
        [300, 300],
        'each shard knows its largest page',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the site is written the same, byte for byte, whether its pages are read in one, two or four shards', () => {
    const one = site(fourPages());
    const two = tempDir('post-build-');
    const four = tempDir('post-build-');
    cpSync(one, two, { recursive: true });
    cpSync(one, four, { recursive: true });
    try {
      const log = runPostBuild(one, defaultStages, 1);
      assert.deepEqual(runPostBuild(two, defaultStages, 2), log);
      assert.deepEqual(runPostBuild(four, defaultStages, 4), log);
      assert.deepEqual(log, [
        'one CSP for 4 pages; headers written to dist/_headers',
        '3 pages as Markdown; llms-full.txt holds 3',
        'search vocabulary: 4 words and 2 acronyms of 4 indexed pages',
      ]);
      const written = files(one);
      assert.deepEqual(files(two), written);
      assert.deepEqual(files(four), written);
      // The merged policy keeps the pages' order (directives and hashes first seen first), less unused hashes.
      const [a, b, c, d] = ['a()', 'b()', 'c()', 'd()'].map((script) => sha256Source(script));
      assert.equal(
        readMetaPolicy(written.get('d/index.html') ?? ''),
        `default-src 'self'; script-src 'self' ${a} ${b} ${c} ${d}; img-src 'self'; style-src 'self'`,
      );
      // Counts summed over shards: mango on 3 pages, apple, kiwi and zebra on 2 (ties alphabetical); "kiwi
      // mango (KM)" defined on two pages, "zebra apple apple (ZA)" on one.
      assert.deepEqual(JSON.parse(written.get(VOCABULARY_PATH) ?? ''), {
        words: ['mango', 'apple', 'kiwi', 'zebra'],
        acronyms: [
          ['km', 'kiwi mango'],
          ['za', 'zebra apple apple'],
        ],
        complete: true,
      });
    } finally {
      for (const dir of [one, two, four]) rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a problem in any shard fails the build, naming the file, in page order, and removes the site', () => {
    const pages = fourPages();
    pages['b/index.html'] = (pages['b/index.html'] ?? '').replace('<p>', '<p>[!NOTE] ');
    pages['d/index.html'] = (pages['d/index.html'] ?? '').replace('<p>', '<p>:::zone ');
    const dir = site(pages);
    assert.throws(
      () => runPostBuild(dir, defaultStages, 2),
      (error: Error) => {
        assert.match(
          error.message,
          /^Learn syntax reached[^\n]*\(dist\/ removed\):\ndist\/b\/index\.html: "\[!NOTE\][^\n]*\ndist\/d\/index\.html: ":::zone/,
        );
        return true;
      },
    );
    assert.equal(existsSync(dir), false);
  });

  test('one worker thread for a small site, one per core up to four for a large one', () => {
    assert.equal(workerCount(10, 2), 1);
    assert.equal(workerCount(1000, 2), 2);
    assert.equal(workerCount(10_000, 1), 1);
    assert.equal(workerCount(10_000, 16), 4);
    assert.equal(workerCount(0, 2), 1);
  });

  test('the worker threads, their heap held near what the pages need, read a site with a 2 MB page', async () => {
    // 50,000 paragraphs (2.4 MB): a worker held to a fixed 128 MB runs out of memory from about 30,000.
    const paragraphs = 50_000;
    const big = `<article><h1>Big</h1>${'<p>Word <a href="/a/">link</a> <em>text</em></p>'.repeat(paragraphs)}</article>`;
    const dir = site({ 'index.html': page(big), 'a/index.html': page('<p>Small</p>') });
    try {
      assert.ok(readFileSync(join(dir, 'index.html')).length > 2 * 2 ** 20);
      const logged: string[] = [];
      await postBuildSite(dir, { info: (line: string) => logged.push(line) }, 2);
      assert.ok(
        logged.some((line) => line.startsWith('one CSP for 2 pages')),
        logged.join('\n'),
      );
      assert.equal(elements(readFileSync(join(dir, 'index.html'), 'utf8'), 'a').length, paragraphs);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('finishedSite, the integration that finishes `astro build`', () => {
  /** Runs its hooks on a built two-page site as `astro build` would, `FINISH_BUILD_SEPARATELY` as given. */
  async function finish(separately: boolean): Promise<{ dir: string; deploy: string; logged: string[] }> {
    const dir = site({
      'index.html': page('<h1>One</h1><p>Firewall text</p>'),
      'a/index.html': page('<p>Two</p>'),
    });
    const root = tempDir('finish-root-');
    const logged: string[] = [];
    const logger = { info: (line: string) => logged.push(line), fork: () => logger };
    const env = separately ? { [FINISH_SEPARATELY]: '1' } : {};
    const hooks = finishedSite(env).hooks as Record<string, (options: unknown) => Promise<void> | void>;
    await hooks['astro:config:done']?.({ config: { root: pathToFileURL(`${root}/`) } });
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dir}/`), logger });
    return { dir, deploy: join(root, 'deploy'), logged };
  }

  test('runs post-build, the search index and precompression, in that order', async () => {
    const { dir, deploy, logged } = await finish(false);
    try {
      assert.ok(existsSync(join(dir, '_headers')));
      assert.ok(existsSync(join(dir, 'pagefind', 'pagefind-entry.json')));
      assert.ok(existsSync(join(dir, 'index.html.br')) && existsSync(join(dir, 'index.html.gz')));
      assert.ok(existsSync(join(deploy, 'nginx.conf')));
      const at = ['one CSP for 2 pages', 'Indexed 2 pages', 'precompressed copies'].map((start) =>
        logged.findIndex((line) => line.includes(start)),
      );
      assert.ok(
        at.every((index, step) => index > (at[step - 1] ?? -1)),
        logged.join('\n'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(join(deploy, '..'), { recursive: true, force: true });
    }
  });

  test('leaves dist/ as Astro wrote it when `npm run build` finishes it in its own process', async () => {
    const { dir, deploy, logged } = await finish(true);
    try {
      assert.deepEqual(listHtmlFiles(dir), ['a/index.html', 'index.html']);
      assert.equal(existsSync(join(dir, '_headers')), false);
      assert.equal(existsSync(join(dir, 'pagefind')), false);
      assert.equal(existsSync(join(dir, 'index.html.br')), false);
      assert.equal(existsSync(deploy), false);
      assert.deepEqual(logged, ['finishing steps left to scripts/finish-build.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(join(deploy, '..'), { recursive: true, force: true });
    }
  });
});

describe('scripts/finish-build.ts, the finishing steps of `npm run build`', () => {
  const SCRIPT = fileURLToPath(new URL('../../scripts/finish-build.ts', import.meta.url));
  /**
   * A project folder whose dist/ holds `pages`; the script's output and exit status over it. In a process of
   * its own: the script runs each step as itself again, with its own Node options, printing to its streams.
   */
  async function finishProject(pages: Record<string, string>) {
    const root = tempDir('finish-script-');
    const dist = site(pages);
    cpSync(dist, join(root, 'dist'), { recursive: true });
    rmSync(dist, { recursive: true, force: true });
    const run = await nodeProcess([SCRIPT, '--root', root], { timeout: 120_000 });
    return { root, status: run.status, output: run.output };
  }

  test('runs post-build, the search index and precompression, in that order, then says it is done', async () => {
    const { root, status, output } = await finishProject({
      'index.html': page('<h1>One</h1><p>Firewall text</p>'),
      'a/index.html': page('<p>Two</p>'),
    });
    try {
      assert.equal(status, 0, output);
      const at = [
        '[post-build] one CSP for 2 pages',
        '[pagefind-index] Indexed 2 pages',
        '[precompress]',
        '[finish] done',
      ].map((start) => output.indexOf(start));
      assert.ok(
        at.every((index, step) => index > (at[step - 1] ?? -1)),
        output,
      );
      assert.ok(existsSync(join(root, 'dist/pagefind/pagefind-entry.json')));
      assert.ok(existsSync(join(root, 'dist/index.html.br')) && existsSync(join(root, 'deploy/nginx.conf')));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('stops at the step that fails, names it, exits 1 and leaves no site to publish', async () => {
    const { root, status, output } = await finishProject({
      'index.html': page('<p>[!NOTE] Learn syntax</p>'),
    });
    try {
      assert.equal(status, 1);
      assert.match(
        output,
        /Learn syntax reached[\s\S]*the post-build step failed \(exit code 1\); dist\/ removed\./,
      );
      assert.doesNotMatch(output, /\[pagefind-index\]|\[finish\] done/);
      assert.equal(existsSync(join(root, 'dist')), false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('finishBuild gives each step, in order, to the runner the script passes (one process each), and stops at a failure', async () => {
    const ran: string[] = [];
    const run = (step: string) => {
      ran.push(step);
      return step === 'pagefind-index' ? Promise.reject(new Error('no index')) : Promise.resolve();
    };
    await assert.rejects(
      finishBuild('/no/dist', '/no/deploy', () => ({ info: () => undefined }), run),
      /no index/,
    );
    assert.deepEqual(ran, ['post-build', 'pagefind-index']);
  });

  test('names the steps when asked for one it does not have', async () => {
    const run = await scriptCommand(SCRIPT, ['--step', 'deploy']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--step deploy: the steps are post-build, pagefind-index, precompress\./);
  });
});
