/**
 * Learn's tab sets (`div.learn-tabs` of `section.learn-tab`, see src/markdown/remark-learn-tabs.ts) as
 * WAI-ARIA tabs: a tablist of buttons before the panels, one panel shown, arrows/Home/End move between
 * tabs (automatic activation). Without this script every section stays readable, one after another;
 * print CSS shows every panel.
 */
export function startLearnTabs(): void {
  document.querySelectorAll<HTMLElement>('.learn-tabs').forEach((set, setIndex) => {
    const panels = [...set.querySelectorAll<HTMLElement>(':scope > .learn-tab')];
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
    const select = (chosen: number, focus: boolean) => {
      tabs.forEach((tab, index) => {
        const selected = index === chosen;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
        panels[index]?.toggleAttribute('hidden', !selected);
      });
      if (focus) tabs[chosen]?.focus();
    };
    tablist.addEventListener('click', (event) => {
      const index = tabs.indexOf(event.target as HTMLButtonElement);
      if (index !== -1) select(index, false);
    });
    tablist.addEventListener('keydown', (event) => {
      const current = tabs.indexOf(document.activeElement as HTMLButtonElement);
      const last = tabs.length - 1;
      const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
      if (next === undefined || current === -1) return;
      event.preventDefault();
      select((next + tabs.length) % tabs.length, true);
    });
    set.prepend(tablist);
    set.classList.add('learn-tabs-ready');
    select(0, false);
  });
}
