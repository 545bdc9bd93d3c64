/**
 * Korean particles: a reader's 루프를 found nothing though powerShell-Docs.ko-kr's about_Do is all about 루프
 * (it says 루프는, 루프에서, 루프가), and 변수를 missed the pages that say 변수에. A Hangul word is also searched
 * without its trailing particle; one the index lacks is searched by that rest alone, never dropped.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery, planTerms, withoutParticle } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';

const aboutDo = new Vocabulary(
  buildVocabulary([
    'Do 문은 루프는 조건이 참인 동안 실행됩니다. 루프에서 나가려면 break를 사용합니다. 루프가 끝나면 계속합니다.',
    '변수에 값을 저장합니다. 변수를 만들려면 New-Variable을 사용합니다. 스크립트 블록을 실행합니다.',
  ]),
);

const alternatives = (query: string) =>
  planQuery(query, aboutDo).parts.map((part) =>
    part.alternatives.map(({ term, weight }) => `${term}:${weight}`),
  );

test('a particle comes off a Hangul word: the longest that ends it, leaving two syllables or more', () => {
  assert.equal(withoutParticle('루프를'), '루프');
  assert.equal(withoutParticle('루프에서'), '루프');
  assert.equal(withoutParticle('스크립트로'), '스크립트');
  assert.equal(withoutParticle('아이'), null, 'one syllable left: no particle');
  assert.equal(withoutParticle('루프'), null);
  assert.equal(withoutParticle('loop'), null);
});

test('a Hangul word the index lacks is searched without its particle, not dropped', () => {
  const plan = planQuery('루프를', aboutDo);
  assert.deepEqual(plan.dropped, []);
  assert.equal(plan.corrected, null);
  assert.deepEqual(planTerms(plan), ['루프']);
  assert.deepEqual(alternatives('루프를')[0], ['루프:1']);
});

test('a Hangul word the index holds is searched as typed and without its particle, which counts less', () => {
  assert.deepEqual(alternatives('변수를')[0], ['변수를:1', '변수:0.8']);
  // An English word is never cut.
  assert.deepEqual(planTerms(planQuery('loop', new Vocabulary(buildVocabulary(['loop loops'])))), ['loop']);
});
