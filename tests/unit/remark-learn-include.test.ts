import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { byTag, textOf, joinedLinkText } from '../support/html.ts';
import { renderLearn } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

const site = tempDir('learn-include-');
mkdirSync(join(site, 'includes'));
writeFileSync(
  join(site, 'includes', 'serial.md'),
  '---\nms.topic: include\n---\n\n> [!TIP]\n> Quote the serial when you [set it up](../mdb-setup-configuration.md).\n\n[!INCLUDE [nested](nested.md)]\n',
);
writeFileSync(join(site, 'includes', 'nested.md'), 'Nested text from a second include.\n');
writeFileSync(
  join(site, 'includes', 'roles.md'),
  '> Roles like [Owner] are not sufficient.\n>\n> [Owner]: ../mdb-setup-configuration.md#owner\n',
);
writeFileSync(join(site, 'includes', 'loop.md'), '[!INCLUDE [loop](loop.md)]\n');
writeFileSync(join(site, 'includes', 'type.md'), '---\nms.topic: include\n---\n\nhybrid\n');
writeFileSync(
  join(site, 'includes', 'join.md'),
  '[Entra join](../mdb-setup-configuration.md "Devices joined to Entra") or\n*[!INCLUDE [type](type.md)]* join\n',
);
writeFileSync(join(site, 'includes', 'inline-loop.md'), 'Again [!INCLUDE [loop](inline-loop.md)]\n');
writeFileSync(join(site, 'includes', 'deep.md'), `Intro.\n\n${'- '.repeat(3000)}x\n`);
const page = join(site, 'page.mdx');

describe('remark-learn-include', () => {
  test('[!INCLUDE [title](path)] is replaced by the include, rendered like the page (alerts, nested includes)', async () => {
    const html = joinedLinkText(
      await renderLearn('Before.\n\n[!INCLUDE [Serial number](includes/serial.md)]\n\nAfter.\n', {
        path: page,
      }),
    );
    assert.match(
      html,
      /<p>Before\.<\/p>\s*<div class="callout callout-tip"[\s\S]*Quote the serial[\s\S]*<\/div>\s*<p>Nested text from a second include\.<\/p>\s*<p>After\.<\/p>/,
    );
    assert.doesNotMatch(html, /INCLUDE|ms\.topic/);
  });

  test("the include's relative links are rewritten from the page's folder", async () => {
    const html = joinedLinkText(
      await renderLearn('[!INCLUDE [Serial number](includes/serial.md)]\n', { path: page }),
    );
    // `../mdb-setup-configuration.md` in includes/serial.md is the article beside the page: Learn's article of that name.
    const link = byTag(html, 'a').find((a) => textOf(a).startsWith('set it up'));
    assert.equal(
      link?.properties['href'],
      'https://learn.microsoft.com/en-us/defender-business/mdb-setup-configuration',
    );
  });

  test("the include's link reference definitions are rewritten as its inline links are, as the import does", async () => {
    const html = joinedLinkText(await renderLearn('[!INCLUDE [Roles](includes/roles.md)]\n', { path: page }));
    assert.match(
      html,
      /<a href="https:\/\/learn.microsoft.com\/en-us\/defender-business\/mdb-setup-configuration#owner"[^>]*>(?:<[^>]*>)*Owner/,
    );
  });

  test('a missing include fails, naming the page and the include file', async () => {
    await assert.rejects(
      renderLearn('Text.\n\n[!INCLUDE [gone](includes/gone.md)]\n', { path: page }),
      (error: Error) => {
        assert.match(error.message, new RegExp(`${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3`));
        assert.match(error.message, /includes\/gone\.md/);
        return true;
      },
    );
  });

  test('an include nested thousands deep fails with its file and line, and where it is included', async () => {
    await assert.rejects(
      renderLearn('Text.\n\n[!INCLUDE [deep](includes/deep.md)]\n', { path: page }),
      (error: Error) => {
        assert.match(
          error.message,
          /includes\/deep\.md:3: This page nests lists, quotes or elements 3000 levels deep/,
        );
        assert.match(error.message, /\(included at .*page\.mdx:3\)/);
        return true;
      },
    );
  });

  test('an include that includes itself fails instead of looping', async () => {
    await assert.rejects(
      renderLearn('[!INCLUDE [loop](includes/loop.md)]\n', { path: page }),
      /includes itself/,
    );
  });
});

