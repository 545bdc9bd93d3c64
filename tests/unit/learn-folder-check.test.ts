/**
 * src/data/learn-folder.json as the build reads it: a file written before locales (no "locale") links
 * Learn's en-us (red team round 5: https://learn.microsoft.com/undefined/… on every Learn link).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { learnArticleUrl } from '../../src/lib/learn-links.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LEARN = 'https://learn.microsoft.com';

describe('src/data/learn-folder.json', () => {
  /** src/ copied with `data` as its learn-folder.json: src/consts.ts as the build would load it. */
  async function constsWith(data: object) {
    const dir = mkdtempSync(join(tmpdir(), 'learn-folder-consts-'));
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src/data/learn-folder.json'), JSON.stringify(data));
    return (await import(
      pathToFileURL(join(dir, 'src/consts.ts')).href
    )) as typeof import('../../src/consts.ts');
  }

  test('written before locales (no "locale"), the site links Learn in en-us, not /undefined', async () => {
    const consts = await constsWith({ learnFolder: 'defender-business', articles: ['mdb-overview.md'] });
    assert.equal(consts.LEARN_BASE, `${LEARN}/en-us`);
    assert.equal(consts.LEARN_FOLDER, 'defender-business');
    assert.equal(
      learnArticleUrl('mdb-asr', consts.LEARN_BASE, consts.LEARN_FOLDER, []),
      `${LEARN}/en-us/defender-business/mdb-asr`,
    );
  });
});
