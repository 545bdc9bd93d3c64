/** Learn front matter (`title`, `description`, `ms.date`, `author`, `ms.*`…) mapped to this site's page schema. */
import { parse } from 'yaml';

/** Front matter of a page of this site, as src/content.config.ts validates it. */
export interface PageFrontMatter {
  title: string;
  sidebarLabel?: string;
  /** The sidebar group, from the TOC node the page is listed under. */
  group?: string;
  description: string;
  order: number;
  /** `YYYY-MM-DD`. */
  updated: string;
  author: string;
}

export interface LearnFrontMatter {
  title: string;
  description: string;
  updated: string;
  author: string;
  /** Keys the site's schema has no field for (`ms.topic`, `manager`…): dropped, listed for the report. */
  dropped: string[];
}

/** Splits `---\nyaml\n---\nbody` into its YAML object and body. */
export function splitFrontMatter(
  markdown: string,
  file: string,
): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!match) return { data: {}, body: markdown };
  let data: unknown;
  try {
    data = parse(match[1] ?? '') ?? {};
  } catch (error) {
    throw new Error(`${file}: its front matter is not valid YAML: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(`${file}: its front matter is not a YAML mapping.`);
  return { data: data as Record<string, unknown>, body: markdown.slice(match[0].length) };
}

/** A YAML scalar as text: nothing for a missing value, JSON for a list or mapping (which no field expects). */
function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value);
}

/** `05/31/2024` (Learn's `ms.date`) as `2024-05-31`; also accepts `2024-05-31`. */
export function learnDate(value: unknown, file: string): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : scalarText(value).trim();
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = us ? `${us[3]}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}` : text;
  const date = new Date(`${iso}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(iso) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== iso
  ) {
    throw new Error(
      `${file}: front-matter field "ms.date" is ${JSON.stringify(text)}: it must be a date as MM/DD/YYYY.`,
    );
  }
  return iso;
}

const MAPPED = new Set(['title', 'description', 'ms.date', 'author']);

/** The fields this site keeps; a missing one is an error naming the file and the field. */
export function mapLearnFrontMatter(data: Record<string, unknown>, file: string): LearnFrontMatter {
  const required = (key: string): string => {
    const value = data[key];
    if (scalarText(value).trim() === '') {
      throw new Error(
        `${file}: front-matter field "${key}" is missing: Learn articles carry it, and the site needs it.`,
      );
    }
    return scalarText(value).trim();
  };
  return {
    title: required('title'),
    description: required('description'),
    updated: learnDate(required('ms.date'), file),
    author: required('author'),
    dropped: Object.keys(data).filter((key) => !MAPPED.has(key)),
  };
}

/** YAML front matter for a page file; strings JSON-quoted (valid YAML), the date bare so it reads as a date. */
export function renderFrontMatter(page: PageFrontMatter): string {
  const lines = [
    `title: ${JSON.stringify(page.title)}`,
    ...(page.sidebarLabel !== undefined ? [`sidebarLabel: ${JSON.stringify(page.sidebarLabel)}`] : []),
    ...(page.group !== undefined ? [`group: ${JSON.stringify(page.group)}`] : []),
    `description: ${JSON.stringify(page.description)}`,
    `order: ${page.order}`,
    `updated: ${page.updated}`,
    `author: ${JSON.stringify(page.author)}`,
  ];
  return `---\n${lines.join('\n')}\n---\n`;
}
