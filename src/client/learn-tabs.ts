/**
 * Learn's tab sets (`div.learn-tabs` of `section.learn-tab`, see src/markdown/remark-learn-tabs.ts) as
 * WAI-ARIA tabs: a tablist of buttons before the panels, one panel shown, arrows/Home/End move between
 * tabs (automatic activation). As on Learn, choosing a tab chooses the tab with the same id (`data-tab`) in
 * every other set and keeps it in the URL (`?tabs=<id>`), that query chooses tabs on load, and a link to
 * an anchor inside a hidden panel shows that panel. Without this script every section stays readable, one
 * after another; print CSS shows every panel.
 */

/** A panel's tab id, compared without case as Learn's `?tabs=` is written by hand (`servers`, `Servers`). */
const tabId = (panel: HTMLElement | undefined) => panel?.dataset['tab']?.toLowerCase();

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
  /** Each set's panels; `show(i)` shows panel i and hides the others. */
  const sets: { panels: HTMLElement[]; show: (chosen: number) => void }[] = [];

  /** Shows `panel` and, in every other set, the tab with the same id (or the tab `id`, without a panel). */
  const choose = (id: string | undefined, panel?: HTMLElement) => {
    for (const set of sets) {
      const index = set.panels.findIndex((other) => other === panel || tabId(other) === id);
      if (index !== -1) set.show(index);
    }
  };

  /** Shows the panel hiding the fragment's target, as Learn does, and scrolls to it. */
  const reveal = () => {
    const panel = target()?.closest<HTMLElement>('[role="tabpanel"][hidden]');
    if (!panel) return;
    choose(tabId(panel), panel);
    target()?.scrollIntoView();
  };

  /** The reader chose `panel` of `tablist`, by click or key. */
  const pick = (tablist: HTMLElement, panel: HTMLElement | undefined) => {
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

  document.querySelectorAll<HTMLElement>('.learn-tabs').forEach((element, setIndex) => {
    const panels = [...element.querySelectorAll<HTMLElement>(':scope > .learn-tab')];
    if (panels.length === 0) return;
    const tablist = document.createElement('div');
    tablist.setAttribute('role', 'tablist');
    tablist.className = 'learn-tablist';
    const tabs = panels.map((panel, index) => {
      const heading = panel.querySelector(
        ':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6, :scope > .heading',
      );
      const label =
        (heading?.querySelector('h1, h2, h3, h4, h5, h6') ?? heading)?.textContent.trim() ??
        `Tab ${index + 1}`;
      const tab = document.createElement('button');
      const id = `learn-tab-${setIndex + 1}-${index + 1}`;
      tab.type = 'button';
      tab.id = id;
      tab.className = 'learn-tab-button';
      tab.textContent = label;
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
    const show = (chosen: number) => {
      tabs.forEach((tab, index) => {
        const selected = index === chosen;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
        panels[index]?.toggleAttribute('hidden', !selected);
      });
    };
    sets.push({ panels, show });
    tablist.addEventListener('click', (event) => {
      const index = tabs.indexOf(event.target as HTMLButtonElement);
      if (index !== -1) pick(tablist, panels[index]);
    });
    tablist.addEventListener('keydown', (event) => {
      const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
      const last = tabs.length - 1;
      const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
      if (next === undefined || current === -1) return;
      event.preventDefault();
      const index = (next + tabs.length) % tabs.length;
      pick(tablist, panels[index]);
      tabs[index]?.focus();
    });
    element.prepend(tablist);
    element.classList.add('learn-tabs-ready');
    show(0);
  });

  // Learn's links choose tabs by query (`?tabs=ubuntu-install#ubuntu`); dependent tabs list several ids.
  const query = new URLSearchParams(location.search).get('tabs');
  for (const id of query?.toLowerCase().split(',') ?? []) choose(id);
  // The fragment's own panel wins: the reader was sent to that anchor. An in-page link to a hidden
  // anchor ("On this page") finds nothing to scroll to, then changes the fragment.
  reveal();
  addEventListener('hashchange', reveal);
}
