/**
 * Markdown to HTML for unit tests, through what ships: the MDX compiler Astro's MDX integration uses
 * (@mdx-js/mdx) and the site's own plugin list (src/markdown/pipeline.ts), in the same order.
 */
import { rehypeHeadingIds as astroHeadings } from '@astrojs/markdown-remark';
import { compile } from '@mdx-js/mdx';
import type { MarkdownHeading } from 'astro';
import type { Element, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import type { PageLinkRecord } from '../../src/markdown/rehype-link-check.ts';

export interface RenderOptions {
  /** The page's own path (includes resolve from it). */
  path?: string;
  /** The project folder holding content/ and public/ (images are looked up in its public/). */
  root?: URL;
  /** Slugs of the site's pages, for links between them. */
  sitePages?: string[];
}

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** An HTML element written as JSX in MDX (`<a id="x">`), as the element Astro renders for it. */
function toElement(node: JsxElement): Element {
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value !== 'object') {
      properties[attribute.name] = attribute.value ?? '';
    }
  }
  return { type: 'element', tagName: node.name ?? 'div', properties, children: node.children };
}

/** Last rehype step: keeps the finished tree (before MDX turns it into JavaScript) on the file. */
function rehypeKeepTree() {
  return (tree: Root, file: VFile) => {
    file.data['hast'] = structuredClone(tree);
  };
}

/**
 * The error `astro build` stops with on `markdown` (the pipeline strict, as the build runs it), or '' when
 * it compiles: for content rules where the build itself is not what is tested.
 */
export async function buildError(
  markdown: string,
  path: string,
  root: URL,
  sitePages: string[],
): Promise<string> {
  const pipeline = markdownPipeline({ root, sitePages, strictLinks: true });
  try {
    await compile(new VFile({ path, value: markdown }), pipeline);
    return '';
  } catch (error) {
    return String(error);
  }
}

/** The HTML the site makes of `markdown`; link problems are warnings, as in `astro dev`. */
export async function renderLearn(markdown: string, options: RenderOptions = {}): Promise<string> {
  const root = options.root ?? new URL('file:///nonexistent-project/');
  const file = new VFile({ path: options.path ?? '/site/content/page.mdx', value: markdown });
  const pipeline = markdownPipeline({ root, sitePages: options.sitePages ?? ['page'], strictLinks: false });
  await compile(file, {
    remarkPlugins: pipeline.remarkPlugins,
    rehypePlugins: [...pipeline.rehypePlugins, rehypeKeepTree],
  });
  const tree = file.data['hast'] as Root;
  visit(tree, (node, index, parent) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      parent &&
      index !== undefined
    ) {
      parent.children[index] = toElement(node);
      // Visited again as the element it now is, so the JSX elements inside it (<li> in <ul>) are converted too.
      return index;
    }
    return undefined;
  });
  return toHtml(tree, { allowDangerousHtml: true });
}

/**
 * What a page of `markdown` gives its headings, through the site's pipeline and then Astro's own heading
 * collector (as the MDX integration runs it): the headings "On this page" is built from, the ids the
 * link check records as targets, and the page's remarkPluginFrontmatter.
 */
export async function headingIdsOf(
  markdown: string,
): Promise<{ headings: MarkdownHeading[]; targets: string[]; frontmatter: Record<string, unknown> }> {
  const root = new URL('file:///nonexistent-project/');
  const pipeline = markdownPipeline({ root, sitePages: ['page'], strictLinks: false });
  const file = new VFile({ path: '/nonexistent-project/content/page.mdx', value: markdown });
  await compile(file, {
    remarkPlugins: pipeline.remarkPlugins,
    rehypePlugins: [...pipeline.rehypePlugins, astroHeadings],
  });
  const astro = file.data['astro'] as {
    headings: MarkdownHeading[];
    frontmatter: { linkCheck: PageLinkRecord };
  };
  return {
    headings: astro.headings,
    targets: astro.frontmatter.linkCheck.headingIds,
    frontmatter: astro.frontmatter,
  };
}
