/**
 * Pages shaped like Intune's app protection articles (blind trial 22, MicrosoftDocs/memdocs intune/apps: app
 * protection policies, their Android, iOS and Windows settings, mobile application management): a reader's
 * screenshot is the pages' screen capture, and a page's heading links are chosen by the matches of every word
 * that found it, not only those of the term whose result represents it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { sectionsOf, toResultView } from '../../src/search/results.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const apps = new Vocabulary(
  buildVocabulary([
    'Android app protection policy settings: Screen capture and Google Assistant. Select Block to block screen capture.',
    'Create and assign app protection policies: prevent saving org data in work apps.',
    'How to wipe only corporate data from apps: the pane shows the wipe requests.',
  ]),
);

test('a reader’s screenshot is the pages’ screen capture, as typed and in the plural', () => {
  for (const query of ['prevent screenshots in work apps', 'block screenshot android']) {
    const plan = planQuery(query, apps);
    assert.ok(
      partTerms(plan).some((part) => part.includes('screen capture')),
      `${query}: ${JSON.stringify(partTerms(plan))}`,
    );
    assert.ok(
      !plan.dropped.some((word) => word.startsWith('screenshot')),
      'no page says screenshot, yet not dropped',
    );
  }
});

/**
 * Pagefind's data for the Android settings page as the term "apps" found it: `## Data Transfer` (place 0), whose
 * text says "Screen capture", and `## Functionality` (place 12), whose text says "apps". Pagefind's sections hold
 * the "apps" match only; "screen capture" (places 5 and 6) was another term's.
 */
function androidSettings(): Parameters<typeof toResultView>[0] {
  const content =
    'Data Transfer. Select Block to block Screen capture and Google Assistant when using the work account. ' +
    'Functionality. Printing org data in apps.';
  return {
    url: '/app-protection-policy-settings-android/',
    excerpt: '',
    meta: { title: 'Android app protection policy settings' },
    content,
    anchors: [
      { element: 'h2', id: 'data-transfer', location: 0, text: 'Data Transfer' },
      { element: 'h2', id: 'functionality', location: 16, text: 'Functionality' },
    ],
    weighted_locations: [{ weight: 1, balanced_score: 2, location: 21 }],
    locations: [21],
    sub_results: [
      {
        title: 'Functionality',
        url: '/app-protection-policy-settings-android/#functionality',
        excerpt: '',
        locations: [21],
      },
    ],
  };
}

test("a page's heading links are chosen by every term that found it: screen capture is under Data Transfer", () => {
  assert.equal(androidSettings().content?.split(' ')[21], 'apps.', 'places count words as Pagefind does');
  assert.deepEqual(
    sectionsOf(androidSettings(), [5, 6, 21]).map((section) => [section.title, section.locations]),
    [
      ['Data Transfer', [5, 6]],
      ['Functionality', [21]],
    ],
  );
  assert.deepEqual(sectionsOf(androidSettings()), androidSettings().sub_results, 'Pagefind’s own otherwise');
  assert.deepEqual(
    sectionsOf(androidSettings(), [21]),
    androidSettings().sub_results,
    'no other term’s match',
  );
  const plan = planQuery('prevent screenshots in work apps', apps);
  const headings = toResultView(androidSettings(), partTerms(plan), 3, undefined, [5, 6, 21]).headings;
  assert.equal(headings[0]?.title, 'Data Transfer', JSON.stringify(headings));
});
