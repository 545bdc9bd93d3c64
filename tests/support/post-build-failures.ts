/**
 * One failing build for the problems the post-build step finds in the built pages (src/integrations/post-build.ts):
 * every stage reads every page and their problems fail the build together, each line naming its page, so the
 * build tests that need such a failure share one build, built once per process at the first use: Learn syntax
 * left unrendered (tests/build/import-leftovers.test.ts, code-snippets.test.ts) and inline code the policy
 * blocks (tests/build/csp.test.ts). Each asserts its own lines; none of these problems stops the others.
 */
import { readFileSync } from 'node:fs';
import { buildWith, type BuildResult } from './build-fixture.ts';

const privacy = readFileSync(new URL('../../content/privacy.mdx', import.meta.url), 'utf8');

/** Learn syntax no plugin renders, added at the end of privacy.mdx, a paragraph each. */
const LEFTOVERS = [
  // A ::: block and an alert marker in a sentence (import-leftovers).
  ':::spoiler title="defender-2024":::',
  'Only for 2024.',
  ':::spoiler-end:::',
  'A stray [!NOTE] in a sentence.',
  // A code snippet left raw (code-snippets).
  '[!code-csharp[Part](snippets/s.cs#Part)]',
];
const content = `${privacy}\n${LEFTOVERS.join('\n\n')}\n`;

/** A page of the site's own with `head` and `body` inside, as a template author might write it. */
const pageWith = (head: string, body = '') =>
  `<html lang="en"><head><meta charset="utf-8" /><title>Test</title>${head}</head><body>${body}</body></html>\n`;

/** Template pages whose inline code the CSP does not allow (csp). */
const TEMPLATES = {
  'src/pages/inline-script.astro': pageWith(
    '<script is:inline>document.documentElement.dataset.theme = "dark";</script>',
  ),
  'src/pages/inline-style.astro': pageWith('', '<p style="color: red">Hi</p>'),
};

/** The line of content/privacy.mdx (1-based) that starts with `start`, in the build below. */
export function privacyLine(start: string): number {
  return content.split('\n').findIndex((line) => line.startsWith(start)) + 1;
}

let build: Promise<BuildResult> | undefined;

/** The build with every problem above, built at the first call; later calls share it. */
export function postBuildFailures(): Promise<BuildResult> {
  build ??= buildWith({ 'content/privacy.mdx': content, ...TEMPLATES });
  return build;
}
