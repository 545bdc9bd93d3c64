/**
 * Learn's Architecture pages (`### YamlMime:Architecture`, nearly every article of architecture-center) are
 * imported as the article Learn shows: the `name` as H1, `metadata` as front matter, `content` (one include
 * of the `x-content.md` beside `x.yml`) as the body; that file is no page of its own.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { architectureToMarkdown } from '../../src/lib/import/yaml-architecture.ts';
import { tempDir } from '../support/temp-dir.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

// As architecture-center's docs/best-practices/host-name-preservation.yml writes it.
const HOST_NAME_YML = `### YamlMime:Architecture
metadata:
  title: Host name preservation
  description: Learn how to preserve the original HTTP host name between a reverse proxy and its backend.
  author: claytonsiemens77
  ms.author: pnp
  ms.date: 02/10/2026
  ms.topic: concept-article
  ms.update-cycle: 365-days # Excluding this article from the 730-day freshness tier.
azureCategories:
  - networking
  - web
name: Preserve the original HTTP host name between a reverse proxy and its backend web application
summary: Learn how to preserve the original HTTP host name.
thumbnailUrl: /azure/architecture/browse/thumbs/issue-redirect-urls.png
content: |
  [!INCLUDE[](host-name-preservation-content.md)]
`;

const tree: Record<string, string | Buffer> = {
  'docs/best-practices/host-name-preservation.yml': HOST_NAME_YML,
  'docs/best-practices/host-name-preservation-content.md':
    'When you run a web application behind a reverse proxy, the host name matters.\n\n## Preserve the host name\n\n![Diagram that illustrates host-based routing in App Service.](images/host-name-preservation/platform-appservice.png)\n\nSee [Autoscaling](./auto-scaling.md) and the [CDN guidance](./cdn.yml).\n',
  'docs/best-practices/images/host-name-preservation/platform-appservice.png': PNG,
  // No metadata.title: the title is the name.
  'docs/best-practices/cdn.yml':
    '### YamlMime:Architecture\nmetadata:\n  description: Use content delivery networks.\n  author: a\n  ms.date: 01/05/2026\nname: Content delivery network guidance\ncontent: |\n  [!INCLUDE[](cdn-content.md)]\n',
  'docs/best-practices/cdn-content.md':
    'A content delivery network (CDN) is a distributed network of servers.\n',
  'docs/best-practices/auto-scaling.md':
    '---\ntitle: Autoscaling\ndescription: Scale out.\nauthor: a\nms.date: 01/02/2024\n---\n\n# Autoscaling guidance\n\nKeep the [host name](./host-name-preservation.md#preserve-the-host-name), see [the CDN](./cdn.yml).\n',
  'docs/best-practices/how-to.yml': '### YamlMime:HowTo\nmetadata:\n  title: A how-to\n',
};

describe('architectureToMarkdown', () => {
  test('metadata as front matter (title, else the name), the name as H1, the content as the body at its line', () => {
    // The name is line 13 of the .yml and the include line 17, and so of the Markdown: blank lines fill the space.
    assert.equal(
      architectureToMarkdown(HOST_NAME_YML, 'host-name-preservation.yml'),
      '---\ntitle: Host name preservation\ndescription: Learn how to preserve the original HTTP host name between a reverse proxy and its backend.\nauthor: claytonsiemens77\nms.author: pnp\nms.date: 02/10/2026\nms.topic: concept-article\nms.update-cycle: 365-days\n---\n\n\n\n# Preserve the original HTTP host name between a reverse proxy and its backend web application\n\n\n\n[!INCLUDE[](host-name-preservation-content.md)]\n',
    );
    // cdn.yml's include is its line 8: the front matter and H1 go without their blank lines to leave it there.
    assert.match(
      architectureToMarkdown(String(tree['docs/best-practices/cdn.yml']), 'cdn.yml'),
      /^---\ndescription: Use content delivery networks\.\n[\s\S]*title: Content delivery network guidance\n---\n# Content delivery network guidance\n\[!INCLUDE/,
    );
  });

  // Trial CC (architecture-center's docs/best-practices/caching.yml, without its caching-content.md): the
  // import said "caching.yml:15: [!INCLUDE] … does not exist", a line of its azureCategories; the include is
  // line 24. What it says of the content (an include, an image, a link) names the .yml's own line.
  test("what the import says of the content names the content's line of the .yml", () => {
    const caching = `### YamlMime:Architecture
metadata:
  title: Caching guidance
  description: Learn how caching can improve the performance and scalability of a system.
  ms.author: robbag
  author: RobBagby
  ms.date: 07/25/2022
  ms.topic: conceptual
  ms.service: architecture-center
  ms.subservice: azure-guide
  ms.custom: fcp
azureCategories:
  - databases
  - identity
  - web
  - storage
  - security
products:
  - azure-cache-redis
name: Caching guidance
summary: Learn how caching can improve the performance and scalability of a system.
thumbnailUrl: /azure/architecture/browse/thumbs/caching-thumbnail.png
content: |
  [!include[](caching-content.md)]
`;
    // Written in the .yml itself, after a blank line: its image is line 8.
    const inline =
      '### YamlMime:Architecture\nmetadata:\n  author: a\n  ms.date: 01/05/2026\nname: Inline\ncontent: |\n\n  ![A diagram](images/missing.png)\n\n  Text.\n';
    const yml: Record<string, string> = {
      '/r/docs/bp/caching.yml': caching,
      '/r/docs/bp/inline.yml': inline,
    };
    const plan = planImport(
      Object.keys(yml),
      { sourceRoot: '/r/docs/bp' },
      {
        read: (path) => yml[path],
        exists: (path) => path in yml,
      },
    );
    const said = plan.warnings.map((note) => `${note.file}:${note.line}: ${note.message}`);
    assert.ok(
      said.some((line) => line.startsWith('/r/docs/bp/caching.yml:24: [!INCLUDE] "caching-content.md"')),
      said.join('\n'),
    );
    assert.ok(
      said.some((line) => line.startsWith('/r/docs/bp/inline.yml:8: image "images/missing.png"')),
      said.join('\n'),
    );
    // The blank lines are no text of the page.
    assert.match(plan.pages.find((page) => page.slug === 'inline')?.body ?? '', /^!\[A diagram\]/);
  });

  test('YAML that is not valid is refused with the file', () => {
    assert.throws(
      () => architectureToMarkdown('### YamlMime:Architecture\nname: [a\n', 'x.yml'),
      /x\.yml.*YamlMime:Architecture file is not valid YAML/,
    );
  });
});

describe('planImport', () => {
  const files = Object.fromEntries(Object.entries(tree).map(([path, text]) => [`/repo/${path}`, text]));
  const access: SourceFiles = {
    read: (path) => (typeof files[path] === 'string' ? files[path] : undefined),
    exists: (path) => path in files,
  };
  const folder = '/repo/docs/best-practices';
  const plan = planImport(
    ['host-name-preservation.yml', 'host-name-preservation-content.md', 'auto-scaling.md', 'how-to.yml'].map(
      (file) => `${folder}/${file}`,
    ),
    { sourceRoot: folder },
    access,
  );
  const page = plan.pages.find((each) => each.slug === 'host-name-preservation');

  test('the .yml is the page, at the URL Learn gives it, its content read through its include', () => {
    assert.deepEqual(
      plan.pages.map((each) => each.slug),
      ['host-name-preservation', 'auto-scaling'],
    );
    assert.equal(
      page?.frontMatter.title,
      'Preserve the original HTTP host name between a reverse proxy and its backend web application',
    );
    // The title asserted narrows `page` to one.
    assert.equal(page.frontMatter.sidebarLabel, 'Host name preservation');
    assert.equal(page.frontMatter.updated.toISOString().slice(0, 10), '2026-02-10');
    assert.match(page.body, /^## Preserve the host name$/m);
    assert.match(page.body, /See \[Autoscaling\]\(auto-scaling\.md\) and the \[CDN guidance\]\(cdn\.yml\)\./);
    assert.doesNotMatch(page.body, /INCLUDE/);
  });

  test('the content file is no page: said so, naming the page that includes it', () => {
    assert.ok(!plan.refused.some((note) => note.file.endsWith('-content.md')));
    assert.ok(
      plan.warnings.some(
        (note) =>
          note.file === `${folder}/host-name-preservation-content.md` &&
          /the content of the Architecture page host-name-preservation\.yml/.test(note.message),
      ),
    );
  });

  test('other structured pages stay refused, with why', () => {
    assert.deepEqual(
      plan.refused.map((note) => [note.file, /YamlMime:HowTo\): only FAQ pages/.test(note.message)]),
      [[`${folder}/how-to.yml`, true]],
    );
  });
});

test('npm run import of an architecture-center folder: the page, its image, its links, no -content page', async () => {
  const repo = tempDir('import-architecture-');
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  const folder = join(repo, 'docs/best-practices');
  const site = tempDir('import-architecture-site-');
  const run = await importCommand([
    ...readdirSync(folder)
      .filter((file) => /\.(?:md|yml)$/.test(file) && file !== 'how-to.yml')
      .map((file) => join(folder, file)),
    '--repository',
    'MicrosoftDocs/architecture-center',
    '--learn-path',
    'azure/architecture/best-practices',
    '--root',
    site,
  ]);
  const output = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.status, 0, output);
  const pages = readdirSync(join(site, 'content')).sort();
  assert.deepEqual(pages, ['auto-scaling.md', 'cdn.md', 'host-name-preservation.md'], output);
  const page = readFileSync(join(site, 'content/host-name-preservation.md'), 'utf8');
  assert.match(
    page,
    /^!\[Diagram that illustrates host-based routing in App Service\.\]\(\/media\/images\/host-name-preservation\/platform-appservice\.png\)$/m,
  );
  assert.ok(existsSync(join(site, 'public/media/images/host-name-preservation/platform-appservice.png')));
  // The links to x.yml and x.md are links to the pages imported, anchors checked: no warning of them.
  assert.doesNotMatch(output, /neither a page|names no heading|refused/, output);
  const recorded = JSON.parse(readFileSync(join(site, 'src/data/learn-folder.json'), 'utf8')) as {
    otherFolders: { learnFolder: string; articles: string[] }[];
  };
  const architecture = recorded.otherFolders.find(
    (other) => other.learnFolder === 'azure/architecture/best-practices',
  );
  assert.deepEqual(architecture?.articles.sort(), [
    'auto-scaling.md',
    'cdn.md',
    'host-name-preservation.md',
    'how-to.md',
  ]);
});
