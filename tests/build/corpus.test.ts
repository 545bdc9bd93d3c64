/**
 * A real Learn folder (tests/fixtures/defender-business/, 37 articles nobody here wrote) imported with
 * `npm run import -- --toc TOC.yml --allow-new-hosts …` and built, without hand edits: every article is
 * published, every sentence and link target of its prose is on its page, no Learn syntax shows raw, and
 * the build's CSP and link checks passed (the build fails otherwise).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { pageFile } from '../../src/lib/import/convert.ts';
import { findLearnLeftovers } from '../../src/lib/learn/leftovers.ts';
import { UPSTREAM } from '../../src/consts.ts';
import { articleLinks, articleText, normalise, readPage } from '../support/built-site.ts';
import {
  CORPUS,
  corpusArticles,
  corpusContent,
  corpusDist,
  corpusBuildLog,
  corpusImportLog,
} from '../support/corpus-site.ts';
import { byTag, findElements } from '../support/html.ts';

const LEARN_FOLDER_URL = 'https://learn.microsoft.com/en-us/defender-business/';
const articles = corpusArticles();
const slugs = new Set(articles.map((file) => basename(file, '.md').toLowerCase()));

/** The article's Markdown: a YamlMime:FAQ file's questions and answers as the Markdown they hold. */
function articleMarkdown(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith('### YamlMime:FAQ')) return text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const faq = parse(text.replace(/^###.*\n/, '')) as {
    title: string;
    summary?: string;
    sections?: { name?: string; questions?: { question: string; answer: string }[] }[];
  };
  return [
    `# ${faq.title}`,
    faq.summary ?? '',
    ...(faq.sections ?? []).flatMap((section) => [
      `## ${section.name ?? ''}`,
      ...(section.questions ?? []).flatMap((entry) => [`### ${entry.question}`, entry.answer]),
    ]),
  ].join('\n\n');
}

/** Learn markers that are syntax, not text a reader sees. */
const MARKERS =
  /:::[\s\S]*?:::|\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]|\[!INCLUDE[^\]]*\]|\[!VIDEO [^\]]*\]|\[!div[^\]]*\]/gi;

/** The text of a node as a reader sees it: inline HTML (`<br/>`, `<li>`) and line breaks read as a space. */
function readerText(node: Node): string {
  if (node.type === 'html' || node.type === 'break') return ' ';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children))
    return (node.children as Node[]).map(readerText).join('');
  return '';
}

/** Sentences of the article's prose as a reader meets them on Learn, and its link targets as written. */
function learnProse(file: string): { sentences: string[]; links: string[] } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(articleMarkdown(file));
  const sentences: string[] = [];
  const links: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'html' || node.type === 'image') return 'skip';
    if (node.type !== 'paragraph' && node.type !== 'tableCell' && node.type !== 'heading') return undefined;
    const text = normalise(readerText(node).replace(MARKERS, ' '));
    sentences.push(
      ...text
        .split(/(?<=[.!?])\s+/)
        .map((sentence) => sentence.trim())
        .filter((sentence) => /\w/.test(sentence)),
    );
    return 'skip';
  });
  // Links sit inside the paragraphs, cells and headings skipped above; an include's path or a video's is no link.
  visit(tree, 'link', (node, index, parent) => {
    const before = index === undefined ? undefined : parent?.children[index - 1];
    const isMarker = before?.type === 'text' && /\[!(?:INCLUDE|VIDEO)\s*$/i.test(before.value);
    if (!isMarker && !node.url.startsWith('#tab/')) links.push(node.url);
  });
  return { sentences, links };
}

/**
 * Where Learn sends a link of an article in the folder, and so where the site must: absolute URLs as
 * they are (http made https), paths on Learn, but a path to an article of the folder (relative or
 * root-relative, with `.md`, `.yml` or none) to this site's page when the article was imported. Written
 * from Learn's rules, not from the site's code.
 */
function expectedTarget(href: string): string | undefined {
  if (href.startsWith('xref:') || href.startsWith('mailto:')) return undefined;
  if (/^https?:/i.test(href)) return href.replace(/^http:/i, 'https:');
  if (href.startsWith('#')) return href;
  const url = new URL(
    href.startsWith('/') ? href.slice(1) : href,
    href.startsWith('/') ? 'https://learn.microsoft.com/en-us/' : LEARN_FOLDER_URL,
  );
  const inFolder = url.href.startsWith(LEARN_FOLDER_URL) ? (url.pathname.split('/').pop() ?? '') : '';
  // Learn publishes a YAML article (faq.yml) where a .md one would be.
  const slug = inFolder.replace(/\.(?:md|yml)$/i, '').toLowerCase();
  if (slugs.has(slug)) return `/${slug}/${url.search}${url.hash}`;
  return `${url.origin}${url.pathname.replace(/\.(?:md|yml)$/i, '')}${url.search}${url.hash}`;
}

