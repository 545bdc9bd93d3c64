/**
 * Learn's tab sets (`div.learn-tabs` of `section.learn-tab`, see src/markdown/remark-learn-tabs.ts) as
 * WAI-ARIA tabs: a tablist of buttons before the panels, one panel shown, arrows/Home/End move between
 * tabs (automatic activation). As on Learn, choosing a tab chooses the tab with the same id (`data-tab`) in
 * every other set and keeps it in the URL (`?tabs=<id>`), that query chooses tabs on load, and a link to
 * an anchor inside a hidden panel shows that panel. Without this script every section stays readable, one
 * after another; print CSS shows every panel. It runs at load, in the page's 2 KB of JavaScript
 * (tests/build/budgets.test.ts): one code path serves load, fragment, click and keys.
 */

/** A panel's tab id, compared without case as Learn's `?tabs=` is written by hand (`servers`, `Servers`). */
const tabId = (panel: Element | null | undefined) =>
  (panel as HTMLElement | null | undefined)?.dataset['tab']?.toLowerCase();

/** The element the URL's fragment (`#ubuntu`) names, if any. */
function target(): HTMLElement | null {
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    // A malformed %-escape names nothing.
    return null;
  }
}

export function startLearnTabs(): void {
  const sets = document.querySelectorAll('.learn-tabs');

  /**
   * Shows, in every set, its first panel that is `panel` or has the tab id `id`, and hides the others; a
   * set with neither stays as it is. A set is its tablist, then its panels in the order of their tabs.
   */
  const choose = (id: string | undefined, panel?: Element | null) => {
    for (const set of sets) {
      const [tablist, ...panels] = set.children as HTMLCollectionOf<HTMLElement>;
      // The panel itself in its own set, even when another tab there has its id (Learn articles repeat some).
      const chosen = panels.find((other) => other === panel) ?? panels.find((other) => tabId(other) === id);
      panels.forEach((other, index) => {
        const tab = tablist?.children[index] as HTMLElement;
        if (!chosen) return;
        other.hidden = other !== chosen;
        tab.setAttribute('aria-selected', String(!other.hidden));
        tab.tabIndex = other.hidden ? -1 : 0;
      });
    }
  };

  /** Shows the panel hiding the fragment's target, as Learn does, and scrolls to it. */
  const reveal = () => {
    const panel = target()?.closest('[role=tabpanel][hidden]');
    if (!panel) return;
    choose(tabId(panel), panel);
    target()?.scrollIntoView();
  };

  sets.forEach((set, setIndex) => {
    const panels = [...set.children] as HTMLElement[];
    const tablist = document.createElement('div');
    tablist.setAttribute('role', 'tablist');
    tablist.className = 'learn-tablist';
    const tabs = panels.map((panel, index) => {
      // Each panel opens with its heading (div.heading holding it and its anchor link, once linked).
      const heading = panel.firstElementChild;
      const tab = document.createElement('button');
      const id = `learn-tab-${setIndex + 1}-${index + 1}`;
      tab.id = id;
      tab.className = 'learn-tab-button';
      tab.textContent = (heading?.firstElementChild ?? heading)?.textContent ?? '';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', `${id}-panel`);
      panel.id = `${id}-panel`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', id);
      panel.tabIndex = 0;
      // The tab names the panel now: its heading would say the same twice.
      heading?.classList.add('learn-tab-heading');
      tablist.append(tab);
      return tab;
    });

    /** The reader chose a tab, by click or key. */
    const onTab = (event: Event) => {
      let index = tabs.indexOf(event.target as HTMLButtonElement);
      if (event instanceof KeyboardEvent) {
        const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: -1 }[event.key];
        if (next === undefined) return;
        event.preventDefault();
        index = (next + tabs.length) % tabs.length;
        tabs[index]?.focus();
      }
      const panel = panels[index];
      if (!panel) return;
      const top = tablist.getBoundingClientRect().top;
      choose(tabId(panel), panel);
      // Sets above this one may have changed height: keep its tabs where the reader's eyes are.
      window.scrollBy({ top: tablist.getBoundingClientRect().top - top, behavior: 'instant' });
      // Kept in the URL as Learn does, to reload or share; a fragment in a panel now hidden would undo it.
      const url = new URL(location.href);
      url.searchParams.set('tabs', panel.dataset['tab'] ?? '');
      if (target()?.closest('[hidden]')) url.hash = '';
      history.replaceState(history.state, '', url);
    };
    tablist.addEventListener('click', onTab);
    tablist.addEventListener('keydown', onTab);
    set.prepend(tablist);
    set.classList.add('learn-tabs-ready');
    choose(undefined, panels[0]);
  });

  // Learn's links choose tabs by query (`?tabs=ubuntu-install#ubuntu`); dependent tabs list several ids.
  for (const id of new URLSearchParams(location.search).get('tabs')?.toLowerCase().split(',') ?? [])
    choose(id);
  // The fragment's own panel wins: the reader was sent to that anchor. An in-page link to a hidden
  // anchor ("On this page") finds nothing to scroll to, then changes the fragment.
  reveal();
  addEventListener('hashchange', reveal);
}
