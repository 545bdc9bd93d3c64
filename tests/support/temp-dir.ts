/**
 * Temporary folders for tests, removed when the process exits: a test that fails before its own clean-up, or
 * one whose folder something still writes into after it ends, leaves nothing in the system's temporary folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A folder a test made unreadable stays; the process's own exit code must not change for it.
    }
  }
});

/** A new empty folder in the system's temporary folder, named `prefix` and six random characters. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * A project in a new temporary folder, named `prefix`, with an empty content/includes/: for the tests of
 * what a page's includes bring in at build. `write` puts a file in its content/.
 */
export function includeProject(prefix: string) {
  const project = tempDir(prefix);
  const content = join(project, 'content');
  mkdirSync(join(content, 'includes'), { recursive: true });
  return {
    project,
    content,
    root: pathToFileURL(`${project}/`),
    pagePath: join(content, 'page.mdx'),
    write: (name: string, text: string) => {
      writeFileSync(join(content, name), text);
    },
  };
}

/**
 * A site for the import to write into, in a new temporary folder named `prefix`: its home page alone,
 * content/index.mdx, labelled "Overview" in the sidebar as the project's is.
 */
export function siteWithHome(prefix: string): string {
  const site = tempDir(prefix);
  mkdirSync(join(site, 'content'));
  writeFileSync(
    join(site, 'content/index.mdx'),
    '---\ntitle: The site\nsidebarLabel: Overview\ndescription: The home page.\norder: 1\nupdated: 2024-01-02\nauthor: a\n---\n\nHome.\n',
  );
  return site;
}
