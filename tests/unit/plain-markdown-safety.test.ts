/** Plain .md pages (rendered without MDX) get the same content-safety check: raw HTML fails the build. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkContentSafety } from '../../src/markdown/remark-content-safety.ts';

/** Renders `markdown` as Astro renders a content/*.md page, with the content-safety check. */
function renderPlain(markdown: string) {
  return unified()
    .use(remarkParse)
    .use(remarkContentSafety, { components: ['SectionList'] })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(new VFile({ value: markdown, path: 'content/page-2.md', cwd: process.cwd() }));
}

test('a raw <script> in a .md page fails, naming the file, the line and what to do', async () => {
  await assert.rejects(
    renderPlain('# Title\n\nText.\n\n<script>alert(1)</script>\n'),
    /content\/page-2\.md:5:1: raw HTML \(<script>alert\(1\)<\/script>\) is not allowed in a \.md page: write Markdown, or rename the page to \.mdx/,
  );
});

test('plain Markdown passes and renders', async () => {
  const html = String(await renderPlain('# Title\n\nSee [the overview](index.md).\n'));
  assert.match(html, /<a href="index.md">the overview<\/a>/);
});
