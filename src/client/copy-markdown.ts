/**
 * The "Copy page as Markdown" button: fetches the page's Markdown copy (same origin) and puts it on the
 * clipboard, announcing the outcome in a polite live region. Hidden without the Clipboard API.
 */
export function startCopyMarkdown(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-copy-markdown]');
  const status = document.querySelector('[data-copy-status]');
  const href = button?.dataset['copyMarkdown'];
  if (!button || !status || !href || !('clipboard' in navigator)) return;
  button.hidden = false;

  const announce = (message: string) => {
    // Emptied first, so the same message twice is announced twice.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  };
  button.addEventListener('click', () => {
    const text = fetch(href).then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.text();
    });
    // A ClipboardItem takes the pending text, so the click still counts as the gesture once it arrives.
    const copied =
      typeof ClipboardItem === 'function'
        ? navigator.clipboard.write([
            new ClipboardItem({
              'text/plain': text.then((value) => new Blob([value], { type: 'text/plain' })),
            }),
          ])
        : text.then((value) => navigator.clipboard.writeText(value));
    copied.then(
      () => {
        announce('Copied the page as Markdown.');
      },
      () => {
        announce('Could not copy. Open “Markdown” and copy the text from there.');
      },
    );
  });
}
