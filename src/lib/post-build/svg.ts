/**
 * Post-build stage: every SVG the site publishes (public/'s, and the images Astro copied to _astro/) runs
 * nothing and refers to nothing on another origin (svg-safety.ts). Opened by itself, an SVG is a document
 * of the site; on a host that ignores `_headers` no Content-Security-Policy stops its script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { svgFileProblems } from '../svg-safety.ts';
import { listSiteFiles, type Stage } from './stage.ts';

/** Files a host serves as image/svg+xml, by extension (any case; `.svgz` gzipped). */
const SVG_FILE = /\.svgz?$/i;

/** The SVG files of the built site `site`, relative to it with `/` separators, in a stable order. */
export function listSvgFiles(site: string): string[] {
  return listSiteFiles(site).filter((file) => SVG_FILE.test(file));
}

/** What is wrong with the SVG `file` of `site`, each problem naming it (and its public/ source, if any). */
function problemsOf(site: string, file: string, publicDir: string): string[] {
  const bytes = readFileSync(join(site, file));
  let text: Uint8Array;
  try {
    text = file.toLowerCase().endsWith('.svgz') ? gunzipSync(bytes) : bytes;
  } catch {
    return [`dist/${file}: not gzip, as its .svgz name says`];
  }
  const source = existsSync(join(publicDir, file)) ? ` (public/${file})` : '';
  return svgFileProblems(text).map((problem) => `dist/${file}${source}: ${problem}`);
}

/**
 * The stage over the built site `site`; `publicDir`, public/, names where a published SVG comes from.
 * It reads no page: it settles once, over the site's files.
 */
export function svgStage(site: string, publicDir = join(process.cwd(), 'public')): Stage {
  return {
    name: 'svg',
    failure:
      'An SVG the site publishes could run script or load another site when opened by itself (remove what is named from the file, re-export it as a plain drawing, or use a PNG)',
    settle: () => listSvgFiles(site).flatMap((file) => problemsOf(site, file, publicDir)),
  };
}
