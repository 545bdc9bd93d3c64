/**
 * One build of the site with a few additions that touch nothing of each other, shared by the build tests that
 * each read their own (built once per process, at the first use): an include beside privacy.mdx
 * (tests/build/import-leftovers.test.ts), a link to a host added to the allowlist (link-check.test.ts), pages
 * named like text files (precompress.test.ts) and pages named g, i and t, the last build stale-dist.test.ts
 * deletes them from. Each test asserts its own part; a build that fails prints its output in every one of them.
 */
import { readFileSync } from 'node:fs';
import { buildWith, type BuildResult } from './build-fixture.ts';

const privacy = readFileSync(new URL('../../content/privacy.mdx', import.meta.url), 'utf8');
const hosts = readFileSync(new URL('../../src/data/outbound-hosts.json', import.meta.url), 'utf8');

/** A link to a host the allowlist gains below, a line of privacy.mdx (link-check). */
export const NEW_HOST_LINK = 'See [Example docs](https://docs.example.com/guide).';

/** An include beside privacy.mdx, with an alert, named on a line of it (import-leftovers). */
const INCLUDE = '[!INCLUDE [Shared](includes/shared-note.md)]';

/** src/data/outbound-hosts.json with docs.example.com added, one line (link-check). */
export const ALLOWED_HOSTS = hosts.replace(
  '"creativecommons.org": "Licence",',
  '"creativecommons.org": "Licence",\n  "docs.example.com": "Example docs",',
);

/** Page names that end like a text file's (precompress): each built as content/<name>.md, at dist/<name>/. */
export const FILE_NAMES = [
  'guide.json',
  'rss.xml',
  'notes.txt',
  'app.js',
  'theme.css',
  'guide.html',
  'diagram.svg',
];

/** A page named like a file, with text long enough to be compressed. */
const fileNamedPage = (name: string, order: number) =>
  `---\ntitle: Page ${name}\ndescription: A page named like a file.\norder: ${order}\nupdated: 2024-05-31\nauthor: tester\n---\n\nThe text of ${name}, ${'long enough to be worth compressing. '.repeat(40)}\n`;

/** Pages named like the entries Astro 7.3 kept when it emptied dist/ (stale-dist), each at content/<name>.mdx. */
export const KEPT_NAMES = ['g', 'i', 't'];

/** A page named `name`, with a word found nowhere else (Zorblax<name>). */
const keptNamePage = (name: string, order: number) =>
  [
    '---',
    `title: Page ${name}`,
    `description: A page that is deleted after one build.`,
    `order: ${String(order)}`,
    'updated: 2024-05-31',
    'author: siosulli',
    '---',
    '',
    `Zorblax${name} is a word of this page only.`,
    '',
  ].join('\n');

/** The files the site changes or adds (path → text), as buildWith takes them. */
export const ENGLISH_FILES: Record<string, string> = {
  'content/privacy.mdx': `${privacy.trimEnd()}\n\n${NEW_HOST_LINK}\n\n${INCLUDE}\n`,
  'content/includes/shared-note.md': '> [!IMPORTANT]\n> Shared words from an include file.\n',
  'src/data/outbound-hosts.json': ALLOWED_HOSTS,
  ...Object.fromEntries(
    FILE_NAMES.map((name, index) => [`content/${name}.md`, fileNamedPage(name, 80 + index)]),
  ),
  ...Object.fromEntries(
    KEPT_NAMES.map((name, index) => [`content/${name}.mdx`, keptNamePage(name, 90 + index)]),
  ),
};

let site: Promise<BuildResult> | undefined;

/** The site with every addition above, built at the first call; later calls share its build. */
export function englishSite(): Promise<BuildResult> {
  site ??= buildWith(ENGLISH_FILES, { read: ['dist/privacy/index.html', 'dist/links/index.html'] });
  return site;
}
