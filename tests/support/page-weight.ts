/** What a built page costs a reader: its HTML and every file it loads before idle, gzipped. */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** The most JavaScript a page may run at load, gzipped (README "Performance"). */
export const JS_BUDGET = 2 * 1024;

export interface Asset {
  /** A URL path (`/_astro/x.css`) or `inline script #n`. */
  name: string;
  kind: 'html' | 'css' | 'js' | 'image' | 'font';
  /** Needed before first paint: the HTML, stylesheets, classic scripts in <head> without async/defer. */
  renderBlocking: boolean;
  gzipBytes: number;
}

export interface PageWeight {
  page: string;
  assets: Asset[];
  /** HTML plus render-blocking CSS and JS. */
  firstPaintBytes: number;
  /** Everything loaded until idle. */
  totalBytes: number;
  /** JavaScript executed at load, inline and external. */
  jsBytes: number;
}

const gzip = (content: string | Buffer): number => gzipSync(content).length;

/** Static imports of an ES module (`import"./a.js"`, `from "./b.js"`): loaded with it. Dynamic import() is not. */
function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"()]*?\sfrom\s*)?["']([^"']+)["']/g)].map(
    (match) => match[1] ?? '',
  );
}

/** Weighs the page at `pagePath` (`/`, `/privacy/`, `/404.html`) in `dist`, following its stylesheets and scripts. */
export function weighPage(dist: string, pagePath: string): PageWeight {
  const file = (urlPath: string) => `${dist}${urlPath.split(/[?#]/)[0]}`;
  const html = readFileSync(file(pagePath.endsWith('.html') ? pagePath : `${pagePath}index.html`), 'utf8');
  const assets: Asset[] = [{ name: pagePath, kind: 'html', renderBlocking: true, gzipBytes: gzip(html) }];
  const seen = new Set<string>();

  const addFile = (url: string, kind: Asset['kind'], renderBlocking: boolean, base = pagePath) => {
    const path = new URL(url, `http://site${base}`).pathname;
    if (seen.has(path)) return;
    seen.add(path);
    if (!existsSync(file(path))) throw new Error(`${pagePath} loads ${path}, which is not in ${dist}`);
    const content = readFileSync(file(path));
    assets.push({ name: path, kind, renderBlocking, gzipBytes: gzip(content) });
    if (kind === 'js')
      for (const imported of staticImports(content.toString())) addFile(imported, 'js', renderBlocking, path);
    if (kind === 'css' && /@font-face/.test(content.toString()))
      assets.push({ name: `${path} @font-face`, kind: 'font', renderBlocking: true, gzipBytes: 0 });
  };

  let inline = 0;
  let inHead = true;
  visit(fromHtml(html), 'element', (node: Element) => {
    const attr = (name: string) => node.properties[name];
    if (node.tagName === 'body') inHead = false;
    if (node.tagName === 'link') {
      const rel = String(attr('rel') ?? '');
      const href = attr('href');
      if (typeof href !== 'string') return;
      if (rel === 'stylesheet' && attr('media') !== 'print') addFile(href, 'css', true);
      if (rel === 'modulepreload') addFile(href, 'js', false);
    } else if (node.tagName === 'script' && attr('type') !== 'application/ld+json') {
      const src = attr('src');
      const blocking =
        inHead && attr('type') !== 'module' && attr('async') === undefined && attr('defer') === undefined;
      if (typeof src === 'string') addFile(src, 'js', blocking);
      else {
        const body = toString(node);
        assets.push({
          name: `inline script #${++inline}`,
          kind: 'js',
          renderBlocking: blocking,
          gzipBytes: gzip(body),
        });
        if (attr('type') === 'module')
          for (const imported of staticImports(body)) addFile(imported, 'js', false);
      }
    } else if (node.tagName === 'img' && typeof attr('src') === 'string') {
      addFile(String(attr('src')), 'image', false);
    }
  });

  const sum = (list: Asset[]) => list.reduce((total, asset) => total + asset.gzipBytes, 0);
  return {
    page: pagePath,
    assets,
    firstPaintBytes: sum(assets.filter((asset) => asset.renderBlocking)),
    totalBytes: sum(assets),
    jsBytes: sum(assets.filter((asset) => asset.kind === 'js')),
  };
}
