/**
 * Heading ids as Learn makes them, where rehype-slug's differ. Learn's Markdown engine lower-cases a
 * heading's text a character at a time (.NET's ToLowerInvariant: each character's simple case mapping),
 * rehype-slug (github-slugger) the whole text at once (JavaScript's toLowerCase: full case mapping, in
 * context). They differ on İ, which JavaScript makes i and a combining dot above (`## İlgili içerik` was
 * `#i̇lgili-içerik`, where Learn's and its authors' links say `#ilgili-içerik`), and on Σ ending a word (ς
 * in context, σ alone). The import names sections and checks anchors with the same function (split.ts).
 * A heading whose text makes no slug (only an emoji, `## :x:` or `## ❌`, or punctuation) is `#section`, then
 * `#section-1`…, as Learn's markdig names it: rehype-slug gave it `id=""`, which is no id (invalid HTML), so
 * it had no "#" link and no entry in "On this page".
 */
import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from '../lib/tree-visit.ts';

/**
 * `text` lower-cased as Learn lower-cases a heading: each character alone, by its simple mapping. Only İ
 * (U+0130) has a lower case of more than one character (i and U+0307); its simple mapping is the first, i.
 */
export function learnLowerCase(text: string): string {
  return Array.from(text, (character) =>
    String.fromCodePoint(character.toLowerCase().codePointAt(0) ?? 0),
  ).join('');
}

/**
 * A heading's id as Learn gives it, from its text: github-slugger's slug of Learn's lower case. With the
 * page's `slugger`, a name repeated on the page gets the next suffix (`-1`, `-2`…), as rehype-slug gives it.
 */
export function learnHeadingSlug(text: string, slugger?: GithubSlugger): string {
  const lower = learnLowerCase(text);
  return slugger ? slugger.slug(lower, true) : githubSlug(lower, true);
}

/** The id of a heading whose text makes no slug, as markdig's AutoIdentifierExtension names it. */
const EMPTY_HEADING_ID = 'section';

/**
 * A heading's id on the built page: learnHeadingSlug, or EMPTY_HEADING_ID (with the page's next suffix) when
 * its text makes none.
 */
export function learnHeadingId(text: string, slugger: GithubSlugger): string {
  const lower = learnLowerCase(text);
  return slugger.slug(githubSlug(lower, true) === '' ? EMPTY_HEADING_ID : lower, true);
}

/** Whether `id` is one rehype-slug gives a heading of `text`: its slug, or that with a suffix (`-1`). */
function isSlugOf(id: string, text: string): boolean {
  const slug = githubSlug(text);
  return id === slug || (id.startsWith(`${slug}-`) && /^\d+$/.test(id.slice(slug.length + 1)));
}

/**
 * The headings whose id is made from their text (rehype-slug's, made again here): the ids that give way to
 * any other element's (rehype-reserved-ids.ts). An id written in content, or a tab label's, is not one.
 */
export const TEXT_IDS = new WeakSet<Element>();

/**
 * Rehype plugin, right after rehype-slug: the ids it gave the page's headings are made again, in page order,
 * by learnHeadingId (the same ids but where Learn lower-cases otherwise, and for a heading of no slug). An id written in the content
 * (`<h2 id="x">`) is left as it is, as rehype-slug leaves it.
 */
export function rehypeLearnHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (element: Element) => {
      const id = element.properties['id'];
      if (headingRank(element) === undefined || typeof id !== 'string') return;
      const text = toString(element);
      if (!isSlugOf(id, text)) return;
      element.properties['id'] = learnHeadingId(text, slugger);
      TEXT_IDS.add(element);
    });
  };
}
