/** The one [!INCLUDE] implementation the import and the build share: reading confined, front matter dropped, links rebased. */
import assert from 'node:assert/strict';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  inlineIncludeText,
  readInclude,
  rebaseHref,
  rebaseLinksInText,
  replaceInlineIncludes,
} from '../../src/lib/learn/include.ts';
import { findIncludes, parseIncludeLine } from '../../src/lib/learn/syntax.ts';
import { tempDir } from '../support/temp-dir.ts';

const root = realpathSync(tempDir('include-'));
mkdirSync(join(root, 'docs/includes'), { recursive: true });
writeFileSync(
  join(root, 'docs/includes/note.md'),
  '---\nms.topic: include\n---\n\nShared [setup](../setup.md).\n',
);
const page = join(root, 'docs/page.md');

describe('parseIncludeLine', () => {
  test('a line that is only an include, in a quote too; anything else is not one', () => {
    assert.deepEqual(parseIncludeLine('[!INCLUDE [Note](includes/note.md)]'), {
      prefix: '',
      path: 'includes/note.md',
    });
    assert.deepEqual(parseIncludeLine('> > [!include[x](a.md)] '), { prefix: '> > ', path: 'a.md' });
    assert.equal(parseIncludeLine('See [!INCLUDE [x](a.md)] here.'), undefined);
  });
});

describe('includes inside a line', () => {
  test('findIncludes finds each, not an escaped one', () => {
    assert.deepEqual(
      findIncludes('- **Join:** [!INCLUDE [a](a.md)], [!include[b](b.md) ] \\[!INCLUDE [c](c.md)]'),
      [
        { start: 12, end: 32, path: 'a.md' },
        { start: 34, end: 54, path: 'b.md' },
      ],
    );
  });

  test('a run of backslashes escapes it when odd: an even one is literal backslashes, then the include', () => {
    assert.deepEqual(
      findIncludes(
        String.raw`%ProgramFiles%\\[!INCLUDE [f](f.md)]\bin \\\[!INCLUDE [g](g.md)] \\\\[!INCLUDE [h](h.md)]`,
      ).map(({ path }) => path),
      ['f.md', 'h.md'],
    );
  });

  test('an include brings its text into the line as one line, front matter already gone', () => {
    assert.equal(inlineIncludeText('\n[Entra join](a.md "Tip")\n'), '[Entra join](a.md "Tip")');
    assert.equal(inlineIncludeText('One\n  two.\n\nThree.\n'), 'One two. Three.');
  });

  test('replaceInlineIncludes expands each include in the line; code spans keep what they show', () => {
    const expanded = replaceInlineIncludes(
      '- **Type:** [!INCLUDE [t](t.md)], [!INCLUDE [j](j.md)] and `[!INCLUDE [t](t.md)]`',
      (path) => `<${path}>`,
    );
    assert.equal(expanded, '- **Type:** <t.md>, <j.md> and `[!INCLUDE [t](t.md)]`');
  });
});

describe('readInclude', () => {
  test('reads the file without its front matter and says which line its text starts on', () => {
    const found = readInclude('includes/note.md', page, root, [page]);
    assert.deepEqual(found, {
      ok: true,
      file: join(root, 'docs/includes/note.md'),
      body: '\nShared [setup](../setup.md).\n',
      firstLine: 4,
    });
  });

  test('refuses a file outside the root, a missing one and a loop, naming the path as written', () => {
    const problem = (written: string, chain = [page]) => {
      const found = readInclude(written, page, join(root, 'docs'), chain);
      return found.ok ? '' : found.problem;
    };
    assert.match(problem('../../etc/passwd'), /"\.\.\/\.\.\/etc\/passwd" is outside the source folder/);
    assert.match(problem('includes/gone.md'), /"includes\/gone\.md" does not exist/);
    assert.match(
      problem('includes/note.md', [page, join(root, 'docs/includes/note.md')]),
      /"includes\/note\.md" includes itself/,
    );
  });
});

