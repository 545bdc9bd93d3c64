import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  attributeName,
  isComponentName,
  isEventHandler,
  isSiteDataAttribute,
  refusedUrl,
} from '../../src/lib/content-safety.ts';
import { renderLearn } from '../support/learn-markdown.ts';

describe('refusedUrl', () => {
  test('finds javascript:, data: and vbscript: however they are written', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' \u0001javascript:alert(1)',
      'java\tscr\nipt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
    ]) {
      assert.ok(refusedUrl(url), url);
    }
  });

  test('lets ordinary links through', () => {
    for (const url of [
      'https://www.microsoft.com/trust-center',
      'privacy.md',
      '/security/',
      '#data',
      'mailto:a@b.c',
      '../javascript:x',
    ]) {
      assert.equal(refusedUrl(url), undefined, url);
    }
  });
});

describe('attributes content may not set', () => {
  test('data-pagefind-* and data-markdown-* in any spelling', () => {
    for (const name of [
      'data-pagefind-meta',
      'DATA-PAGEFIND-BODY',
      'dataPagefindFilter',
      'data-pagefind-ignore',
      'data-markdown-ignore',
      'dataMarkdownIgnore',
    ]) {
      assert.ok(isSiteDataAttribute(name), name);
    }
    assert.ok(!isSiteDataAttribute('data-section'));
  });

  test('attribute names read as the browser reads them', () => {
    assert.equal(attributeName('HREF'), 'href');
    assert.equal(attributeName('xlink:href'), 'href');
    assert.equal(attributeName('xlinkHref'), 'href');
    assert.equal(attributeName('srcSet'), 'srcset');
  });
});

