/**
 * A reader's whole word matches the pages that hold it, not those holding only a longer word starting with it
 * (Pagefind matches the start of index words: `frame` finds "Framework"); `edit` also searches the pages' update
 * and modify; a compound typed twice with one piece ("service-hosted or application-hosted") is searched whole
 * both times. From blind trial 11 (Microsoft Teams' bot articles).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery, planTerms, rankPages, type ScoredPage } from '../../src/search/plan.ts';
import { synonymsOf } from '../../src/search/synonyms.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const pages = {
  rateLimit:
    'Optimize your bot with rate limiting. The rate limit of the Bot Framework: rates per thread, rated operations.',
  media: 'Frames and frame rate. One second of audio is 50 frames; the frame rate of video is 30.',
  // No page says block: a camel-case word's parts are index words (`TextBlock` holds block, as Pagefind indexes it).
  blocks: 'Blockquote and Textbox styles. Authentication and authorization.',
};
const vocabulary = new Vocabulary(buildVocabulary(Object.values(pages)));

test('a whole word Pagefind would widen to longer words of other stems is matched whole', () => {
  assert.equal(vocabulary.widens('frame'), true, '"framework" starts with frame');
  assert.equal(vocabulary.widens('frames'), true, 'the stem of frames is frame');
  assert.equal(vocabulary.widens('rate'), false, 'rates and rated are forms of rate');
  assert.equal(
    vocabulary.widens('framew'),
    false,
    'a word being typed is no index word: its prefix search stays',
  );
  assert.equal(vocabulary.widens('blocked'), false, 'no page says block: Blockquote is what Pagefind finds');
  assert.equal(vocabulary.widens('auth'), false, 'a short word is what readers type for the longer ones');
  assert.equal(vocabulary.widens('frame', 'fi'), false, 'another language stems otherwise');
  const partial = new Vocabulary(buildVocabulary(Object.values(pages)), [], false);
  assert.equal(partial.widens('frame'), false, 'a partial vocabulary cannot tell');
});

test('"frame rate" ranks the page on frame rates above the one saying "Framework" and "rate" more often', () => {
  const plan = planQuery('frme rate', vocabulary);
  assert.equal(plan.corrected, 'frame rate');
  assert.deepEqual(plan.parts[0]?.alternatives, [{ term: 'frame', weight: 1, within: '"frame"' }]);
  assert.deepEqual(plan.parts[1]?.alternatives, [{ term: 'rate', weight: 1 }]);
  assert.ok(planTerms(plan).includes('"frame"'), 'the whole word is searched');
  // Pagefind's scores on Microsoft Teams' bot articles: its "frame" and "frame rate" take in "Framework".
  const found = new Map<string, ScoredPage[]>([
    [
      'frame rate',
      [
        { id: 'rate-limit', score: 14.05 },
        { id: 'media', score: 10.55 },
      ],
    ],
    [
      'frame',
      [
        { id: 'media', score: 2.64 },
        { id: 'rate-limit', score: 0.6 },
      ],
    ],
    ['"frame"', [{ id: 'media', score: 1 }]],
    [
      'rate',
      [
        { id: 'rate-limit', score: 17.55 },
        { id: 'media', score: 7.91 },
      ],
    ],
  ]);
  assert.deepEqual(
    rankPages(plan, found).map((page) => page.id),
    ['media', 'rate-limit'],
  );
});

test('a reader who edits a message finds the pages that update or modify one', () => {
  assert.deepEqual(synonymsOf('edit'), ['update', 'modify']);
  const words = new Vocabulary(buildVocabulary(['Update a message. Modify a card.', 'Edit the manifest.']));
  assert.deepEqual(partTerms(planQuery('edit sent message', words))[0], ['edit', 'update', 'modify']);
});

test('two compounds sharing a piece are each searched whole', () => {
  const words = new Vocabulary(
    buildVocabulary(['Service-hosted media bots and application-hosted media bots host media.']),
  );
  const plan = planQuery('service-hosted or application-hosted media', words);
  assert.equal(plan.all, 'service-hosted application-hosted media');
  assert.deepEqual(partTerms(plan), [
    ['service-hosted'],
    ['service'],
    ['hosted'],
    ['application-hosted'],
    ['application', 'app'],
    ['media'],
  ]);
});
