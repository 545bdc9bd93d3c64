/**
 * Learn's `appliesto` front matter is the line Learn shows under the title, and the page's first line here
 * (import trial 35: SupportArticles-docs' printing troubleshooting articles; defender-docs writes it too),
 * where the import dropped it as a key the site does not keep.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { renderLearn } from '../support/learn-markdown.ts';

const FILE = '/support/printing/event-ids.md';

function planOf(appliesTo: string) {
  const source = `---\ntitle: Event IDs\ndescription: Event IDs of point and print.\nms.date: 02/12/2026\nauthor: a\n${appliesTo}---\n# Event IDs of point and print\n\nThis article lists the events.\n`;
  const files: SourceFiles = {
    read: (path) => (path === FILE ? source : undefined),
    exists: (path) => path === FILE,
  };
  return planImport([FILE], { today: '2026-12-07' }, files);
}

test("an appliesto entry of HTML (SupportArticles-docs') is the page's first line, its link a Markdown link", async () => {
  const plan = planOf(
    'appliesto:\n  - <a href=https://learn.microsoft.com/windows/release-health/windows-server-release-info target=_blank>Supported versions of Windows Server</a>\n',
  );
  const [page] = plan.pages;
  assert.ok(page);
  assert.match(
    page.body,
    /^_Applies to:_ \[Supported versions of Windows Server\]\(https:\/\/learn\.microsoft\.com\/windows\/release-health\/windows-server-release-info\)\n\nThis article lists the events\./,
  );
  // The description is still the article's own, and the key is shown, not dropped.
  assert.equal(page.frontMatter.description, 'Event IDs of point and print.');
  assert.deepEqual(
    plan.dropped.flatMap((note) => note.keys),
    [],
  );
  const html = await renderLearn(page.body);
  assert.match(
    html,
    /Applies to:<\/em> <a href="https:\/\/learn\.microsoft\.com\/windows\/release-health\/windows-server-release-info"/,
  );
  assert.match(html, /Supported versions of Windows Serve/);
});

test("a list of entries (defender-docs' ✅ links, a name, a year) reads as one line, in order", () => {
  const plan = planOf(
    [
      'appliesto:',
      '  - ✅ <a href="https://learn.microsoft.com/microsoft-365/security/office-365-security/eop-about" target="_blank">Exchange Online Protection</a>',
      '  - Microsoft Teams',
      '  - 2019',
      '',
    ].join('\n'),
  );
  assert.equal(
    plan.pages[0]?.body.split('\n')[0],
    '_Applies to:_ ✅ [Exchange Online Protection](https://learn.microsoft.com/microsoft-365/security/office-365-security/eop-about), Microsoft Teams, 2019',
  );
});

test('an entry the build refuses, or one that is no text, is said at the appliesto line', () => {
  const plan = planOf('appliesto:\n  - <a href="javascript:alert(1)">Windows</a>\n  - { a: 1 }\n');
  const notes = plan.warnings.filter((note) => note.line === 6).map((note) => note.message);
  assert.ok(
    notes.some((message) => message.includes('javascript:') && message.includes('The build will fail on it')),
    notes.join('\n'),
  );
  assert.ok(
    notes.some((message) => message.includes('appliesto holds {"a":1}')),
    notes.join('\n'),
  );
});
