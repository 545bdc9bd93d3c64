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

/** A copy of `node` without its `data-pagefind-ignore` parts; `node` itself is left as it is. */
function withoutIgnored<T extends Root | Element>(node: T): T {
  const children = node.children
    .filter((child) => !(child.type === 'element' && child.properties['dataPagefindIgnore'] !== undefined))
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
 * What the vocabulary stage gathers from pages: how many pages hold each word (WordCounter.counts), each
 * acronym is defined (AcronymCounter.counts), and how many pages it counted.
 */
export interface GatheredWords {
  counts: [string, number][];
  acronyms: [string, number][];
  pages: number;
}

/** The indexed texts' words and the acronyms they define, counted a page at a time; what a shard posts. */
class VocabularyCounter {
  readonly #words = new WordCounter();
  readonly #acronyms = new AcronymCounter();
  #pages = 0;

  /** Counts one page's indexed text. */
  add(text: string): void {
    this.#words.add(text);
    this.#acronyms.add(text);
    this.#pages++;
  }

  gathered(): GatheredWords {
    return { counts: this.#words.counts(), acronyms: this.#acronyms.counts(), pages: this.#pages };
  }

  merge(part: GatheredWords): void {
    this.#words.merge(part.counts);
    this.#acronyms.merge(part.acronyms);
    this.#pages += part.pages;
  }

  get pages(): number {
    return this.#pages;
  }

  file(): VocabularyFile {
    return {
      words: this.#words.words(),
      acronyms: this.#acronyms.pairs(),
      complete: this.#words.size <= MAX_VOCABULARY_WORDS,
    };
  }
}

/** The vocabulary file of the indexed texts: their words and the acronyms they define (the dev server's). */
export function buildVocabularyFile(texts: Iterable<string>): VocabularyFile {
  const counter = new VocabularyCounter();
  for (const text of texts) counter.add(text);
  return counter.file();
}

export function vocabularyStage(): Stage<GatheredWords> {
  let counter = new VocabularyCounter();
  return {
    name: 'vocabulary',
    failure: 'The search vocabulary could not be made',
    inspect: ({ tree }) => {
      const text = indexedText(tree);
      if (text !== '') counter.add(text);
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
