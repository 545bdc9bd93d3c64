/**
 * Pages shaped like Windows' User State Migration Tool articles (blind trial 17, MicrosoftDocs/windows-itpro-docs
 * windows/deployment/usmt): a title saying EFS where a reader says encrypted files, and a reader's zip, rights,
 * wallpaper and pc for the pages' compressed, privileges, desktop background and computer, and a question on what
 * is supported answered under "Unsupported scenarios", and a page's title typed with the reader's own words among its
 * words, and a reader's temp that is no start of the pages' templates.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery, rankPages, type ScoredPage } from '../../src/search/plan.ts';
import {
  namedFirst,
  rankSubResults,
  spelledOut,
  titleWithin,
  type ResultView,
} from '../../src/search/results.ts';
import { Vocabulary, buildVocabulary, pagefindWordsAt } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const usmt = new Vocabulary(
  buildVocabulary([
    'Migrate EFS Files and Certificates. Encrypting File System (EFS) certificates are migrated automatically.',
    'Extract files from a compressed USMT migration store. To extract specific file types from an encrypted compressed migration store.',
    'Migration store encryption. The migration store is encrypted with AES.',
    'Migration store types. The compressed migration store is a single image file.',
    'USMT requirements. Credentials: run with full administrative privileges.',
    'Common issues. After LoadState completes, the new desktop background does not appear.',
    'Identify users. The source and destination computers do not need to be connected to the domain.',
    'USMT requirements. Supported operating systems. Unsupported scenarios: USMT does not support Windows Server.',
    'What does USMT migrate? What USMT does not migrate: application settings, operating system settings.',
    'Getting started with the User State Migration Tool (USMT). Step 2: Collect files and settings.',
  ]),
  [['efs', 'encrypting file system']],
);

const view = (title: string, headings: string[] = []): ResultView => ({
  title,
  url: `/${title}/`,
  excerpt: [],
  headings: headings.map((heading) => ({ title: heading, url: `/${title}/#${heading}` })),
});

test('an acronym the pages define names the words of its long form in a title', () => {
  assert.equal(
    spelledOut('Migrate EFS Files', new Map([['efs', ['encrypting file system']]])),
    'migrate efs encrypting file system files',
  );
  const query = 'how do I migrate encrypted files';
  const plan = planQuery(query, usmt);
  const views = [
    view('Extract files from a compressed USMT migration store', [
      'To extract specific file types from an encrypted compressed migration store',
    ]),
    view('Migration store encryption'),
    view('Migrate EFS Files and Certificates'),
  ];
  assert.deepEqual(
    namedFirst(views, partTerms(plan), query, plan.corrected, plan.longForms).map((entry) => entry.title),
    [
      'Migrate EFS Files and Certificates',
      'Extract files from a compressed USMT migration store',
      'Migration store encryption',
    ],
  );
});

test('zipped, rights, wallpaper and pc also search what the pages call them', () => {
  const searched = (query: string) => partTerms(planQuery(query, usmt)).flat();
  assert.ok(searched('zipped migration store').includes('compressed'));
  assert.ok(searched('admin rights needed for scanstate').includes('privileges'));
  assert.ok(searched('wallpaper missing after loadstate').includes('desktop background'));
  assert.ok(searched('does the pc need to be joined to the domain').includes('computer'));
});

test('a heading made negative by its prefix names the word it negates: "Unsupported scenarios" answers "support"', () => {
  const query = 'does usmt support windows server';
  const parts = partTerms(planQuery(query, usmt));
  const content =
    'The operating systems supported in USMT: Windows 10, Windows 11. USMT does not support any of the Windows Server operating systems.';
  const all = content.split(' ');
  const words = pagefindWordsAt(content, all.keys());
  const where = (from: number, to: number, ...matched: string[]) =>
    all.flatMap((word, index) =>
      index >= from && index < to && matched.some((wanted) => word.toLowerCase().startsWith(wanted))
        ? [index]
        : [],
    );
  const sub = (title: string, locations: number[]) => ({
    title,
    url: `/usmt-requirements/#${title.toLowerCase().replaceAll(' ', '-')}`,
    excerpt: '',
    locations,
    weighted_locations: locations.map((location) => ({ weight: 1, balanced_score: 1, location })),
  });
  const headings = [
    sub('Supported operating systems', where(0, 10, 'support', 'usmt', 'windows')),
    sub('Unsupported scenarios', where(10, all.length, 'support', 'usmt', 'windows', 'server')),
  ];
  assert.equal(
    rankSubResults(headings, parts, 'USMT requirements', { words })[0]?.title,
    'Unsupported scenarios',
  );
});

test('a verb made by un- names another action: "Uninstall" is no page on installing', () => {
  const vocabulary = new Vocabulary(
    buildVocabulary([
      'Uninstall Defender for Endpoint on Linux. Remove the package.',
      'Install Defender for Endpoint on Linux manually. Install the package.',
    ]),
  );
  const query = 'install defender on linux';
  const plan = planQuery(query, vocabulary);
  const views = [
    view('Uninstall Defender for Endpoint on Linux'),
    view('Install Defender for Endpoint on Linux manually'),
  ];
  assert.deepEqual(
    namedFirst(views, partTerms(plan), query, plan.corrected, plan.longForms).map((entry) => entry.title),
    ['Install Defender for Endpoint on Linux manually', 'Uninstall Defender for Endpoint on Linux'],
  );
});

test('a page whose title the query holds, with words of the reader’s own among its words, comes before pages naming the words anywhere', () => {
  const query = 'what settings does usmt not migrate';
  const plan = planQuery(query, usmt);
  const views = [
    view('Getting started with the User State Migration Tool (USMT)', ['Step 2: Collect files and settings']),
    view('Migrate application settings'),
    view('What Does USMT Migrate?', ['What USMT Does Not Migrate', 'Application Settings']),
  ];
  assert.deepEqual(
    namedFirst(views, partTerms(plan), query, plan.corrected, plan.longForms).map((entry) => entry.title),
    [
      'What Does USMT Migrate?',
      'Getting started with the User State Migration Tool (USMT)',
      'Migrate application settings',
    ],
  );
  // A title of one word of its own is any query's word: it moves nothing.
  assert.equal(titleWithin('Settings', ['what', 'settings', 'does', 'usmt', 'not', 'migrate']), false);
  assert.equal(titleWithin('What does USMT migrate?', ['what', 'does', 'usmt', 'migrate', 'settings']), true);
  assert.equal(titleWithin('What does USMT migrate?', ['usmt', 'does', 'what', 'migrate']), false);
});

test('an abbreviation the map spells out counts only where the pages write it whole: temp is no start of templates', () => {
  const vocabulary = new Vocabulary(
    buildVocabulary([
      'Identify file types, files, and folders. Word also uses templates. Change the file types migrated.',
      'Frequently asked questions. Can I change the location of the temporary directory?',
    ]),
  );
  const plan = planQuery('change temp folder', vocabulary);
  const temp = plan.parts[1]?.alternatives ?? [];
  assert.deepEqual(
    temp.map(({ term, within }) => [term, within]),
    [
      ['temp', '"temp"'],
      ['temporary', undefined],
    ],
  );
  // Pagefind's `temp` matches "templates" on the first page and "temporary" on the second; no page says temp whole.
  const page = (id: string): ScoredPage => ({ id, score: 1 });
  const found = new Map<string, ScoredPage[]>([
    ['change', [page('identify'), page('faq')]],
    ['temp', [page('identify'), page('faq')]],
    ['"temp"', []],
    ['temporary', [page('faq')]],
    ['folder', [page('identify')]],
    ['directory', [page('faq')]],
  ]);
  assert.equal(rankPages(plan, found)[0]?.id, 'faq');
});