describe('remarkContentSafety through the site pipeline', () => {
  const fails = async (mdx: string) => {
    try {
      await renderLearn(mdx);
      return '';
    } catch (error) {
      return String(error);
    }
  };

  test('data-pagefind-* on any element fails at its line', async () => {
    assert.match(
      await fails('Text.\n\n<span data-pagefind-meta="url:https://evil.example/">x</span>\n'),
      /page\.mdx:3:1: data-pagefind-meta= on <span> is not allowed/,
    );
  });

  test('a component used a second time fails at its line, naming the first (red team 19)', async () => {
    // Each <SectionList /> links every page: 1,000 of them on a site of 300 pages made a page of 17 MB.
    assert.match(
      await fails('Text.\n\n<SectionList />\n\nMore.\n\n<SectionList />\n'),
      /page\.mdx:7:1: <SectionList> is used again \(first at [^\s]*page\.mdx:3\): .*once a page\. Remove this one\./,
    );
    assert.equal(await fails('<SectionList />\n\n<TrustCenterLinks />\n'), '');
  });

  test('a style attribute fails', async () => {
    assert.match(await fails('<span style="color: red">x</span>\n'), /a style= attribute on <span>/);
  });

  test('javascript: in any URL attribute, in any case, fails', async () => {
    for (const attribute of ['cite', 'CITE', 'formaction', 'poster', 'xlink:href', 'data']) {
      assert.match(
        await fails(`<q ${attribute}="java&#9;script:alert(1)">x</q>\n`),
        /javascript: URL|tab or line break/,
        attribute,
      );
    }
  });

  test('a bidirectional override in an attribute value, a link title or alt text fails at its line, as in text (red-team round 8)', async () => {
    // The tooltip of title="\u202Eexe.tseb-eht-si-siht" reads "this-is-the-best.exe".
    const cases: [string, RegExp][] = [
      ['<a href="/privacy/" title="\u202Eexe.tseb-eht-si-siht">x</a>', /page\.mdx:3:1: title= on <a> holds/],
      [
        '<a href="/privacy/" title="&#x202E;exe.tseb">x</a>',
        /title= on <a> holds the bidirectional control character U\+202E/,
      ],
      [
        '<a href="/privacy/" aria-label="go \u2066x">x</a>',
        /aria-label= on <a> holds the bidirectional control character U\+2066/,
      ],
      ['<img src="/favicon.svg" alt="\u202Egnp.nwod" />', /alt= on <img> holds/],
      [
        '[x](/privacy/ "\u202Eexe.tseb")',
        /page\.mdx:3:1: the link's title holds the bidirectional control character U\+202E/,
      ],
      ['![\u202Egnp.nwod](/favicon.svg)', /the image's alt text holds/],
      ['![&#x202E;gnp.nwod](/favicon.svg)', /the image's alt text holds/],
      [
        '![a][logo]\n\n[logo]: /favicon.svg "\u202Bx"',
        /the link definition's title holds the bidirectional control character U\+202B/,
      ],
      ['![\u202Ea][logo]\n\n[logo]: /favicon.svg', /the image's alt text holds/],
    ];
    for (const [markdown, expected] of cases)
      assert.match(await fails(`Text.\n\n${markdown}\n`), expected, markdown);
    // Left-to-right and right-to-left marks only set a neutral character's direction: allowed.
    assert.equal(
      await fails('<a href="/privacy/" title="\u200Fعربي\u200E">x</a> ![\u200Fصورة](/favicon.svg)\n'),
      '',
    );
  });

  test('aria-hidden on a link or around one, accessKey and a positive tabIndex fail at their line (red-team round 8)', async () => {
    const cases: [string, RegExp][] = [
      // The red-team page: a focusable external link whose name and "(external site)" are hidden.
      [
        '<span aria-hidden="true">[go](https://learn.microsoft.com/en-us/defender-business/)</span>',
        /page\.mdx:3:1: aria-hidden="true" on <span> hides a link from screen readers that the keyboard still reaches/,
      ],
      ['<div aria-hidden="TRUE">\n\n- [a](/privacy/)\n\n</div>', /aria-hidden="true" on <div> hides a link/],
      ['<a href="/privacy/" aria-hidden="true">x</a>', /aria-hidden="true" on <a> hides a link/],
      ['<p aria-hidden="true"><span><button>x</button></span></p>', /on <p> hides a <button>/],
      ['<span aria-hidden="true"><span tabIndex="0">x</span></span>', /hides a <span tabIndex>/],
      [
        '<abbr title="Azure" accessKey="s">AZ</abbr>',
        /page\.mdx:3:1: accessKey= on <abbr> is not allowed: it gives the element a keyboard shortcut/,
      ],
      [
        '<span tabIndex="3">x</span>',
        /tabIndex="3" on <span> is not allowed: a positive tabindex puts the element ahead/,
      ],
      ['<span tabindex=" +1x">x</span>', /tabIndex=" \+1x" on <span> is not allowed/],
    ];
    for (const [markdown, expected] of cases)
      assert.match(await fails(`Text.\n\n${markdown}\n`), expected, markdown);
    // Hiding decoration, or a link taken out of the tab order, is fine; so are tabIndex 0 and -1.
    for (const markdown of [
      '<span aria-hidden="true">★</span> [Rated](/privacy/)',
      '<span aria-hidden="false">[go](/privacy/)</span>',
      '<span aria-hidden="true"><a href="/privacy/" tabIndex="-1">x</a></span>',
      '<span tabIndex="0">x</span> <span tabIndex="-1">y</span>',
    ])
      assert.equal(await fails(`Text.\n\n${markdown}\n`), '', markdown);
  });

  test('SVG animation, which rewrites attributes after the build checked them, fails', async () => {
    assert.match(
      await fails('<svg><a href="/"><set attributeName="href" to="javascript:alert(1)" /></a></svg>\n'),
      /a raw <set> is not allowed/,
    );
  });
});

describe('isEventHandler', () => {
  test('matches on* attributes in any case, and nothing else', () => {
    assert.ok(isEventHandler('onclick'));
    assert.ok(isEventHandler('onClick'));
    assert.ok(isEventHandler('ONERROR'));
    assert.ok(!isEventHandler('title'));
    assert.ok(!isEventHandler('href'));
  });
});

describe('isComponentName', () => {
  test('components start with a capital or are dotted; HTML elements are lower case', () => {
    assert.ok(isComponentName('SectionList'));
    assert.ok(isComponentName('ui.Badge'));
    assert.ok(!isComponentName('a'));
    assert.ok(!isComponentName('script'));
  });
});
