/**
 * The language of the page a plugin renders, where it is not the site's: the words the plugins add for
 * screen readers are the site's (English), so on such a page they carry `lang={SITE_LANG}` (WCAG 3.1.2).
 */
import type { Element, ElementContent } from 'hast';
import { SITE_LANG } from '../consts.ts';

/** The front matter's `lang` (as Astro hands it to the Markdown and MDX plugins) when it is not SITE_LANG. */
export function otherPageLang(file: { data?: unknown } | undefined): string | undefined {
  const data = file?.data as { astro?: { frontmatter?: { lang?: unknown } } } | undefined;
  const raw = data?.astro?.frontmatter?.lang;
  // Trimmed as the page schema reads it, whose value the layout's <html lang> is.
  const lang = typeof raw === 'string' ? raw.trim() : '';
  return lang !== '' && lang !== SITE_LANG ? lang : undefined;
}

/** A `<span>` of `children` in `lang`. */
export function spanInLang(lang: string, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'span', properties: { lang }, children };
}
