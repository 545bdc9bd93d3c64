/**
 * Post-build stage: the search vocabulary (the index's words, most frequent first, for typo correction),
 * counted from the text Pagefind indexes on each page as pass one parses it, and written as
 * `pagefind/vocabulary.json`, which the search UI fetches on intent. Only the word counts are kept.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { VOCABULARY_PATH, WordCounter } from '../../search/vocabulary.ts';
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

/** What the vocabulary stage gathers from pages: how often each word occurs (WordCounter.counts), and how many pages it counted. */
export interface GatheredWords {
  counts: [string, number][];
  pages: number;
}

export function vocabularyStage(): Stage<GatheredWords> {
  let counter = new WordCounter();
  let pages = 0;
  return {
    name: 'vocabulary',
    failure: 'The search vocabulary could not be made',
    inspect: ({ tree }) => {
      const text = indexedText(tree);
      if (text !== '') {
        counter.add(text);
        pages++;
      }
      return [];
    },
    gathered: () => ({ counts: counter.counts(), pages }),
    merge: (parts) => {
      counter = new WordCounter();
      for (const part of parts) counter.merge(part.counts);
      pages = parts.reduce((sum, part) => sum + part.pages, 0);
    },
    finish: (site) => {
      const path = join(site, VOCABULARY_PATH);
      mkdirSync(join(path, '..'), { recursive: true });
      const words = counter.words();
      writeFileSync(path, JSON.stringify(words));
      return `search vocabulary: ${words.length} words of ${pages} indexed pages`;
    },
  };
}
