/** English words too common to find anything by. Pure, no DOM. */

/** Words too common to find anything by; dropped unless the query has nothing else. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about all am an and any are as at be been being both but by can could did do does doing during each ' +
    'few for from further get had has have having he her here how i if in into is it its just many me more ' +
    'most much my no nor not of off on once only or other our out over own same she should so some such than that ' +
    'the their them then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your'
  ).split(' '),
);

/**
 * True for a stop word, and for a lone letter: what is left of a contraction ("can't" is "can" and "t") or
 * an initial, which every page holds.
 */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || /^\p{L}$/u.test(word);
}
