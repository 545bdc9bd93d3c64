/**
 * The "Copy page as Markdown" button and each code block's "Copy" button (rehype-code-bar.ts), both
 * `data-copy`: shown where scripts run (their CSS). Only the click's handler runs at load: what fetches the
 * page's Markdown copy and announces the outcome (copy.js) loads when a button is used.
 */

type Copy = typeof import('./copy.js');

/** The URL of copy.js's chunk, written in by src/integrations/lazy-chunks.ts. */
declare const __COPY_URL__: string;

export function startCopyButtons(): void {
  // Only the site writes data-copy (content-safety.ts): no element of a page's own copies on a click.
  document.addEventListener('click', ({ target }) => {
    const button = (target as Element).closest<HTMLButtonElement>('[data-copy]');
    if (!button) return;
    const copy = import(/* @vite-ignore */ __COPY_URL__) as Promise<Copy>;
    // Safari writes the clipboard only within the click: a ClipboardItem takes the text still to come.
    const written =
      typeof ClipboardItem === 'function'
        ? navigator.clipboard.write([
            new ClipboardItem({ 'text/plain': copy.then((module) => module.copiedBlob(button)) }),
          ])
        : undefined;
    void copy.then((module) => {
      module.copyAndSay(button, written);
    });
  });
}
