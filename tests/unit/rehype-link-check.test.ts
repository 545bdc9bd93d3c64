import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inspect } from 'node:util';
import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeExternalLinks from 'rehype-external-links';
import { VFile } from 'vfile';
import { externalLinksOptions, externalMarkerHtml } from '../../src/markdown/external-links.ts';
import { checkInternalLinks, type InternalLink } from '../../src/lib/link-check.ts';
import { pageHref } from '../../src/lib/navigation.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { rehypeLinkCheck } from '../../src/markdown/rehype-link-check.ts';
import { findElements, textOf } from '../support/html.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';

const options = {
  allowedHosts: ['www.microsoft.com'],
  root: '/project',
};

const SECURITY =
  '<h2 id="service-level-security">Service-level security</h2>\n<h2 id="further-reading">Further reading</h2>\n<p><a href="https://www.microsoft.com/security">Microsoft Trust Center - Security</a></p>';

/** The site-wide check of links between pages, over what the plugin recorded in each page (slug → file), as src/data/site-links.ts runs it. */
function checkSite(files: ReadonlyMap<string, VFile>): string[] {
  const recorded = [...files].map(([slug, file]) => ({
    path: pageHref(slug),
    ...(file.data.astro?.frontmatter?.['linkCheck'] as { internal: InternalLink[]; headingIds: string[] }),
  }));
  const headingIds = new Map<string, ReadonlySet<string> | undefined>([
    ['/links/', undefined],
    ...recorded.map(({ path, headingIds: ids }) => [path, new Set(ids)] as const),
  ]);
  return checkInternalLinks(
    recorded.flatMap((page) => page.internal),
    headingIds,
  );
}

/** Runs the plugin's transform on `html` as the file content/<slug>.mdx, returning the file. */
function run(transform: ReturnType<typeof rehypeLinkCheck>, slug: string, html: string): VFile {
  const file = new VFile({ path: `/project/content/${slug}.mdx`, data: { astro: { frontmatter: {} } } });
  transform(fromHtml(html, { fragment: true }), file);
  return file;
}

