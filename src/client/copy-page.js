// @ts-check
// What the "Copy page as Markdown" button does: copy-markdown.ts loads this file when the button is used.
// Plain JavaScript, served as written: a file of its own that nothing bundles (see copy-markdown.ts).

/**
 * The page's Markdown copy (same origin), named by the button.
 * @param {HTMLButtonElement} button
 * @returns {Promise<string>}
 */
async function markdownText(button) {
  const response = await window.fetch(button.dataset['copyMarkdown'] ?? '');
  if (!response.ok) throw new Error(String(response.status));
  return response.text();
}

/**
 * The page's Markdown copy as a ClipboardItem takes it.
 * @param {HTMLButtonElement} button
 * @returns {Promise<Blob>}
 */
export async function markdownBlob(button) {
  return new window.Blob([await markdownText(button)], { type: 'text/plain' });
}

/**
 * Copies the page's Markdown, unless `written` (the clipboard write the click started) does, and announces
 * the outcome in the polite live region.
 * @param {HTMLButtonElement} button
 * @param {Promise<void> | undefined} written
 */
export function copyPage(button, written) {
  const status = document.querySelector('[data-copy-status]');
  /** @param {string} message */
  const announce = (message) => {
    if (!status) return;
    // Emptied first, so the same message twice is announced twice.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  };
  const copied = written ?? markdownText(button).then((text) => window.navigator.clipboard.writeText(text));
  copied.then(
    () => {
      announce('Copied the page as Markdown.');
    },
    () => {
      announce('Could not copy. Open “Markdown” and copy the text from there.');
    },
  );
}
