import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  checkInternal,
  checkUrl,
  cssUrls,
  describeProblem,
  misleadingTextProblem,
  type UrlCheck,
} from '../../src/lib/link-check.ts';

/** The problem a check found, or '' when none. */
function problemOf(check: UrlCheck): string {
  return 'problem' in check ? check.problem : '';
}

/** What the link policy says of an outbound link, or undefined when it passes. */
function checkOutbound(href: string, hosts: ReadonlySet<string>): string | undefined {
  return problemOf(checkUrl(href, '/privacy/', 'link', hosts)) || undefined;
}

const allowed = new Set(['www.microsoft.com', 'learn.microsoft.com']);
const headingIds = new Map<string, ReadonlySet<string> | undefined>([
  ['/', new Set(['in-this-article'])],
  ['/security/', new Set(['service-level-security', 'further-reading'])],
  ['/links/', undefined],
]);

describe('checkUrl', () => {
  test('paths and anchors are pages of this site, resolved from the linking page, to check once all pages are known', () => {
    assert.deepEqual(checkUrl('/security/#further-reading', '/privacy/', 'link', allowed), {
      internal: { path: '/security/', anchor: 'further-reading' },
    });
    assert.deepEqual(checkUrl('#top', '/privacy/', 'link', allowed), {
      internal: { path: '/privacy/', anchor: 'top' },
    });
    assert.deepEqual(checkUrl('../security/', '/privacy/', 'link', allowed), {
      internal: { path: '/security/', anchor: undefined },
    });
  });

  test('a request to another origin fails, whatever the host; on the site it passes', () => {
    for (const href of ['https://www.microsoft.com/logo.png', 'https://evil.example/x.png']) {
      assert.match(problemOf(checkUrl(href, '/', 'request', allowed)), /another origin/, href);
    }
    assert.deepEqual(checkUrl('/media/x.png', '/', 'request', allowed), { ok: true });
  });

  test('refused URLs fail in every role: javascript:, disguised hosts', () => {
    for (const role of ['link', 'request', 'other'] as const) {
      for (const href of ['javascript:alert(1)', '/\\evil.example/', '\t//evil.example/']) {
        assert.notEqual(problemOf(checkUrl(href, '/', role, allowed)), '', `${role} ${href}`);
      }
    }
  });
});

