/** On a page opened from a search result: marks the searched words with Pagefind's highlight script. */
import { HIGHLIGHT_PARAM, MAX_QUERY_LENGTH, readHighlightTerms } from './query.ts';

const HIGHLIGHT_URL = '/pagefind/pagefind-highlight.js';

/**
 * The class of the `<mark>`s Pagefind's highlight script wraps the searched words in, as Search.astro styles
 * them: the site's own, which content may not write (remark-learn-tabs.ts' reserved classes).
 */
export const HIGHLIGHT_CLASS = 'pagefind-highlight';

interface PagefindHighlightOptions {
  highlightParam: string;
  /** Pagefind would add an inline <style>, which the site's CSP forbids; the site styles the marks itself. */
  addStyles: boolean;
}

/** The id a `#fragment` names, decoded as the browser decodes it; undefined when it is malformed (`#%E0%A4%A`). */
export function fragmentId(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.slice(1)) || undefined;
  } catch {
    return undefined;
  }
}

/** Highlights `?highlight=` words in the article, then brings the heading in the URL (or the first mark) into view. */
export async function highlightSearchTerms(): Promise<void> {
  const terms = readHighlightTerms(location.search);
  // A URL anyone can craft: nothing to mark, or more than a search could have asked for, marks nothing.
  if (terms.length === 0 || terms.join(' ').length > MAX_QUERY_LENGTH) return;
  try {
    const module = (await import(/* @vite-ignore */ HIGHLIGHT_URL)) as {
      default: new (options: PagefindHighlightOptions) => unknown;
    };
    new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  } catch {
    return; // No index to load: the page stays as it is.
  }
  const id = fragmentId(location.hash);
  const heading = id === undefined ? null : document.getElementById(id);
  if (heading) {
    heading.scrollIntoView({ block: 'start' });
    return;
  }
  // No heading in the URL: bring the first marked word into view if it is below the fold.
  const mark = document.querySelector(`mark.${HIGHLIGHT_CLASS}`);
  if (mark && mark.getBoundingClientRect().bottom > window.innerHeight)
    mark.scrollIntoView({ block: 'center' });
}
