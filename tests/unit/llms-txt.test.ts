import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { formatLlmsTxt, parseLlmsTxt, type LlmsTxt } from '../../src/lib/llms-txt.ts';

const SITE: LlmsTxt = {
  name: 'Docs [beta]',
  summary: 'What the site is about.',
  notes: ['Adapted from the source, CC BY 4.0.'],
  sections: [
    {
      heading: 'Pages',
      links: [
        { title: 'Overview', url: 'https://example.org/index.md', description: 'Where to start.' },
        {
          title: 'Security',
          url: 'https://example.org/security/index.md',
          description: 'How data is kept safe.',
        },
      ],
    },
    { heading: 'Optional', links: [{ title: 'Links', url: 'https://example.org/links/index.md' }] },
  ],
};

test('formats the proposal’s layout: H1, > summary, notes, H2 sections of - [title](url): description', () => {
  const text = formatLlmsTxt(SITE);
  assert.ok(text.startsWith('# Docs \\[beta]\n\n> What the site is about.\n\nAdapted from the source'));
  assert.match(text, /\n## Pages\n\n- \[Overview\]\(https:\/\/example\.org\/index\.md\): Where to start\.\n/);
  assert.match(text, /\n## Optional\n\n- \[Links\]\(https:\/\/example\.org\/links\/index\.md\)\n$/);
});

test('reads back what it writes', () => {
  assert.deepEqual(parseLlmsTxt(formatLlmsTxt(SITE)), SITE);
});

test('refuses files that do not follow the layout, saying what is wrong', () => {
  assert.throws(() => parseLlmsTxt('## Pages\n'), /must start with an H1/);
  assert.throws(() => parseLlmsTxt('# Site\n\nNo summary\n'), /> summary/);
  assert.throws(
    () => parseLlmsTxt('# Site\n\n> Sum\n\n## Pages\n\n- just text\n'),
    /not a - \[title\]\(url\) link/,
  );
  assert.throws(() => parseLlmsTxt('# Site\n\n> Sum\n\n### Deep\n'), /only H2 sections/);
});

test('a title, description or group from front matter is text: no link, HTML or block of its own', () => {
  // The red-team page's front matter, as llms.txt got it.
  const hostile: LlmsTxt = {
    name: 'Docs',
    summary: 'Sum.',
    notes: [],
    sections: [
      {
        heading: 'Attacks\n\n## Injected',
        links: [
          {
            title: '</a><script>alert(2)</script>',
            url: 'https://example.org/attack/index.md',
            description:
              'Desc ](https://evil.example/d) <img src=x onerror=alert(9)>\n\n[desc link](https://evil.example/desc) www.evil.example https://evil.example/bare',
          },
        ],
      },
    ],
  };
  const text = formatLlmsTxt(hostile);
  for (const gfm of [false, true]) {
    const parser = gfm ? unified().use(remarkParse).use(remarkGfm) : unified().use(remarkParse);
    const tree = parser.parse(text);
    const links: string[] = [];
    const kinds = new Set<string>();
    visit(tree, (node) => {
      kinds.add(node.type);
      // GFM links a bare URL whatever escapes it (remark-gfm does): shown as itself, it hides nothing.
      if (node.type === 'link' && toString(node) !== node.url.replace(/^http:\/\//, '')) links.push(node.url);
    });
    assert.deepEqual(links, ['https://example.org/attack/index.md'], text);
    assert.ok(!kinds.has('html'), text);
    assert.equal(tree.children.filter((node) => node.type === 'heading').length, 2, text);
  }
  const [section] = parseLlmsTxt(text).sections;
  assert.equal(section?.heading, 'Attacks ## Injected');
  assert.deepEqual(section.links[0], {
    title: '</a><script>alert(2)</script>',
    url: 'https://example.org/attack/index.md',
    description:
      'Desc ](https://evil.example/d) <img src=x onerror=alert(9)> [desc link](https://evil.example/desc) www.evil.example https://evil.example/bare',
  });
});