describe('checkOutbound', () => {
  test('https to an allowed host passes', () => {
    assert.equal(checkOutbound('https://www.microsoft.com/trust-center/privacy', allowed), undefined);
  });

  test('http fails and says the https address to write', () => {
    assert.match(
      checkOutbound('http://www.microsoft.com/security', allowed) ?? '',
      /not https: write it as https:\/\/www\.microsoft\.com\/security/,
    );
  });

  test('other schemes and protocol-relative links fail; mailto: is allowed (it makes no request)', () => {
    for (const href of ['ftp://www.microsoft.com/x', '//www.microsoft.com/x']) {
      assert.match(checkOutbound(href, allowed) ?? '', /https:\/\//, href);
    }
    assert.equal(checkOutbound('mailto:a@b.c', allowed), undefined);
  });

  test('a host off the allowlist fails and says which line to add where', () => {
    const problem = checkOutbound('https://example.com/page', allowed) ?? '';
    assert.match(problem, /goes to example\.com, which is not on the allowlist/);
    assert.match(problem, /add 'example\.com' to src\/data\/outbound-hosts\.json \(one line/);
  });

  test('hosts are compared exactly: a look-alike subdomain is not allowed', () => {
    assert.match(
      checkOutbound('https://learn.microsoft.com.evil.example/x', allowed) ?? '',
      /not on the allowlist/,
    );
  });
});

describe('checkInternal', () => {
  test('a page of the site, with or without a heading of it, passes', () => {
    assert.equal(checkInternal({ path: '/security/', anchor: undefined }, headingIds), undefined);
    assert.equal(checkInternal({ path: '/security/', anchor: 'further-reading' }, headingIds), undefined);
  });

  test('a page that does not exist fails, naming the nearest and listing the pages there are, nearest first', () => {
    assert.match(
      checkInternal({ path: '/privcy/', anchor: undefined }, headingIds) ?? '',
      /goes to \/privcy\/, which is not a page of this site\. Link to one of \/links\/, \/security\/, \/:/,
    );
    const pages = new Map([...headingIds, ['/privacy/', undefined]]);
    assert.match(
      checkInternal({ path: '/privcy/', anchor: undefined }, pages) ?? '',
      /which is not a page of this site\. Did you mean \/privacy\/\? Link to one of \/privacy\/, /,
    );
  });

  test('an anchor that is not a heading of the target fails, listing its ids, the nearest first', () => {
    assert.equal(
      checkInternal({ path: '/security/', anchor: 'further' }, headingIds),
      'goes to #further, which is not a heading on /security/. Its ids are: #further-reading, #service-level-security.',
    );
    assert.match(
      checkInternal({ path: '/security/', anchor: 'furhter-reading' }, headingIds) ?? '',
      /\. Did you mean #further-reading\? Its ids are: #further-reading, #service-level-security\.$/,
    );
    assert.match(
      checkInternal({ path: '/empty/', anchor: 'x' }, new Map([['/empty/', new Set<string>()]])) ?? '',
      /Its ids are: none\.$/,
    );
  });

  test("the ids listed leave out a tab set's own and stop at ten, saying how many more there are", () => {
    // What windowsserverdocs' dnssec-sign-zone.md records: headings, and two tab sets' buttons, panels and labels.
    const page = new Set([
      'signing-parameters',
      'cryptographic-algorithms-and-nsec-methods',
      'prerequisites',
      'signing-a-zone',
      'learn-tab-1-1',
      'learn-tab-1-2',
      'learn-tab-1-1-panel',
      'tabset-1-tab-1',
      'learn-tab-1-2-panel',
      'tabset-1-tab-2',
      'unsign-zone-wizard',
      'learn-tab-2-1',
      'learn-tab-2-2',
      'learn-tab-2-1-panel',
      'tabset-2-tab-1',
      'learn-tab-2-2-panel',
      'tabset-2-tab-2',
      'modifying-dnssec-properties',
      'related-content',
      ...Array.from({ length: 8 }, (_, index) => `step-${index + 1}`),
      'BKMK_zone',
    ]);
    const problem =
      checkInternal(
        { path: '/dnssec-sign-zone/', anchor: 'zone-signing-wizard' },
        new Map([['/dnssec-sign-zone/', page]]),
      ) ?? '';
    assert.doesNotMatch(problem, /learn-tab|tabset-/);
    const listed = /Its ids are: (.*)\.$/.exec(problem)?.[1]?.split(', ') ?? [];
    assert.equal(listed.length, 11, problem);
    assert.equal(listed[0], '#unsign-zone-wizard', 'the nearest first');
    assert.equal(listed.at(-1), '… and 6 more');
    // Bookmarks are targets too (Learn's <a name>), so they are listed among the ids.
    assert.match(
      checkInternal(
        { path: '/dnssec-sign-zone/', anchor: 'bkmk_zone' },
        new Map([['/dnssec-sign-zone/', page]]),
      ) ?? '',
      /Its ids are: #BKMK_zone, /,
    );
  });

  test('anchors on a page whose headings are unknown are not judged', () => {
    assert.equal(checkInternal({ path: '/links/', anchor: 'anything' }, headingIds), undefined);
  });
});

describe('describeProblem', () => {
  test('names file, line and the link as written, and as published when resolved', () => {
    assert.equal(
      describeProblem(
        { file: 'content/privacy.mdx', line: 12, href: 'security.md#x', published: '/security/#x' },
        'is wrong.',
      ),
      'content/privacy.mdx:12: the link "security.md#x" (published as /security/#x) is wrong.',
    );
    assert.equal(
      describeProblem({ file: 'content/a.mdx', line: undefined, href: '#x' }, 'is wrong.'),
      'content/a.mdx: the link "#x" is wrong.',
    );
  });
});

describe('cssUrls', () => {
  test('finds url(…) as a browser reads it: bare or quoted, any case, escaped, in a list', () => {
    const cases: [string, string[]][] = [
      ['url(https://a.example/x.svg#p)', ['https://a.example/x.svg#p']],
      ['url(#gradient)', ['#gradient']],
      ['URL( "https://a.example/q" )', ['https://a.example/q']],
      ["url('https://a.example/it\\'s')", ["https://a.example/it's"]],
      ['url(  https://a.example/spaced  )', ['https://a.example/spaced']],
      ['\\75 rl(https://a.example/hex)', ['https://a.example/hex']],
      ['u\\72l(https://a.example/hex2)', ['https://a.example/hex2']],
      ['url(https://a.example/c.cur), url(b.cur), auto', ['https://a.example/c.cur', 'b.cur']],
      ['url(a\\)b)', ['a)b']],
      ['src("https://a.example/src")', ['https://a.example/src']],
      ["image-set('https://a.example/i.png' 1x, url(j.png) 2x)", ['https://a.example/i.png', 'j.png']],
      ['-webkit-image-set("k.png" 1x)', ['k.png']],
    ];
    for (const [value, expected] of cases) assert.deepEqual(cssUrls(value), expected, value);
  });

  test('finds none in other text: a comment, a longer name, a string outside url()', () => {
    for (const value of [
      'red',
      '/* url(https://a.example/c) */ red',
      'curl(https://a.example/)',
      'my-url(x)',
      '"https://a.example/" serif',
      'Read the page at https://a.example/.',
    ])
      assert.deepEqual(cssUrls(value), [], value);
  });
});

describe('misleadingTextProblem', () => {
  test("text naming where the link goes passes, as Learn writes it: a slash, a page below, www., docs.microsoft.com for Learn, a locale, Microsoft's redirector", () => {
    for (const [text, href] of [
      ['https://portal.azure.com', 'https://portal.azure.com/'],
      ['Go to https://security.microsoft.com and sign in', 'https://security.microsoft.com/homepage'],
      ['microsoft.com/trust-center', 'https://www.microsoft.com/trust-center/privacy'],
      // azure-docs' content filtering page, as Edge copies a link: a domain alone names its hosts.
      [
        'Azure OpenAI Limited Access Review: Modified Content Filters and Abuse Monitoring (microsoft.com)',
        'https://customervoice.microsoft.com/Pages/ResponsePage.aspx?id=v4j5cvGGr0GRqy180BHbR7en2Ais5',
      ],
      // azure-docs' Kubernetes and Swarm quickstarts: a repository's page and its clone address are one.
      [
        'https://github.com/Azure-Samples/azure-voting-app-redis',
        'https://github.com/Azure-Samples/azure-voting-app-redis.git',
      ],
      ['https://github.com/Azure-Samples/djangoapp.git', 'https://github.com/Azure-Samples/djangoapp'],
      // A bare address ends as GFM ends one, before punctuation that closes the text around it.
      ['Power Apps (make.powerapps.com/environments)', 'https://make.powerapps.com/environments'],
      ['See github.com/MicrosoftDocs/defender-docs.', 'https://github.com/MicrosoftDocs/defender-docs'],
      [
        'https://www.microsoft.com/en-us/download/details.aspx?id=1',
        'https://www.microsoft.com/download/details.aspx?id=1',
      ],
      [
        'https://docs.microsoft.com/defender-business/x',
        'https://learn.microsoft.com/en-us/defender-business/x',
      ],
      ['https://aka.ms/kiota', 'https://aka.ms/kiota'],
      ['secure@microsoft.com', 'mailto:Secure@microsoft.com'],
      ['secure@microsoft.com', 'mailto:secure@microsoft.com?subject=Documentation%20feedback'],
      // microsoft-365-docs' service health page, Teams' clients page: Microsoft's redirector sends it there.
      ['https://admin.microsoft.com', 'https://go.microsoft.com/fwlink/p/?linkid=2024339'],
      ['accounts.google.com', 'https://go.microsoft.com/fwlink/p/?LinkId=268302'],
      // cpp-docs' Japanese /Z7 page: a Learn address in the text of an xref, another Learn page.
      [
        'https://docs.microsoft.com/azure/active-directory/develop/scenario-protected-web-api-overview',
        'https://learn.microsoft.com/ja-jp/dotnet/api/microsoft.visualstudio.vcprojectengine.vcclcompilertool.debuginformationformat',
      ],
      // windows-driver-docs, sql-docs, biztalk-docs: an MSDN or TechNet address, linked to the Learn page it became.
      [
        'https://msdn.microsoft.com/library/ff560590.aspx',
        'https://learn.microsoft.com/windows-hardware/drivers/ddi/ntddstor/ni-ntddstor-ioctl_storage_query_property',
      ],
      [
        'https://technet.microsoft.com/library/ms189134(v=sql.105).aspx',
        'https://learn.microsoft.com/previous-versions/sql/sql-server-2008-r2/ms189134(v=sql.105)',
      ],
      [
        'See msdn.microsoft.com/library/windows/apps/xaml/hh965324.aspx.',
        'https://learn.microsoft.com/previous-versions/windows/apps/hh965324(v=win.10)',
      ],
      // microsoft-365-docs: Microsoft's short name of a Learn page, linked to the page (../enterprise/….md).
      [
        'https://aka.ms/pnc',
        'https://learn.microsoft.com/en-us/microsoft-365/enterprise/microsoft-365-network-connectivity-principles',
      ],
    ] as const)
      assert.equal(misleadingTextProblem(text, href, allowed), undefined, text);
  });

  test("text that reads as no address passes: a name, a file's or a namespace's, a file the link's address holds", () => {
    for (const [text, href] of [
      ['Privacy at Microsoft', 'https://privacy.microsoft.com/'],
      ['README.md', 'https://github.com/MicrosoftDocs/defender-docs'],
      ['Node.js', 'https://github.com/nodejs/node'],
      ['System.Net.Http', 'https://github.com/dotnet/runtime'],
      ['azuredeploy.parameters.json', 'https://github.com/Azure/t/blob/main/azuredeploy.parameters.json'],
      // Names of files and packages of three labels, which developer pages link to their own pages by (rv52).
      ['vue.config.js', 'https://github.com/vuejs/vue-cli/blob/dev/docs/config/index.md'],
      ['azure.mgmt.resource', 'https://github.com/Azure/azure-sdk-for-python'],
      ['Load jquery.min.js first', 'https://github.com/jquery/jquery'],
    ] as const)
      assert.equal(misleadingTextProblem(text, href, allowed), undefined, text);
    // A host of three labels on one of ICANN's domains is an address, whatever domain it is under.
    assert.match(
      misleadingTextProblem('portal.contoso.dev', 'https://github.com/evil', allowed) ?? '',
      /^reads as portal\.contoso\.dev /,
    );
  });

  test("a bare host under a domain the site links to reads as that host's address, though it has two labels or is the link's file", () => {
    assert.match(
      misleadingTextProblem('microsoft.com', 'https://github.com/evil', allowed) ?? '',
      /^reads as microsoft\.com \(its text, title or an image's alt text\), but goes to github\.com\/evil: /,
    );
    assert.match(
      misleadingTextProblem(
        'security.microsoft.com',
        'https://github.com/evil/security.microsoft.com',
        allowed,
      ) ?? '',
      /^reads as security\.microsoft\.com \(its text, title or an image's alt text\), but goes to github\.com\/evil\/security\.microsoft\.com: /,
    );
    assert.equal(
      misleadingTextProblem('microsoft.com', 'https://www.microsoft.com/en-us', allowed),
      undefined,
    );
  });

  test('a host name alone in a link to Learn, with its scheme or not, names what the article is about, as Learn writes it; to another host it is an address', () => {
    // azure-docs' private-endpoint-dns-integration.md links ../dns/private-dns-privatednszone.md, which the import writes on Learn.
    for (const href of [
      'https://learn.microsoft.com/en-us/azure/dns/private-dns-privatednszone',
      'https://docs.microsoft.com/azure/dns/private-dns-privatednszone',
    ])
      assert.equal(misleadingTextProblem('privatelink.database.windows.net', href, allowed), undefined, href);
    // azure-docs' SaaS tutorials, with its scheme: "the access panel at [https://myapps.microsoft.com](….md)".
    const accessPanel =
      'https://learn.microsoft.com/azure/active-directory/active-directory-saas-access-panel-introduction';
    for (const text of ['https://myapps.microsoft.com', 'www.myapps.microsoft.com/'])
      assert.equal(misleadingTextProblem(text, accessPanel, allowed), undefined, text);
    assert.match(
      misleadingTextProblem('https://myapps.microsoft.com/apps', accessPanel, allowed) ?? '',
      /^reads as myapps\.microsoft\.com\/apps /,
    );
    assert.match(
      misleadingTextProblem('https://myapps.microsoft.com', 'https://github.com/evil/apps', allowed) ?? '',
      /^reads as myapps\.microsoft\.com /,
    );
    assert.match(
      misleadingTextProblem('privatelink.database.windows.net', 'https://github.com/evil/dns', allowed) ?? '',
      /^reads as privatelink\.database\.windows\.net /,
    );
    // Learn's Q&A and members' profiles are anyone's words: a host or short address named there is an address (fp1).
    for (const href of [
      'https://learn.microsoft.com/en-us/answers/questions/123/sign-in-again',
      'https://learn.microsoft.com/users/someone/',
    ])
      for (const text of ['security.microsoft.com', 'https://myapps.microsoft.com', 'https://aka.ms/pnc'])
        assert.match(misleadingTextProblem(text, href, allowed) ?? '', /^reads as /, `${text} → ${href}`);
  });

  test("a container image's name names its page, the registry's or Docker Hub's, whatever its tag; another page it does not", () => {
    for (const [text, href] of [
      // azure-docs' App Service custom container page; .NET's gRPC and Docker pages.
      [
        'mcr.microsoft.com/windows/servercore:ltsc2022',
        'https://mcr.microsoft.com/product/windows/servercore/about',
      ],
      [
        'mcr.microsoft.com/dotnet/framework/aspnet',
        'https://mcr.microsoft.com/product/dotnet/framework/aspnet/tags',
      ],
      ['mcr.microsoft.com/dotnet/sdk', 'https://hub.docker.com/_/microsoft-dotnet-sdk/'],
      ['mcr.microsoft.com/dotnet/sdk:8.0', 'https://mcr.microsoft.com/en-us/artifact/mar/dotnet/sdk/tags'],
    ] as const)
      assert.equal(misleadingTextProblem(text, href, allowed), undefined, text);
    for (const href of [
      'https://mcr.microsoft.com/product/dotnet/runtime/about',
      'https://hub.docker.com/r/evil/microsoft-dotnet-sdk',
      'https://hub.docker.com/_/microsoft-dotnet-sdk-evil',
      'https://github.com/evil/sdk',
    ])
      assert.match(
        misleadingTextProblem('mcr.microsoft.com/dotnet/sdk', href, allowed) ?? '',
        /^reads as mcr\.microsoft\.com\/dotnet\/sdk /,
        href,
      );
  });

  test('a placeholder in a URL of the text names the path before it, as the link written with it or a path under it', () => {
    for (const [text, href] of [
      // azure-docs' FHIR External ID page: GFM reads the text as ending before its "}".
      [
        'https://graph.microsoft.com/v1.0/users/{USER_OBJECT_ID}',
        'https://graph.microsoft.com/v1.0/users/{USER_OBJECT_ID}',
      ],
      ['https://dev.azure.com/<organization>/_settings', 'https://dev.azure.com/'],
      [
        'https://graph.microsoft.com/v1.0/me/todo/lists/{listId}/tasks',
        'https://graph.microsoft.com/v1.0/me/todo/lists/%7BlistId%7D/tasks',
      ],
    ] as const)
      assert.equal(misleadingTextProblem(text, href, allowed), undefined, text);
    for (const href of ['https://graph.microsoft.com/beta/groups', 'https://github.com/evil/users'])
      assert.match(
        misleadingTextProblem('https://graph.microsoft.com/v1.0/users/{id}', href, allowed) ?? '',
        /^reads as graph\.microsoft\.com\/v1\.0\/users\/\{id /,
        href,
      );
  });

  test('text naming another host, another path of the host, or another mailbox fails, naming both', () => {
    assert.match(
      misleadingTextProblem('https://github.com/MicrosoftDocs', 'https://github.com/evil', allowed) ?? '',
      /^reads as github\.com\/MicrosoftDocs \(its text, title or an image's alt text\), but goes to github\.com\/evil: /,
    );
    assert.match(
      misleadingTextProblem(
        'microsoft.com/trust-center',
        'https://privacy.microsoft.com/trust-center',
        allowed,
      ) ?? '',
      /^reads as microsoft\.com\/trust-center /,
    );
    assert.match(
      misleadingTextProblem(
        'https://msdn.microsoft.com/library/ff560590.aspx',
        'https://github.com/evil',
        allowed,
      ) ?? '',
      /^reads as msdn\.microsoft\.com\/library\/ff560590\.aspx /,
    );
    assert.match(
      misleadingTextProblem(
        'https://github.com/Azure-Samples/azure-voting-app-redis.git',
        'https://github.com/evil/azure-voting-app-redis.git',
        allowed,
      ) ?? '',
      /^reads as github\.com\/Azure-Samples\/azure-voting-app-redis\.git /,
    );
    assert.match(
      misleadingTextProblem('aka.ms/pnc', 'https://github.com/evil/pnc', allowed) ?? '',
      /^reads as aka\.ms\/pnc \(its text, title or an image's alt text\), but goes to github\.com\/evil\/pnc: /,
    );
    assert.match(
      misleadingTextProblem('https://security.microsoft.com', 'mailto:a@microsoft.com', allowed) ?? '',
      /^reads as security\.microsoft\.com \(its text, title or an image's alt text\), but opens mail to a@microsoft\.com: /,
    );
    assert.match(
      misleadingTextProblem(
        'secure@microsoft.com',
        'mailto:secure@evil.example?subject=secure@microsoft.com',
        allowed,
      ) ?? '',
      /^reads as secure@microsoft\.com \(its text, title or an image's alt text\), but opens mail to secure@evil\.example: /,
    );
  });
});
