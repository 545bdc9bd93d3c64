/**
 * A page's own words inside the site's: where a sentence of the site names a page in another language
 * ("従業員の勤務時間: source updated"), its name is marked with the page's `lang`, the rest left the site's.
 */

/** A run of a text: one of the page's words (`own`), or the site's. */
export interface WordsRun {
  text: string;
  own: boolean;
}

/** `text` cut into runs, each occurrence of one of `words` its own run (at one place, the longest word). */
export function splitPageWords(text: string, words: readonly string[]): WordsRun[] {
  const wanted = [...new Set(words)].filter((word) => word !== '').sort((a, b) => b.length - a.length);
  const runs: WordsRun[] = [];
  const push = (run: string, own: boolean) => {
    if (run !== '') runs.push({ text: run, own });
  };
  let from = 0;
  for (;;) {
    let at = -1;
    let found = '';
    for (const word of wanted) {
      const index = text.indexOf(word, from);
      if (index !== -1 && (at === -1 || index < at)) [at, found] = [index, word];
    }
    if (at === -1) break;
    push(text.slice(from, at), false);
    push(found, true);
    from = at + found.length;
  }
  push(text.slice(from), false);
  return runs;
}
