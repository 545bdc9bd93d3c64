/** On a page opened from a search result: marks the searched words with Pagefind's highlight script. */
import { HIGHLIGHT_PARAM, readHighlightTerms } from './query.ts';

const HIGHLIGHT_URL = '/pagefind/pagefind-highlight.js';

interface PagefindHighlightOptions {
  highlightParam: string;
  /** Pagefind would add an inline <style>, which the site's CSP forbids; the site styles the marks itself. */
  addStyles: boolean;
}

/** Highlights `?highlight=` words in the article, then brings the heading in the URL (or the first mark) into view. */
export async function highlightSearchTerms(): Promise<void> {
  if (readHighlightTerms(location.search).length === 0) return;
  try {
    const module = (await import(/* @vite-ignore */ HIGHLIGHT_URL)) as {
      default: new (options: PagefindHighlightOptions) => unknown;
    };
    new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  } catch {
    return; // No index to load: the page stays as it is.
  }
  const id = decodeURIComponent(location.hash.slice(1));
  const heading = id ? document.getElementById(id) : null;
  if (heading) {
    heading.scrollIntoView({ block: 'start' });
    return;
  }
  // No heading in the URL: bring the first marked word into view if it is below the fold.
  const mark = document.querySelector('mark.pagefind-highlight');
  if (mark && mark.getBoundingClientRect().bottom > window.innerHeight)
    mark.scrollIntoView({ block: 'center' });
}