describe('rehypeLinkCheck', () => {
  test('records each link with its text, line and the heading above it', () => {
    const file = run(rehypeLinkCheck({ ...options, strict: true }), 'security', SECURITY);
    assert.deepEqual(file.data.astro?.frontmatter?.['links'], [
      {
        href: 'https://www.microsoft.com/security',
        text: 'Microsoft Trust Center - Security',
        line: 3,
        section: { id: 'further-reading', title: 'Further reading' },
      },
    ]);
  });

  test('records only what is used: outbound links for /links/, internal links but a heading\'s own "#" link', () => {
    const html =
      '<div class="heading"><h2 id="here">Here</h2><a class="heading-anchor" href="#here">#</a></div>' +
      '<p><a href="#here">back up</a> <a href="/security/">security</a> <a href="https://www.microsoft.com/trust-center">trust</a></p>' +
      '<div><h2 id="there">There</h2><a href="#here">not its own heading</a></div>';
    const file = run(rehypeLinkCheck({ ...options, strict: true }), 'privacy', html);
    const links = file.data.astro?.frontmatter?.['links'] as { href: string }[];
    assert.deepEqual(
      links.map((link) => link.href),
      ['https://www.microsoft.com/trust-center'],
    );
    const { internal } = file.data.astro?.frontmatter?.['linkCheck'] as { internal: InternalLink[] };
    assert.deepEqual(
      internal.map((link) => link.site.href),
      ['#here', '/security/', '#here'],
    );
  });

  test('a bad outbound link fails, naming the file relative to the project, the line and the link', () => {
    const transform = rehypeLinkCheck({ ...options, strict: true });
    assert.throws(
      () =>
        run(
          transform,
          'privacy',
          '<p>x</p>\n<p><a href="http://www.microsoft.com/x">x</a> <a href="https://example.com/">y</a></p>',
        ),
      (error: Error) => {
        assert.match(error.message, /^Broken links:/);
        assert.match(
          error.message,
          /content\/privacy\.mdx:2: the link "http:\/\/www\.microsoft\.com\/x" is not https/,
        );
        assert.match(
          error.message,
          /content\/privacy\.mdx:2: the link "https:\/\/example\.com\/" goes to example\.com/,
        );
        return true;
      },
    );
  });

  test('an HTML <a> leaving the site fails: it would not be marked as external', () => {
    const transform = rehypeLinkCheck({ ...options, strict: true });
    const tree: Root = {
      type: 'root',
      children: [
        // What MDX gives for `<a href="https://www.microsoft.com/">x</a>` written in content.
        {
          type: 'mdxJsxFlowElement',
          name: 'a',
          attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: 'https://www.microsoft.com/' }],
          children: [],
          position: { start: { line: 7, column: 1 }, end: { line: 7, column: 40 } },
        } as unknown as Root['children'][number],
      ],
    };
    const file = new VFile({ path: '/project/content/privacy.mdx' });
    assert.throws(() => {
      transform(tree, file);
    }, /content\/privacy\.mdx:7: the link "https:\/\/www\.microsoft\.com\/" is an HTML <a> leaving the site/);
  });

  test('links between pages are recorded, then checked once against every page, in any compile order', () => {
    const link = '<p>\n<a href="/security/#further-readin">Further reading</a></p>';
    for (const order of [
      ['security', 'privacy'],
      ['privacy', 'security'],
    ]) {
      const transform = rehypeLinkCheck({ ...options, strict: true });
      const files = new Map(
        order.map((slug) => [slug, run(transform, slug, slug === 'security' ? SECURITY : link)]),
      );
      assert.deepEqual(
        checkSite(files),
        [
          'content/privacy.mdx:2: the link "/security/#further-readin" goes to #further-readin, which is not a heading on /security/. Did you mean #further-reading? Its ids are: #further-reading, #service-level-security.',
        ],
        order.join(' then '),
      );
    }
  });

  test('good internal links pass: pages, their headings, this page’s headings', () => {
    const transform = rehypeLinkCheck({ ...options, strict: true });
    const files = new Map([
      ['security', run(transform, 'security', SECURITY)],
      [
        'privacy',
        run(
          transform,
          'privacy',
          '<h2 id="here">Here</h2><a href="#here">a</a><a href="/security/#further-reading">b</a><a href="/links/">c</a><a href="/">d</a>',
        ),
      ],
      ['index', run(transform, 'index', '<p>Home</p>')],
    ]);
    assert.deepEqual(checkSite(files), []);
  });

  test('a bookmark (an element with an id, as Learn writes <a name>) is a target too', () => {
    const transform = rehypeLinkCheck({ ...options, strict: true });
    const files = new Map([
      ['privacy', run(transform, 'privacy', '<p><a id="choose"></a>Pick one.</p><a href="#choose">back</a>')],
      ['security', run(transform, 'security', '<a href="#choose">back</a>')],
    ]);
    const problems = checkSite(files);
    assert.equal(problems.length, 1);
    assert.match(
      problems[0] ?? '',
      /content\/security\.mdx:1: .*#choose, which is not a heading on \/security\//,
    );
  });

  test('a link to a page that does not exist fails', () => {
    const files = new Map([
      ['privacy', run(rehypeLinkCheck({ ...options, strict: true }), 'privacy', '<a href="/privcy/">p</a>')],
    ]);
    assert.match(
      checkSite(files)[0] ?? '',
      /"\/privcy\/" goes to \/privcy\/, which is not a page of this site/,
    );
  });

  test('not strict (astro dev), the same problems are warnings and the page still renders', (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    const file = run(
      rehypeLinkCheck({ ...options, strict: false }),
      'privacy',
      '<a href="http://www.microsoft.com/x">x</a>',
    );
    assert.equal(warn.mock.callCount(), 1);
    assert.match(
      String(warn.mock.calls[0]?.arguments[0]),
      /\[links\] Broken link:\ncontent\/privacy\.mdx:1: the link "http:\/\/www\.microsoft\.com\/x" is not https/,
    );
    // Recorded as usual; an http link is not an outbound destination the /links/ page lists.
    const recorded = file.data.astro?.frontmatter;
    assert.ok(recorded);
    assert.deepEqual(recorded['links'], []);
    assert.ok(recorded['linkCheck']);
  });

  test("a page's link problems stop the build as their report alone: no stack trace into the plugins, the first problem's line for Astro's location", async () => {
    const pipeline = markdownPipeline({
      root: new URL('file:///nonexistent-project/'),
      sitePages: ['a', 'security'],
      strictLinks: true,
    });
    for (const [link, report] of [
      [
        'See [x](securty.md) and [y](securty.md).',
        /^Unknown article links:\ncontent\/a\.mdx:5: The link "securty\.md"/,
      ],
      ['See [x](http://www.microsoft.com/x).', /^Broken link:\ncontent\/a\.mdx:5: the link "http:/],
    ] as const) {
      const file = new VFile({
        path: '/nonexistent-project/content/a.mdx',
        value: `# A\n\nText.\n\n${link}\n`,
      });
      const error = await compile(file, pipeline).then(
        () => undefined,
        (thrown: unknown) => thrown as Error & { line?: number },
      );
      assert.ok(error, link);
      assert.match(error.message, report);
      assert.equal(error.stack, '');
      // Astro's MDX plugin reads line and column into the error's location; Node does not print them.
      assert.equal(error.line, 5);
      assert.doesNotMatch(inspect(error), /\bline:|\n\s+at /);
    }
  });

  test('strict unless NODE_ENV is development, which astro dev sets', (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    const before = process.env['NODE_ENV'];
    try {
      process.env['NODE_ENV'] = 'development';
      run(rehypeLinkCheck(options), 'privacy', '<a href="http://www.microsoft.com/x">x</a>');
      assert.equal(warn.mock.callCount(), 1);
      process.env['NODE_ENV'] = 'production';
      assert.throws(
        () => run(rehypeLinkCheck(options), 'privacy', '<a href="http://www.microsoft.com/x">x</a>'),
        /not https/,
      );
    } finally {
      if (before === undefined) delete process.env['NODE_ENV'];
      else process.env['NODE_ENV'] = before;
    }
  });
});

