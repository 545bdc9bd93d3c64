import assert from 'node:assert/strict';
import { test } from 'node:test';
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
  assert.ok(text.startsWith('# Docs \\[beta\\]\n\n> What the site is about.\n\nAdapted from the source'));
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
