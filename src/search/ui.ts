/**
 * The search UI, imported on intent: wires the box to a search session (session.ts), renders what it
 * finds (render.ts) with section filters, a typo correction line and keyboard moves (keyboard.ts), and
 * on /search/ keeps the URL in step with the query.
 */
import { loadEngine } from './engine.ts';
import { wireKeyboard } from './keyboard.ts';
import { normalizeQuery, readSearchState, searchPageUrl } from './query.ts';
import {
  countSentence,
  el,
  languageOf,
  named,
  type ResultsLanguage,
  renderCorrection,
  renderDropped,
  renderResult,
} from './render.ts';
import {
  MAX_HEADINGS,
  namedFirst,
  sectionCounts,
  titledFirst,
  toResultView,
  visibleSections,
  type QueryParts,
} from './results.ts';
import { SearchSession, yieldToPendingInput, type FoundPage } from './session.ts';
export { highlightSearchTerms } from './highlight.ts';

/**
 * Pages shown in the header's drop-down (each costs one fragment fetch: six is what a browser fetches
 * at once from one origin over HTTP/1.1); the search page shows more.
 */
const LIMITS = { header: 6, page: 30 } as const;
const DEV_MESSAGE =
  'Search could not index the pages in `npm run dev` (the terminal says why). Run `npm start` to search the built site.';
const BUILD_MESSAGE =
  'Search could not load its index from /pagefind/. Run `npm run build` to write it, then `npm run preview`.';

/** The elements of a search form, found once. */
function findParts(form: HTMLFormElement) {
  const parts = {
    status: form.querySelector<HTMLElement>('[data-search-status]'),
    panel: form.querySelector<HTMLElement>('[data-search-panel]'),
    correction: form.querySelector<HTMLElement>('[data-search-correction]'),
    filters: form.querySelector<HTMLElement>('[data-search-filters]'),
    list: form.querySelector<HTMLOListElement>('[data-search-results]'),
    message: form.querySelector<HTMLElement>('[data-search-message]'),
    more: form.querySelector<HTMLAnchorElement>('[data-search-more]'),
    showMore: form.querySelector<HTMLButtonElement>('[data-search-show-more]'),
    suggestions: form.querySelector<HTMLTemplateElement>('[data-search-suggestions]'),
  };
  return Object.values(parts).every(Boolean)
    ? (parts as { [K in keyof typeof parts]: NonNullable<(typeof parts)[K]> })
    : null;
}

