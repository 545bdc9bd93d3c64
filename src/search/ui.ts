/**
 * The search UI, imported on intent: Pagefind's JS API behind the box, results as you type with
 * excerpts and heading links, section filters with counts, keyboard navigation and, on /search/, a URL
 * that follows the query. Every string from the reader or the index reaches the DOM as text.
 */
import { HIGHLIGHT_PARAM, describeCount, normalizeQuery, readSearchState, searchPageUrl } from './query.ts';
export { highlightSearchTerms } from './highlight.ts';
import {
  sectionCounts,
  toResultView,
  visibleSections,
  type ExcerptPart,
  type PagefindResultData,
  type ResultView,
} from './results.ts';

interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
  totalFilters?: Record<string, Record<string, number>>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (
    term: string,
    options: { filters?: Record<string, string> },
    debounceTimeoutMs: number,
  ) => Promise<PagefindSearch | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Pagefind waits 300 ms by default; a search of this index takes a few, so results follow each keystroke. */
const DEBOUNCE_MS = 0;
/**
 * Pages shown in the header's drop-down (each costs one fragment fetch: six is what a browser fetches
 * at once from one origin over HTTP/1.1); the search page shows more.
 */
const LIMITS = { header: 6, page: 30 } as const;
const DEV_MESSAGE =
  'Search could not index the pages in `npm run dev` (the terminal says why). Run `npm start` to search the built site.';
const BUILD_MESSAGE =
  'Search could not load its index from /pagefind/. Run `npm run build` to write it, then `npm run preview`.';

let pagefind: Promise<Pagefind> | undefined;

/** Imports Pagefind once (its URL exists only after the build, so Vite leaves it alone) and loads its filters. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
    await module.options({ highlightParam: HIGHLIGHT_PARAM, noWorker: true });
    await module.init();
    // Loading the filter index now makes every search return counts per section.
    await module.filters();
    return module;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** An element with text content only. */
