/**
 * Import trial 21 (azure-ai-docs' content-safety, powerbi-docs' developer/visuals): a Learn folder's index.yml
 * is a landing page (### YamlMime:Landing), cards of links to its articles. Imported with the folder's .yml
 * files (its FAQ pages), it was refused and the run exited 1, though nothing in it is wrong: it is no page
 * here, as a docfx redirect is none, said as a warning.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';

const LANDING = `### YamlMime:Landing

title: Azure AI Content Safety documentation # < 60 chars
summary: The cloud-based Azure AI Content Safety API flags content. # < 160 chars

metadata:
  title: Azure AI Content Safety documentation
  ms.topic: landing-page # Required
  ms.date: 09/16/2025 #Required; mm/dd/yyyy format.

landingContent:
  - title: About Azure AI Content Safety
    linkLists:
      - linkListType: overview
        links:
          - text: What is Azure AI Content Safety?
            url: overview.md
`;

const ARTICLE =
  '---\ntitle: Overview\ndescription: D.\nms.date: 01/02/2024\n---\n\n# Overview\n\nSee [the documentation](index.yml).\n';

function planOf(files: Record<string, string>) {
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  return planImport(Object.keys(files), {}, access);
}

test('a landing or hub page is left out with a warning at its line 1, not refused', () => {
  for (const [kind, text] of [
    ['Landing', LANDING],
    ['Hub', '### YamlMime:Hub\n\ntitle: Power BI documentation\nsummary: Cards.\n'],
  ] as const) {
    const plan = planOf({ '/learn/index.yml': text, '/learn/overview.md': ARTICLE });
    assert.deepEqual(plan.refused, [], kind);
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['overview'],
    );
    const said = plan.warnings.filter((warning) => warning.file === '/learn/index.yml');
    assert.deepEqual(
      said.map((warning) => warning.line),
      [1],
      kind,
    );
    assert.match(
      said.map((warning) => warning.message).join('\n'),
      new RegExp(`YamlMime:${kind}\\): cards of links.*go to its page on Learn`),
    );
  }
});

test('another structured page (YamlMime:HowTo) is still refused: it holds text the site would lose', () => {
  const plan = planOf({ '/learn/how-to.yml': '### YamlMime:HowTo\nmetadata:\n  title: A how-to\n' });
  assert.match(plan.refused[0]?.message ?? '', /YamlMime:HowTo\): only FAQ pages/);
});

test('the YamlMime line is read as docfx reads it: any number of #, white space, a byte order mark before it', () => {
  // Import trial 28: visualstudio-docs' containers/index.yml opens `## YamlMime:Landing`; read as Markdown,
  // it was planned as the folder's index page, its YAML shown as text.
  for (const first of [
    '## YamlMime:Landing',
    '#YamlMime:Landing',
    '\uFEFF### YamlMime:Landing  ',
    // docfx trims the kind and reads the prefix in any case (read before as `YamlMime:\s*`).
    '### YamlMime: Landing',
    '#\tyamlmime:Landing',
  ]) {
    const plan = planOf({
      '/learn/index.yml': LANDING.replace('### YamlMime:Landing', first),
      '/learn/overview.md': ARTICLE,
    });
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['overview'],
      first,
    );
    assert.match(
      plan.warnings.map((warning) => `${warning.file}:${warning.line} ${warning.message}`).join('\n'),
      /\/learn\/index\.yml:1 a Learn landing page \(YamlMime:Landing\)/,
      first,
    );
  }
  const faq = planOf({
    '/learn/faq.yml':
      '## YamlMime:FAQ\nmetadata:\n  title: Questions\n  description: D.\n  ms.date: 01/02/2024\ntitle: Questions\nsummary: S.\nsections:\n  - name: General\n    questions:\n      - question: Why a container?\n        answer: Because.\n',
  });
  assert.deepEqual(faq.refused, []);
  assert.match(faq.pages[0]?.body ?? '', /### Why a container\?\nBecause\./);
});
