/**
 * A file a page names in another case than the folder's (an include, an image, a code file) is read as Learn's
 * build reads it, without case. Real-folder trial CE, MicrosoftDocs/dynamics-365-customer-engagement's
 * ce/customer-service/channel-integration-framework/reference: every method page opens with
 * `[!INCLUDE[setWidth](includes/setWidth-description.md)]`, its one-line description, from the folder
 * `Includes/`, and the overview's tables give each method's description so. The import said each "does not
 * exist" and left it out: 12 of 19 pages lost their first sentence (their description became the "Returns a
 * promise…" of the section below) and the overview's Description columns were empty, where Learn shows them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport } from '../../src/lib/import/convert.ts';
import { memoryFolder } from '../support/memory-folder.ts';

const GIF = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0]);
const ROOT = '/repo/cif';
const FOLDER = `${ROOT}/reference/microsoft-ciframework`;
const PAGE = `${FOLDER}/setWidth.md`;
const front = '---\ntitle: T\ndescription: ""\nauthor: test\nms.date: 12/31/2019\n---\n\n';

const importPage = (body: string, files: Record<string, string | Uint8Array>) =>
  planImport(
    [PAGE],
    { sourceRoot: ROOT },
    memoryFolder({ [PAGE]: `${front}# setWidth (CIF JavaScript API Reference)\n\n${body}`, ...files }, [
      ROOT,
      `${ROOT}/reference`,
      FOLDER,
    ]),
  );

test('an include whose folder is written in another case is read, nested includes too, and said to exist', () => {
  const plan = importPage(
    '[!INCLUDE[setWidth](includes/setWidth-description.md)]\n\n[!INCLUDE[token](../../SHARED/token-setwidth.md)]\n',
    {
      [`${FOLDER}/Includes/setWidth-description.md`]: 'Sets the panel width.\n',
      [`${ROOT}/shared/token-setWidth.md`]:
        '## Syntax\n\n`setWidth(value)`\n\n[!INCLUDE[more](Notes/NOTE.md)]\n',
      [`${ROOT}/shared/notes/note.md`]: 'The width is at least 300.\n',
    },
  );
  const page = plan.pages[0];
  assert.match(page?.body ?? '', /^Sets the panel width\.$/m);
  assert.match(page?.body ?? '', /^## Syntax$/m);
  assert.match(page?.body ?? '', /^The width is at least 300\.$/m);
  assert.equal(page?.frontMatter.description, 'Sets the panel width.');
  assert.deepEqual(
    plan.warnings.filter((warning) => /INCLUDE|exist/.test(warning.message)),
    [],
  );
});

test('an image in another case is published from the file as it is named; a name two files share in other cases is not guessed', () => {
  const plan = importPage('![The panel.](Media/Panel.GIF)\n\n[!INCLUDE[x](twice.md)]\n', {
    [`${FOLDER}/media/panel.gif`]: GIF,
    [`${FOLDER}/TWICE.md`]: 'One.\n',
    [`${FOLDER}/Twice.md`]: 'Two.\n',
  });
  const body = plan.pages[0]?.body ?? '';
  assert.match(
    body,
    /!\[The panel\.\]\(\/media\/reference\/microsoft-ciframework\/media\/panel\.gif\)/,
    body,
  );
  assert.doesNotMatch(body, /One\.|Two\./);
  assert.ok(
    plan.warnings.some((warning) => warning.message.includes('"twice.md" does not exist')),
    plan.warnings.map((warning) => warning.message).join('\n'),
  );
});
