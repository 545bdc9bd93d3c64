/**
 * Every page's Markdown copy says what the page says (same sentences, same link targets), with the
 * attribution and licence at the top; llms.txt and llms-full.txt follow the llms.txt proposal.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Root as MdastRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { SITE_TITLE, SITE_URL, SOURCE } from '../../src/consts.ts';
import { DIST, normalise, readPage } from '../support/built-site.ts';
import { SITE_PAGES } from '../support/e2e-site.ts';

const classes = (node: Element) =>
  Array.isArray(node.properties['className']) ? node.properties['className'] : [];

/** The element `<link rel="alternate" type="text/markdown">` points to, if the page has one. */
function markdownLink(tree: HastRoot): string | undefined {
  let href: string | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'link' && node.properties['type'] === 'text/markdown')
      href = String(node.properties['href']);
  });
  return href;
}

/** The text blocks a reader sees in the page's `.content` (paragraphs, headings, list items, cells), and its link targets. */
function pageBlocks(tree: HastRoot, pageUrl: string): { blocks: string[]; links: string[] } {
  let content: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (!content && classes(node).includes('content')) content = node;
  });
  assert.ok(content, `${pageUrl} has no .content`);
  const blocks: string[] = [];
  const links: string[] = [];
  visit(content, 'element', (node: Element, index, parent) => {
    if (classes(node).includes('visually-hidden') && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.tagName === 'a' && !classes(node).includes('heading-anchor')) {
      links.push(new URL(String(node.properties['href']), pageUrl).href);
    }
    return undefined;
  });
  visit(content, 'element', (node: Element) => {
    if (['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'figcaption', 'dt', 'dd'].includes(node.tagName)) {
      blocks.push(normalise(toText(node)));
    } else if (node.tagName === 'li') {
      const own = {
        ...node,
        children: node.children.filter(
          (child) => child.type !== 'element' || !['ul', 'ol', 'p'].includes(child.tagName),
        ),
      };
      blocks.push(normalise(toText(own)));
    }
  });
  return { blocks: blocks.filter((block) => block !== ''), links };
}

/** The Markdown's text, block by block joined with spaces, and its link targets. */
function markdownBlocks(tree: MdastRoot): { text: string; links: string[] } {
  const blocks: string[] = [];
  const links: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
      blocks.push(toString(node));
    if (node.type === 'link') links.push(node.url);
  });
  return { text: normalise(blocks.join(' ')), links };
}

const withMarkdown = SITE_PAGES.filter((path) => markdownLink(fromHtml(readPage(path))) !== undefined);

test('every page in the sidebar links its Markdown copy, and the copy was built', () => {
  for (const path of ['/', '/security/', '/privacy/', '/links/', '/accessibility/']) {
    assert.ok(withMarkdown.includes(path), `${path} has no <link rel="alternate" type="text/markdown">`);
  }
  for (const path of withMarkdown) {
    assert.equal(markdownLink(fromHtml(readPage(path))), `${path}index.md`);
    assert.ok(existsSync(new URL(`.${path}index.md`, DIST)), `dist${path}index.md`);
  }
});

