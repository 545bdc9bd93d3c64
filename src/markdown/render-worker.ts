/**
 * A render worker thread (see render-pool.ts): builds the site's Markdown processor once, then renders each
 * page it is sent as Astro's Markdown entry type does, and posts the result or the error back.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { RenderReply, RenderRequest, RenderShared } from './render-pool.ts';
import { skipUnusedMarkdownImports } from './render-worker-imports.ts';

const { root, shared } = workerData as { root: string; shared: RenderShared };
// Before the pipeline, which loads Astro's Markdown package, is imported.
skipUnusedMarkdownImports(shared.syntaxHighlight);
const { markdownProcessor } = await import('./pipeline.ts');
const renderer = await markdownProcessor(new URL(root)).createRenderer(shared);

parentPort?.on('message', (request: RenderRequest) => {
  const reply = (message: RenderReply) => parentPort?.postMessage(message);
  renderer
    .render(request.body, {
      frontmatter: request.data,
      ...(request.filePath === undefined ? {} : { fileURL: pathToFileURL(request.filePath) }),
    })
    .then(
      ({ code, metadata }) => {
        reply({
          id: request.id,
          rendered: {
            html: code,
            metadata: {
              ...metadata,
              imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
            },
          },
        });
      },
      (error: unknown) => {
        reply({ id: request.id, error: error instanceof Error ? error.message : String(error) });
      },
    );
});