function el<K extends keyof HTMLElementTagNameMap>(
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

function renderResult(result: ResultView): HTMLLIElement {
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
function countSentence(count: number, query: string, section: string | null): DocumentFragment {
  const sentence = document.createDocumentFragment();
  const bdi = el('bdi', query);
  sentence.append(`${describeCount(count)} “`, bdi, `”${section ? ` in ${section}` : ''}.`);
  return sentence;
}

/** Wires the search form: `getReturnTarget` says where focus goes back on Esc. */
export function mountSearch(
  form: HTMLFormElement,
  input: HTMLInputElement,
  getReturnTarget: () => HTMLElement | null,
): void {
  const variant = form.dataset['variant'] === 'page' ? 'page' : 'header';
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const panel = form.querySelector<HTMLElement>('[data-search-panel]');
  const filters = form.querySelector<HTMLElement>('[data-search-filters]');
  const list = form.querySelector<HTMLOListElement>('[data-search-results]');
  const message = form.querySelector<HTMLElement>('[data-search-message]');
  const more = form.querySelector<HTMLAnchorElement>('[data-search-more]');
  const showMore = form.querySelector<HTMLButtonElement>('[data-search-show-more]');
  const suggestions = form.querySelector<HTMLTemplateElement>('[data-search-suggestions]');
  if (!status || !panel || !filters || !list || !message || !more || !showMore || !suggestions) return;
  const sectionOrder = [...suggestions.content.querySelectorAll('a')].map((link) => link.textContent);

  let section: string | null = null;
  let searchId = 0;
  /** The search on screen, for "Show more results" (search page only; the header links to it instead). */
  let current: PagefindSearch | null = null;

  const open = () => (panel.hidden = false);
  const close = () => {
    if (variant === 'header') panel.hidden = true;
  };
  const resultLinks = () => [
    ...list.querySelectorAll<HTMLAnchorElement>('a'),
    ...(more.hidden ? [] : [more]),
  ];

  const showMessage = (text: string | DocumentFragment, withSuggestions: boolean) => {
    message.replaceChildren(el('p'));
    message.firstElementChild?.append(text);
    if (withSuggestions) {
      message.append(el('p', 'Try a section page:'), suggestions.content.cloneNode(true));
    }
    message.hidden = false;
  };

  /** Updates the section buttons in place, so a pressed button keeps focus while the results change. */
  const renderFilters = (counts: ReturnType<typeof sectionCounts>) => {
    const existing = new Map(
      [...filters.querySelectorAll<HTMLButtonElement>('button')].map((b) => [b.dataset['section'], b]),
    );
    const buttons = counts.map(({ section: name, count }) => {
      const button = existing.get(name) ?? el('button');
      button.type = 'button';
      button.dataset['section'] = name;
      button.setAttribute('aria-pressed', String(name === section));
      button.replaceChildren(`${name} `, el('span', `(${count})`, 'search-count'));
      return button;
    });
    for (const [name, button] of existing)
      if (!counts.some((entry) => entry.section === name)) button.remove();
    // Re-inserting a focused button would blur it: move only what is out of place.
    buttons.forEach((button, index) => {
      if (filters.children[index] !== button) filters.insertBefore(button, filters.children[index] ?? null);
    });
    filters.hidden = counts.length === 0;
  };

  const syncUrl = (query: string) => {
    if (variant !== 'page') return;
    const url = searchPageUrl({ query, section });
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
  };

  const clear = () => {
    searchId++;
    section = null;
    list.replaceChildren();
    filters.replaceChildren();
    message.hidden = true;
    more.hidden = true;
    showMore.hidden = true;
    current = null;
    status.textContent = '';
    close();
  };

  const run = async () => {
    const query = normalizeQuery(input.value);
    if (!query) clear();
    syncUrl(query);
    if (!query) return;
    const id = ++searchId;
    try {
      const api = await loadPagefind();
      const search = await api.debouncedSearch(query, section ? { filters: { section } } : {}, DEBOUNCE_MS);
      if (search === null || id !== searchId) return;
      const shown = await Promise.all(
        search.results.slice(0, LIMITS[variant]).map((result) => result.data()),
      );
      if (id !== searchId) return;
      const count = search.results.length;
      list.replaceChildren(...shown.map((data) => renderResult(toResultView(data))));
      renderFilters(visibleSections(sectionCounts(search.totalFilters, sectionOrder), section));
      status.replaceChildren(countSentence(count, query, section));
      message.hidden = count > 0;
      if (count === 0) showMessage(countSentence(0, query, section), true);
      current = search;
      more.hidden = variant === 'page' || count <= shown.length;
      more.href = searchPageUrl({ query, section });
      more.textContent = `See all ${count} results`;
      showMore.hidden = variant === 'header' || count <= shown.length;
    } catch {
      if (id !== searchId) return;
      const text = import.meta.env.DEV ? DEV_MESSAGE : BUILD_MESSAGE;
      list.replaceChildren();
      filters.replaceChildren();
      more.hidden = true;
      showMore.hidden = true;
      showMessage(text, false);
      status.textContent = text;
    }
    if (document.activeElement === input || variant === 'page') open();
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => {
    if (normalizeQuery(input.value)) open();
  });

  const showMoreResults = async (): Promise<void> => {
    const search = current;
    if (!search) return;
    const id = searchId;
    const from = list.children.length;
    const next = await Promise.all(
      search.results.slice(from, from + LIMITS.page).map((result) => result.data()),
    );
    if (id !== searchId || search !== current) return;
    const items = next.map((data) => renderResult(toResultView(data)));
    list.append(...items);
    showMore.hidden = list.children.length >= search.results.length;
    // Keyboard readers continue from the first new result rather than from the end of the page.
    items[0]?.querySelector('a')?.focus();
  };
  showMore.addEventListener('click', () => void showMoreResults());

  filters.addEventListener('click', (event) => {
    const button =
      event.target instanceof Element
        ? event.target.closest<HTMLButtonElement>('button[data-section]')
        : null;
    if (!button) return;
    const chosen = button.dataset['section'] ?? null;
    section = section === chosen ? null : chosen;
    void run();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (first) location.assign(first.href);
    else if (normalizeQuery(input.value))
      location.assign(searchPageUrl({ query: normalizeQuery(input.value), section }));
  });

  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (variant === 'header') event.preventDefault();
      close();
      const target = getReturnTarget();
      if (target?.isConnected && target !== document.body) target.focus();
      else input.blur();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks();
    if (links.length === 0) return;
    event.preventDefault();
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = current + (event.key === 'ArrowDown' ? 1 : -1);
    if (current === -1) (event.key === 'ArrowDown' ? links[0] : links.at(-1))?.focus();
    else if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });

  // The header's drop-down closes when focus moves elsewhere in the page or a click lands outside it.
  form.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !form.contains(event.relatedTarget)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node && form.contains(event.target))) close();
  });

  if (variant === 'page') {
    const state = readSearchState(location.search);
    section = state.section;
    if (state.query && !input.value) input.value = state.query;
  }
  void loadPagefind().catch(() => undefined);
  if (normalizeQuery(input.value)) void run();
}
