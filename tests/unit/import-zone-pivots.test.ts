/** npm run import records the zone pivot titles of the pages it writes in src/data/learn-folder.json, which the build labels zones with. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n';

test("an azure-functions article: learn-folder.json gets its pivots' titles; an unknown group is warned of", async () => {
  const repo = tempDir('import-zones-');
  const files: Record<string, string> = {
    'articles/docfx.json': '{}\n',
    'articles/zone-pivot-groups.yml':
      '### YamlMime:ZonePivotGroups\ngroups:\n# Owner: x\n- id: programming-languages-set-functions\n  title: Programming languages\n  prompt: Choose a programming language\n  pivots:\n  - id: programming-language-csharp\n    title: C#\n  - id: programming-language-java\n    title: Java\n',
    'articles/functions/a.md': `${FRONT}zone_pivot_groups: programming-languages-set-functions, nope\n---\n\n# A\n\n::: zone pivot="programming-language-csharp"\nC# here.\n::: zone-end\n\n::: zone pivot="programming-language-java"\nJava here.\n::: zone-end\n`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  const site = tempDir('import-zones-site-');
  const run = await importCommand([
    join(repo, 'articles/functions/a.md'),
    '--read-root',
    repo,
    '--repository',
    'contoso/docs',
    '--learn-path',
    'azure/azure-functions',
    '--root',
    site,
  ]);
  const output = `${run.stdout}\n${run.stderr}`;
  const recorded = JSON.parse(readFileSync(join(site, 'src/data/learn-folder.json'), 'utf8')) as {
    pivotTitles?: unknown;
  };
  assert.deepEqual(recorded.pivotTitles, {
    'programming-language-csharp': 'C#',
    'programming-language-java': 'Java',
  });
  assert.match(
    output,
    /functions\/a\.md:6: zone_pivot_groups names "nope", which articles\/zone-pivot-groups\.yml has no group of/,
  );
});
