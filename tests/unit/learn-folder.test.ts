/** src/data/learn-folder.json as the import keeps it: every folder the site's pages come from, as Prettier writes it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
  parseLearnFolderFile,
  recordImport,
  renderLearnFolderFile,
} from '../../src/lib/import/learn-folder.ts';

const PATH = fileURLToPath(new URL('../../src/data/learn-folder.json', import.meta.url));
const site = {
  learnFolder: 'defender-business',
  articles: ['mdb-overview.md', 'mdb-setup-configuration.md'],
};

describe('recordImport', () => {
  test("another folder is recorded beside the default one, whose articles stay: the site's pages keep resolving", () => {
    const after = recordImport(site, 'contoso/kb', ['b.md', 'a.md'], ['b', 'a']);
    assert.deepEqual(after, {
      ...site,
      otherFolders: [{ learnFolder: 'contoso/kb', articles: ['a.md', 'b.md'], pages: ['a', 'b'] }],
    });
    const again = recordImport(after, 'contoso/kb', ['c.md'], ['c']);
    assert.deepEqual(again.otherFolders, [
      { learnFolder: 'contoso/kb', articles: ['a.md', 'b.md', 'c.md'], pages: ['a', 'b', 'c'] },
    ]);
  });

  test('a page imported again from another folder is that folder’s; a folder left with no page is dropped', () => {
    const two = recordImport(recordImport(site, 'x', ['a.md'], ['a']), 'y', ['a.md'], ['a']);
    assert.deepEqual(two.otherFolders, [{ learnFolder: 'y', articles: ['a.md'], pages: ['a'] }]);
    const back = recordImport(two, 'defender-business', ['a.md', 'mdb-overview.md'], ['a']);
    assert.deepEqual(back, {
      learnFolder: 'defender-business',
      articles: ['a.md', 'mdb-overview.md', 'mdb-setup-configuration.md'],
      otherFolders: [],
    });
  });
  test("a file refused for its page's URL is none of the folder's articles, though an import before listed it", () => {
    // An import before this one recorded every file of the folder: close-method.md beside Close(method).md,
    // whose page /close-method/ a link to close-method.md then reached.
    const before = recordImport(
      site,
      'docs',
      ['close(method).md', 'close-method.md', '().md'],
      ['close-method'],
    );
    const after = recordImport(
      before,
      'docs',
      ['close(method).md', 'close-method.md', '().md', 'index.md'],
      ['close-method', 'index'],
      {},
      undefined,
      ['close-method.md', '().md'],
    );
    assert.deepEqual(after.otherFolders, [
      { learnFolder: 'docs', articles: ['close(method).md', 'index.md'], pages: ['close-method', 'index'] },
    ]);
    const own = recordImport(
      site,
      'defender-business',
      ['a(b)(c).md', 'a(b-c).md'],
      ['a-b-c'],
      {},
      undefined,
      ['a(b-c).md'],
    );
    assert.deepEqual(own.articles, ['a(b)(c).md', 'mdb-overview.md', 'mdb-setup-configuration.md']);
  });
});

describe('the file', () => {
  test('reads and writes back as it is, as Prettier writes it (npm run lint checks it)', async () => {
    const options = { ...(await resolveConfig(PATH)), filepath: PATH };
    const text = readFileSync(PATH, 'utf8');
    assert.equal(renderLearnFolderFile(parseLearnFolderFile(text, PATH)), text);
    const several = renderLearnFolderFile(
      recordImport(
        recordImport(site, 'contoso/kb', ['a.md'], ['a']),
        'windows/security/identity-protection/hello-for-business/deploy',
        Array.from({ length: 12 }, (_, index) => `hybrid-cloud-kerberos-trust-${index}.md`),
        ['hybrid-cloud-kerberos-trust', 'cloud-only'],
      ),
    );
    assert.equal(await format(several, options), several);
    assert.deepEqual(parseLearnFolderFile(several, PATH).otherFolders?.length, 2);
  });

  test('a file not as the import writes it is an error naming it', () => {
    assert.throws(
      () => parseLearnFolderFile('{', 'src/data/learn-folder.json'),
      /learn-folder\.json: not valid JSON/,
    );
    assert.throws(
      () => parseLearnFolderFile('{"learnFolder": 1}', 'src/data/learn-folder.json'),
      /learn-folder\.json: must hold "learnFolder"/,
    );
  });
});
