/**
 * Learn's links to a zone pivot (`?pivots=private-hub#create-a-resource-group`): Learn shows that pivot's
 * zones only; the site shows every zone, each under its label (src/markdown/remark-learn-blocks.ts, its pivot
 * ids in `data-pivots`), so the page scrolls to the label of the first zone of a pivot named, after the
 * fragment's element when the URL has one, where Learn's reader would read that pivot's text; a fragment
 * inside a zone is left where it is.
 */
export function showChosenZone(): void {
  const chosen = new URLSearchParams(location.search).get('pivots')?.toLowerCase().split(',') ?? [];
  const pivots = new Set(chosen.map((pivot) => pivot.trim()).filter((pivot) => pivot !== ''));
  if (pivots.size === 0) return;
  let fragment: HTMLElement | null = null;
  try {
    fragment =
      location.hash === '' ? null : document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    // A fragment that is no valid percent-encoding names no element.
  }
  // An anchor inside a zone or moniker variant (`div.learn-variant`) is where the reader was sent.
  if (fragment?.closest('.learn-variant')) return;
  const label = [...document.querySelectorAll<HTMLElement>('.learn-zone-label[data-pivots]')].find(
    (candidate) =>
      (fragment === null ||
        (fragment.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) &&
      (candidate.dataset['pivots'] ?? '').split(' ').some((pivot) => pivots.has(pivot)),
  );
  if (!label) return;
  label.scrollIntoView({ block: 'start' });
  // The browser scrolls to the fragment once the page has loaded, over this scroll: once more after it.
  if (document.readyState !== 'complete')
    addEventListener(
      'load',
      () => {
        requestAnimationFrame(() => {
          label.scrollIntoView({ block: 'start' });
        });
      },
      {
        once: true,
      },
    );
}
