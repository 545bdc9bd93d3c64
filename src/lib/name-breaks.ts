/**
 * Where a line may break inside a long name in the layout's navigation (the sidebar, breadcrumbs, "On this
 * page", previous and next): before a `.` or `::` joining two parts (`Microsoft.CIFramework.addHandler`),
 * after a `/`, `\` or `_`, and where a lower-case letter or digit meets an upper-case one
 * (`setWidth|Description`, `CI|Framework`). None of these is a break opportunity in Unicode's line breaking,
 * so a name wider than its box was broken by overflow-wrap wherever the box ended ("Microsoft.CIFramewo|rk",
 * real-folder trial CE's API reference). Only words of at least MIN_BREAKABLE characters: shorter ones fit
 * whole, and a sentence keeps its own breaks.
 */
export const MIN_BREAKABLE = 16;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Whether a line may break before `word[at]` (0 < at < word.length). */
function breaksBefore(word: string, at: number): boolean {
  const before = word[at - 1] ?? '';
  const here = word[at] ?? '';
  const after = word[at + 1] ?? '';
  if (here === '.' || (here === ':' && after === ':' && before !== ':'))
    return LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(here === '.' ? after : (word[at + 2] ?? ''));
  if ('/\\_'.includes(before)) return LETTER_OR_DIGIT.test(here) && at > 1;
  if (!UPPER.test(here)) return false;
  return LOWER_OR_DIGIT.test(before) || (UPPER.test(before) && LOWER.test(after));
}

/**
 * `text` in parts, a line break allowed between each two (the layout writes `<wbr>` there): see the file
 * comment. The parts joined are `text`.
 */
export function nameParts(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const { 0: word, index } of text.matchAll(/\S+/g)) {
    if (word.length < MIN_BREAKABLE) continue;
    // A part of at least two characters: no break that leaves one letter alone (`a.b`, `X_`).
    let last = 0;
    for (let at = 2; at < word.length - 1; at++) {
      if (at - last < 2 || !breaksBefore(word, at)) continue;
      parts.push(text.slice(start, index + at));
      start = index + at;
      last = at;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
