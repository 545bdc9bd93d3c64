// @ts-check
// Theme before first paint, inlined in <head> by DocsLayout (minified; see README "Themes"): localStorage, never cookies.
(() => {
  const root = document.documentElement;
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  /** @type {string | null} The reader's choice: as stored, or as made on this page while storage is blocked. */
  let choice = null;
  const apply = () => {
    try {
      choice = window.localStorage.getItem('theme');
    } catch {
      // Storage blocked: the choice made on this page holds.
    }
    const chosen = choice === 'light' || choice === 'dark' ? choice : '';
    root.dataset['theme'] = chosen || (dark.matches ? 'dark' : 'light');
    // LAYOUT_IDS.themeSelect (src/lib/layout-ids.ts): this script is inlined as text, so it names it itself.
    const select = document.getElementById('theme-select');
    if (select instanceof window.HTMLSelectElement) select.value = chosen || 'system';
  };
  apply();
  dark.addEventListener('change', apply);
  window.addEventListener('storage', apply);
  document.addEventListener('DOMContentLoaded', apply);
  document.addEventListener('change', ({ target }) => {
    if (!(target instanceof window.HTMLSelectElement) || target.id !== 'theme-select') return;
    choice = target.value === 'system' ? null : target.value;
    try {
      if (choice) window.localStorage.setItem('theme', choice);
      else window.localStorage.removeItem('theme');
    } catch {
      // Storage blocked: the choice holds for this page.
    }
    apply();
  });
})();
