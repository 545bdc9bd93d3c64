/** Markdown to HTML through the site's Learn remark plugins, as the build runs them, for unit tests. */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkLearnAlerts } from '../../src/markdown/remark-learn-alerts.ts';
import { remarkLearnBlocks } from '../../src/markdown/remark-learn-blocks.ts';
import { remarkLearnImages } from '../../src/markdown/remark-learn-images.ts';
import { remarkLearnInclude } from '../../src/markdown/remark-learn-include.ts';

export interface RenderOptions {
  /** The page's own path (includes resolve from it). */
  path?: string;
  /** The public/ folder images are looked up in. */
  publicDir?: string;
}

/** The HTML the site's Markdown pipeline makes of `markdown` (raw HTML kept, as MDX keeps JSX). */
export async function renderLearn(markdown: string, options: RenderOptions = {}): Promise<string> {
  const file = new VFile({ path: options.path ?? '/site/content/page.mdx', value: markdown });
  const html = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkLearnInclude)
    .use(remarkLearnAlerts)
    .use(remarkLearnImages, { publicDir: options.publicDir ?? '/nonexistent-public' })
    .use(remarkLearnBlocks)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(file);
  return String(html);
}
