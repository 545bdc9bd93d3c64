/**
 * Learn's tab sets (`div.learn-tabs`: its tablist of buttons, then a `section.learn-tab` per button, as
 * src/markdown/remark-learn-tabs.ts builds them) as WAI-ARIA tabs: one panel shown, arrows/Home/End move
 * between tabs (automatic activation). As on Learn, choosing a tab chooses the tab with the same id (`data-tab`) in
 * every other set and keeps it in the URL (`?tabs=<id>`), that query chooses tabs on load, and a link to
 * an anchor inside a hidden panel shows that panel. Without this script every section stays readable, one
 * after another; print CSS shows every panel. It runs at load, in the page's 2 KB of JavaScript
 * (tests/build/budgets.test.ts): one code path serves load, fragment, click and keys.
 */

/** A panel's tab id, in lower case as the build writes it: Learn's `?tabs=` is written by hand (`Servers`). */
const tabId = (panel: Element | null | undefined) =>
  (panel as HTMLElement | null | undefined)?.dataset['tab'];

/** The tab id a dependent panel (Learn's `#tab/id/condition`) is shown under, chosen in a set above. */
const conditionOf = (panel: Element | null | undefined) =>
  (panel as HTMLElement | null | undefined)?.dataset['condition'];

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
  /** The page's tab sets, as they are wired: each its tabs, then its panels in tab order. */
  const sets: [HTMLElement[], ...HTMLElement[]][] = [];

  /**
   * Shows, in every set, its first panel that is `panel` or has the tab id `id` (under the condition shown
   * there first), or else depends on `id` (the one of the tab id shown there first: choosing "Isolated
   * process" above switches a dependent set to its Isolated process tab), and hides the others; a set with
   * none stays as it is. A set is its tablist, then its panels in tab order. Choosing a dependent tab does not
   * choose its condition above (what it would cost would pass the 2 KB at load); its button names it.
   */
  const choose = (id: string | undefined, panel?: Element | null) => {
    for (const [tabs, ...panels] of sets) {
      const shown = panels.find((other) => !other.hidden);
      const under = (condition: string | undefined) =>
        panels.filter((other) => conditionOf(other) === condition);
      // The panel itself in its own set, even when another tab there has its id (Learn articles repeat some).
      const chosen =
        panels.find((other) => other === panel) ??
        [...under(conditionOf(shown)), ...panels].find((other) => tabId(other) === id) ??
        under(id).find((other) => tabId(other) === tabId(shown)) ??
        under(id)[0];
      if (!chosen) continue;
      panels.forEach((other, index) => {
        const tab = tabs[index] as HTMLElement;
        const selected = other === chosen;
        other.hidden = !selected;
        tab.ariaSelected = String(selected);
        tab.tabIndex = selected ? 0 : -1;
      });
    }
  };

  /** Shows the panel hiding the fragment's target, as Learn does, and scrolls to it. */
  const reveal = () => {
    const panel = target()?.closest('.learn-tab[hidden]');
    if (!panel) return;
    choose(tabId(panel), panel);
    target()?.scrollIntoView();
  };

  document.querySelectorAll('.learn-tabs').forEach((set) => {
    // The build wrote the tablist, a button per panel in order (src/markdown/remark-learn-tabs.ts); a set
    // without one is not the build's, and is left alone so that it cannot stop the others.
    const [tablist, ...panels] = set.children as unknown as [HTMLElement | undefined, ...HTMLElement[]];
    if (tablist?.children.length !== panels.length) return;
    const tabs = [...tablist.children] as HTMLButtonElement[];
    sets.push([tabs, ...panels]);

    /** The reader chose a tab, by click or key. */
    const onTab = (event: Event) => {
      let index = tabs.indexOf(event.target as HTMLButtonElement);
      // A key (a click has none).
      if ('key' in event) {
        // The arrow toward the next tab: on a right-to-left page, where the tabs run leftward, the left one.
        const step = document.dir == 'rtl' ? -1 : 1;
        const next = { ArrowRight: index + step, ArrowLeft: index - step, Home: 0, End: -1 }[
          (event as KeyboardEvent).key
        ];
        if (next == null) return;
        event.preventDefault();
        index = (next + tabs.length) % tabs.length;
        (tabs[index] as HTMLElement).focus();
      }
      const panel = panels[index];
      if (!panel) return;
      const top = tablist.getBoundingClientRect().top;
      choose(tabId(panel), panel);
      // Sets above this one may have changed height: keep its tabs where the reader's eyes are.
      scrollBy({ top: tablist.getBoundingClientRect().top - top, behavior: 'instant' });
      // All of the chosen tab shows where the row scrolls (a phone): focus left one half out of sight. After the
      // window's scroll, which would cut this one short.
      tabs[index]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      // Kept in the URL as Learn does, to reload or share; a fragment in a panel now hidden would undo it.
      const url = new URL(location.href);
      url.searchParams.set('tabs', tabId(panel) ?? '');
      if (target()?.closest('[hidden]')) url.hash = '';
      history.replaceState(history.state, '', url);
    };
    tablist.onclick = tablist.onkeydown = onTab;
    set.classList.add('learn-tabs-ready');
    choose('', panels[0]);
  });

  // Learn's links choose tabs by query (`?tabs=ubuntu-install#ubuntu`); dependent tabs list several ids.
  for (const id of new URLSearchParams(location.search).get('tabs')?.toLowerCase().split(',') ?? [])
    choose(id);
  // The fragment's own panel wins: the reader was sent to that anchor. An in-page link to a hidden
  // anchor ("On this page") finds nothing to scroll to, then changes the fragment.
  reveal();
  addEventListener('hashchange', reveal);
}
