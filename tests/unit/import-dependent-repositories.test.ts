/**
 * An include, code file or image of a repository Learn's build clones into the one imported (its
 * .openpublishing.publish.config.json's dependent_repositories) is said as that repository's, once, with
 * what to clone where: import trial 25, entra-docs' delete-application-portal.md includes twelve snippets of
 * `~/../microsoft-graph/` (MicrosoftGraph/microsoft-graph-docs), each said "does not exist" on its own line.
 * Import trial 32: azure-databases-docs' pages show icons of `~/reusable-content/`, each said "does not
 * exist", and its config is no JSON (`"need_pr_comments", true,`), which the import read as listing nothing.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import {
  dependentRepositoryNotes,
  parseDependentRepositories,
} from '../../src/lib/import/dependent-repositories.ts';
import { warningLines } from '../../src/lib/import/report.ts';
import { importCommand } from '../support/run-import.ts';
import { siteWithHome, tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 01/02/2024\n---\n\n';

const CONFIG = JSON.stringify({
  dependent_repositories: [
    { path_to_root: '_themes', url: 'https://github.com/Microsoft/templates.docs.msft', branch: 'main' },
    {
      path_to_root: 'microsoft-graph',
      url: 'https://github.com/MicrosoftGraph/microsoft-graph-docs',
      branch: 'main',
    },
    { path_to_root: 'samples/', url: 'https://github.com/Azure-Samples/ms-identity-node.git' },
    { path_to_root: '../outside', url: 'https://github.com/a/b' },
  ],
});

test("the publish config's dependent repositories: folder, owner/name and branch, none outside the repository", () => {
  assert.deepEqual(parseDependentRepositories(CONFIG), [
    { folder: '_themes', repository: 'Microsoft/templates.docs.msft', branch: 'main' },
    { folder: 'microsoft-graph', repository: 'MicrosoftGraph/microsoft-graph-docs', branch: 'main' },
    { folder: 'samples', repository: 'Azure-Samples/ms-identity-node' },
  ]);
  assert.deepEqual(parseDependentRepositories('not json'), []);
});

test("missing includes and code of a dependent repository's folder are one warning each, naming it and what to do", () => {
  const snippet = (language: string) =>
    `# [${language}](#tab/${language})\n[!INCLUDE [sample-code](../../microsoft-graph/snippets/${language}/list.md)]\n\n`;
  const files: Record<string, string> = {
    '/repo/docs/apps/delete.md': `${FRONT}# Delete\n\n${['csharp', 'go', 'php'].map(snippet).join('')}---\n\n:::code language="javascript" source="../../samples/app.js":::\n\n[!INCLUDE [note](../includes/note.md)]\n`,
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(['/repo/docs/apps/delete.md'], { readRoot: '/repo' }, access);
  const notes = dependentRepositoryNotes(plan.warnings, parseDependentRepositories(CONFIG), (path) =>
    path.startsWith('/repo/') ? path.slice('/repo/'.length) : undefined,
  );
  const lines = warningLines(
    notes.filter((note) => note.missing),
    (file) => file.replace('/repo/docs/apps/', ''),
  );
  assert.deepEqual(lines, [
    "delete.md:11: [!INCLUDE] of microsoft-graph/ left out of the page: Learn's build clones MicrosoftGraph/microsoft-graph-docs (branch main) there (.openpublishing.publish.config.json's dependent_repositories, at the repository's root), and the copy read lacks it. Clone that repository into microsoft-graph/ and import again to show it. (used 3 times in this file: also lines 14, 17)",
    "delete.md:21: code file of samples/ left out of the page: Learn's build clones Azure-Samples/ms-identity-node there (.openpublishing.publish.config.json's dependent_repositories, at the repository's root), and the copy read lacks it. Clone that repository into samples/ and import again to show it.",
    'delete.md:23: [!INCLUDE] "../includes/note.md" does not exist. Its text is left out of the page: add the file, or remove the [!INCLUDE].',
  ]);
});

test("a missing image of a dependent repository's folder is said as that repository's, its alt text shown", () => {
  const files: Record<string, string> = {
    '/repo/docs/apps/a.md': `${FRONT}# A\n\nAPPLIES TO: :::image type="icon" source="~/samples/media/yes.svg" border="false"::: Table\n\n![Gone.](media/gone.png)\n`,
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(['/repo/docs/apps/a.md'], { readRoot: '/repo' }, access);
  const notes = dependentRepositoryNotes(plan.warnings, parseDependentRepositories(CONFIG), (path) =>
    path.startsWith('/repo/') ? path.slice('/repo/'.length) : undefined,
  );
  assert.deepEqual(
    warningLines(
      notes.filter((note) => note.missing),
      (file) => file.replace('/repo/docs/apps/', ''),
    ),
    [
      "a.md:10: image of samples/ not shown (the page shows its alt text): Learn's build clones Azure-Samples/ms-identity-node there (.openpublishing.publish.config.json's dependent_repositories, at the repository's root), and the copy read lacks it. Clone that repository into samples/ and import again to show it.",
      'a.md:12: image "media/gone.png" does not exist. The page shows its alt text instead.',
    ],
  );
});

test('a publish config that is no JSON is said at its line, with what it costs, and its repositories are not guessed', async () => {
  const repo = tempDir('import-publish-config-');
  mkdirSync(join(repo, 'docs'));
  writeFileSync(
    join(repo, '.openpublishing.publish.config.json'),
    CONFIG.replace('{"dependent_repositories"', '{\n  "need_pr_comments", true,\n  "dependent_repositories"'),
  );
  writeFileSync(
    join(repo, 'docs/a.md'),
    `${FRONT}# A\n\n:::image type="content" source="~/samples/media/shot.png" alt-text="Shot.":::\n`,
  );
  const site = siteWithHome('import-publish-config-site-');
  const { status, output } = await importCommand([
    join(repo, 'docs/a.md'),
    '--read-root',
    repo,
    '--learn-path',
    'azure/a',
    '--root',
    site,
  ]);
  assert.equal(status, 0, output);
  assert.match(
    output,
    /\.openpublishing\.publish\.config\.json:2: not JSON \(Expected ':' after property name[^)]*\)\): its dependent_repositories and redirection_files are not read, .* Fix that line, then import again\./,
  );
  assert.match(output, /a\.md:10: image "~\/samples\/media\/shot\.png" does not exist/);
});
