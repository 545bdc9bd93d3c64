// @ts-check
// Theme before first paint, inlined in <head> by DocsLayout (see README "Themes"): localStorage, never cookies.
(() => {
  const root = document.documentElement;
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  /** @type {string | null} */
  let kept = null;
  const stored = () => {
    try {
      return window.localStorage.getItem('theme');
    } catch {
      return kept;
    }
  };
  const apply = () => {
    const value = stored();
    const choice = value === 'light' || value === 'dark' ? value : 'system';
    root.dataset['theme'] = choice === 'system' ? (dark.matches ? 'dark' : 'light') : choice;
    const select = document.getElementById('theme-select');
    if (select instanceof window.HTMLSelectElement) select.value = choice;
  };
  apply();
  dark.addEventListener('change', apply);
  window.addEventListener('storage', apply);
  document.addEventListener('DOMContentLoaded', apply);
  document.addEventListener('change', ({ target }) => {
    if (!(target instanceof window.HTMLSelectElement) || target.id !== 'theme-select') return;
    kept = target.value === 'system' ? null : target.value;
    try {
      if (kept) window.localStorage.setItem('theme', kept);
      else window.localStorage.removeItem('theme');
    } catch {
      // Storage blocked: the choice holds for this page.
    }
    apply();
  });
})();
