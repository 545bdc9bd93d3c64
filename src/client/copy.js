// @ts-check
// What the "Copy page as Markdown" and code blocks' "Copy" buttons do after the click: copy-buttons.ts loads this
// file when a button is used.
// Plain JavaScript, served as written: a file of its own that nothing bundles (see copy-buttons.ts).

/**
 * What a button copies: the file its `data-copy` names (the page's Markdown copy, same origin), or where it
 * names none, the text of the code block right after its bar.
 * @param {HTMLButtonElement} button
 * @returns {Promise<string>}
 */
async function copiedText(button) {
  const file = button.dataset['copy'];
  if (!file) return button.parentElement?.nextElementSibling?.textContent ?? '';
  const response = await window.fetch(file);
  if (!response.ok) throw new Error(String(response.status));
  return response.text();
}

/**
 * What a button copies, as a ClipboardItem takes it.
 * @param {HTMLButtonElement} button
 * @returns {Promise<Blob>}
 */
export async function copiedBlob(button) {
  return new window.Blob([await copiedText(button)], { type: 'text/plain' });
}

/** Each code button's timer that reads "Copy" again: a second click within it starts it anew. */
const resets = new WeakMap();

/**
 * Copies what `button` copies, unless `written` (the clipboard write the click started) does, and announces
 * the outcome in the polite live region; a code block's button also says "Copied" for two seconds, where
 * the reader looks.
 * @param {HTMLButtonElement} button
 * @param {Promise<void> | undefined} written
 */
export function copyAndSay(button, written) {
  const code = !button.dataset['copy'];
  const status = document.querySelector('[data-copy-status]');
  /** @param {string} message */
  const announce = (message) => {
    if (!status) return;
    // Emptied first, so the same message twice is announced twice.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  };
  const copied = written ?? copiedText(button).then((text) => window.navigator.clipboard.writeText(text));
  copied.then(
    () => {
      announce(code ? 'Copied the code.' : 'Copied the page as Markdown.');
      if (!code) return;
      button.textContent = 'Copied';
      window.clearTimeout(resets.get(button));
      resets.set(
        button,
        window.setTimeout(() => (button.textContent = 'Copy'), 2000),
      );
    },
    () => {
      announce(
        code
          ? 'Could not copy. Select the code and copy it.'
          : 'Could not copy. Open “Markdown” and copy the text from there.',
      );
    },
  );
}
