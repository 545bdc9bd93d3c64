/**
 * Pages shaped like Azure Pipelines' process articles (blind trial 15): the page whose heading is the reader's
 * words among the pages shown, and the heading about the query's words rather than one naming them among others.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery, planTerms, rankPages, type ScoredPage } from '../../src/search/plan.ts';
import { namedFirst, rankSubResults, type ResultView } from '../../src/search/results.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const pipelines = new Vocabulary(
  buildVocabulary([
    'Create and target an environment. Target an environment from a deployment job. The steps run.',
    'Multiple jobs. Dependencies. Steps target agent pools.',
    'Task types and usage. Step target: a step may override its context by specifying a target.',
    'Access repositories, artifacts, and other resources. Job authorization scope. Limit job authorization scope to referenced Azure DevOps repositories. A job access token.',
    'Troubleshooting. Protect your iOS devices. Protect users.',
    'Configure schedules for pipelines. Scheduled runs. If the toggle is not enabled, or else the scope is collection.',
    'Template expressions. Conditional insertion. Rolling deployment strategy.',
  ]),
);

const view = (title: string, ...headings: string[]): ResultView => ({
  title,
  url: `/${title}/`,
  excerpt: [],
  headings: headings.map((heading) => ({ title: heading, url: `/${title}/#${heading}` })),
});

test('among the pages shown, the one with a heading naming every word of the query comes first, the others in order', () => {
  const query = 'step target';
  const parts = partTerms(planQuery(query, pipelines));
  const views = [
    view('Create and target an environment', 'Target an environment from a deployment job'),
    view('Multiple jobs', 'Dependencies'),
    view('Task types & usage', 'Step target'),
  ];
  assert.deepEqual(
    namedFirst(views, parts, query).map((entry) => entry.title),
    ['Task types & usage', 'Create and target an environment', 'Multiple jobs'],
  );
});

test("a heading naming a word the reader did not type (a synonym's, iPhones as iOS) moves no page", () => {
  const query = 'protect iphones';
  const parts = partTerms(planQuery(query, pipelines));
  assert.ok(parts.at(-1)?.includes('ios'), 'iphones is searched as ios');
  const views = [view('Mobile threat defense'), view('Troubleshooting', 'Protect your iOS devices')];
  assert.deepEqual(
    namedFirst(views, parts, query).map((entry) => entry.title),
    ['Mobile threat defense', 'Troubleshooting'],
  );
});

test('between headings naming the same words, the one saying least else comes first; "to" names no "token"', () => {
  const sub = (title: string, score: number) => ({
    title,
    url: `/access-tokens/#${title.toLowerCase().replaceAll(' ', '-')}`,
    excerpt: '',
    weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }],
  });
  const parts = partTerms(planQuery('job access token authorization scope', pipelines));
  assert.deepEqual(
    rankSubResults(
      [
        sub('Limit job authorization scope to referenced Azure DevOps repositories', 9),
        sub('Job authorization scope', 3),
      ],
      parts,
      'Access repositories, artifacts, and other resources',
    ).map((heading) => heading.title),
    ['Job authorization scope', 'Limit job authorization scope to referenced Azure DevOps repositories'],
  );
});

test('recurring, if else and gradual are searched by the words pipelines documentation uses', () => {
  const terms = (query: string) => partTerms(planQuery(query, pipelines));
  assert.deepEqual(terms('recurring pipeline runs')[0], ['schedule', 'scheduled']);
  assert.ok(terms('if else yaml')[0]?.includes('conditional'));
  assert.ok(terms('gradual rollout')[0]?.includes('rolling'));
});

test("the reader's own phrase with a stop word counts only where its words stand together: 'if else' is not 'or else'", () => {
  const plan = planQuery('if else template', pipelines);
  assert.ok(planTerms(plan).includes('"if else"'), 'the phrase is searched');
  // Pagefind finds "if" and "else" apart on the page on schedules, the phrase on no page, "conditional" on the
  // page on template expressions.
  const found = new Map<string, ScoredPage[]>([
    ['if else', [{ id: 'schedules', score: 6 }]],
    ['"if else"', []],
    ['conditional', [{ id: 'expressions', score: 3 }]],
    ['condition', [{ id: 'expressions', score: 2 }]],
    [
      'template',
      [
        { id: 'expressions', score: 2 },
        { id: 'schedules', score: 2 },
      ],
    ],
  ]);
  assert.equal(rankPages(plan, found)[0]?.id, 'expressions');
});
