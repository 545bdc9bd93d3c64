/**
 * An HTML `<img>` whose path holds a parenthesis or a space is a Markdown image as any other `<img>` is: its
 * file published under /media/ and the page pointing there, or, when the folder lacks it, a warning and its alt
 * text. Real-folder trial BW, OfficeDocs-Exchange-Test-pr.fr-fr's Exchange-Deployments-2013 (TechNet articles
 * converted to Markdown): every note is a one-cell table headed by
 * `<img src="images/Dn986544.note(EXCHG.150).gif" title="Remarque" alt="Remarque" />Remarque :`, which the
 * import left as HTML with its path relative to the article, so the built page showed a broken image (a 404
 * under /<page>/images/) on 10 of 16 pages, its file was never copied and neither the import nor the build said so.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport } from '../../src/lib/import/convert.ts';
import { memoryFolder } from '../support/memory-folder.ts';

const GIF = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0]);
const FOLDER = '/repo/Exchange-Deployments-2013';
const PAGE = `${FOLDER}/transport-routing.md`;
const front =
  '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/10/2018\n---\n\n# Routage\n\n';
const noteTable = (src: string) =>
  '<table>\n<thead>\n<tr class="header">\n' +
  `<th><img src="${src}" title="Remarque" alt="Remarque" />Remarque :</th>\n` +
  '</tr>\n</thead>\n<tbody>\n<tr class="odd">\n<td>Les exemples de cette rubrique.</td>\n</tr>\n</tbody>\n</table>\n';

/** An in-memory folder of `files` (path → text or bytes). */
const folder = (files: Record<string, string | Uint8Array>) => memoryFolder(files, [FOLDER, '/repo']);

const importPage = (body: string, files: Record<string, string | Uint8Array> = {}) =>
  planImport([PAGE], { sourceRoot: FOLDER }, folder({ [PAGE]: `${front}${body}`, ...files }));

test('an <img> whose path holds parentheses is published and shown from /media/, as Learn shows it', () => {
  const plan = importPage(noteTable('images/Dn986544.note(EXCHG.150).gif'), {
    [`${FOLDER}/images/Dn986544.note(EXCHG.150).gif`]: GIF,
  });
  const body = plan.pages[0]?.body ?? '';
  assert.ok(
    body.includes('<th>![Remarque](/media/images/Dn986544.note\\(EXCHG.150\\).gif)Remarque :</th>'),
    body,
  );
  assert.doesNotMatch(body, /src="images\//);
  assert.deepEqual(
    plan.copies.map((copy) => copy.to),
    ['public/media/images/Dn986544.note(EXCHG.150).gif'],
  );
  assert.deepEqual(plan.warnings, []);
});

test('an <img> with a space in its path is published too; one the folder lacks is said, with its line', () => {
  const plan = importPage(
    `${noteTable('images/tip icon.gif')}\nText.\n\n${noteTable('images/Mt589761.tip(EXCHG.150).gif')}`,
    {
      [`${FOLDER}/images/tip icon.gif`]: GIF,
    },
  );
  const body = plan.pages[0]?.body ?? '';
  assert.ok(body.includes('<th>![Remarque](/media/images/tip%20icon.gif)Remarque :</th>'), body);
  assert.deepEqual(
    plan.copies.map((copy) => copy.to),
    ['public/media/images/tip icon.gif'],
  );
  assert.deepEqual(plan.warnings, [
    {
      file: PAGE,
      line: 28,
      message:
        'image "images/Mt589761.tip(EXCHG.150).gif" does not exist. The page shows its alt text instead.',
      missing: true,
      missingRead: { kind: 'image', path: `${FOLDER}/images/Mt589761.tip(EXCHG.150).gif` },
    },
  ]);
});
