/** The URL paths of every HTML page in a built site (`/`, `/privacy/`, `/404.html`…), Pagefind's excluded. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function listDistPages(dist: URL | string): string[] {
  const root = typeof dist === 'string' ? dist : fileURLToPath(dist);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => `/${file}`.replace(/index\.html$/, ''))
    .sort();
}
