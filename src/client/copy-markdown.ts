/**
 * The "Copy page as Markdown" button, shown when the Clipboard API is there. Only that runs at load: what
 * fetches the page's Markdown copy and announces the outcome (copy-page.js) loads when the button is used.
 */

type CopyPage = typeof import('./copy-page.js');

/**
 * copy-page.js as a file of its own (`?no-inline`: not a data: URL, which the CSP refuses), imported by
 * URL: Vite would wrap an `import('./copy-page.js')` in its preload helper, about 0.9 KB gzipped that
 * every page would run at load for a file with nothing to preload (as src/search/mount.ts explains).
 */
const COPY_PAGE = new URL('./copy-page.js?no-inline', import.meta.url).href;

export function startCopyMarkdown(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-copy-markdown]');
  if (!button || !('clipboard' in navigator)) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const copy = import(/* @vite-ignore */ COPY_PAGE) as Promise<CopyPage>;
    // Safari writes the clipboard only within the click: a ClipboardItem takes the text still to come.
    const written =
      typeof ClipboardItem === 'function'
        ? navigator.clipboard.write([
            new ClipboardItem({ 'text/plain': copy.then((module) => module.markdownBlob(button)) }),
          ])
        : undefined;
    void copy.then((module) => {
      module.copyPage(button, written);
    });
  });
}