describe("docfx's ~/ (the repository's root)", () => {
  // dotnet/docs writes `[!INCLUDE [note](~/includes/core-testing-note-aspnet.md)]` in docs/core/testing/.
  writeFileSync(join(root, 'shared.md'), 'From the root.\n');
  const testing = join(root, 'docs/page.md');

  test('an include written ~/… is read from the repository root, wherever the page is', () => {
    const found = readInclude('~/shared.md', testing, root, [testing], undefined, { repository: root });
    assert.deepEqual(found.ok && { file: found.file, body: found.body }, {
      file: join(root, 'shared.md'),
      body: 'From the root.\n',
    });
    // The build's pages: content/ is their repository's root.
    assert.equal(readInclude('~/docs/includes/note.md', testing, root, [testing]).ok, true);
  });

  test('a repository root above the read root, or none known, is a read outside the folder, named as written', () => {
    const outside = (found: ReturnType<typeof readInclude>) =>
      found.ok ? 'read' : `${found.outside ? 'outside: ' : ''}${found.problem}`;
    assert.match(
      outside(
        readInclude('~/shared.md', testing, join(root, 'docs'), [testing], undefined, { repository: root }),
      ),
      /^outside: "~\/shared\.md" is outside the source folder/,
    );
    assert.match(
      outside(readInclude('~/shared.md', testing, root, [testing], undefined, { repository: undefined })),
      /^outside: "~\/shared\.md" starts at the repository's root \(~\/\), outside the source folder/,
    );
    assert.match(
      outside(readInclude('~/../x.md', testing, root, [testing], undefined, { repository: root })),
      /^outside: "~\/\.\.\/x\.md" is outside/,
    );
    assert.match(
      outside(readInclude('~/gone.md', testing, root, [testing], undefined, { repository: root })),
      /^"~\/gone\.md" does not exist/,
    );
  });

  test('a ~/ link of an include does not move with it: it is from the root already', () => {
    assert.equal(
      rebaseHref('~/docs/setup.md#x', join(root, 'docs/includes'), join(root, 'docs')),
      '~/docs/setup.md#x',
    );
  });
});

describe('rebaseHref', () => {
  test('a relative path moves from the include folder to the page folder; the rest stays', () => {
    const includes = join(root, 'docs/includes');
    const docs = join(root, 'docs');
    assert.equal(rebaseHref('../setup.md#steps', includes, docs), 'setup.md#steps');
    assert.equal(rebaseHref('other.md', includes, docs), 'includes/other.md');
    for (const href of ['/windows/x', '#anchor', '?q=1', 'https://example.com/a.md', 'mailto:a@b.c', ''])
      assert.equal(rebaseHref(href, includes, docs), href);
  });

  test('in text, link destinations move; code keeps what it shows', () => {
    const text = 'See [a](../a.md) and `[b](../b.md)`.\n\n```md\n[c](../c.md)\n```\n';
    assert.equal(
      rebaseLinksInText(text, join(root, 'docs/includes'), join(root, 'docs')),
      'See [a](a.md) and `[b](../b.md)`.\n\n```md\n[c](../c.md)\n```\n',
    );
  });

  test('link reference definitions move too, wherever CommonMark reads one; code and footnotes stay', () => {
    // As azure-docs includes/functions-queue-permissions.md writes its table's role links.
    const text = [
      '| Trigger | [Storage Queue Data Reader] |',
      '',
      '[Storage Queue Data Reader]: ../articles/role-based-access-control/built-in-roles.md#storage-queue-data-reader',
      '   [Owner]: <../articles/other/roles copy.md#owner> "The Owner role"',
      '> [quoted]:',
      '> ../quoted.md',
      '[diagram]: ../media/diagram.png',
      '[esc\\]aped]: ../escaped.md',
      '[web]: https://example.com/a.md',
      '[tab]: #tab/windows',
      '- [listed]: ../listed.md',
      '',
      'Text.',
      '',
      '    [indented]: ../code.md',
      '',
      '```md',
      '[fenced]: ../fenced.md',
      '```',
      '',
      '[^1]: ../footnote.md is text.',
      '',
      'Uses [Owner], [quoted], [listed], ![d][diagram], [esc\\]aped], [web], [tab] and a note[^1].',
    ].join('\n');
    // The include is repo/includes/roles.md, the page repo/articles/svc/page.md.
    const rebased = rebaseLinksInText(text, join(root, 'includes'), join(root, 'articles/svc'));
    assert.deepEqual(rebased.split('\n').slice(2, 11), [
      '[Storage Queue Data Reader]: ../role-based-access-control/built-in-roles.md#storage-queue-data-reader',
      '   [Owner]: <../other/roles copy.md#owner> "The Owner role"',
      '> [quoted]:',
      '> ../../quoted.md',
      '[diagram]: ../../media/diagram.png',
      '[esc\\]aped]: ../../escaped.md',
      '[web]: https://example.com/a.md',
      '[tab]: #tab/windows',
      '- [listed]: ../../listed.md',
    ]);
    assert.equal(rebased.split('\n').slice(11).join('\n'), text.split('\n').slice(11).join('\n'));
  });
});
