import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  learnArticleUrl,
  nearestName,
  otherLearnFolders,
  pageSlugOfArticle,
  resolveLearnLink,
  sitePagePath,
  type LearnLinkContext,
} from '../../src/lib/learn-links.ts';

const context: LearnLinkContext = {
  sitePages: new Set(['index', 'security', 'privacy']),
  learnBase: 'https://learn.microsoft.com/en-us',
  learnFolder: 'defender-business',
};
const resolve = (href: string) => resolveLearnLink(href, context);

describe('resolveLearnLink', () => {
  test('root-relative paths go to Learn', () => {
    assert.equal(
      resolve('/microsoft-365/business-premium/secure-your-business-data'),
      'https://learn.microsoft.com/en-us/microsoft-365/business-premium/secure-your-business-data',
    );
  });

  test('root-relative paths keep their anchor', () => {
    assert.equal(
      resolve('/security/zero-trust/guidance-smb-partner#additional-threat-protection'),
      'https://learn.microsoft.com/en-us/security/zero-trust/guidance-smb-partner#additional-threat-protection',
    );
  });

  test('a relative .md link without a page here goes to the Learn article beside the source', () => {
    assert.equal(
      resolve('mdb-setup-configuration.md'),
      'https://learn.microsoft.com/en-us/defender-business/mdb-setup-configuration',
    );
  });

  test('a relative .md link keeps query and anchor', () => {
    assert.equal(
      resolve('mdb-setup-configuration.md?tabs=admin#step-1'),
      'https://learn.microsoft.com/en-us/defender-business/mdb-setup-configuration?tabs=admin#step-1',
    );
  });

  test('a relative .md link to a page of this site stays on this site', () => {
    assert.equal(resolve('privacy.md'), '/privacy/');
    assert.equal(resolve('./security.md#further-reading'), '/security/#further-reading');
    assert.equal(resolve('index.md'), '/');
  });

  test('a relative .md link to a page of this site keeps query and anchor, and drops .md', () => {
    assert.equal(
      resolve('privacy.md?view=print#privacy-at-microsoft'),
      '/privacy/?view=print#privacy-at-microsoft',
    );
    assert.equal(resolve('security.mdx'), '/security/');
  });

  test('root-relative paths keep their query string', () => {
    assert.equal(
      resolve('/compliance/assurance/assurance-privacy?view=o365-worldwide#data'),
      'https://learn.microsoft.com/en-us/compliance/assurance/assurance-privacy?view=o365-worldwide#data',
    );
  });

  test('a name that is not a page of this site goes to Learn even when it looks like one', () => {
    assert.equal(resolve('compliance.md'), 'https://learn.microsoft.com/en-us/defender-business/compliance');
  });

  test("a folder's index article is the folder's URL on Learn", () => {
    assert.equal(
      resolve('../defender-endpoint/index.md'),
      'https://learn.microsoft.com/en-us/defender-endpoint/',
    );
    assert.equal(
      resolve('../defender-endpoint/index.yml#top'),
      'https://learn.microsoft.com/en-us/defender-endpoint/#top',
    );
  });

  test('a link into a sibling folder resolves like a browser would', () => {
    assert.equal(
      resolve('../defender-endpoint/overview.md'),
      'https://learn.microsoft.com/en-us/defender-endpoint/overview',
    );
  });

  test('absolute URLs, mail links and in-page anchors are left alone', () => {
    for (const href of [
      'https://www.microsoft.com/security',
      'mailto:a@b.c',
      '#privacy',
      'HTTPS://privacy.microsoft.com/',
    ]) {
      assert.equal(resolve(href), href);
    }
  });

  test("a link that is only a query and an anchor (Learn's link to a tab) stays on this page", () => {
    assert.equal(resolve('?tabs=ubuntu-install#ubuntu'), '?tabs=ubuntu-install#ubuntu');
    assert.equal(resolve('?tabs=rhel'), '?tabs=rhel');
  });

  test('a path that climbs above Learn is an error', () => {
    assert.throws(() => resolve('../../../etc.md'), /climbs out of https:\/\/learn\.microsoft\.com\/en-us\//);
  });
});

describe('resolveLearnLink with folders, as Learn resolves them', () => {
  const nested: LearnLinkContext = {
    sitePages: new Set(['index', 'docs-authoring/sort-redirects', 'docs-authoring', 'security']),
    learnBase: 'https://learn.microsoft.com/en-us',
    learnFolder: 'contoso-docs',
    pageFile: 'docs-authoring/sort-redirects.mdx',
  };

  test('a relative link resolves from the page’s folder: ../security.md is the site page at the top', () => {
    assert.equal(resolveLearnLink('../security.md#keys', nested), '/security/#keys');
  });

  test('index.md beside a nested page is that folder’s page, ../index.md the site’s home', () => {
    assert.equal(resolveLearnLink('index.md', nested), '/docs-authoring/');
    assert.equal(resolveLearnLink('../index.md', nested), '/');
  });

  test('an article not imported goes to its Learn URL inside the folder’s Learn path', () => {
    assert.equal(
      resolveLearnLink('merge-redirects.md', nested),
      'https://learn.microsoft.com/en-us/contoso-docs/docs-authoring/merge-redirects',
    );
  });
});

describe('known articles', () => {
  const known: LearnLinkContext = {
    ...context,
    knownArticles: new Set(['mdb-overview.md', 'security-center.md']),
  };

  test('a YAML article (faq.yml) is on Learn without its extension, anchor kept; known as the .md the import records', () => {
    const yaml: LearnLinkContext = {
      ...known,
      knownArticles: new Set(['hello-faq.md']),
      learnFolder: 'windows/hello/deploy',
      pageFile: 'deploy/index.md',
    };
    assert.equal(
      resolveLearnLink('../hello-faq.yml#x', { ...yaml, learnFolder: 'windows/hello' }),
      'https://learn.microsoft.com/en-us/windows/hello/hello-faq#x',
    );
    assert.equal(
      resolveLearnLink('../hello-faq.yml', { ...yaml, pageFile: 'a/b.md' }),
      'https://learn.microsoft.com/en-us/windows/hello/deploy/hello-faq',
    );
    assert.equal(
      resolveLearnLink('/windows/hello/faq.yml', yaml),
      'https://learn.microsoft.com/en-us/windows/hello/faq',
    );
    assert.throws(
      () => resolveLearnLink('../hello-fqa.yml', { ...yaml, pageFile: 'a/b.md' }),
      /goes to hello-fqa\.yml.*Did you mean \.\.\/hello-faq\.md\?/,
    );
  });

  test('a .yml link to an article imported as a page of this site goes to that page', () => {
    assert.equal(
      resolveLearnLink('mdb-faq.yml#cost', { ...known, sitePages: new Set(['mdb-faq']) }),
      '/mdb-faq/#cost',
    );
  });

  test('a relative .md link to an article of the folder (TOC.yml or files) is allowed', () => {
    assert.equal(
      resolveLearnLink('mdb-overview.md', known),
      'https://learn.microsoft.com/en-us/defender-business/mdb-overview',
    );
  });

  test('a link to an article that is neither a site page nor in the folder fails, with the nearest name', () => {
    assert.throws(
      () => resolveLearnLink('securty.md', known),
      /goes to securty\.md.*Did you mean security\.md\? Fix the link; if the article is on Learn under another name/,
    );
    assert.throws(() => resolveLearnLink('mdb-overveiw.md', known), /Did you mean mdb-overview\.md\?/);
    assert.throws(
      () => resolveLearnLink('completely-different-topic.md', known),
      (error: Error) => !/Did you mean/.test(error.message),
    );
  });
});

describe('articles named with parentheses (VBA-Docs: Excel.Range(object).md)', () => {
  // MicrosoftDocs/VBA-Docs api/TOC.md: ###### [Close](Outlook.RemoteItem.Close(method).md); Learn serves
  // it at /office/vba/api/outlook.remoteitem.close(method).
  const vba = {
    learnFolder: 'office/vba/api',
    articles: [
      'excel.range(object).md',
      'outlook.remoteitem.close(method).md',
      'outlook.remoteitem.close(event).md',
      'outlook.remoteitem.md',
    ],
    pages: ['excel.range-object', 'outlook.remoteitem.close-method', 'outlook.remoteitem'],
  };
  const onVba: LearnLinkContext = {
    sitePages: new Set(['index', ...vba.pages]),
    learnBase: 'https://learn.microsoft.com/en-us',
    learnFolder: 'defender-business',
    otherFolders: [vba],
    pageFile: 'outlook.remoteitem.md',
  };

  test('the page of such an article is named without them: a run of them is a "-", none at the end', () => {
    assert.equal(sitePagePath('api/Excel.Range(object).md'), 'api/Excel.Range-object.md');
    assert.equal(sitePagePath('F(x).Y.md'), 'F-x.Y.md');
    assert.equal(sitePagePath('a(b)c(d).yml'), 'a-b-c-d.yml');
    assert.equal(sitePagePath('plain-name.md'), 'plain-name.md');
    assert.equal(pageSlugOfArticle('Outlook.RemoteItem.Close(method).md'), 'outlook.remoteitem.close-method');
  });

  test('a link to it, with its parentheses balanced, goes to that page; an article not imported to Learn', () => {
    assert.equal(
      resolveLearnLink('Outlook.RemoteItem.Close(method).md#remarks', onVba),
      '/outlook.remoteitem.close-method/#remarks',
    );
    assert.equal(resolveLearnLink('Excel.Range(object).md', onVba), '/excel.range-object/');
    assert.equal(
      resolveLearnLink('Outlook.RemoteItem.Close(event).md', onVba),
      'https://learn.microsoft.com/en-us/office/vba/api/Outlook.RemoteItem.Close(event)',
    );
    assert.throws(
      () => resolveLearnLink('Outlook.RemoteItem.Open(method).md', onVba),
      /neither a page of this site nor an article of the Learn folder office\/vba\/api\//,
    );
  });

  test("Learn's own URL of it is that page; its page credits Learn's URL, parentheses kept", () => {
    assert.equal(
      resolveLearnLink('https://learn.microsoft.com/en-us/office/vba/api/Excel.Range(object)', onVba),
      '/excel.range-object/',
    );
    assert.equal(
      learnArticleUrl('excel.range-object', 'https://learn.microsoft.com/en-us', 'defender-business', [vba]),
      'https://learn.microsoft.com/en-us/office/vba/api/excel.range(object)',
    );
    assert.equal(
      learnArticleUrl('outlook.remoteitem', 'https://learn.microsoft.com/en-us', 'defender-business', [vba]),
      'https://learn.microsoft.com/en-us/office/vba/api/outlook.remoteitem',
    );
    // A page of the default folder too, from its articles.
    assert.equal(
      learnArticleUrl(
        'excel.range-object',
        'https://learn.microsoft.com/en-us',
        'office/vba/api',
        [],
        ['excel.range(object).md'],
      ),
      'https://learn.microsoft.com/en-us/office/vba/api/excel.range(object)',
    );
  });
});

describe('pages of several Learn folders', () => {
  const kb = {
    learnFolder: 'contoso/kb',
    articles: ['kb-start.md', 'kb-steps.md', 'faq.md'],
    pages: ['kb-start', 'kb-steps'],
  };
  const site: LearnLinkContext = {
    sitePages: new Set(['index', 'security', 'kb-start', 'kb-steps']),
    learnBase: 'https://learn.microsoft.com/en-us',
    learnFolder: 'defender-business',
    knownArticles: new Set(['mdb-setup-configuration.md']),
    otherFolders: [kb],
  };
  const on = (pageFile: string) => ({ ...site, pageFile });

  test("the site's own pages resolve theirs in the default folder, whatever else was imported", () => {
    assert.equal(
      resolveLearnLink('mdb-setup-configuration.md', on('security.mdx')),
      'https://learn.microsoft.com/en-us/defender-business/mdb-setup-configuration',
    );
    assert.equal(resolveLearnLink('index.md', on('security.mdx')), '/');
    assert.throws(
      () => resolveLearnLink('kb-start.md', on('security.mdx')),
      /Learn folder defender-business\//,
    );
  });

  test('a page imported from another folder resolves its links there: its pages here, its articles on Learn', () => {
    assert.equal(resolveLearnLink('kb-steps.md#steps', on('kb-start.md')), '/kb-steps/#steps');
    assert.equal(
      resolveLearnLink('faq.yml#cost', on('kb-start.md')),
      'https://learn.microsoft.com/en-us/contoso/kb/faq#cost',
    );
    assert.throws(
      () => resolveLearnLink('mdb-setup-configuration.md', on('kb-start.md')),
      /neither a page of this site nor an article of the Learn folder contoso\/kb\//,
    );
  });

  test('a page of this site from another folder is not where a same-named link of this folder goes', () => {
    const withIndex = {
      ...on('kb-start.md'),
      otherFolders: [{ ...kb, articles: [...kb.articles, 'index.md'] }],
    };
    assert.equal(resolveLearnLink('index.md', withIndex), 'https://learn.microsoft.com/en-us/contoso/kb/');
  });

  test('a learn-folder.json whose other folders are not as the import writes them is an error naming it', () => {
    assert.deepEqual(otherLearnFolders({ learnFolder: 'a', articles: [] }, 'f.json'), []);
    assert.throws(
      () => otherLearnFolders({ otherFolders: [{ learnFolder: 'x', articles: 'a.md' }] }, 'src/data/f.json'),
      /src\/data\/f\.json: "otherFolders" must be a list of/,
    );
  });
});

describe('paths into the Learn folders this site has pages from', () => {
  // As fabric-docs (data-factory) and memdocs (intune/fundamentals) write them.
  const fabric = {
    learnFolder: 'fabric/data-factory',
    articles: [
      'apache-airflow-jobs-concepts.md',
      'connectors/connector-rest.md',
      'copy-job-activity.md',
      'keyboard-shortcuts.md',
    ],
    pages: ['connectors/connector-rest', 'copy-job-activity', 'keyboard-shortcuts'],
  };
  const intune = {
    learnFolder: 'mem/intune/fundamentals',
    articles: ['create-custom-role.md', 'filters.md', 'intune-planning-guide.md'],
    pages: ['create-custom-role', 'filters', 'intune-planning-guide'],
  };
  const site: LearnLinkContext = {
    sitePages: new Set(['index', 'security', ...fabric.pages, ...intune.pages]),
    learnBase: 'https://learn.microsoft.com/en-us',
    learnFolder: 'defender-business',
    knownArticles: new Set(['mdb-overview.md']),
    otherFolders: [fabric, intune],
  };
  const on = (pageFile: string) => (href: string) => resolveLearnLink(href, { ...site, pageFile });

  test('a root-relative path to an imported article is its page here, anchor kept (then checked)', () => {
    // create-custom-role.md: | [Filters/Create](/mem/intune/fundamentals/filters#create-a-filter) |
    assert.equal(
      on('create-custom-role.md')('/mem/intune/fundamentals/filters#create-a-filter'),
      '/filters/#create-a-filter',
    );
    assert.equal(
      on('copy-job-activity.md')('/fabric/data-factory/keyboard-shortcuts'),
      '/keyboard-shortcuts/',
    );
    assert.equal(
      on('copy-job-activity.md')('/fabric/data-factory/connectors/connector-rest.md'),
      '/connectors/connector-rest/',
    );
  });

  test("a root-relative path into another folder than the page's goes to that folder's page", () => {
    assert.equal(
      on('create-custom-role.md')('/fabric/data-factory/keyboard-shortcuts?tabs=a'),
      '/keyboard-shortcuts/?tabs=a',
    );
    assert.equal(on('security.mdx')('/mem/intune/fundamentals/filters'), '/filters/');
    assert.equal(on('filters.md')('/defender-business/security'), '/security/');
  });

  test('a root-relative path to an article not imported goes to Learn; to one the folder lacks, an error', () => {
    // apache-airflow-jobs-workspace-identity.md: [Apache Airflow Job](/fabric/data-factory/apache-airflow-jobs-concepts)
    assert.equal(
      on('keyboard-shortcuts.md')('/fabric/data-factory/apache-airflow-jobs-concepts'),
      'https://learn.microsoft.com/en-us/fabric/data-factory/apache-airflow-jobs-concepts',
    );
    assert.throws(
      () => on('copy-job-activity.md')('/fabric/data-factory/keyboard-shortcut#x'),
      /The link "\/fabric\/data-factory\/keyboard-shortcut#x" goes to keyboard-shortcut, which is neither a page of this site nor an article of the Learn folder fabric\/data-factory\/ \(its TOC and files\)\. Did you mean \/fabric\/data-factory\/keyboard-shortcuts\?/,
    );
    assert.throws(
      () => on('security.mdx')('/defender-business/mdb-overveiw'),
      /Did you mean \/defender-business\/mdb-overview\?/,
    );
  });

  test('a root-relative file that is no article, or a path outside every folder, goes to Learn as before', () => {
    assert.equal(
      on('filters.md')('/mem/intune/fundamentals/media/filters/filter.png'),
      'https://learn.microsoft.com/en-us/mem/intune/fundamentals/media/filters/filter.png',
    );
    assert.equal(
      on('filters.md')('/mem/intune/apps/app-management'),
      'https://learn.microsoft.com/en-us/mem/intune/apps/app-management',
    );
    assert.equal(
      on('filters.md')('/fabric/data-factory-x/keyboard-shortcuts'),
      'https://learn.microsoft.com/en-us/fabric/data-factory-x/keyboard-shortcuts',
    );
  });

  test('a locale first (/en-us/…) is matched without it, and on Learn kept once', () => {
    assert.equal(
      on('filters.md')('/en-us/fabric/data-factory/keyboard-shortcuts#k'),
      '/keyboard-shortcuts/#k',
    );
    assert.equal(
      on('filters.md')('/en-us/azure/storage/blobs/'),
      'https://learn.microsoft.com/en-us/azure/storage/blobs/',
    );
    assert.equal(
      on('filters.md')('/de-de/azure/storage/blobs/'),
      'https://learn.microsoft.com/de-de/azure/storage/blobs/',
    );
    assert.throws(
      () => on('filters.md')('/en-us/../x'),
      /climbs out of https:\/\/learn\.microsoft\.com\/en-us\//,
    );
  });

  test('folders and articles are matched in any case, as Learn does', () => {
    assert.equal(on('filters.md')('/Fabric/Data-Factory/Keyboard-Shortcuts'), '/keyboard-shortcuts/');
    assert.equal(
      on('security.mdx')('/MEM/Intune/fundamentals/Filters#create-a-filter'),
      '/filters/#create-a-filter',
    );
    assert.equal(on('copy-job-activity.md')('Keyboard-Shortcuts.md'), '/keyboard-shortcuts/');
  });

  test('a relative name without .md that names an article of the folder resolves as name.md does', () => {
    assert.equal(on('copy-job-activity.md')('keyboard-shortcuts'), '/keyboard-shortcuts/');
    assert.equal(on('connectors/connector-rest.md')('../keyboard-shortcuts#k'), '/keyboard-shortcuts/#k');
    assert.equal(
      on('copy-job-activity.md')('apache-airflow-jobs-concepts'),
      'https://learn.microsoft.com/en-us/fabric/data-factory/apache-airflow-jobs-concepts',
    );
    // Not an article's name: it may be anything on Learn, and goes there unchecked, as before.
    assert.equal(
      on('copy-job-activity.md')('pipelines'),
      'https://learn.microsoft.com/en-us/fabric/data-factory/pipelines',
    );
  });

  test('a relative path that climbs into another imported folder goes to its page there', () => {
    assert.equal(
      on('filters.md')('../../../fabric/data-factory/keyboard-shortcuts.md'),
      '/keyboard-shortcuts/',
    );
  });

  test('empty path segments collapse, as Learn resolves file paths', () => {
    // intune-planning-guide.md: Create an [email profile](..//configuration/email-settings-configure.md)
    assert.equal(
      on('intune-planning-guide.md')('..//configuration/email-settings-configure.md'),
      'https://learn.microsoft.com/en-us/mem/intune/configuration/email-settings-configure',
    );
    assert.equal(on('filters.md')('/fabric//data-factory/keyboard-shortcuts'), '/keyboard-shortcuts/');
    // A scheme-relative //host is no path: left as written, for the link check to refuse.
    assert.equal(on('filters.md')('//example.com/x'), '//example.com/x');
  });
});

describe('xref links', () => {
  test('xref: goes to the .NET API page on Learn, lower case', () => {
    assert.equal(resolve('xref:System.String'), 'https://learn.microsoft.com/en-us/dotnet/api/system.string');
  });

  test('a PowerShell cmdlet goes to its module reference page, as PowerShell-Docs maps it', () => {
    // PowerShell-Docs visualize-parameter-binding.md: [04]: xref:Microsoft.PowerShell.Utility.Trace-Command
    assert.equal(
      resolve('xref:Microsoft.PowerShell.Utility.Trace-Command'),
      'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/trace-command',
    );
    assert.equal(
      resolve('xref:Microsoft.PowerShell.Management.Get-ChildItem#-recurse'),
      'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-childitem#-recurse',
    );
  });

  test("a Dataverse Web API type, function or action goes to its reference page, as powerapps-docs' xrefs resolve (trial 31)", () => {
    // powerapps-docs get-table-metadata.md: [EntityMetadata properties](xref:Microsoft.Dynamics.CRM.EntityMetadata),
    // which an earlier version of the article linked as /power-apps/developer/data-platform/webapi/reference/entitymetadata.
    assert.equal(
      resolve('xref:Microsoft.Dynamics.CRM.EntityMetadata'),
      'https://learn.microsoft.com/en-us/power-apps/developer/data-platform/webapi/reference/entitymetadata',
    );
    assert.equal(
      resolve('xref:Microsoft.Dynamics.CRM.WhoAmI?displayProperty=nameWithType'),
      'https://learn.microsoft.com/en-us/power-apps/developer/data-platform/webapi/reference/whoami',
    );
    // The SDK for .NET's types stay .NET API pages.
    assert.equal(
      resolve('xref:Microsoft.Xrm.Sdk.Metadata.EntityMetadata'),
      'https://learn.microsoft.com/en-us/dotnet/api/microsoft.xrm.sdk.metadata.entitymetadata',
    );
  });

  test('displayProperty and the * of overloads do not change the page', () => {
    assert.equal(
      resolve('xref:System.String.Format*?displayProperty=nameWithType'),
      'https://learn.microsoft.com/en-us/dotnet/api/system.string.format',
    );
  });

  test('a generic type’s backtick arity is written as Learn’s URL writes it', () => {
    assert.equal(
      resolve('xref:System.Collections.Generic.List`1'),
      'https://learn.microsoft.com/en-us/dotnet/api/system.collections.generic.list-1',
    );
  });

  test('a member of a generic type, a generic method and a constructor go to their pages as Learn names them', () => {
    assert.equal(
      resolve('xref:Microsoft.VisualStudio.TestTools.UnitTesting.TestDataRow%601.DisplayName'),
      'https://learn.microsoft.com/en-us/dotnet/api/microsoft.visualstudio.testtools.unittesting.testdatarow-1.displayname',
    );
    assert.equal(
      resolve('xref:System.Array.Empty%60%601'),
      'https://learn.microsoft.com/en-us/dotnet/api/system.array.empty',
    );
    assert.equal(
      resolve('xref:System.Exception.%23ctor(System.String)'),
      'https://learn.microsoft.com/en-us/dotnet/api/system.exception.-ctor',
    );
    assert.equal(
      resolve('xref:System.IO.File.Open(System.String)?displayProperty=nameWithType'),
      'https://learn.microsoft.com/en-us/dotnet/api/system.io.file.open',
    );
  });
});

describe("the pipeline's link options", () => {
  test("are text Astro's content cache is keyed on: a change to the Learn folders renders pages again", async () => {
    const { markdownPipeline } = await import('../../src/markdown/pipeline.ts');
    const { LEARN_ARTICLES } = await import('../../src/consts.ts');
    // Astro keys its content cache on its config as JSON (a Set or a function writes nothing).
    const text = JSON.stringify(
      markdownPipeline({ root: new URL('../../', import.meta.url), sitePages: [] }),
    );
    assert.ok(LEARN_ARTICLES.length > 0 && LEARN_ARTICLES.every((article) => text.includes(`"${article}"`)));
    assert.match(text, /"otherFolders":\[/);
  });
});

describe('learnArticleUrl', () => {
  test("a page's article on Learn: its path below the folder it was imported from", async () => {
    const { learnArticleUrl } = await import('../../src/lib/learn-links.ts');
    const base = 'https://learn.microsoft.com/en-us';
    const folders = [
      { learnFolder: 'contoso/kb', articles: ['kb-start.md'], pages: ['kb-start', 'guide', 'index'] },
    ];
    assert.equal(
      learnArticleUrl('mdb-asr', base, 'defender-business', folders),
      `${base}/defender-business/mdb-asr`,
    );
    assert.equal(
      learnArticleUrl('kb-start', base, 'defender-business', folders),
      `${base}/contoso/kb/kb-start`,
    );
    assert.equal(learnArticleUrl('index', base, 'defender-business', folders), `${base}/contoso/kb/`);
  });
});

describe('nearestName', () => {
  test('suggests a slip: a letter, two letters swapped, case, words reordered, a small word more or fewer', () => {
    const near = (name: string, candidate: string) => nearestName(name, ['index.md', candidate]);
    assert.equal(near('securty.md', 'security.md'), 'security.md');
    assert.equal(near('mdb-overveiw.md', 'mdb-overview.md'), 'mdb-overview.md');
    assert.equal(near('#Further-Reading', '#further-reading'), '#further-reading');
    assert.equal(near('certification-setup.md', 'setup-certification.md'), 'setup-certification.md');
    assert.equal(
      near('configure/distributed-transactions.md', 'configure-distributed-transactions.md'),
      'configure-distributed-transactions.md',
    );
    assert.equal(
      near('debugging-absolute-beginners.md', 'debugging-for-absolute-beginners.md'),
      'debugging-for-absolute-beginners.md',
    );
    assert.equal(near('#main-content', '#main-content-1'), '#main-content-1');
  });

  test('does not suggest a name that only shares a long beginning with it, nor another number', () => {
    // powerbi-docs admin/service-admin-portal-export-sharing.md:
    // See [Enable content certification](service-admin-setup-certification.md) for details.
    const admin = [
      'service-admin-custom-branding.md',
      'service-admin-portal-export-sharing.md',
      'service-admin-portal-integration.md',
      'service-admin-portal-usage-metrics.md',
    ];
    assert.equal(nearestName('service-admin-setup-certification.md', admin), undefined);
    // MSTest's analyzer rules are numbered: mstest0004 is not a slip of mstest0001.
    assert.equal(nearestName('mstest0004.md', ['mstest0001.md', 'mstest0010.md']), undefined);
    // A number more or fewer names another article (microsoft-365-docs-pr.nl-NL's understand-your-invoice2.md).
    assert.equal(nearestName('understand-your-invoice2.md', ['understand-your-invoice.md']), undefined);
    assert.equal(nearestName('understand-your-invoice.md', ['understand-your-invoice2.md']), undefined);
    // A bookmark named with a prefix (cpp-docs.it-it's runtime-exception-class.md links #ctor, its bookmark
    // is runtime_exception__ctor): that one, not the slip #dtor; none when two end so.
    assert.equal(
      nearestName('#ctor', ['#dtor', '#syntax', '#runtime_exception__ctor', '#runtime_exception__dtor']),
      '#runtime_exception__ctor',
    );
    assert.equal(nearestName('#ctor', ['#dtor', '#a_ctor', '#b-ctor']), '#dtor');
    assert.equal(nearestName('function-len.md', ['function-if.md', 'function-ismatch.md']), undefined);
    assert.equal(nearestName('#further', ['#further-reading']), undefined);
    // PowerShell's about_ topics (powerShell-Docs.ko-kr): one word for another, or a whole word more, is
    // another article, not a slip.
    assert.equal(nearestName('about_if.md', ['about_do.md']), undefined);
    assert.equal(nearestName('about_operators.md', ['about_logical_operators.md']), undefined);
    assert.equal(nearestName('about_iff.md', ['about_if.md']), 'about_if.md');
  });
});
