/**
 * The always-loaded part of search, kept tiny: it waits for the reader's intent (focus, hover, `/`,
 * Ctrl+K or Cmd+K) and only then imports the search UI, which fetches Pagefind.
 */

type SearchUi = typeof import('./ui.ts');

/** The URL of the UI's chunk, written in by src/integrations/lazy-chunks.ts. */
declare const __SEARCH_UI_URL__: string;
const loadUi = (): Promise<SearchUi> => import(/* @vite-ignore */ __SEARCH_UI_URL__) as Promise<SearchUi>;
/**
 * Pagefind's API, which the UI imports (engine.ts, PAGEFIND_URL): fetched beside the UI rather than after
 * it, one round trip sooner. Written here, not imported, so this file shares no module with the UI chunk.
 */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/** True when the key event is a search shortcut: `/` outside a text field, or Ctrl+K / Cmd+K anywhere. */
function isShortcut(event: KeyboardEvent): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  const target = event.target;
  const editing =
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  return event.key === '/' && !editing && !event.ctrlKey && !event.metaKey;
}

/** Wires the search box on this page; on a landing page with `?highlight=`, marks the searched words. */
export function watchForSearchIntent(): void {
  // One lazy chunk holds the UI and the highlighter: a second chunk sharing modules would make Vite add
  // its preload helper (about 1 KB) to this always-loaded file.
  if (new URLSearchParams(location.search).has('highlight')) {
    void loadUi().then((module) => module.highlightSearchTerms());
  }
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!form || !input) return;

  /** Where focus was before the box took it: Esc gives it back. */
  let returnTo: HTMLElement | null = null;
  let ui: Promise<SearchUi> | undefined;
  const start = () => {
    if (!ui) void import(/* @vite-ignore */ PAGEFIND_URL).catch(() => undefined);
    ui ??= loadUi().then((module) => {
      module.mountSearch(form, input, () => returnTo);
      return module;
    });
  };

  input.addEventListener('focus', (event) => {
    const from = event.relatedTarget;
    if (!(from instanceof Node && form.contains(from))) returnTo = from instanceof HTMLElement ? from : null;
    start();
  });
  input.addEventListener('pointerenter', start, { once: true });
  document.addEventListener('keydown', (event) => {
    if (!isShortcut(event)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  // The search page is intent itself: it runs the query from its URL at once.
  if (form.dataset['variant'] === 'page') {
    if (new URLSearchParams(location.search).has('q')) start();
    else input.focus();
  }
}
