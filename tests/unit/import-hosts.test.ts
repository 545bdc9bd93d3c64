/** `npm run import --allow-new-hosts`: the hosts added are those of the pages imported, not of a file left out. */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { fileURLToPath } from 'node:url';
import { parseHostList } from '../../src/lib/import/hosts.ts';
import { tempDir } from '../support/temp-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const front = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';

// As dotnet/docs docs/core/testing: its index.md (kept out: the site has a home page) links deviq.com, which
// no other article does; a file refused whole (front matter that is not YAML) links refused.example.
const source = tempDir('import-hosts-src-');
writeFileSync(
  join(source, 'index.md'),
  `${front}# Testing\n\nSee [the pattern](https://deviq.com/principles/explicit-dependencies) and [xUnit](https://xunit.net/).\n`,
);
writeFileSync(
  join(source, 'faq.md'),
  `${front}# FAQ\n\nRun [xUnit](https://xunit.net/docs/getting-started).\n`,
);
writeFileSync(
  join(source, 'broken.md'),
  '---\ntitle: [unclosed\n---\n\n# Broken\n\nSee [it](https://refused.example/).\n',
);
const dir = tempDir('import-hosts-');
cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
const run = await importCommand([
  ...['index.md', 'faq.md', 'broken.md'].map((file) => join(source, file)),
  '--learn-path',
  'contoso/testing',
  '--allow-new-hosts',
  '--root',
  dir,
]);
const output = `${run.stdout}\n${run.stderr}`;

test('a host linked only from the page kept out or the file refused is neither allowed nor reported', () => {
  assert.match(output, /home {6}.*index\.md: not imported/);
  assert.match(output, /refused {3}.*broken\.md/);
  const hosts = parseHostList(readFileSync(join(dir, 'src/data/outbound-hosts.json'), 'utf8'), 'hosts');
  assert.equal(hosts['xunit.net'], 'Other sites');
  assert.ok(!('deviq.com' in hosts), 'deviq.com is only on the page not imported');
  assert.ok(!('refused.example' in hosts), 'refused.example is only in the refused file');
  assert.doesNotMatch(output, /deviq\.com|refused\.example/);
});

test('a host of the pages imported is counted there, said where their source first links it', () => {
  assert.match(
    output,
    /host {6}xunit\.net: 1 link\(s\), first at \S*\/faq\.md:10 \(added under "Other sites"\)/,
  );
  assert.match(output, /wrote {5}src\/data\/outbound-hosts\.json: 1 host\(s\) allowed/);
});
