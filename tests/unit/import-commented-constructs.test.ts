/**
 * What an HTML comment holds is not on Learn's page, so the import reads none of it. customer-insights-pr.he-il's
 * ci-docs/apis.md (real-folder trial BY) comments out its screenshots, `<!--  :::image type="content"
 * source="media/enable-apis.gif" alt-text="…"::: -->`, five of them: the import warned of each, `image
 * "media/enable-apis.gif" does not exist. The page shows its alt text instead.`, of a page that shows nothing
 * there, and would have published those images had they been there, for no page to show. A comment in code
 * is the code's text, and stays.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport } from '../../src/lib/import/convert.ts';
import { memoryFolder } from '../support/memory-folder.ts';

const GIF = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0]);
const front = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';
const FOLDER = '/ci/ci-docs';
const PAGE = `${FOLDER}/apis.md`;

const folder = (files: Record<string, string | Uint8Array>) => memoryFolder(files, [FOLDER, '/ci']);

const importPage = (body: string, files: Record<string, string | Uint8Array> = {}) =>
  planImport(
    [PAGE],
    { sourceRoot: FOLDER },
    folder({ [PAGE]: `${front}# Work with the APIs\n\n${body}`, ...files }),
  );

const STEPS = [
  '1. Go to the **APIs** tab and select **Enable**.',
  '',
  '<!--  :::image type="content" source="media/enable-apis.gif" alt-text="Enable Customer Insights APIs."::: -->',
  '',
  '1. Select **Explore our APIs**.',
  '',
  ' <!--  :::image type="content" source="media/grant-admin-consent.gif" alt-text="How to grant admin consent."::: -->',
  '',
  'Text <!-- ![Old](media/old.png) --> after.',
  '',
].join('\n');

test('a commented-out image is neither warned of nor published, and the page shows nothing of it', () => {
  const plan = importPage(STEPS, { [`${FOLDER}/media/enable-apis.gif`]: GIF });
  assert.deepEqual(
    plan.warnings.map((warning) => warning.message),
    [],
  );
  assert.deepEqual(plan.copies, []);
  const body = plan.pages[0]?.body ?? '';
  assert.doesNotMatch(body, /enable-apis|grant-admin-consent|old\.png|Enable Customer Insights APIs/);
  assert.match(body, /Select \*\*Explore our APIs\*\*/);
  assert.match(body, /Text +after\./);
});

test('an image after a comment keeps its line in the warning', () => {
  const plan = importPage(
    `${STEPS}:::image type="content" source="media/missing.png" alt-text="Missing.":::\n`,
  );
  assert.deepEqual(
    plan.warnings.map((warning) => [warning.line, warning.message.slice(0, 30)]),
    [[19, 'image "media/missing.png" does']],
  );
});

test('a comment inside code is the code, and stays', () => {
  const plan = importPage('```xml\n<!-- Add these namespaces -->\n<a/>\n```\n\n    <!-- indented -->\n');
  assert.match(plan.pages[0]?.body ?? '', /^<!-- Add these namespaces -->$/m);
  assert.match(plan.pages[0]?.body ?? '', /^<!-- indented -->$/m);
});

test('an :::image::: inside code is the code, as written: not published, nor warned of', () => {
  const directive = ':::image type="content" source="media/enable-apis.gif" alt-text="Enable.":::';
  const plan = importPage(`\`\`\`xml\n<!-- ${directive} -->\n${directive}\n\`\`\`\n`, {
    [`${FOLDER}/media/enable-apis.gif`]: GIF,
  });
  const body = plan.pages[0]?.body ?? '';
  assert.match(
    body,
    /^<!-- :::image type="content" source="media\/enable-apis\.gif" alt-text="Enable\.":::/m,
  );
  assert.match(body, /^:::image type="content" source="media\/enable-apis\.gif" alt-text="Enable\.":::$/m);
  assert.deepEqual(plan.copies, []);
  assert.deepEqual(plan.warnings, []);
  // The same image outside code is published.
  const outside = importPage(`${directive}\n`, { [`${FOLDER}/media/enable-apis.gif`]: GIF });
  assert.match(outside.pages[0]?.body ?? '', /source="\/media\/enable-apis\.gif"/);
});
