/**
 * An include or code file of a repository Learn's build clones into the one imported (its
 * .openpublishing.publish.config.json's dependent_repositories) is said as that repository's, once, with
 * what to clone where: import trial 25, entra-docs' delete-application-portal.md includes twelve snippets of
 * `~/../microsoft-graph/` (MicrosoftGraph/microsoft-graph-docs), each said "does not exist" on its own line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import {
  dependentRepositoryNotes,
  parseDependentRepositories,
} from '../../src/lib/import/dependent-repositories.ts';
import { warningLines } from '../../src/lib/import/report.ts';

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
