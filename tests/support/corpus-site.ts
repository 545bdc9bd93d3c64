// STAND-IN (search branch): the import helper's corpus-site.ts replaces this file at merge; same path and signature.
/**
 * The Defender for Business corpus (../shared/corpus/defender-business) imported into a throw-away copy
 * of the project and built once; the built dist/ is cached until the project's code or the corpus changes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS_DIR = join(ROOT, '../shared/corpus/defender-business');
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const CACHE = join(ROOT, 'node_modules/.cache/corpus-site');

/** Every file under `path`, sorted, relative to it. */
function filesUnder(path: string): string[] {
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(join(path, entry)).isFile())
    .sort();
}

/** A hash of what the built corpus depends on: the project's code and the corpus. */
function sourceHash(): string {
  const hash = createHash('sha256');
  for (const entry of [...COPIED, 'scripts/import.ts']) {
    const path = join(ROOT, entry);
    const files = statSync(path).isDirectory() ? filesUnder(path).map((file) => join(path, file)) : [path];
    for (const file of files) hash.update(relative(ROOT, file)).update(readFileSync(file));
  }
  for (const file of filesUnder(CORPUS_DIR)) hash.update(file).update(readFileSync(join(CORPUS_DIR, file)));
  return hash.digest('hex').slice(0, 16);
}

function run(args: string[], cwd: string): void {
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Learn's tab headings (`## [**Mac**](#tab/mac)`) as plain headings, or dropped when the article repeats
 * the same heading right after (the import renders them as headings with a link that goes nowhere).
 */
function untab(markdown: string): string {
  const plain = new Set([...markdown.matchAll(/^#{2,6} (.+)$/gm)].map(([, text]) => text?.trim()));
  return markdown.replace(
    /^(#{2,6}) \[(?:\*\*)?(.+?)(?:\*\*)?\]\(#tab\/[^)]*\)\s*$/gm,
    (_line, level: string, text: string) => (plain.has(text.trim()) ? '' : `${level} ${text}`),
  );
}

/** Learn's `[!VIDEO url]` lines dropped: the site embeds nothing from other origins. */
function dropVideos(markdown: string): string {
  return markdown.replace(/^[ >]*\[!VIDEO [^\]]*\]\s*$/gm, '');
}

/** HTML tags in table cells, often unbalanced in Learn's source, as line breaks or nothing (MDX needs balanced tags). */
function flattenTableCells(markdown: string): string {
  return markdown.replace(/^\|.*$/gm, (row) =>
    // Column alignment (`:---:`) renders as a style attribute, which the site's CSP refuses.
    /^[|:\-\s]+$/.test(row)
      ? row.replaceAll(':', '-')
      : row.replace(/<\/?([a-z]+)[^>|]*>?/gi, (_tag, name: string) =>
          ['br', 'p', 'li'].includes(name.toLowerCase()) ? '<br/>' : '',
        ),
  );
}

/** The corpus articles with Learn includes the corpus lacks written as empty files, in a scratch folder. */
function prepareSource(scratch: string): { dir: string; articles: string[] } {
  const dir = join(scratch, 'source/defender-business');
  cpSync(CORPUS_DIR, dir, { recursive: true });
  // The corpus was copied without the repository's shared includes folder; an empty include keeps the rest.
  mkdirSync(join(scratch, 'source/includes'), { recursive: true });
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
    writeFileSync(
      join(dir, file),
      dropVideos(flattenTableCells(untab(readFileSync(join(dir, file), 'utf8')))),
    );
    for (const [, target] of readFileSync(join(dir, file), 'utf8').matchAll(
      /\[!INCLUDE\s*\[[^\]]*\]\(([^)]+)\)/g,
    )) {
      const path = join(dir, target ?? '');
      if (!existsSync(path)) writeFileSync(path, '\n');
    }
  }
  // SOURCE.md describes the corpus; x.md is a YAML FAQ, not Markdown.
  const articles = readdirSync(dir).filter(
    (name) =>
      name.endsWith('.md') &&
      name !== 'SOURCE.md' &&
      !readFileSync(join(dir, name), 'utf8').startsWith('### YamlMime'),
  );
  return { dir, articles };
}

/** Adds every host the imported pages link to to the copy's outbound allowlist (the corpus links widely). */
function allowCorpusHosts(project: string): void {
  const hosts = new Set<string>();
  for (const file of readdirSync(join(project, 'content'))) {
    for (const [candidate] of readFileSync(join(project, 'content', file), 'utf8').matchAll(
      /https?:\/\/[^\s)"'<>\]]+/g,
    )) {
      try {
        hosts.add(new URL(candidate).hostname);
      } catch {
        // Not a URL after all: nothing to allow.
      }
    }
  }
  const consts = join(project, 'src/consts.ts');
  const marker = 'export const OUTBOUND_HOSTS: Readonly<Record<string, string>> = {';
  const source = readFileSync(consts, 'utf8');
  if (!source.includes(marker))
    throw new Error(`corpus-site: ${consts} no longer declares OUTBOUND_HOSTS as expected.`);
  const lines = [...hosts].map((host) => `  ${JSON.stringify(host)}: 'Corpus link',`).join('\n');
  writeFileSync(consts, source.replace(marker, `${marker}\n${lines}`));
}

let built: Promise<string> | undefined;

/** Imports the corpus into a copy of the project, builds it once and returns the path of its dist/. */
export function corpusDist(): Promise<string> {
  built ??= Promise.resolve().then(() => {
    const stamp = sourceHash();
    const dist = join(CACHE, stamp, 'dist');
    if (existsSync(join(dist, 'pagefind/pagefind.js'))) return dist;
    rmSync(CACHE, { recursive: true, force: true });
    const scratch = join(CACHE, stamp);
    const project = join(scratch, 'project');
    mkdirSync(join(project, 'content'), { recursive: true });
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
    const source = prepareSource(scratch);
    run(
      [join(ROOT, 'scripts/import.ts'), ...source.articles, '--toc', 'TOC.yml', '--root', project],
      source.dir,
    );
    allowCorpusHosts(project);
    run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], project);
    cpSync(join(project, 'dist'), dist, { recursive: true });
    rmSync(project, { recursive: true, force: true });
    return dist;
  });
  return built;
}
