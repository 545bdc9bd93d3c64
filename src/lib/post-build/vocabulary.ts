/**
 * Post-build stage: the search vocabulary (the index's words, most frequent first, for typo correction),
 * counted from the text Pagefind indexes on each page as pass one parses it, and written as
 * `pagefind/vocabulary.json`, which the search UI fetches on intent. Only the word counts are kept.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { AcronymCounter } from '../../search/acronyms.ts';
import { VOCABULARY_PATH, WordCounter, type VocabularyFile } from '../../search/vocabulary.ts';
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
 * What the vocabulary stage gathers from pages: how often each word occurs (WordCounter.counts), each
 * acronym is defined (AcronymCounter.counts), and how many pages it counted.
 */
export interface GatheredWords {
  counts: [string, number][];
  acronyms: [string, number][];
  pages: number;
}

/** The vocabulary file of the indexed texts: their words and the acronyms they define (the dev server's). */
export function buildVocabularyFile(texts: Iterable<string>): VocabularyFile {
  const words = new WordCounter();
  const acronyms = new AcronymCounter();
  for (const text of texts) {
    words.add(text);
    acronyms.add(text);
  }
  return { words: words.words(), acronyms: acronyms.pairs() };
}

export function vocabularyStage(): Stage<GatheredWords> {
  let words = new WordCounter();
  let acronyms = new AcronymCounter();
  let pages = 0;
  return {
    name: 'vocabulary',
    failure: 'The search vocabulary could not be made',
    inspect: ({ tree }) => {
      const text = indexedText(tree);
      if (text !== '') {
        words.add(text);
        acronyms.add(text);
        pages++;
      }
      return [];
    },
    gathered: () => ({ counts: words.counts(), acronyms: acronyms.counts(), pages }),
    merge: (parts) => {
      words = new WordCounter();
      acronyms = new AcronymCounter();
      for (const part of parts) {
        words.merge(part.counts);
        acronyms.merge(part.acronyms);
      }
      pages = parts.reduce((sum, part) => sum + part.pages, 0);
    },
    finish: (site) => {
      const path = join(site, VOCABULARY_PATH);
      mkdirSync(join(path, '..'), { recursive: true });
      const file: VocabularyFile = { words: words.words(), acronyms: acronyms.pairs() };
      writeFileSync(path, JSON.stringify(file));
      return `search vocabulary: ${file.words.length} words and ${file.acronyms.length} acronyms of ${pages} indexed pages`;
    },
  };
}
