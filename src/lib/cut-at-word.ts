/**
 * `text` cut to at most `limit` characters: at the last space in its second half when there is one, and
 * ending in "…" to show it was cut.
 */
export function cutAtWord(text: string, limit: number): string {
  const room = limit - 1;
  let end = 0;
  // By code point, so a character outside the BMP (an emoji) is never cut in half.
  for (const character of text) {
    if (end + character.length > room) break;
    end += character.length;
  }
  const head = text.slice(0, end);
  const space = head.search(/\s\S*$/);
  return `${(space > room / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