for (const path of withMarkdown) {
  describe(`${path}index.md`, () => {
    const pageUrl = new URL(path, SITE_URL).href;
    const html = fromHtml(readPage(path));
    const markdown = readFileSync(new URL(`.${path}index.md`, DIST), 'utf8');
    const tree = fromMarkdown(markdown);
    const page = pageBlocks(html, pageUrl);
    const copy = markdownBlocks(tree);

    test('starts with the page title, then the attribution and licence', () => {
      const [title, quote] = tree.children;
      let h1 = '';
      visit(html, 'element', (node: Element) => {
        if (node.tagName === 'h1') h1 = normalise(toText(node));
      });
      assert.equal(title?.type === 'heading' && title.depth === 1 ? toString(title) : undefined, h1);
      assert.equal(quote?.type, 'blockquote');
      const quoteLinks: string[] = [];
      visit(tree, 'blockquote', (node) => {
        visit(node, 'link', (link) => void quoteLinks.push(link.url));
        return false;
      });
      assert.ok(
        quoteLinks.includes(SOURCE.url) && quoteLinks.includes(SOURCE.licenceUrl),
        quoteLinks.join(', '),
      );
    });

    test('has every sentence of the page', () => {
      assert.ok(page.blocks.length > 0);
      for (const block of page.blocks)
        assert.ok(copy.text.includes(block), `missing: ${block}\n\n${copy.text}`);
    });

    test('links where the page links, with absolute URLs, and nowhere else', () => {
      // The header's links: the credit, the licence, the site, and the page's own address.
      const attribution = [SOURCE.url, SOURCE.licenceUrl, `${SITE_URL}/`, pageUrl];
      assert.deepEqual(
        [
          ...new Set(copy.links.filter((url) => !attribution.includes(url) || page.links.includes(url))),
        ].sort(),
        [...new Set(page.links)].sort(),
      );
      for (const url of copy.links) assert.match(url, /^https:\/\//);
    });

    test('leaves out the site’s chrome: table of contents, heading anchors, link markers, the copy button', () => {
      for (const chrome of ['On this page', 'Link to section', '(external site)', 'Copy page as Markdown']) {
        assert.ok(!markdown.includes(chrome), chrome);
      }
    });
  });
}

describe('llms.txt and llms-full.txt', () => {
  const llms = readFileSync(new URL('llms.txt', DIST), 'utf8');
  const full = readFileSync(new URL('llms-full.txt', DIST), 'utf8');
  const tree = fromMarkdown(llms);

  test('an H1 with the site name, a > summary, then only H2 sections of link lists, Optional last', () => {
    const [h1, summary, ...rest] = tree.children;
    assert.ok(h1?.type === 'heading' && h1.depth === 1 && toString(h1) === SITE_TITLE);
    assert.equal(summary?.type, 'blockquote');
    const sections = rest.filter((node) => node.type === 'heading');
    assert.ok(sections.every((node) => node.depth === 2));
    assert.equal(toString(sections.at(-1) ?? tree), 'Optional');
    const afterFirstSection = rest.slice(rest.findIndex((node) => node.type === 'heading'));
    assert.ok(afterFirstSection.every((node) => node.type === 'heading' || node.type === 'list'));
    assert.match(llms, new RegExp(SOURCE.licenceUrl.replaceAll('.', '\\.')));
  });

  const links: { url: string; title: string }[] = [];
  visit(tree, 'listItem', (item) => {
    const link = item.children[0]?.type === 'paragraph' ? item.children[0].children[0] : undefined;
    if (link?.type !== 'link') assert.fail(`not a link: ${toString(item)}`);
    links.push({ url: link.url, title: toString(link) });
  });

  test('every link goes to a Markdown file the build wrote, one per page in the sidebar', () => {
    assert.deepEqual(
      links.map((link) => new URL(link.url).pathname).sort(),
      withMarkdown.map((path) => `${path}index.md`).sort(),
    );
    for (const { url } of links) {
      assert.ok(url.startsWith(`${SITE_URL}/`), url);
      assert.ok(existsSync(new URL(`.${new URL(url).pathname}`, DIST)), url);
    }
  });

  test('llms-full.txt holds every page’s Markdown in the order llms.txt lists them', () => {
    let at = -1;
    for (const { url } of links) {
      const markdown = readFileSync(new URL(`.${new URL(url).pathname}`, DIST), 'utf8').trim();
      const found = full.indexOf(markdown);
      assert.ok(found > at, `${url} is not in llms-full.txt after the page before it`);
      at = found;
    }
  });

  test('both stay under 50,000 characters', () => {
    assert.ok(llms.length < 50_000, `${llms.length}`);
    assert.ok(full.length < 50_000, `${full.length}`);
  });
});