/** The sidebar's section order, which the section buttons follow (data-section-order on the filters). */
function readSectionOrder(filters: HTMLElement): string[] {
  try {
    const order: unknown = JSON.parse(filters.dataset['sectionOrder'] ?? '[]');
    return Array.isArray(order) ? order.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

/** Wires the search form: `getReturnTarget` says where focus goes back on Esc. */
export function mountSearch(
  form: HTMLFormElement,
  input: HTMLInputElement,
  getReturnTarget: () => HTMLElement | null,
): void {
  const variant = form.dataset['variant'] === 'page' ? 'page' : 'header';
  const parts = findParts(form);
  if (!parts) return;
  const { status, panel, correction, filters, list, message, more, showMore, suggestions } = parts;
  const sectionOrder = readSectionOrder(filters);
  /**
   * The results' language where it is not the box's (Search.astro's `data-results-lang`), and their direction
   * where it is not its words' (`data-results-dir`): on a page in another language than the site's, Pagefind
   * searches the index of its `<html lang>`.
   */
  const resultsLang = form.dataset['resultsLang'];
  /**
   * The language the search page searches, where a box of a page in another language sent its search on
   * (`?lang=fi-FI`): that box's, so the page lists what its drop-down listed. A box searches its page's.
   */
  const sentLang =
    variant === 'page' ? (readSearchState(location.search, sectionOrder).lang ?? undefined) : undefined;
  /** The results' language: the box's, until a search shows the engine searched the language sent on. */
  let lang: ResultsLanguage | undefined = resultsLang
    ? { lang: resultsLang, dir: form.dataset['resultsDir'] }
    : undefined;
  /** The language whose index is searched where it is not the site's: what a search sent on carries. */
  let searchedLang = resultsLang;
  const session = new SearchSession(() => loadEngine({ language: sentLang }));

  let section: string | null = null;
  /** The typed query searched literally ("Search instead for …"), until the box changes. */
  let literal: string | null = null;
  /** The pages found, the query's parts, for "Show more results" (search page only; the header links to it). */
  let current: { pages: FoundPage[]; parts: QueryParts; rarity?: readonly number[] | undefined } | null =
    null;
  /** Counts the runs: a run overtaken while its fragments load leaves the screen to the newer one. */
  let runs = 0;

  const open = () => (panel.hidden = false);
  const close = () => {
    if (variant === 'header') panel.hidden = true;
    return variant === 'header';
  };

  // The status says `text` too; the header's is visually hidden, so its panel shows it again, where the search
  // page, whose status is on screen, would show it twice.
  const showMessage = (text: string | DocumentFragment, withSuggestions: boolean) => {
    message.replaceChildren();
    if (variant === 'header') message.append(el('p'));
    message.firstElementChild?.append(text);
    if (withSuggestions) message.append(el('p', 'Try a section page:'), suggestions.content.cloneNode(true));
    message.hidden = !message.hasChildNodes();
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
      button.replaceChildren(named(name, lang), ' ', el('span', `(${count})`, 'search-count'));
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
    const url = searchPageUrl({ query, section, lang: searchedLang ?? sentLang });
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
  };

  const clear = () => {
    runs++;
    session.cancel();
    section = null;
    list.replaceChildren();
    filters.replaceChildren();
    correction.hidden = true;
    message.hidden = true;
    more.hidden = true;
    showMore.hidden = true;
    current = null;
    status.textContent = '';
    close();
  };

  /** The result items of pages whose data has loaded, or null when `stale` says a newer run has the screen. */
  const renderPages = async (
    pages: readonly FoundPage[],
    stale: () => boolean,
    parts: QueryParts,
    query?: {
      typed: string;
      corrected: string | null;
      longForms?: ReadonlyMap<string, readonly string[]> | undefined;
    },
    rarity?: readonly number[],
  ) => {
    const loaded = await session.pageData(pages, stale);
    if (loaded === null) return null;
    const views = loaded.map((data, index) =>
      toResultView(data, parts, MAX_HEADINGS, rarity, pages[index]?.locations),
    );
    const ordered =
      query === undefined
        ? views
        : titledFirst(
            namedFirst(views, parts, query.typed, query.corrected, query.longForms),
            query.typed,
            query.corrected,
          );
    return ordered.map((view) => renderResult(view, lang));
  };

  const run = async () => {
    const query = normalizeQuery(input.value);
    if (!query) clear();
    syncUrl(query);
    if (!query) return;
    const ticket = ++runs;
    try {
      const outcome = await session.search({
        query,
        section,
        literal: literal === query,
        enough: LIMITS[variant],
        // The language of the index Pagefind searches.
        lang: resultsLang ?? document.documentElement.lang,
      });
      if (!outcome || ticket !== runs) return;
      // The next key of a burst, if queued, makes this run stale before its fragments load.
      await yieldToPendingInput();
      if (ticket !== runs) return;
      const { plan, pages, sectionCounts: counts } = outcome;
      if (outcome.language !== undefined && outcome.language !== searchedLang) {
        searchedLang = outcome.language;
        lang = languageOf(outcome.language);
      }
      const parts = plan.parts.map((part) => part.alternatives.map((option) => option.term));
      // A newer search started while the fragments loaded: it renders instead.
      const items = await renderPages(
        pages.slice(0, LIMITS[variant]),
        () => ticket !== runs,
        parts,
        { typed: query, corrected: plan.corrected, longForms: plan.longForms },
        outcome.rarity,
      );
      if (items === null) return;
      const count = pages.length;
      list.replaceChildren(...items);
      renderFilters(visibleSections(sectionCounts({ section: counts }, sectionOrder), section));
      // Words no page holds are said, when the others found something to show.
      const dropped = count > 0 && plan.dropped.length > 0 ? renderDropped(plan.dropped, lang) : undefined;
      // A correction is said when it found something: the vocabulary is the site's, every language's, and a
      // word of another language's pages found none in this one ("Showing results for …", then none).
      const corrected = count > 0 ? plan.corrected : null;
      correction.hidden = corrected === null && dropped === undefined;
      correction.replaceChildren();
      if (corrected !== null) correction.append(renderCorrection(corrected, query, lang));
      if (dropped) correction.append(dropped);
      const sentence = countSentence(count, query, section, lang);
      // The status says the correction line again for screen readers, which hear the status; on the search
      // page the status is text too, where the line would then be read twice on screen.
      const repeated = el('span', undefined, 'visually-hidden');
      if (corrected !== null) repeated.append(' Showing results for “', named(corrected, lang), '”.');
      if (dropped) repeated.append(' ', renderDropped(plan.dropped, lang, false));
      if (repeated.hasChildNodes()) sentence.append(repeated);
      status.replaceChildren(sentence);
      message.hidden = count > 0;
      if (count === 0) showMessage(countSentence(0, query, section, lang), true);
      current = { pages, parts, rarity: outcome.rarity };
      more.hidden = variant === 'page' || count <= items.length;
      more.href = searchPageUrl({ query, section, lang: searchedLang });
      more.textContent = `See all ${count} results`;
      showMore.hidden = variant === 'header' || count <= items.length;
    } catch {
      if (ticket !== runs) return;
      const text = import.meta.env.DEV ? DEV_MESSAGE : BUILD_MESSAGE;
      list.replaceChildren();
      filters.replaceChildren();
      correction.hidden = true;
      more.hidden = true;
      showMore.hidden = true;
      showMessage(text, false);
      status.textContent = text;
    }
    if (document.activeElement === input || variant === 'page') open();
  };

  input.addEventListener('input', () => {
    literal = null;
    void run();
  });
  input.addEventListener('focus', () => {
    if (normalizeQuery(input.value)) open();
  });

  correction.addEventListener('click', (event) => {
    if (!(event.target instanceof Element && event.target.closest('[data-search-instead]'))) return;
    literal = normalizeQuery(input.value);
    input.focus();
    void run();
  });

  const showMoreResults = async () => {
    if (!current) return;
    const shown = current;
    const from = list.children.length;
    const items = await renderPages(
      shown.pages.slice(from, from + LIMITS.page),
      () => current !== shown,
      shown.parts,
      undefined,
      shown.rarity,
    );
    if (items === null) return;
    list.append(...items);
    showMore.hidden = list.children.length >= shown.pages.length;
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
    const query = normalizeQuery(input.value);
    if (first) location.assign(first.href);
    else if (query) location.assign(searchPageUrl({ query, section, lang: searchedLang }));
  });

  wireKeyboard({
    form,
    input,
    links: () => [...list.querySelectorAll<HTMLAnchorElement>('a'), ...(more.hidden ? [] : [more])],
    close,
    returnTarget: getReturnTarget,
  });

  // The header's drop-down closes when focus moves elsewhere in the page or a click lands outside it.
  form.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !form.contains(event.relatedTarget)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node && form.contains(event.target))) close();
  });

  if (variant === 'page') {
    const state = readSearchState(location.search, sectionOrder);
    section = state.section;
    if (state.query && !input.value) input.value = state.query;
  }
  void session.warm().catch(() => undefined);
  if (normalizeQuery(input.value)) void run();
}
