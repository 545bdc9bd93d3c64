/**
 * A zone's label shows its pivot's title from zone-pivot-groups.yml, written after the build's check of the
 * page's own text: the import leaves out a title the site would refuse in text, and caps what it reads;
 * the build refuses such a title recorded in learn-folder.json.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import {
  MAX_FILE_PIVOTS,
  MAX_GROUP_PIVOTS,
  MAX_PIVOT_TITLE,
  readZonePivotGroups,
} from '../../src/lib/import/zone-pivots.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Shaped like azure-docs' articles/zone-pivot-groups.yml, with `extra` pivots in the group. */
const groupsFile = (extra: string) => `### YamlMime:ZonePivotGroups
groups:
- id: programming-languages-set-functions
  title: Programming languages
  prompt: Choose a programming language
  pivots:
  - id: programming-language-csharp
    title: C#
${extra}`;

describe('the import reads pivot titles', () => {
  test('a title with a right-to-left override is left out, with the yml line and what to do', () => {
    // The red team's title: it showed "C# (elpmaxe.live//:sptth)[x] exe.png" on the page.
    const { groups, warnings } = readZonePivotGroups(
      groupsFile(
        '  - id: programming-language-java\n    title: "Java \\u202Egnp.exe [x](https://evil.example)"\n  - id: programming-language-python\n    title: "Py\\u0000thon"\n',
      ),
    );
    assert.deepEqual(
      [...(groups.get('programming-languages-set-functions') ?? [])],
      [['programming-language-csharp', 'C#']],
    );
    assert.deepEqual(
      warnings.map(({ line, message }) => `${line}: ${message}`),
      [
        '10: the title of the pivot "programming-language-java" in the group "programming-languages-set-functions" holds the bidirectional control character U+202E: it makes text show in another order than it is written. Remove it; right-to-left text needs no control character. It is left out: its zones are labelled by its id.',
        '12: the title of the pivot "programming-language-python" in the group "programming-languages-set-functions" holds the control character U+0000, which no label shows. Remove it. It is left out: its zones are labelled by its id.',
      ],
    );
  });

  test('a title over the limit is left out, saying its length; right-to-left text is a title', () => {
    const long = 'W'.repeat(100_000);
    const { groups, warnings } = readZonePivotGroups(
      groupsFile(
        `  - id: programming-language-java\n    title: ${long}\n  - id: programming-language-hebrew\n    title: "עברית\u200F"\n`,
      ),
    );
    const titles = groups.get('programming-languages-set-functions') ?? new Map<string, string>();
    assert.equal(titles.has('programming-language-java'), false);
    assert.equal(titles.get('programming-language-hebrew'), 'עברית\u200F');
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0]?.message ?? '',
      new RegExp(
        `"programming-language-java" .* is 100,000 characters long, more than the ${MAX_PIVOT_TITLE} a zone's label takes\\. Shorten it\\. It is left out`,
      ),
    );
    assert.ok(
      readZonePivotGroups(groupsFile(`  - id: p\n    title: ${'W'.repeat(MAX_PIVOT_TITLE)}\n`))
        .groups.get('programming-languages-set-functions')
        ?.has('p'),
    );
  });

  test('a group of 3,000 pivots is read up to its cap, said once at the first pivot left', () => {
    const many = Array.from(
      { length: 3000 },
      (_, index) => `  - id: p${index}\n    title: Pivot ${index}\n`,
    ).join('');
    const { groups, warnings } = readZonePivotGroups(groupsFile(many));
    assert.equal(groups.get('programming-languages-set-functions')?.size, MAX_GROUP_PIVOTS);
    assert.deepEqual(warnings, [
      {
        line: 7 + 2 * MAX_GROUP_PIVOTS,
        message: `the group "programming-languages-set-functions" has more than ${MAX_GROUP_PIVOTS} pivots, where Learn's have a handful to choose from: the pivots from here on are not read, and their zones are labelled by pivot id.`,
      },
    ]);
  });

  test(`a file of more than ${MAX_FILE_PIVOTS.toLocaleString('en-US')} pivots is read up to its cap, said once`, () => {
    const groupCount = Math.ceil(MAX_FILE_PIVOTS / 50) + 5;
    const text = `groups:\n${Array.from(
      { length: groupCount },
      (_, group) =>
        `- id: g${group}\n  pivots:\n${Array.from({ length: 50 }, (_, at) => `  - id: p${at}\n    title: P ${at}\n`).join('')}`,
    ).join('')}`;
    const { groups, warnings } = readZonePivotGroups(text);
    const read = [...groups.values()].reduce((sum, titles) => sum + titles.size, 0);
    assert.equal(read, MAX_FILE_PIVOTS);
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0]?.message ?? '',
      /^the file has more than 5,000 pivots, more than Learn's largest: the pivots from here on are not read/,
    );
  });
});

