/**
 * Pages shaped like Power Platform's ALM articles for developers (blind trial 27, MicrosoftDocs/power-platform
 * power-platform/alm): a reader names localization by internationalization or multilingual, a patch by hotfix,
 * source control by git or version control, static analysis by a linter, and extracting a solution's .zip file by
 * unzipping it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
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
