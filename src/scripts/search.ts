/** Search in the page with Pagefind's JS API, loaded on the reader's first sign of intent. */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
}

interface Pagefind {
  init: () => Promise<void>;
  debouncedSearch: (term: string) => Promise<PagefindSearch | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;

/** Imports Pagefind once; the URL is only known after the build, so Vite must leave it alone. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  return pagefind;
}

/** Renders results as a list of links with Pagefind's excerpt (article text with `<mark>`ed words). */
function renderResults(container: HTMLElement, results: PagefindResultData[]): void {
  const list = document.createElement('ul');
  list.setAttribute('aria-label', 'Search results');
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    excerpt.innerHTML = result.excerpt;
    item.append(link, excerpt);
    list.append(item);
  }
  container.replaceChildren(list);
}

/** Wires the header search box: intent loads Pagefind, typing searches, Esc clears. */
export function startSearch(): void {
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const results = document.querySelector<HTMLElement>('#search-results');
  const status = document.querySelector<HTMLElement>('#search-status');
  if (!input || !results || !status) return;

  const warmUp = () => void loadPagefind().catch(() => undefined);
  input.addEventListener('focus', warmUp, { once: true });
  input.addEventListener('pointerenter', warmUp, { once: true });

  input.addEventListener('input', async () => {
    const term = input.value.trim();
    if (term === '') {
      results.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      const search = await (await loadPagefind()).debouncedSearch(term);
      if (search === null) return;
      const data = await Promise.all(search.results.slice(0, 8).map((result) => result.data()));
      renderResults(results, data);
      status.textContent = `${search.results.length} results for “${term}”`;
    } catch {
      results.textContent = 'Search is available on the built site: run npm start.';
      status.textContent = results.textContent;
    }
    results.hidden = false;
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      results.hidden = true;
      status.textContent = '';
    }
  });
}