let dist = '';
before(async () => {
  dist = await corpusDist();
});

test('the import names every new host it allowed, with a count and the first file:line', () => {
  const log = corpusImportLog(dist);
  assert.match(
    log,
    /host {6}security\.microsoft\.com: \d+ link\(s\), first at \S+\.md:\d+ \(added under "Other sites"\)/,
  );
});

test("the build's log holds no warning of Astro's own code: one per .mdx page buried what the content's say", () => {
  const log = corpusBuildLog(dist);
  assert.match(log, /page\(s\) built in/);
  assert.ok(readdirSync(corpusContent(dist)).some((file) => file.endsWith('.mdx')));
  assert.doesNotMatch(log, /MODULE_LEVEL_DIRECTIVE|astro:head-inject/);
  assert.doesNotMatch(log, /\[WARN\] \[vite\]/);
});

test('articles in plain Markdown are .md pages (no module compiled for each), the others .mdx', () => {
  const content = corpusContent(dist);
  const text = (page: string) => readFileSync(join(content, page), 'utf8');
  // The imported pages, which record their source (the site's own five do not).
  const pages = readdirSync(content).filter((file) => /\.mdx?$/.test(file) && /^source: /m.test(text(file)));
  const plain = pages.filter((page) => page.endsWith('.md'));
  assert.ok(
    plain.length >= 10 && pages.length - plain.length >= 10,
    `${plain.length} of ${pages.length} .md`,
  );
  const misfiled = pages.filter((page) => {
    const body = text(page).replace(/^---\n[\s\S]*?\n---\n/, '');
    return pageFile({ slug: page.replace(/\.mdx?$/, ''), body }) !== page;
  });
  assert.deepEqual(misfiled, []);
});

for (const file of articles) {
  const slug = basename(file, '.md').toLowerCase();
  describe(`${basename(file)} → /${slug}/`, () => {
    let html = '';
    before(() => {
      const path = join(dist, slug, 'index.html');
      html = existsSync(path) ? readPage(`/${slug}/`, pathToFileURL(`${dist}/`)) : '';
    });
    const source = learnProse(file);

    test('is published', () => {
      assert.notEqual(html, '', `no page at /${slug}/`);
    });

    test('carries every sentence of the article', () => {
      const text = articleText(html);
      const missing = source.sentences.filter((sentence) => !text.includes(sentence));
      assert.deepEqual(missing, [], `${missing.length} of ${source.sentences.length} sentences missing`);
    });

    test('links to every target of the article, resolved as Learn resolves it', () => {
      const hrefs = new Set(articleLinks(html).map((link) => link.href));
      const missing = source.links
        .map((href) => ({ href, expected: expectedTarget(href) }))
        .filter(({ expected }) => expected !== undefined && !hrefs.has(expected));
      assert.deepEqual(missing, [], `${missing.length} of ${source.links.length} link targets missing`);
    });

    test('names its source file in the upstream repository, as SOURCE.md places it', () => {
      const [line] = findElements(
        html,
        (node) => node.tagName === 'p' && String(node.properties['className']).includes('page-source'),
      );
      const hrefs = line ? byTag(line, 'a').map((link) => String(link.properties['href'])) : [];
      const expected = `https://github.com/${UPSTREAM.repository}/blob/${UPSTREAM.branch}/defender-business/${basename(file)}`;
      assert.ok(hrefs.includes(expected), `${expected} not in ${hrefs.join(', ')}`);
    });

    test('shows no raw Learn syntax and no inline style', () => {
      assert.deepEqual(findLearnLeftovers(html), []);
      assert.doesNotMatch(html, /\sstyle=/);
    });
  });
}

test('the corpus TOC and the fixture are what SOURCE.md lists', () => {
  const listed = [...readFileSync(join(CORPUS, 'SOURCE.md'), 'utf8').matchAll(/^\| `([^`]+\.md)` \|/gm)].map(
    (match) => match[1],
  );
  assert.deepEqual(listed.sort(), articles.map((file) => basename(file)).sort());
});
