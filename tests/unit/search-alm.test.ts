/**
 * Pages shaped like Power Platform's ALM articles for developers (blind trial 27, MicrosoftDocs/power-platform
 * power-platform/alm): a reader names localization by internationalization or multilingual, a patch by hotfix,
 * source control by git or version control, static analysis by a linter, and extracting a solution's .zip file by
 * unzipping it, and asks for the difference between two things a heading names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { namedFirst, type ResultView } from '../../src/search/results.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const alm = new Vocabulary(
  buildVocabulary([
    'Create solutions that support multiple languages. Localization in base language strings. Export and import translations.',
    'Create patches to simplify solution updates. Delete a patch.',
    'Source control with solution files. Plug-ins: use revision control to manage the code updates.',
    'Use the Power Apps checker web API: static analysis checks against your solutions.',
    'SolutionPackager tool: extract a solution .zip file to a folder, or pack a folder into a .zip file. Unpack solution.',
    'GitHub Actions for Microsoft Power Platform.',
    'Managed and unmanaged solutions: a managed solution is completed; an unmanaged solution is open.',
    'The difference between a patch of a managed or unmanaged solution and the solution.',
  ]),
);

const terms = (query: string) => partTerms(planQuery(query, alm));

test("internationalization and multilingual search the pages' localization and multiple languages", () => {
  // Before: "internationalization" found nothing; "multilingual solution" searched `solution` alone.
  assert.deepEqual(terms('internationalization'), [['localization', 'translation', 'multiple languages']]);
  assert.deepEqual(terms('i18n')[0], ['localization', 'translation', 'multiple languages']);
  assert.ok(terms('multilingual solution')[0]?.includes('multiple languages'));
});

test("a hotfix is a patch, git and version control the pages' source control", () => {
  // Before: "hotfix for a solution" showed the SDK page first; "store solution in git" missed source control.
  assert.deepEqual(terms('hotfix for a solution')[0], ['patch']);
  assert.ok(terms('store solution in git').some((part) => part.includes('source control')));
  assert.ok(terms('version control for solutions')[0]?.includes('source control'));
  assert.ok(terms('version control for solutions')[0]?.includes('revision control'));
});

test("a linter is the pages' static analysis, unzipping their extract and unpack", () => {
  // Before: "solution linter" dropped `linter`; "unzip solution into files" showed the SolutionPackager fourth.
  assert.ok(terms('solution linter')[1]?.includes('static analysis'));
  assert.deepEqual(terms('unzip solution into files')[0], ['extract', 'unpack']);
});

const view = (title: string, ...headings: string[]): ResultView => ({
  title,
  url: `/${title}/`,
  excerpt: [],
  headings: headings.map((heading) => ({ title: heading, url: `/${title}/#${heading}` })),
});

test('a question on the difference between two things ranks the page whose heading names both first', () => {
  // Before: "what is the difference between managed and unmanaged solution" showed the page on patches, which says
  // "managed or unmanaged solutions" throughout, above the SolutionPackager's "Managed and unmanaged solutions".
  const patches = view('Create patches to simplify solution updates', 'Patches', 'Delete a patch');
  const packager = view('SolutionPackager tool', 'Folder mapping', 'Managed and unmanaged solutions');
  const named = (query: string) =>
    namedFirst([patches, packager], partTerms(planQuery(query, alm)), query).map((entry) => entry.title);
  assert.deepEqual(named('what is the difference between managed and unmanaged solution'), [
    'SolutionPackager tool',
    'Create patches to simplify solution updates',
  ]);
  assert.deepEqual(named('managed vs unmanaged solutions')[0], 'SolutionPackager tool');
  // A comparison word among one other part names nothing by itself: "difference patch" keeps Pagefind's order.
  assert.deepEqual(named('difference patch')[0], 'Create patches to simplify solution updates');
});
