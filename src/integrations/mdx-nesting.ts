/**
 * `.mdx` pages nested thousands deep (its parser's recursion overflows the stack on them, with no word of
 * why) or larger than the site builds fail with their line before MDX parses them: the check `.md` pages
 * get before rendering (src/markdown/remark-nesting-limit.ts, `sourceProblem`), as a Vite step ahead of
 * @astrojs/mdx's.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { sourceProblem } from '../markdown/remark-nesting-limit.ts';

export function mdxNestingLimit(): AstroIntegration {
  const plugin: Plugin = {
    name: 'mdx-nesting-limit',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (!path.endsWith('.mdx')) return;
      const problem = sourceProblem(code);
      if (problem) this.error({ message: `${path}:${String(problem.line)}:1: ${problem.message}`, id: path });
    },
  };
  return {
    name: 'mdx-nesting-limit',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
