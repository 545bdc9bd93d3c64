/** The search form's keys: ↓/↑ move through the result links and back to the box, Esc closes and returns focus. */

export interface KeyboardTargets {
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** The links ↓/↑ move through, in order. */
  links: () => HTMLAnchorElement[];
  /** Closes the drop-down; returns whether Esc should be kept from the page (the header's drop-down). */
  close: () => boolean;
  /** Where focus goes back to on Esc. */
  returnTarget: () => HTMLElement | null;
}

export function wireKeyboard({ form, input, links, close, returnTarget }: KeyboardTargets): void {
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (close()) event.preventDefault();
      const target = returnTarget();
      if (target?.isConnected && target !== document.body) target.focus();
      else input.blur();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const shown = links();
    if (shown.length === 0) return;
    event.preventDefault();
    const current = shown.indexOf(document.activeElement as HTMLAnchorElement);
    const next = current + (event.key === 'ArrowDown' ? 1 : -1);
    if (current === -1) (event.key === 'ArrowDown' ? shown[0] : shown.at(-1))?.focus();
    else if (next < 0) input.focus();
    else shown[Math.min(next, shown.length - 1)]?.focus();
  });
}
