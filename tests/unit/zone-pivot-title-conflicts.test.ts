/**
 * A pivot id two groups title differently is labelled by one title on the site (learn-folder.json's
 * `pivotTitles`, by pivot id), so a page whose own group titles it otherwise is said, at its zone's line,
 * with the label it gets. Import trial 34 (MicrosoftDocs/azure-aks-docs): its zone-pivot-groups.yml titles
 * the pivot `arm` "ARM templates" in the group arm-azure-cli and "ARM template" in azure-cli-or-arm; a page
 * of each imported together read the first page's title, and nothing said so.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { tempDir } from '../support/temp-dir.ts';

const GROUPS = `### YamlMime:ZonePivotGroups
groups:
- id: arm-azure-cli
  title: Interaction type
  prompt: Select how you want to interact with Azure
  pivots:
  - id: azure-cli
    title: Azure CLI
  - id: arm
    title: ARM templates
- id: azure-cli-or-arm
  title: Choose a deployment method
  prompt: Choose a deployment method
  pivots:
  - id: azure-cli
    title: Azure CLI
  - id: arm
    title: ARM template
`;

const page = (title: string, group: string) =>
  `---\ntitle: ${title}\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\nzone_pivot_groups: ${group}\n---\n\n# ${title}\n\n:::zone pivot="azure-cli"\n\nRun the CLI.\n\n:::zone-end\n\n:::zone pivot="arm"\n\nDeploy the template.\n\n:::zone-end\n`;

const disk: SourceFiles = {
  read: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  exists: (path) => existsSync(path),
  real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
};

test('a page whose group titles a pivot otherwise than the title the site labels it by is said so at its zone', () => {
  const repo = realpathSync(tempDir('pivot-title-conflicts-'));
  const files: Record<string, string> = {
    'articles/docfx.json': '{"build": {}}\n',
    'articles/zone-pivot-groups.yml': GROUPS,
    'articles/aks/a.md': page('Deploy A', 'arm-azure-cli'),
    'articles/aks/b.md': page('Deploy B', 'azure-cli-or-arm'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  const plan = planImport(
    ['a.md', 'b.md'].map((name) => join(repo, 'articles/aks', name)),
    { readRoot: repo, today: '2024-01-02' },
    disk,
  );
  assert.deepEqual(plan.pivotTitles, { 'azure-cli': 'Azure CLI', arm: 'ARM templates' });
  const said = plan.warnings
    .filter((note) => !/^zone: every pivot/.test(note.message))
    .map((note) => `${note.file.slice(repo.length + 1)}:${String(note.line)}: ${note.message}`);
  const first = relative(process.cwd(), join(repo, 'articles/aks/a.md'));
  assert.deepEqual(said, [
    `articles/aks/b.md:17: the zone pivot "arm" is titled "ARM template" in this article's zone_pivot_groups, but "ARM templates" in ${first}'s: the site labels every zone of a pivot id by one title, so this page's zones for it read "For ARM templates:".`,
  ]);
});