describe('external link marker', () => {
  const marked = () => {
    const tree = fromHtml(
      '<a href="https://www.microsoft.com/security">Security</a> <a href="/privacy/">Privacy</a>',
      { fragment: true },
    );
    rehypeExternalLinks(externalLinksOptions)(tree);
    return toHtml(tree);
  };

  test('content links get rel, a hidden icon and hidden "(external site)" text kept out of search; site links nothing', () => {
    assert.equal(
      marked(),
      `<a href="https://www.microsoft.com/security" rel="noopener noreferrer">Security${externalMarkerHtml}</a> <a href="/privacy/">Privacy</a>`,
    );
    assert.match(
      externalMarkerHtml,
      /^<span class="external-marker" data-pagefind-ignore="" data-markdown-ignore="">/,
    );
    assert.match(externalMarkerHtml, /<svg [^>]*aria-hidden="true"/);
    assert.match(externalMarkerHtml, /<span class="visually-hidden"> \(external site\)<\/span><\/span>$/);
    assert.doesNotMatch(externalMarkerHtml, /<img|url\(/, 'the icon makes no request');
  });

  test("in a page, an outbound link's last letter and arrow are one span kept on one line; an e-mail link's words are not", async () => {
    const html = await renderLearn(
      'See [Learn](https://learn.microsoft.com/x) and [mail](mailto:a@contoso.com).\n',
    );
    const tails = findElements(
      html,
      (element) => String(element.properties['className']) === 'external-tail',
    );
    assert.deepEqual(
      tails.map((tail) => textOf(tail)),
      ['n (external site)'],
    );
  });

  test('no target: links open in the same tab', () => {
    assert.doesNotMatch(marked(), /target=/);
  });
});

describe('url(…) in any attribute (SVG reads fill, filter, mask… as CSS)', () => {
  const root = new URL('../../', import.meta.url);
  /** The build error of an MDX page whose third line is `line` (the pipeline strict, as the build runs it). */
  const errorOf = (line: string) =>
    buildError(`Intro.\n\n${line}\n`, new URL('content/attack.mdx', root).pathname, root, ['attack']);

  // The red-team page: each of these loaded (or would load) a file from another origin.
  const attributes = [
    'fill',
    'stroke',
    'filter',
    'clipPath',
    'clip-path',
    'mask',
    'cursor',
    'marker-start',
    'marker-mid',
    'marker-end',
  ];
  for (const name of attributes) {
    test(`${name}="url(https://…)" on an SVG shape fails, naming file, line and the attribute`, async () => {
      const error = await errorOf(
        `<svg width="20" height="20"><rect width="10" height="10" ${name}="url(https://evil.example/${name}.svg#p), auto" /></svg>`,
      );
      assert.match(
        error,
        new RegExp(
          `content/attack\\.mdx:3: the CSS URL in ${name.toLowerCase()}= of <rect> "https://evil\\.example/${name}\\.svg#p" makes every reader's browser request evil\\.example`,
        ),
        error || '(it compiled)',
      );
    });
  }

  test('however the url is written: quoted, in capitals, escaped, in image-set(); a refused scheme too', async () => {
    for (const [value, expected] of [
      ['URL( "https://evil.example/q.svg" )', /"https:\/\/evil\.example\/q\.svg" makes every reader/],
      ['\\75 rl(https://evil.example/e.svg)', /"https:\/\/evil\.example\/e\.svg" makes every reader/],
      ["image-set('https://evil.example/i.png' 1x)", /"https:\/\/evil\.example\/i\.png" makes every reader/],
      ['url(javascript:alert(1))', /the CSS URL in fill= of <path> "javascript:alert\(1"/],
      ['url(http://evil.example/h.svg)', /"http:\/\/evil\.example\/h\.svg"/],
    ] as const) {
      const quote = value.includes('"') ? "'" : '"';
      const error = await errorOf(`<svg><path d="M0 0" fill=${quote}${value}${quote} /></svg>`);
      assert.match(error, /content\/attack\.mdx:3: the CSS URL in fill= of <path>/, error || value);
      assert.match(error, expected);
    }
  });

  test('a url() on this page (a gradient, a clip path) or this site passes', async () => {
    const svg =
      '<svg><defs><linearGradient id="g"><stop offset="0" /></linearGradient><mask id="m" /></defs>' +
      '<rect fill="url(#g)" mask="url(\'#m\')" cursor="url(/favicon.svg), auto" /></svg>';
    assert.equal(await errorOf(svg), '');
  });
});

describe('a broken #anchor on a page with tab sets', () => {
  test("lists the page's headings and bookmarks, not the ids of its tab sets' buttons, panels and labels", async () => {
    const root = new URL('../../', import.meta.url);
    // Shaped like windowsserverdocs' dnssec-sign-zone.md: a tab set per task, a bookmark, a link to a
    // heading the page does not have (`[Zone Signing Wizard](#zone-signing-wizard)`).
    const markdown =
      '## Signing a zone\n\nUse the [Zone Signing Wizard](#zone-signing-wizard).\n\n' +
      '### [DNS Manager](#tab/dns-manager)\n\nOpen it.\n\n### [Windows PowerShell](#tab/windows-powershell)\n\nRun it.\n\n---\n\n' +
      '<a name="BKMK_unsign"></a>\n\n## Unsign zone wizard\n\nText.\n';
    const file = new VFile({ path: new URL('content/dnssec.mdx', root).pathname, value: markdown });
    await compile(file, markdownPipeline({ root, sitePages: ['dnssec'], strictLinks: false }));
    const record = file.data.astro?.frontmatter?.['linkCheck'] as {
      internal: InternalLink[];
      headingIds: string[];
    };
    assert.ok(record.headingIds.includes('learn-tab-1-1-panel'), 'the tab panels are on the page');
    assert.deepEqual(
      checkInternalLinks(record.internal, new Map([['/dnssec/', new Set(record.headingIds)]])),
      [
        'content/dnssec.mdx:3: the link "#zone-signing-wizard" goes to #zone-signing-wizard, which is not a heading on /dnssec/. Its ids are: #unsign-zone-wizard, #signing-a-zone, #BKMK_unsign.',
      ],
    );
  });
});
