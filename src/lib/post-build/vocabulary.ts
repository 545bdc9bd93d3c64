/**
 * Post-build stage: the search vocabulary (the index's words, those on most pages first, for typo correction),
 * counted from the text Pagefind indexes on each page as pass one parses it, and written as
 * `pagefind/vocabulary.json`, which the search UI fetches on intent. Only the word counts are kept.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { AcronymCounter } from '../../search/acronyms.ts';
import {
  MAX_VOCABULARY_WORDS,
  VOCABULARY_PATH,
  WordCounter,
  type VocabularyFile,
} from '../../search/vocabulary.ts';
import type { Stage } from './stage.ts';
import { SITE_LANG } from '../../consts.ts';
import { isUnseen } from '../unseen.ts';

/**
 * The elements Pagefind leaves out of every page by itself (its parser's REMOVE_SELECTORS, Pagefind 1.x):
 * content may write `<nav>`, `<footer>`, `<label>` and `<svg>`. Counted, their words made the vocabulary
 * hold words no search finds, so a page's `<footer>securty</footer>` kept "securty" from being corrected to
 * "security" (an index word needs none), and the search showed nothing (red team 20).
 */
export const PAGEFIND_REMOVED_TAGS: ReadonlySet<string> = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);

/**
 * A copy of `node` without its `data-pagefind-ignore` parts, what Pagefind leaves out by itself
 * (PAGEFIND_REMOVED_TAGS) and what no reader sees (isUnseen, which Pagefind is told to exclude); `node`
 * itself is left as it is.
 */
function withoutIgnored<T extends Root | Element>(node: T): T {
  const children = node.children
    .filter(
      (child) =>
        !(
          child.type === 'element' &&
          (child.properties['dataPagefindIgnore'] !== undefined ||
            PAGEFIND_REMOVED_TAGS.has(child.tagName) ||
            isUnseen(child))
        ),
    )
    .map((child: RootContent) => (child.type === 'element' ? withoutIgnored(child) : child));
  return { ...node, children };
}

/** The text Pagefind indexes on a page: its `data-pagefind-body` elements, less `data-pagefind-ignore` parts. */
export function indexedText(tree: Root): string {
  const texts: string[] = [];
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.properties['dataPagefindBody'] !== undefined) texts.push(toText(withoutIgnored(child)));
      else visit(child);
    }
  };
  visit(tree);
  return texts.join('\n');
}

/**
 * What the vocabulary stage gathers from pages: how much each word counts (WordCounter.counts, by pages), by the
 * language of the pages' index (LANGUAGE_OF_SITE for the site's), each acronym is defined
 * (AcronymCounter.counts), and how many pages it counted.
 */
export interface GatheredWords {
  counts: [string, [string, number][]][];
  acronyms: [string, number][];
  pages: number;
}

/** The key of the site's language: its words are the file's own `words`. */
const LANGUAGE_OF_SITE = SITE_LANG.toLowerCase();

/**
 * The language of a page's index, as Pagefind names it: its `<html lang>` in lower case (the site's when it
 * has none).
 */
export function pageLanguage(tree: Root): string {
  const html = tree.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'html',
  );
  const lang = html?.properties['lang'];
  return typeof lang === 'string' && lang !== '' ? lang.toLowerCase() : LANGUAGE_OF_SITE;
}

/** The indexed texts' words, by language, and the acronyms they define, counted a page at a time; what a shard posts. */
class VocabularyCounter {
  readonly #words = new Map<string, WordCounter>();
  readonly #acronyms = new AcronymCounter();
  #pages = 0;

  #counter(lang: string): WordCounter {
    let counter = this.#words.get(lang);
    if (!counter) {
      counter = new WordCounter();
      this.#words.set(lang, counter);
    }
    return counter;
  }

  /** Counts one page's indexed text, of a page in `lang` (the language of its index). */
  add(text: string, lang = LANGUAGE_OF_SITE): void {
    this.#counter(lang).add(text);
    this.#acronyms.add(text);
    this.#pages++;
  }

  gathered(): GatheredWords {
    return {
      counts: [...this.#words].map(([lang, counter]) => [lang, counter.counts()]),
      acronyms: this.#acronyms.counts(),
      pages: this.#pages,
    };
  }

  merge(part: GatheredWords): void {
    for (const [lang, counts] of part.counts) this.#counter(lang).merge(counts);
    this.#acronyms.merge(part.acronyms);
    this.#pages += part.pages;
  }

  get pages(): number {
    return this.#pages;
  }

  file(): VocabularyFile {
    const site = this.#words.get(LANGUAGE_OF_SITE) ?? new WordCounter();
    const others = [...this.#words]
      .filter(([lang]) => lang !== LANGUAGE_OF_SITE)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      words: site.words(),
      acronyms: this.#acronyms.pairs(),
      complete: site.size <= MAX_VOCABULARY_WORDS,
      ...(others.length > 0 && {
        languages: Object.fromEntries(
          others.map(([lang, counter]) => [
            lang,
            { words: counter.words(), complete: counter.size <= MAX_VOCABULARY_WORDS },
          ]),
        ),
      }),
    };
  }
}

/**
 * The vocabulary file of the indexed texts, each with the language of its page's index: their words and the
 * acronyms they define (the dev server's).
 */
export function buildVocabularyFile(pages: Iterable<{ text: string; lang?: string }>): VocabularyFile {
  const counter = new VocabularyCounter();
  for (const { text, lang } of pages) counter.add(text, lang);
  return counter.file();
}

export function vocabularyStage(): Stage<GatheredWords> {
  let counter = new VocabularyCounter();
  return {
    name: 'vocabulary',
    failure: 'The search vocabulary could not be made',
    inspect: ({ tree }) => {
      const text = indexedText(tree);
      if (text !== '') counter.add(text, pageLanguage(tree));
      return [];
    },
    gathered: () => counter.gathered(),
    merge: (parts) => {
      counter = new VocabularyCounter();
      for (const part of parts) counter.merge(part);
    },
    finish: (site) => {
      const path = join(site, VOCABULARY_PATH);
      mkdirSync(join(path, '..'), { recursive: true });
      const file = counter.file();
      writeFileSync(path, JSON.stringify(file));
      const words = file.complete ? `${file.words.length} words` : `the ${file.words.length} commonest words`;
      return `search vocabulary: ${words} and ${file.acronyms.length} acronyms of ${counter.pages} indexed pages`;
    },
  };
}