describe('an include inside a line', () => {
  test("is its include's text, inline: no paragraph of its own, nested includes and links rebased", async () => {
    const html = joinedLinkText(
      await renderLearn(
        '- **Type:** [!INCLUDE [t](includes/type.md)]\n- **Join:** [!INCLUDE [j](includes/join.md)], [!include[t](includes/type.md) ].\n',
        { path: page },
      ),
    );
    const items = byTag(html, 'li');
    assert.deepEqual(items.map(textOf), [
      'Type: hybrid',
      'Join: Entra join (external site) or hybrid join, hybrid.',
    ]);
    assert.equal(byTag(html, 'p').length, 0, 'a tight list stays tight');
    const join = items[1] ?? html;
    assert.deepEqual(
      byTag(join, 'a').map((link) => [link.properties['href'], link.properties['title']]),
      [
        [
          'https://learn.microsoft.com/en-us/defender-business/mdb-setup-configuration',
          'Devices joined to Entra',
        ],
      ],
      "the include's link, rebased from its folder, title kept",
    );
    assert.deepEqual(byTag(join, 'em').map(textOf), ['hybrid'], 'the nested include, inside the emphasis');
    assert.doesNotMatch(html, /INCLUDE|ms\.topic/);
  });

  test('works in headings and table cells; escaped or in code it is text', async () => {
    const html = joinedLinkText(
      await renderLearn(
        '## A [!INCLUDE [t](includes/type.md)] setup\n\n| Type |\n| --- |\n| [!INCLUDE [t](includes/type.md)] |\n\nWrite `[!INCLUDE [t](includes/type.md)]` or \\[!INCLUDE [t](includes/type.md)].\n',
        { path: page },
      ),
    );
    assert.deepEqual(byTag(html, 'h2').map(textOf), ['A hybrid setup']);
    assert.deepEqual(byTag(html, 'td').map(textOf), ['hybrid']);
    assert.deepEqual(byTag(html, 'code').map(textOf), ['[!INCLUDE [t](includes/type.md)]']);
    assert.match(byTag(html, 'p').map(textOf).at(-1) ?? '', /or \[!INCLUDE t\]\.$/);
  });

  test('after an escaped backslash it is read, the backslash shown; after an odd run of them it is text', async () => {
    const html = joinedLinkText(
      await renderLearn(
        String.raw`Type: C:\\[!INCLUDE [t](includes/type.md)]\bin, not \\\[!INCLUDE [t](includes/type.md)].` +
          '\n',
        { path: page },
      ),
    );
    assert.deepEqual(byTag(html, 'p').map(textOf), [String.raw`Type: C:\hybrid\bin, not \[!INCLUDE t].`]);
  });

  test('a missing or looping one fails as a whole-line one does', async () => {
    await assert.rejects(
      renderLearn('Text.\n\nType: [!INCLUDE [gone](includes/gone.md)]\n', { path: page }),
      (error: Error) => {
        assert.match(error.message, /page\.mdx:3: \[!INCLUDE\] "includes\/gone\.md" does not exist/);
        return true;
      },
    );
    await assert.rejects(
      renderLearn('See [!INCLUDE [loop](includes/inline-loop.md)]\n', { path: page }),
      /includes itself/,
    );
  });
});

describe('includes are read from inside the source root only', () => {
  const project = tempDir('learn-include-root-');
  mkdirSync(join(project, 'content', 'includes'), { recursive: true });
  writeFileSync(join(project, 'secret.txt'), 'top secret\n');
  symlinkSync(join(project, 'secret.txt'), join(project, 'content', 'includes', 'linked.md'));
  const onPage = { path: join(project, 'content', 'page.mdx'), root: pathToFileURL(`${project}/`) };

  test("docfx's ~/ is content/, the site's root, from a page in a folder too; it climbs out of it no more", async () => {
    mkdirSync(join(project, 'content', 'guide'), { recursive: true });
    writeFileSync(join(project, 'content', 'includes', 'shared.md'), 'Shared from the root.\n');
    const nested = { ...onPage, path: join(project, 'content', 'guide', 'page.mdx') };
    const html = joinedLinkText(await renderLearn('[!INCLUDE [note](~/includes/shared.md)]\n', nested));
    assert.deepEqual(byTag(html, 'p').map(textOf), ['Shared from the root.']);
    await assert.rejects(
      renderLearn('[!INCLUDE [x](~/../secret.txt)]\n', nested),
      /"~\/\.\.\/secret\.txt" is outside the source folder/,
    );
  });

  for (const [written, problem] of [
    ['../secret.txt', /"\.\.\/secret\.txt" is outside the source folder/],
    ['includes/linked.md', /"includes\/linked\.md" is a link to a file outside the source folder/],
    ['%2Fetc%2Fhostname', /"%2Fetc%2Fhostname" is an absolute path/],
  ] as const) {
    test(`[!INCLUDE] of ${written} fails, naming the path as written and no absolute path`, async () => {
      for (const markdown of [`[!INCLUDE [x](${written})]\n`, `Inside a [!INCLUDE [x](${written})] line.\n`])
        await assert.rejects(renderLearn(markdown, onPage), (error: Error) => {
          assert.match(error.message, problem);
          assert.ok(!error.message.replace(/^.*?page\.mdx:\d+:/, '').includes(project), error.message);
          return true;
        });
    });
  }
});
