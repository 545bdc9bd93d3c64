/**
 * Learn's absolute URLs of the site's own pages: `[GPIO Interrupts](https://docs.microsoft.com/windows-hardware/drivers/gpio/gpio-interrupts)`,
 * as MicrosoftDocs/windows-driver-docs writes every row of its "In this section" tables, go to the page here.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { onLearnHost, resolveLearnLink, type LearnLinkContext } from '../../src/lib/learn-links.ts';
import { rehypeLearnLinks } from '../../src/markdown/rehype-learn-links.ts';

// windows-driver-docs-pr/gpio/, imported with --learn-path windows-hardware/drivers/gpio.
const gpio = {
  learnFolder: 'windows-hardware/drivers/gpio',
  locale: 'en-us',
  articles: [
    'gpio-driver-support-overview.md',
    'gpio-interrupts.md',
    'index.md',
    'interrupts/index.md',
    'primary-and-secondary-interrupts.md',
    'not-imported.md',
  ],
  pages: [
    'gpio-driver-support-overview',
    'gpio-interrupts',
    'primary-and-secondary-interrupts',
    'interrupts',
  ],
};
const bookings = {
  learnFolder: 'microsoft-365/bookings',
  locale: 'ja-jp',
  articles: ['employee-hours.md'],
  pages: ['employee-hours'],
};
const site: LearnLinkContext = {
  sitePages: new Set(['index', 'security', ...gpio.pages, ...bookings.pages]),
  learnBase: 'https://learn.microsoft.com/en-us',
  learnFolder: 'defender-business',
  knownArticles: new Set(['mdb-overview.md', 'index.md']),
  otherFolders: [gpio, bookings],
  pageFile: 'gpio-interrupts.mdx',
};
const resolve = (href: string, pageFile = 'gpio-interrupts.mdx') =>
  resolveLearnLink(href, { ...site, pageFile });

describe('an absolute Learn URL of a page of this site', () => {
  test('goes to the page, on docs.microsoft.com and learn.microsoft.com, with and without a locale', () => {
    // gpio-interrupts.md: [Primary and Secondary Interrupts](https://docs.microsoft.com/windows-hardware/drivers/gpio/primary-and-secondary-interrupts)
    for (const href of [
      'https://docs.microsoft.com/windows-hardware/drivers/gpio/primary-and-secondary-interrupts',
      'https://learn.microsoft.com/windows-hardware/drivers/gpio/primary-and-secondary-interrupts',
      'https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/primary-and-secondary-interrupts',
      'https://docs.microsoft.com/en-us/windows-hardware/drivers/gpio/primary-and-secondary-interrupts',
    ])
      assert.equal(resolve(href), '/primary-and-secondary-interrupts/', href);
  });

  test('keeps its #anchor, for the link check to check', () => {
    // gpio-interrupts.md: [GPIO Driver Support Overview](https://docs.microsoft.com/windows-hardware/drivers/gpio/gpio-driver-support-overview#gpio-block-diagram)
    assert.equal(
      resolve(
        'https://docs.microsoft.com/windows-hardware/drivers/gpio/gpio-driver-support-overview#gpio-block-diagram',
      ),
      '/gpio-driver-support-overview/#gpio-block-diagram',
    );
  });

  test("drops Learn's own query parameters, keeps ?tabs=, which the site's tabs read", () => {
    assert.equal(
      resolve(
        'https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/gpio-interrupts?view=windows-11',
        'security.mdx',
      ),
      '/gpio-interrupts/',
    );
    assert.equal(
      resolve(
        'https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/gpio-interrupts?view=windows-11&tabs=kmdf#x',
      ),
      '/gpio-interrupts/?tabs=kmdf#x',
    );
  });

  test('is read in any case, as Learn reads it, and from any page of the site', () => {
    assert.equal(
      resolve(
        'HTTPS://Docs.Microsoft.com/EN-US/Windows-Hardware/Drivers/GPIO/GPIO-Interrupts',
        'security.mdx',
      ),
      '/gpio-interrupts/',
    );
    assert.equal(
      resolve(
        'https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/gpio-interrupts',
        'security.mdx',
      ),
      '/gpio-interrupts/',
    );
  });

  test("a folder's URL, or its index, is its index page when the site has it", () => {
    const index = 'https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/interrupts';
    for (const href of [`${index}/`, index, `${index}/index`])
      assert.equal(resolve(href), '/interrupts/', href);
    // The site's home is the default folder's index; another folder's index.md is not imported over it.
    assert.equal(resolve('https://learn.microsoft.com/en-us/defender-business/', 'security.mdx'), '/');
    assert.equal(
      resolve('https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/'),
      'https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/',
    );
  });

  test('of a folder in another locale goes to its page when it names that locale, or none', () => {
    assert.equal(
      resolve('https://learn.microsoft.com/ja-jp/microsoft-365/bookings/employee-hours', 'security.mdx'),
      '/employee-hours/',
    );
    assert.equal(
      resolve('https://learn.microsoft.com/microsoft-365/bookings/employee-hours', 'security.mdx'),
      '/employee-hours/',
    );
  });
});

describe('any other URL on Learn stays a link to Learn, on its own host', () => {
  test('an article of the folder not imported, or one it lacks, and a path outside the folders', () => {
    assert.equal(
      resolve('https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/not-imported'),
      'https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/not-imported',
    );
    // docs.microsoft.com's, which Learn redirects to the same path on learn.microsoft.com, go there at once.
    for (const path of [
      'windows-hardware/drivers/gpio/no-such-article#x',
      // gpio-driver-support-overview.md: [Kernel-mode driver framework](https://docs.microsoft.com/windows-hardware/drivers/wdf/what-s-new-for-wdf-drivers)
      'windows-hardware/drivers/wdf/what-s-new-for-wdf-drivers',
      'en-us/windows-hardware/drivers/gpio-interrupts?view=x',
    ])
      assert.equal(resolve(`https://docs.microsoft.com/${path}`), `https://learn.microsoft.com/${path}`);
    assert.equal(
      resolve('HTTPS://DOCS.Microsoft.COM/dotnet/api/system.string'),
      'https://learn.microsoft.com/dotnet/api/system.string',
    );
  });

  test("docs.microsoft.com's look-alikes keep their URL (and the link check refuses those it refuses)", () => {
    for (const href of [
      'http://docs.microsoft.com/dotnet/api/system.string',
      'https://docs.microsoft.com:8443/dotnet/',
      'https://user@docs.microsoft.com/dotnet/',
      'https://docs.microsoft.com.example/dotnet/',
      'https://review.docs.microsoft.com/dotnet/',
    ])
      assert.equal(onLearnHost(href), href, href);
  });

  test("another locale than the folder's: the reader chose that language", () => {
    for (const href of [
      'https://learn.microsoft.com/ja-jp/windows-hardware/drivers/gpio/gpio-interrupts',
      'https://learn.microsoft.com/en-us/microsoft-365/bookings/employee-hours',
    ])
      assert.equal(resolve(href), href);
  });

  test('a file, not a Learn URL; another host, port or scheme; a disguised URL', () => {
    for (const href of [
      'https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/gpio-interrupts.md',
      'https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/media/gpio.png',
      'https://learn.microsoft.com.example/en-us/windows-hardware/drivers/gpio/gpio-interrupts',
      'https://review.learn.microsoft.com/en-us/windows-hardware/drivers/gpio/gpio-interrupts',
      'https://learn.microsoft.com:8443/en-us/windows-hardware/drivers/gpio/gpio-interrupts',
      'http://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/gpio-interrupts',
      'https://user@learn.microsoft.com/en-us/windows-hardware/drivers/gpio/gpio-interrupts',
      ' https://learn.microsoft.com/en-us/windows-hardware/drivers/gpio/gpio-interrupts',
    ])
      assert.equal(resolve(href), href);
  });
});

describe('rehypeLearnLinks on absolute Learn URLs', () => {
  const link = (href: string, text: string): Element => ({
    type: 'element',
    tagName: 'a',
    properties: { href },
    children: [{ type: 'text', value: text }],
  });
  const run = (...links: Element[]) => {
    const tree: Root = { type: 'root', children: links };
    rehypeLearnLinks({ ...site, pageFile: undefined, contentDir: '/site/content' })(
      tree,
      new VFile({ path: '/site/content/security.mdx' }),
    );
    return links.map((node) => node.properties['href']);
  };
  const url = 'https://docs.microsoft.com/windows-hardware/drivers/gpio/gpio-interrupts';

  test("rewrites a link to a page here, and a bare URL goes where its text says, on Learn's own host", () => {
    const onLearn = url.replace('//docs.', '//learn.');
    assert.deepEqual(
      run(link(url, 'GPIO Interrupts'), link(url, url), link(url, ` ${url} `), link(onLearn, onLearn)),
      ['/gpio-interrupts/', onLearn, onLearn, onLearn],
    );
  });
});

describe('an xref to a page of this site', () => {
  // office-docs-powershell exchange-ps/ExchangePowerShell/, imported with --learn-path powershell/module/exchangepowershell.
  const exchange = {
    learnFolder: 'powershell/module/exchangepowershell',
    locale: 'en-us',
    articles: ['get-malwarefilterrule.md', 'set-malwarefilterrule.md'],
    pages: ['get-malwarefilterrule'],
  };
  const context: LearnLinkContext = {
    ...site,
    sitePages: new Set([...site.sitePages, ...exchange.pages]),
    otherFolders: [gpio, bookings, exchange],
    pageFile: 'get-malwarefilterrule.md',
  };

  test('goes to the page, as the Learn URL it names does, its #anchor kept for the link check', () => {
    // Enable-MalwareFilterRule.md: [Get-MalwareFilterRule](xref:ExchangePowerShell.Get-MalwareFilterRule)
    assert.equal(
      resolveLearnLink('xref:ExchangePowerShell.Get-MalwareFilterRule', context),
      '/get-malwarefilterrule/',
    );
    assert.equal(
      resolveLearnLink('xref:ExchangePowerShell.Get-MalwareFilterRule#-state', context),
      '/get-malwarefilterrule/#-state',
    );
    assert.equal(
      resolveLearnLink('xref:ExchangePowerShell.Get-MalwareFilterRule', {
        ...context,
        pageFile: 'security.mdx',
      }),
      '/get-malwarefilterrule/',
    );
  });

  test('to an article not imported, or another API, stays on Learn', () => {
    assert.equal(
      resolveLearnLink('xref:ExchangePowerShell.Set-MalwareFilterRule', context),
      'https://learn.microsoft.com/en-us/powershell/module/exchangepowershell/set-malwarefilterrule',
    );
    assert.equal(
      resolveLearnLink('xref:System.String', context),
      'https://learn.microsoft.com/en-us/dotnet/api/system.string',
    );
  });
});
