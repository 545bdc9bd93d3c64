/**
 * The "Copy page as Markdown" button, shown when the Clipboard API is there. Only that runs at load: what
 * fetches the page's Markdown copy and announces the outcome (copy-page.js) loads when the button is used.
 */

type CopyPage = typeof import('./copy-page.js');

/** The URL of copy-page.js's chunk, written in by src/integrations/lazy-chunks.ts. */
declare const __COPY_PAGE_URL__: string;

export function startCopyMarkdown(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-copy-markdown]');
  if (!button || !('clipboard' in navigator)) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const copy = import(/* @vite-ignore */ __COPY_PAGE_URL__) as Promise<CopyPage>;
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
