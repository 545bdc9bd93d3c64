/** The source article (tests/fixtures copy of the Learn Markdown), split the way the site splits it. */
import { readFileSync } from 'node:fs';

export const SOURCE_PATH = new URL('../fixtures/security-privacy-compliance.md', import.meta.url);

export interface SourceSection {
  /** The H1 for the introduction, the H2 text for a section. */
  heading: string;
  /** Sentences and list items, with Markdown links reduced to their text. */
  sentences: string[];
  /** Link targets exactly as written in the source. */
  links: string[];
}

export interface SourceArticle {
  frontMatter: Record<string, string>;
  intro: SourceSection;
  sections: SourceSection[];
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Prose lines into sentences: links become their text, list markers go, sentences split at `. `. */
function toSection(heading: string, lines: string[]): SourceSection {
  const body = lines.filter((line) => line.trim() !== '');
  const links = body.flatMap((line) => [...line.matchAll(LINK)].map((match) => match[2] ?? ''));
  const sentences = body
    .map((line) =>
      line
        .replace(LINK, '$1')
        .replace(/^\s*[-*]\s+/, '')
        .trim(),
    )
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/));
  return { heading, sentences, links };
}

/** Parses the Learn Markdown into front matter, the H1 with its introduction, and its H2 sections. */
export function readSourceArticle(markdown: string = readFileSync(SOURCE_PATH, 'utf8')): SourceArticle {
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  const frontMatter = Object.fromEntries(
    yaml
      .split('\n')
      .map((line) => /^([\w.]+):\s*"?(.*?)"?\s*$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1] ?? '', match[2] ?? '']),
  );
  const blocks = body.split(/^## /m);
  const [introBlock = '', ...sectionBlocks] = blocks;
  const [h1Line = '', ...introLines] = introBlock.trim().split('\n');
  return {
    frontMatter,
    intro: toSection(h1Line.replace(/^#\s+/, ''), introLines),
    sections: sectionBlocks.map((block) => {
      const [heading = '', ...lines] = block.split('\n');
      return toSection(heading.trim(), lines);
    }),
  };
}
