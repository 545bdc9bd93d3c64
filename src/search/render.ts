/** DOM for search results: every string from the reader or the index reaches the page as text. */
import { describeCount } from './query.ts';
import type { ExcerptPart, ResultView } from './results.ts';

/** An element with text content only. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function renderExcerpt(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  const excerpt = el('p', undefined, 'search-excerpt');
  excerpt.append(
    ...parts.map((part) => (part.marked ? el('mark', part.text) : document.createTextNode(part.text))),
  );
  return excerpt;
}

/** One page result: title link, excerpt, and links to its best-matching headings. */
export function renderResult(result: ResultView): HTMLLIElement {
  const item = el('li', undefined, 'search-result');
  const link = el('a', result.title, 'search-result-title');
  link.href = result.url;
  item.append(link, renderExcerpt(result.excerpt));
  if (result.headings.length > 0) {
    const headings = el('ul', undefined, 'search-headings');
    for (const heading of result.headings) {
      const headingLink = el('a', heading.title);
      headingLink.href = heading.url;
      const headingItem = el('li');
      headingItem.append(headingLink);
      headings.append(headingItem);
    }
    item.append(headings);
  }
  return item;
}

/** "No results for “query”" with the query isolated (`<bdi>`) so right-to-left text keeps its place. */
export function countSentence(count: number, query: string, section: string | null): DocumentFragment {
  const sentence = document.createDocumentFragment();
  sentence.append(`${describeCount(count)} “`, el('bdi', query), `”${section ? ` in ${section}` : ''}.`);
  return sentence;
}

/** "Showing results for <b>corrected</b> · [Search instead for typed]": the button runs the typed words. */
export function renderCorrection(corrected: string, typed: string): DocumentFragment {
  const line = document.createDocumentFragment();
  const instead = el('button', undefined, 'search-instead');
  instead.type = 'button';
  instead.dataset['searchInstead'] = '';
  instead.append('Search instead for ', el('bdi', typed));
  line.append('Showing results for ', el('strong', corrected), ' · ', instead);
  return line;
}

/** "No page has “hotkeys”: showing results without it.", the words a query left out, each in `<strong>`. */
export function renderDropped(words: readonly string[]): HTMLSpanElement {
  const line = el('span', undefined, 'search-dropped');
  line.append('No page has ');
  for (const part of new Intl.ListFormat('en', { type: 'disjunction' }).formatToParts(words)) {
    line.append(part.type === 'element' ? el('strong', part.value) : part.value);
  }
  line.append(`: showing results without ${words.length === 1 ? 'it' : 'them'}.`);
  return line;
}
