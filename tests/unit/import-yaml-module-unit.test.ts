/**
 * Import trial 27: a Learn training module (MicrosoftDocs/learn's learn-pr/azure/intro-to-azure-fundamentals)
 * is an index.yml (### YamlMime:Module) and a .yml a unit (### YamlMime:ModuleUnit: a title, metadata, its
 * content as one include, maybe a quiz). Every file was refused. A unit is the article Learn shows: its
 * title as H1, its content, its knowledge check; the module's page lists its units, as a landing page lists
 * articles, so it is no page here, said as a warning.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { moduleUnitToMarkdown } from '../../src/lib/import/yaml-module-unit.ts';

// As the module's summary.yml writes it (its lines end with \r\n in the repository).
const UNIT = `### YamlMime:ModuleUnit\r
uid: learn.azure.intro-to-azure-fundamentals.summary\r
title: Summary\r
metadata:\r
  title: Summary\r
  description: Summary\r
  ms.date: 09/15/2020\r
  author: rmcmurray\r
  ms.author: robmcm\r
durationInMinutes: 2\r
content: |\r
  [!include[](includes/summary.md)]\r
`;

const QUIZ = `### YamlMime:ModuleUnit
uid: m.knowledge-check
title: Knowledge check
metadata:
  description: Check what you learned.
  ms.date: 09/15/2020
content: |
  Choose the best answer.
quiz:
  questions:
    - content: "Which model leaves the *operating system* to the tenant?"
      choices:
        - content: "IaaS"
          isCorrect: true
          explanation: "The provider keeps the hardware;\\nthe tenant the rest."
        - content: "SaaS"
          isCorrect: false
          explanation: "The provider manages everything."
    - content: "Is the cloud someone else's data center?"
      choices:
        - content: "Yes"
          isCorrect: true
`;

test('a unit is its title as H1 and its content at their lines, its uid in the front matter', () => {
  const markdown = moduleUnitToMarkdown(UNIT.replaceAll('\r\n', '\n'), 'summary.yml');
  assert.ok(
    markdown.startsWith(
      '---\ntitle: Summary\ndescription: Summary\nms.date: 09/15/2020\nauthor: rmcmurray\nms.author: robmcm\nuid: learn.azure.intro-to-azure-fundamentals.summary\n---\n# Summary\n',
    ),
    markdown,
  );
  // The include is line 12 of the .yml, and so of the Markdown: what the import says of it names that line.
  assert.equal(markdown.split('\n').indexOf('[!include[](includes/summary.md)]') + 1, 12);
});

test("a unit's quiz is an H2 and its questions a numbered list, each choice with Learn's verdict and explanation", () => {
  const markdown = moduleUnitToMarkdown(QUIZ, 'knowledge-check.yml');
  assert.match(markdown, /^# Knowledge check\n/m);
  assert.match(markdown, /^## Check your knowledge\n/m);
  assert.ok(
    markdown.includes(
      '1. Which model leaves the *operating system* to the tenant?\n\n   - IaaS\n\n     *Correct.* The provider keeps the hardware;\n     the tenant the rest.\n\n   - SaaS\n\n     *Incorrect.* The provider manages everything.\n',
    ),
    markdown,
  );
  assert.ok(
    markdown.includes("2. Is the cloud someone else's data center?\n\n   - Yes\n\n     *Correct.*\n"),
    markdown,
  );
});

test("a module's units are imported as pages and its page is a warning, not a refusal", () => {
  const files: Record<string, string> = {
    '/r/m/index.yml':
      '### YamlMime:Module\nuid: m\nmetadata:\n  title: A module\ntitle: A module\nunits:\n- m.summary\n',
    '/r/m/summary.yml': UNIT,
    '/r/m/includes/summary.md': 'In this module, you learned how to **scale**.\n',
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(['/r/m/index.yml', '/r/m/summary.yml'], {}, access);
  assert.deepEqual(
    plan.refused.map((note) => note.message),
    [],
  );
  const page = plan.pages.find((each) => each.slug === 'summary');
  assert.ok(page?.body.includes('In this module, you learned how to **scale**.'), page?.body);
  assert.ok(
    plan.warnings.some(
      (note) => note.file === '/r/m/index.yml' && note.line === 1 && /YamlMime:Module\b/.test(note.message),
    ),
  );
});

test("without a TOC, a module's units are in the order its page lists them, not their files' order", () => {
  const unit = (uid: string, title: string) =>
    `### YamlMime:ModuleUnit\nuid: m.${uid}\ntitle: ${title}\nmetadata:\n  description: D.\n  ms.date: 09/15/2020\ncontent: |\n  Text of ${title}.\n`;
  // As a folder's *.yml gives them: 10-summary.yml before 2-basics.yml; notes.md is no unit of it.
  const files: Record<string, string> = {
    '/r/m/1-introduction.yml': unit('introduction', 'Introduction'),
    '/r/m/10-summary.yml': unit('summary', 'Summary'),
    '/r/m/2-basics.yml': unit('basics', 'Basics'),
    '/r/m/index.yml':
      '### YamlMime:Module\nuid: m\ntitle: A module\nunits:\n- m.introduction\n- m.basics\n- m.summary\n',
    '/r/m/notes.md': '---\ntitle: Notes\ndescription: D.\nms.date: 01/02/2024\n---\n\n# Notes\n\nText.\n',
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(Object.keys(files), {}, access);
  assert.deepEqual(
    plan.pages.map((page) => page.slug),
    ['1-introduction', '2-basics', '10-summary', 'notes'],
  );
});
