/**
 * Learn's dependent repositories: a repository's `.openpublishing.publish.config.json` lists, under
 * `dependent_repositories`, other repositories Learn's build clones into its folder before building
 * (`{ "path_to_root": "microsoft-graph", "url": "https://github.com/MicrosoftGraph/microsoft-graph-docs" }`),
 * whose includes and code files its pages use (`~/../microsoft-graph/…`, `~/reusable-content/…`). A copy
 * of the repository alone lacks them. Pure: the import reads the file and rewrites its notes.
 */
import { posix } from 'node:path';
import type { ImportNote } from './convert.ts';

/** The file Learn's build reads a repository's publishing settings from, at its root. */
export const PUBLISH_CONFIG_FILE = '.openpublishing.publish.config.json';

/** A repository Learn's build clones at `folder` (from the repository's root, `/`-separated). */
export interface DependentRepository {
  folder: string;
  /** `owner/name` for a github.com URL, else the URL as written. */
  repository: string;
  branch?: string;
}

/** The repository a `url` names: `owner/name` on github.com (WHATWG URL, `.git` dropped), else the URL itself. */
function repositoryName(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const [owner, name] = parsed.pathname.split('/').filter((part) => part !== '');
  return parsed.hostname.toLowerCase() === 'github.com' && owner && name
    ? `${owner}/${name.replace(/\.git$/i, '')}`
    : url;
}

/**
 * The dependent repositories `text` (the JSON of PUBLISH_CONFIG_FILE) lists: entries with a `url` and a
 * `path_to_root` inside the repository (no `..`, not absolute). None when it is not JSON or lists none.
 */
export function parseDependentRepositories(text: string): DependentRepository[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const list = (data as { dependent_repositories?: unknown } | null)?.dependent_repositories;
  if (!Array.isArray(list)) return [];
  return (list as unknown[]).flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { path_to_root: root, url, branch } = entry as Record<string, unknown>;
    if (typeof root !== 'string' || typeof url !== 'string' || url.trim() === '') return [];
    const folder = posix.normalize(root.replaceAll('\\', '/')).replace(/\/+$/, '');
    if (folder === '.' || folder.startsWith('/') || folder.split('/').includes('..')) return [];
    return [
      {
        folder,
        repository: repositoryName(url.trim()),
        ...(typeof branch === 'string' && branch.trim() !== '' ? { branch: branch.trim() } : {}),
      },
    ];
  });
}

/**
 * The repository address and branch `text` (the JSON of PUBLISH_CONFIG_FILE) names as the repository's own
 * (`git_repository_url_open_to_public_contributors`, where Learn's "Edit" link goes), or undefined when it names
 * none or is not JSON.
 */
export function publishedRepository(text: string): { url: string; branch?: string } | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const {
    git_repository_url_open_to_public_contributors: url,
    git_repository_branch_open_to_public_contributors: branch,
  } = data as Record<string, unknown>;
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  return {
    url: url.trim(),
    ...(typeof branch === 'string' && branch.trim() !== '' ? { branch: branch.trim() } : {}),
  };
}

/**
 * Where and why `text` (the JSON of PUBLISH_CONFIG_FILE) is not JSON (azure-databases-docs writes
 * `"need_pr_comments", true,`), or undefined when it is: its line from the parser's position, else 1.
 */
export function publishConfigProblem(text: string): { line: number; problem: string } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const problem = (error as Error).message;
    const at = /at position (\d+)/.exec(problem)?.[1];
    return { line: at === undefined ? 1 : text.slice(0, Number(at)).split('\n').length, problem };
  }
}

/** The dependent repository whose folder holds `path` (from the repository's root, `/`), the deepest first. */
export function dependentRepositoryOf(
  repositories: readonly DependentRepository[],
  path: string,
): DependentRepository | undefined {
  return repositories
    .filter(({ folder }) => path.startsWith(`${folder}/`))
    .sort((a, b) => b.folder.length - a.folder.length)[0];
}

/**
 * `notes` with each read of a missing file inside a dependent repository's folder (its `missingRead`, made a
 * path from the repository's root by `fromRoot`) said as such, one message a repository and kind of read,
 * so that the report gives them one line, counting the uses and naming the pages: entra-docs'
 * delete-application-portal.md includes twelve Microsoft Graph snippets of `~/../microsoft-graph/`, each
 * said "does not exist" before; azure-databases-docs' pages show icons of `~/reusable-content/`.
 */
export function dependentRepositoryNotes(
  notes: readonly ImportNote[],
  repositories: readonly DependentRepository[],
  fromRoot: (path: string) => string | undefined,
): ImportNote[] {
  if (repositories.length === 0) return [...notes];
  return notes.map((note) => {
    const path = note.missingRead === undefined ? undefined : fromRoot(note.missingRead.path);
    const dependent = path === undefined ? undefined : dependentRepositoryOf(repositories, path);
    if (dependent === undefined || note.missingRead === undefined) return note;
    const { kind } = note.missingRead;
    const what = kind === 'include' ? '[!INCLUDE]' : kind === 'code' ? 'code file' : 'image';
    const shown = kind === 'image' ? 'not shown (the page shows its alt text)' : 'left out of the page';
    const branch = dependent.branch === undefined ? '' : ` (branch ${dependent.branch})`;
    return {
      ...note,
      message: `${what} of ${dependent.folder}/ ${shown}: Learn's build clones ${dependent.repository}${branch} there (${PUBLISH_CONFIG_FILE}'s dependent_repositories, at the repository's root), and the copy read lacks it. Clone that repository into ${dependent.folder}/ and import again to show it.`,
    };
  });
}
