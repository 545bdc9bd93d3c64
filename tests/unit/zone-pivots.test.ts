/** Zones labelled by their pivots' titles ("For C#:"), read from the docfx project's zone-pivot-groups.yml. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import {
  parseLearnFolderFile,
  recordImport,
  renderLearnFolderFile,
} from '../../src/lib/import/learn-folder.ts';
import { warningLines } from '../../src/lib/import/report.ts';
import { readZonePivotGroups } from '../../src/lib/import/zone-pivots.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Shaped like MicrosoftDocs/azure-docs articles/zone-pivot-groups.yml: comments, a comment between a group's id and title, `prompt`. */
const GROUPS = `### YamlMime:ZonePivotGroups
groups:
# Owner: erhopf
# One-off groups
- id: client-operating-system
  title: Programming languages
  prompt: Choose a client operating system
  pivots:
  - id: client-operating-system-linux
    title: Linux
##### Begin azure-functions    
- id: programming-languages-set-functions
  title: Programming languages
  prompt: Choose a programming language
  pivots:
  - id: programming-language-csharp
    title: C#
  - id: programming-language-java
    title: Java
  - id: programming-language-javascript
    title: JavaScript
- id: programming-languages-set-two
# Owner: erhopf
  title: Programming languages
  prompt: Choose a programming language
  pivots:
  - id: programming-language-cpp
    title: C++
  - id: programming-language-more
### end azure-functions
`;

describe('readZonePivotGroups', () => {
  test("reads each group's pivots and titles, comments and prompts aside; a pivot without a title is said with its line", () => {
    const { groups, warnings } = readZonePivotGroups(GROUPS);
    assert.deepEqual(
      [...(groups.get('programming-languages-set-functions') ?? [])],
      [
        ['programming-language-csharp', 'C#'],
        ['programming-language-java', 'Java'],
        ['programming-language-javascript', 'JavaScript'],
      ],
    );
    assert.deepEqual(
      [...(groups.get('programming-languages-set-two') ?? [])],
      [['programming-language-cpp', 'C++']],
    );
    assert.equal(groups.get('client-operating-system')?.get('client-operating-system-linux'), 'Linux');
    assert.deepEqual(warnings, [
      {
        line: 29,
        message:
          'a pivot of the group "programming-languages-set-two" has no "title" (programming-language-more): its zones are labelled by its id.',
      },
    ]);
  });

  test('reads the JSON docfx publishes of it too; a file without groups is said', () => {
    const json = JSON.stringify({ groups: [{ id: 'g', pivots: [{ id: 'p', title: 'P' }] }] });
    assert.equal(readZonePivotGroups(json).groups.get('g')?.get('p'), 'P');
    assert.match(readZonePivotGroups('title: x\n').warnings[0]?.message ?? '', /no "groups:" list/);
  });
});

const FRONT = (extra: string) =>
  `---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n${extra}---\n\n`;

/** The article: two zones (one for two pivots), as the azure-functions articles write them. */
const ZONES = `# Create a function

::: zone pivot="programming-language-csharp"
Run \`dotnet new\`.
::: zone-end

::: zone pivot="programming-language-java,programming-language-javascript"
Run \`mvn\` or \`npm\`.
::: zone-end
`;