const disk: SourceFiles = {
  read: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  exists: (path) => existsSync(path),
  real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
};

/** The import of articles/a.md beside `groups` (its zone-pivot-groups.yml): the titles recorded and the warnings. */
function importZones(groups: string, zones: string[]) {
  const repo = realpathSync(tempDir('zone-pivot-safety-'));
  try {
    const files = {
      'articles/docfx.json': '{}\n',
      'articles/zone-pivot-groups.yml': groups,
      'articles/a.md': `---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\nzone_pivot_groups: programming-languages-set-functions\n---\n\n# Zones\n\n${zones
        .map((pivot) => `::: zone pivot="${pivot}"\nFor ${pivot}.\n::: zone-end\n`)
        .join('\n')}`,
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
    const plan = planImport([join(repo, 'articles/a.md')], { readRoot: repo, today: '2024-01-02' }, disk);
    const warnings = plan.warnings
      .filter((note) => !/^zone: every pivot/.test(note.message))
      .map((note) => `${note.file.slice(repo.length + 1)}:${note.line}: ${note.message}`);
    return { titles: plan.pivotTitles, warnings };
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

describe("the import labels an article's zones", () => {
  test('a pivot whose title was left out, or past the cap, is labelled by id, said once at the yml, not again for each zone', () => {
    const many = Array.from(
      { length: 150 },
      (_, index) => `  - id: p${index}\n    title: Pivot ${index}\n`,
    ).join('');
    const { titles, warnings } = importZones(
      groupsFile(`  - id: programming-language-java\n    title: "Java \\u202E"\n${many}`),
      ['programming-language-csharp', 'programming-language-java', 'p1', 'p120', 'p149'],
    );
    assert.deepEqual(titles, { 'programming-language-csharp': 'C#', p1: 'Pivot 1' });
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.match(
      warnings[0] ?? '',
      /^articles\/zone-pivot-groups\.yml:10: the title of the pivot "programming-language-java" .* U\+202E/,
    );
    assert.match(
      warnings[1] ?? '',
      /^articles\/zone-pivot-groups\.yml:\d+: the group "programming-languages-set-functions" has more than 100 pivots/,
    );
  });

  test('a pivot in none of its groups is still said, with its line', () => {
    const { warnings } = importZones(groupsFile(''), [
      'programming-language-csharp',
      'programming-language-cobol',
    ]);
    assert.deepEqual(
      warnings.map((warning) => warning.replace(/: labelled.*/, '')),
      [
        'articles/a.md:15: the zone pivot "programming-language-cobol" is in none of its zone_pivot_groups (programming-languages-set-functions) in articles/zone-pivot-groups.yml',
      ],
    );
  });
});

/** The error the build stops with on `markdown`, its zones labelled with `pivotTitles` (learn-folder.json's). */
async function buildError(markdown: string, pivotTitles: Record<string, string>): Promise<string> {
  const pipeline = markdownPipeline({
    root: new URL('file:///nonexistent-project/'),
    sitePages: ['zones'],
    strictLinks: true,
    learnFolders: { learnFolder: 'defender-business', articles: [], pivotTitles },
  });
  const file = new VFile({ path: '/site/content/zones.md', value: markdown, cwd: '/site' });
  try {
    await compile(file, { ...pipeline, format: 'md' });
    return '';
  } catch (error) {
    return String(error);
  }
}

describe('the build writes a zone label', () => {
  const page = '# Zones\n\nIntro.\n\n:::zone pivot="csharp"\n\nC# text.\n\n:::zone-end\n';

  test('from a recorded title with a right-to-left override: it fails, naming the page, line, pivot and what to do', async () => {
    const error = await buildError(page, { csharp: 'C# \u202Egnp.exe [x](https://evil.example)' });
    assert.match(
      error,
      /content\/zones\.md:5: the title of its zone pivot "csharp", recorded by the import in src\/data\/learn-folder\.json \("pivotTitles"\), holds the bidirectional control character U\+202E: it makes text show in another order than it is written\./,
    );
    assert.match(
      error,
      /Fix the title in the zone pivot groups file \(zone-pivot-groups\.yml\) and import again, or remove it from src\/data\/learn-folder\.json/,
    );
  });

  test('from a recorded title holding tag characters (red team 24): it fails, naming the pivot', async () => {
    const error = await buildError(page, { csharp: 'C#\u{E0049}\u{E0067}' });
    assert.match(
      error,
      /content\/zones\.md:5: the title of its zone pivot "csharp", .* holds the tag character U\+E0049/,
    );
  });

  test('a refused title another page uses, or a clean one, leaves the page alone', async () => {
    assert.equal(await buildError(page, { csharp: 'C#', other: 'O\u2066x' }), '');
  });
});
