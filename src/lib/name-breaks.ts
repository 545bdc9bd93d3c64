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

/**
 * The most line breaks one text gets (a heading's texts together, rehype-name-breaks.ts), its first ones; past
 * them a name wraps where its box ends, as any long word does. Real names have a few dozen at most
 * (`Windows.UI.Xaml.Controls.Primitives.FlyoutBase.AttachedFlyoutProperty`, 9). Without a bound a `<wbr>`
 * came every two characters (`aBaB…`): 999 headings of 900 such characters (a 907 KB page, within every limit)
 * made 897,000 `<wbr>`, in the heading and in "On this page", a 14.8 MB page that took 74 s of CPU and 2.5 GB
 * to build (red team 22).
 */
export const MAX_NAME_BREAKS = 32;

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
 * comment. At most `most` breaks (MAX_NAME_BREAKS), the first ones. The parts joined are `text`.
 */
export function nameParts(text: string, most: number = MAX_NAME_BREAKS): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const { 0: word, index } of text.matchAll(/\S+/g)) {
    if (parts.length >= most) break;
    if (word.length < MIN_BREAKABLE) continue;
    // A part of at least two characters: no break that leaves one letter alone (`a.b`, `X_`).
    let last = 0;
    for (let at = 2; at < word.length - 1 && parts.length < most; at++) {
      if (at - last < 2 || !breaksBefore(word, at)) continue;
      parts.push(text.slice(start, index + at));
      start = index + at;
      last = at;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