function tree(files: Record<string, string>): string {
  const repo = realpathSync(tempDir('zone-pivots-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  return repo;
}

const disk: SourceFiles = {
  read: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  exists: (path) => existsSync(path),
  real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
};

/** The import of `article` (below `repo`), with --read-root at the repository's root. */
function importArticle(repo: string, article: string) {
  const plan = planImport([join(repo, article)], { readRoot: repo, today: '2024-01-02' }, disk);
  const warnings = plan.warnings
    .filter((note) => !/^zone: every pivot/.test(note.message))
    .map((note) => `${note.file.slice(repo.length + 1)}:${note.line}: ${note.message}`);
  return { plan, warnings };
}

describe('the import, on an azure-docs-shaped tree (articles/docfx.json, articles/zone-pivot-groups.yml)', () => {
  test('records the titles of the pivots the page uses in learn-folder.json, merged with those recorded before', () => {
    const repo = tree({
      'articles/docfx.json': '{"build": {}}\n',
      'articles/zone-pivot-groups.yml': GROUPS,
      'articles/functions/a.md': `${FRONT('zone_pivot_groups: programming-languages-set-functions\n')}${ZONES}`,
    });
    const { plan, warnings } = importArticle(repo, 'articles/functions/a.md');
    // The file's own problem, said once, at its line; the page's pivots all have titles.
    assert.deepEqual(warnings, [
      'articles/zone-pivot-groups.yml:29: a pivot of the group "programming-languages-set-two" has no "title" (programming-language-more): its zones are labelled by its id.',
    ]);
    assert.deepEqual(plan.pivotTitles, {
      'programming-language-csharp': 'C#',
      'programming-language-java': 'Java',
      'programming-language-javascript': 'JavaScript',
    });
    const before = { learnFolder: 'defender-business', articles: [], pivotTitles: { 'cli-az': 'Azure CLI' } };
    const text = renderLearnFolderFile(
      recordImport(before, 'azure/azure-functions', ['a.md'], ['a'], plan.pivotTitles),
    );
    assert.deepEqual(parseLearnFolderFile(text, 'learn-folder.json').pivotTitles, {
      'cli-az': 'Azure CLI',
      'programming-language-csharp': 'C#',
      'programming-language-java': 'Java',
      'programming-language-javascript': 'JavaScript',
    });
  });

  test('an unknown group, a pivot in none of the groups, and no file at all are warned of with file and line', () => {
    const repo = tree({
      'articles/docfx.json': '{}\n',
      'articles/zone-pivot-groups.yml': GROUPS,
      'articles/functions/a.md': `${FRONT('zone_pivot_groups: programming-languages-set-two, no-such-group\n')}${ZONES}`,
      'other/docfx.json': '{}\n',
      'other/b.md': `${FRONT('zone_pivot_groups: programming-languages-set-functions\n')}${ZONES}`,
    });
    const { plan, warnings } = importArticle(repo, 'articles/functions/a.md');
    assert.deepEqual(plan.pivotTitles, {});
    assert.deepEqual(warnings, [
      'articles/functions/a.md:6: zone_pivot_groups names "no-such-group", which articles/zone-pivot-groups.yml has no group of: the zones for its pivots are labelled by pivot id. Check the group\'s id there.',
      'articles/functions/a.md:11: the zone pivot "programming-language-csharp" is in none of its zone_pivot_groups (programming-languages-set-two, no-such-group) in articles/zone-pivot-groups.yml: labelled "For programming-language-csharp:". Add it to its group there, or fix the pivot\'s id.',
      'articles/functions/a.md:15: the zone pivot "programming-language-java" is in none of its zone_pivot_groups (programming-languages-set-two, no-such-group) in articles/zone-pivot-groups.yml: labelled "For programming-language-java:". Add it to its group there, or fix the pivot\'s id.',
      'articles/functions/a.md:15: the zone pivot "programming-language-javascript" is in none of its zone_pivot_groups (programming-languages-set-two, no-such-group) in articles/zone-pivot-groups.yml: labelled "For programming-language-javascript:". Add it to its group there, or fix the pivot\'s id.',
      'articles/zone-pivot-groups.yml:29: a pivot of the group "programming-languages-set-two" has no "title" (programming-language-more): its zones are labelled by its id.',
    ]);
    const other = importArticle(repo, 'other/b.md');
    assert.deepEqual(other.plan.pivotTitles, {});
    assert.match(
      other.warnings.join('\n'),
      /^other\/b\.md:6: the zone pivot groups file "zone-pivot-groups\.json" is not in other\/ \(the folder of its docfx\.json\)/,
    );
  });

  test('no groups file for several articles of a docset is one warning line naming them', () => {
    const repo = tree({
      'other/docfx.json': '{}\n',
      'other/b.md': `${FRONT('zone_pivot_groups: programming-languages-set-functions\n')}${ZONES}`,
      'other/c.md': `${FRONT('zone_pivot_groups: programming-languages-set-functions\n')}${ZONES}`,
    });
    const plan = planImport(
      [join(repo, 'other/b.md'), join(repo, 'other/c.md')],
      { readRoot: repo, today: '2024-01-02' },
      disk,
    );
    const lines = warningLines(plan.warnings, (file) => file.slice(repo.length + 1)).filter((line) =>
      line.includes('zone pivot groups file'),
    );
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(
      lines[0] ?? '',
      /^2 files \(other\/b\.md:6, other\/c\.md:6\): the zone pivot groups file "zone-pivot-groups\.json" is not in other\//,
    );
  });

  test("a file named by zone_pivot_group_filename (front matter or docfx.json's metadata) is read, as its .yml source", () => {
    const repo = tree({
      'articles/docfx.json': JSON.stringify({
        build: {
          fileMetadata: { zone_pivot_group_filename: { 'functions/**': 'functions/zone-pivot-groups.json' } },
        },
      }),
      'articles/functions/zone-pivot-groups.yml': GROUPS,
      'articles/functions/a.md': `${FRONT('zone_pivot_groups: programming-languages-set-functions\n')}${ZONES}`,
      'articles/kusto/zone-pivot-groups.json': JSON.stringify({
        groups: [{ id: 'kql', pivots: [{ id: 'programming-language-csharp', title: 'C# in Kusto' }] }],
      }),
      'articles/b.md': `${FRONT('zone_pivot_group_filename: kusto/zone-pivot-groups.json\nzone_pivot_groups: kql\n')}::: zone pivot="programming-language-csharp"\nX.\n::: zone-end\n`,
    });
    assert.equal(
      importArticle(repo, 'articles/functions/a.md').plan.pivotTitles['programming-language-csharp'],
      'C#',
    );
    const kusto = importArticle(repo, 'articles/b.md');
    assert.deepEqual(kusto.warnings, []);
    assert.deepEqual(kusto.plan.pivotTitles, { 'programming-language-csharp': 'C# in Kusto' });
  });

  test("a groups file docfx.json names by its URL is read where docfx v3 finds it: below the article's product folder, from the content group publishing it", () => {
    // As dotnet/docs-aspire (real-folder trial CL): docfx.json at the root, its articles under docs/ at
    // Learn's /dotnet/aspire/, the groups named aspire/zones/zone-pivot-groups.json (/dotnet/aspire/zones/…),
    // which `{ "src": "docs", "dest": "." }` publishes from docs/zones/zone-pivot-groups.yml.
    const repo = tree({
      'docfx.json': JSON.stringify({
        build: {
          content: [{ files: ['**/*.md'], src: 'docs', dest: '.' }],
          globalMetadata: { zone_pivot_group_filename: 'aspire/zones/zone-pivot-groups.json' },
        },
      }),
      'docs/zones/zone-pivot-groups.yml': GROUPS,
      'docs/caching/a.md': `${FRONT('zone_pivot_groups: programming-languages-set-functions\n')}${ZONES}`,
    });
    const read = (learnFolder?: string) => {
      const plan = planImport(
        [join(repo, 'docs/caching/a.md')],
        { readRoot: repo, today: '2024-01-02', learnFolder },
        disk,
      );
      return { titles: plan.pivotTitles, warnings: plan.warnings.map((note) => note.message) };
    };
    const imported = read('dotnet/aspire/caching');
    assert.equal(imported.titles['programming-language-csharp'], 'C#');
    assert.doesNotMatch(imported.warnings.join('\n'), /zone pivot groups file/);
    // Its Learn path unknown (no --learn-path matching where docfx.json publishes it), the file is not found.
    assert.match(
      read('somewhere/else').warnings.join('\n'),
      /the zone pivot groups file "aspire\/zones\/zone-pivot-groups\.json" is not in \.\//,
    );
  });

  test('the groups file is read from inside --read-root only: a symlink out of it is refused, the ids kept', () => {
    const outside = tree({ 'zone-pivot-groups.yml': GROUPS });
    const repo = tree({
      'articles/docfx.json': '{}\n',
      'articles/functions/a.md': `${FRONT('zone_pivot_groups: programming-languages-set-functions\n')}${ZONES}`,
    });
    symlinkSync(join(outside, 'zone-pivot-groups.yml'), join(repo, 'articles/zone-pivot-groups.yml'));
    const { plan, warnings } = importArticle(repo, 'articles/functions/a.md');
    assert.deepEqual(plan.pivotTitles, {});
    assert.match(
      warnings.join('\n'),
      /a\.md:6: "zone-pivot-groups\.yml" is a link to a file outside the source folder/,
    );
  });

  test('zones with no zone_pivot_groups are labelled by id, said once at the first zone', () => {
    const repo = tree({ 'articles/functions/a.md': `${FRONT('')}${ZONES}` });
    const { plan, warnings } = importArticle(repo, 'articles/functions/a.md');
    assert.deepEqual(plan.pivotTitles, {});
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /^articles\/functions\/a\.md:10: its zones are labelled by pivot id/);
  });
});

describe('learn-folder.json pivotTitles', () => {
  test('are text: anything else is refused with the file named', () => {
    const data = (pivotTitles: unknown) => JSON.stringify({ learnFolder: 'x', articles: [], pivotTitles });
    assert.throws(
      () => parseLearnFolderFile(data({ a: 1 }), 'src/data/learn-folder.json'),
      /learn-folder\.json: "pivotTitles" must be/,
    );
    assert.throws(
      () => parseLearnFolderFile(data(['C#']), 'src/data/learn-folder.json'),
      /"pivotTitles" must be/,
    );
    assert.deepEqual(parseLearnFolderFile(data({ a: 'A' }), 'f').pivotTitles, { a: 'A' });
  });
});

/** The HTML of `markdown` through the site's pipeline, with the Learn folders given. */
async function render(markdown: string, pivotTitles: Record<string, string>): Promise<string> {
  const pipeline = markdownPipeline({
    root: new URL('file:///nonexistent-project/'),
    sitePages: ['page'],
    strictLinks: false,
    learnFolders: { learnFolder: 'defender-business', articles: [], pivotTitles },
  });
  const file = new VFile({ path: '/site/content/page.md', value: markdown });
  return String(await compile(file, { ...pipeline, format: 'md', outputFormat: 'function-body' }));
}

describe('the zone label', () => {
  const titles = { 'programming-language-csharp': 'C#', 'programming-language-java': 'Java' };
  test('reads the title of its pivot: "For C#:"; of several, "For Java, JavaScript:" by title or id', async () => {
    const html = await render(
      ZONES.replace('programming-language-javascript', 'programming-language-csharp'),
      titles,
    );
    assert.match(html, /For C#:/);
    assert.match(html, /For Java, C#:/);
    assert.doesNotMatch(html, /For programming-language/);
    assert.match(await render(ZONES, titles), /For Java, programming-language-javascript:/);
  });

  test('without a title it reads the id, as before; a target is never a pivot', async () => {
    assert.match(await render(ZONES, {}), /For programming-language-csharp:/);
    assert.match(await render('::: zone target="docs"\nX.\n::: zone-end\n', { docs: 'Docs' }), /For docs:/);
  });
});
