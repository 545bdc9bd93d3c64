/**
 * Content's role=, aria-* and lang= are held to axe-core's own tables (src/lib/aria-rules.ts). Red team 35: each of
 * these built, and axe failed the built page on it (the rule named in its message) while a screen reader read it
 * otherwise than shown. Each fails the build at its line; the import leaves such an attribute out of Learn's HTML.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attributeNotes, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;

describe("content's ARIA and lang, as axe reads them", () => {
  const cases: [string, RegExp][] = [
    ['<p aria-hidden="maybe">x</p>', /aria-hidden="maybe" on <p> is not allowed: .*aria-valid-attr-value/],
    ['<div role="heading" aria-level="abc">H</div>', /aria-level="abc" on <div> is not allowed/],
    ['<div aria-foo="x">x</div>', /aria-foo= on <div> is not allowed: .*aria-valid-attr\)/],
    ['<div aria-checked="true">x</div>', /aria-checked= on <div> is not allowed: .*aria-allowed-attr/],
    [
      '<span aria-label="Privacy">Security</span>',
      /aria-label= on <span> is not allowed: .*aria-prohibited-attr/,
    ],
    ['<div role="foo">x</div>', /role="foo" on <div> is not allowed: .*aria-roles/],
    [
      '<div role="checkbox">x</div>',
      /role="checkbox" on <div> is not allowed: "checkbox" makes the element a control/,
    ],
    ['<a href="/security/" role="button">Go</a>', /role="button" on <a> is not allowed: "button" makes/],
    ['<div role="dialog">x</div>', /role="dialog" on <div> is not allowed: "dialog" makes/],
    ['<div role="tab">x</div>', /role="tab" on <div> is not allowed/],
    ['<div role="listitem">x</div>', /role="listitem" on <div> is not allowed: .*aria-required-parent/],
    ['<hr role="heading" aria-level="2" />', /role="heading" on <hr> is not allowed: .*aria-allowed-role/],
    [
      '<a href="/security/" role="presentation">Go</a>',
      /role="presentation" on <a> is not allowed: .*aria-allowed-role/,
    ],
    [
      '<span tabIndex="0" role="presentation">Go</span>',
      /role="presentation" on <span> is not allowed: .*presentation-role-conflict/,
    ],
    ['<svg role="img" width="20" height="20"></svg>', /role="img" on <svg> is not allowed without a name/],
    ['<div role="heading">Fake</div>', /role="heading" on <div> is not allowed without aria-level=/],
    ['<div role="img">x</div>', /role="img" on <div> is not allowed without a name/],
    ['<p lang="english">Hello</p>', /lang="english" on <p> is not allowed: .*valid-lang/],
    ['<div role="tooltip">Tip</div>', /role="tooltip" on <div> is not allowed without a name/],
    [
      '<ul><li role="none">x</li></ul>',
      /role="none" on <li> is not allowed: it takes the <li> out of its list/,
    ],
    [
      '<table><tbody><tr><td scope="col">x</td></tr></tbody></table>',
      /scope="col" on <td> is not allowed: .*scope-attr-valid/,
    ],
    [
      '<table><thead><tr><th scope="diagonal">A</th></tr></thead></table>',
      /scope="diagonal" on <th> is not allowed/,
    ],
    [
      '<details><summary>[Privacy](/security/)</summary>Body</details>',
      /a <summary> holding a link is not allowed: .*nested-interactive/,
    ],
    ['<details><summary></summary>Body</details>', /a <summary> with no text is not allowed/],
    [
      '<a href="/security/"><details><summary>More</summary>Body</details></a>',
      /an <a href> holding a <details> is not allowed/,
    ],
    // As the import writes Learn's <a href><details>: a Markdown link is an <a href> as published.
    [
      '[<details><summary>More</summary>Body</details>](/security/)',
      /an <a href> holding a <details> is not allowed/,
    ],
    [
      '<map name="m"><area shape="rect" coords="0,0,10,10" href="/security/" /></map>',
      /an <area> link without alt= is not allowed/,
    ],
  ];
  for (const [line, expected] of cases)
    test(`${line} fails the build at its line`, async () => {
      const error = await buildError(`Intro.\n\n${line}\n`, path, root, ['attack', 'security']);
      assert.match(
        error,
        new RegExp(`content/attack\\.mdx:3:\\d+: ${expected.source}`),
        error || '(it compiled)',
      );
    });

  test('ARIA and lang as WAI-ARIA and HTML write them still build', async () => {
    const page = [
      '<div role="note" aria-label="Note">Note.</div>',
      '<ul role="list"><li>Item</li></ul>',
      '<img src="/favicon.svg" alt="" role="presentation" />',
      '<svg role="img" aria-label="A square" width="20" height="20"><rect width="20" height="20" /></svg>',
      '<div role="img" aria-label="Three stars">★★★</div>',
      '<h2 aria-level="2">Heading</h2>',
      '<p aria-hidden="true">Decoration.</p>',
      '<a href="/security/" aria-label="Security settings">Security</a>',
      '<p lang="ja-JP">こんにちは</p>',
      '<p lang="">Unknown language.</p>',
      '<span aria-describedby="x" id="x">Described.</span>',
      '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
      '<details><summary>More</summary>[Privacy](/security/)</details>',
      '<div role="tooltip" aria-label="Tip">Tip</div>',
      // A role the element has anyway, which axe's aria-allowed-role allows.
      '<img src="/favicon.svg" alt="Logo" role="img" />',
      '<a href="/security/" role="link">Security</a>',
      '<h3 role="heading">Heading of its own role</h3>',
    ];
    assert.equal(await buildError(`${page.join('\n\n')}\n`, path, root, ['attack', 'security']), '');
  });

  test("the import writes a Learn summary's link after it and leaves an empty summary out, so the page builds", async () => {
    const learn = [
      'Intro.',
      '',
      '<details>',
      '<summary>[Sign in](/security/) to the portal</summary>',
      '',
      'Body.',
      '',
      '</details>',
      '',
      '- <details><summary><a href="/security/">Security</a></summary>Item body.</details>',
      '',
      '<details>',
      '<summary></summary>',
      '',
      'Body.',
      '',
      '</details>',
      '',
      '<details><summary><a id="setup"></a></summary>Setup.</details>',
      '',
    ].join('\n');
    const mdx = toMdxSafe(learn);
    assert.match(mdx, /<summary>Sign in to the portal<\/summary>\n\n *\[Sign in\]\(\/security\/\)\n\nBody\./);
    assert.match(mdx, /<summary>Security<\/summary> <a href="\/security\/">Security<\/a> Item body\./);
    assert.doesNotMatch(mdx, /<summary><\/summary>/);
    // A bookmark in an empty summary stays, so links to it still land.
    assert.match(mdx, /<details><a id="setup"><\/a>Setup\.<\/details>/);
    assert.equal(await buildError(mdx, path, root, ['attack', 'security']), '');
    assert.deepEqual(
      attributeNotes(learn).map(({ index, message }) => `${String(index + 1)}: ${message.split(':')[0]}`),
      [
        "4: a <summary> holding a link is written with the link's text, the link after it, first in its details",
        "10: a <summary> holding a link is written with the link's text, the link after it, first in its details",
        '13: a <summary> with no text is left out',
        '19: a <summary> with no text is left out',
      ],
    );
  });

  test("the import leaves them out of Learn's HTML, saying so, and keeps what is valid", () => {
    const learn = '<div role="checkbox" aria-foo="x" aria-hidden="maybe" lang="english" class="x">a</div>\n';
    const mdx = toMdxSafe(learn);
    assert.match(mdx, /<div class="x">a<\/div>/);
    assert.deepEqual(
      attributeNotes(learn).map(({ message }) => message.split(' is not allowed')[0]),
      [
        'role="checkbox" on <div>',
        'aria-foo= on <div>',
        'aria-hidden="maybe" on <div>',
        'lang="english" on <div>',
      ],
    );
    assert.match(
      toMdxSafe('<p aria-hidden="true" lang="fr">b</p>\n'),
      /<p aria-hidden="true" lang="fr">b<\/p>/,
    );
  });
});
