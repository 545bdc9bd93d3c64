/**
 * What changed in a page's text between two versions of its file, in a sentence for the changelog:
 * the title, the description and each section (the text under a heading) compared; other front matter
 * (order, dates, provenance) is not the page's text.
 */
import { markdownLines } from '../learn/syntax.ts';
import { splitFrontMatter } from './front-matter.ts';

interface Section {
  heading: string;
  text: string;
}

/** The body's sections in order: the introduction (heading '') then one per heading, code kept inside. */
function sections(body: string): Section[] {
  const found: Section[] = [{ heading: '', text: '' }];
  for (const { line, code } of markdownLines(body)) {
    const heading = code ? undefined : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading !== undefined) found.push({ heading, text: '' });
    else {
      const current = found.at(-1);
      if (current) current.text += `${line.trim()}\n`;
    }
  }
  return found.map((section) => ({ ...section, text: section.text.trim() }));
}

/** `a`, `a and b`, `a, b and c`. */
function list(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** A page file's front matter and body; a file whose front matter does not parse is all body. */
function readPage(text: string, file: string): { data: Record<string, unknown>; body: string } {
  try {
    return splitFrontMatter(text, file);
  } catch {
    return { data: {}, body: text };
  }
}

const field = (data: Record<string, unknown>, key: string) =>
  typeof data[key] === 'string' ? data[key] : undefined;

/**
 * One sentence saying what changed in the page's text from `before` to `after` (page files with front
 * matter, `file` named in errors), or undefined when a reader would see the same text.
 */
export function describeChange(before: string, after: string, file: string): string | undefined {
  const old = readPage(before, file);
  const now = readPage(after, file);
  const parts: string[] = [];
  const title = field(now.data, 'title');
  if (field(old.data, 'title') !== title) parts.push(`the title (now "${title ?? ''}")`);
  if (field(old.data, 'description') !== field(now.data, 'description')) parts.push('the description');
  const oldSections = sections(old.body);
  const newSections = sections(now.body);
  const name = (heading: string) => (heading === '' ? 'the introduction' : `the section "${heading}"`);
  for (const section of newSections) {
    const was = oldSections.find((other) => other.heading === section.heading);
    if (was === undefined) parts.push(`${name(section.heading)} (new)`);
    else if (was.text !== section.text) parts.push(name(section.heading));
  }
  for (const section of oldSections)
    if (!newSections.some((other) => other.heading === section.heading))
      parts.push(`${name(section.heading)} (removed)`);
  return parts.length === 0 ? undefined : `Changed ${list(parts)}.`;
}
