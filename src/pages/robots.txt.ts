import type { APIRoute } from 'astro';
import { SITE_URL } from '../consts.ts';

/** Every page may be crawled; the sitemap (written by @astrojs/sitemap) lists them for SITE_URL. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', SITE_URL).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
