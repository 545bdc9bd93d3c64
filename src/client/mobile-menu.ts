/** The mobile menu's button: toggles aria-expanded (CSS shows the list), Esc inside the menu closes it. */
export function startMobileMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('.menu-button');
  const menu = button?.parentElement;
  if (!button || !menu) return;

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  button.addEventListener('click', () => {
    button.setAttribute('aria-expanded', String(!isOpen()));
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  });
}
