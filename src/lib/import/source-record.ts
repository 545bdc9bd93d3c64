/**
 * What a source folder's SOURCE.md says about where its files come from (as
 * tests/fixtures/defender-business/SOURCE.md does): the folder in the upstream repository
 * (`- Folder: \`defender-business/\``), the repository and branch (`- Repository:`, `- Branch:`) and the commit
 * of each file (its "Files" table: file, commit).
 * Read as Markdown (remark with GFM tables), not by pattern over the text.
 */
import type { List, ListItem, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../tree-visit.ts';
import { parseMarkdown } from '../learn/parse-markdown.ts';

export interface SourceRecord {
  /** The folder of the files in the upstream repository (`defender-business`), when SOURCE.md names it. */
  folder?: string;
  /** The GitHub repository (`MicrosoftDocs/defender-docs`): `- Repository:` with a link to it or its name. */
  repository?: string;
  /** The branch (`- Branch: \`public\``), when SOURCE.md names it. */
  branch?: string;
  /** The commit each file was copied at, by its path in the folder (`mdb-overview.md` → sha). */
  commits: Map<string, string>;
}

const COMMIT = /^[0-9a-f]{40}$/;

/** The file beside copied Learn files that says where they come from (not an article). */
export const SOURCE_RECORD = 'SOURCE.md';

/** The list item whose text starts with `label:`. */
function labelled(list: List, label: string): ListItem | undefined {
  return list.children.find((item) =>
    toString(item).trim().toLowerCase().startsWith(`${label.toLowerCase()}:`),
  );
}

/** The first inline code of a list item whose text starts with `label:`. */
function labelledCode(list: List, label: string): string | undefined {
  const item = labelled(list, label);
  let code: string | undefined;
  if (item)
    visit(item, 'inlineCode', (node) => {
      code ??= node.value;
    });
  return code;
}

/** The repository a `- Repository:` item names: its link's GitHub repository, or `owner/name` written out. */
function labelledRepository(list: List): string | undefined {
  const item = labelled(list, 'Repository');
  if (!item) return undefined;
  let repository: string | undefined;
  visit(item, 'link', (node) => {
    repository ??= githubRepository(node.url);
  });
  const written = /^repository:\s*`?([\w-][\w.-]*\/[\w.-]+?)`?\s*$/i.exec(toString(item).trim())?.[1];
  return repository ?? written;
}

/** The rows of `table` whose cells are a file and a commit, as file → commit. */
function fileCommits(table: Table, commits: Map<string, string>): void {
  const [head, ...rows] = table.children;
  const columns = head?.children.map((cell) => toString(cell).trim().toLowerCase()) ?? [];
  const fileColumn = columns.indexOf('file');
  const commitColumn = columns.indexOf('commit');
  if (fileColumn === -1 || commitColumn === -1) return;
  for (const row of rows) {
    const file = toString(row.children[fileColumn] ?? { type: 'text', value: '' }).trim();
    const commit = toString(row.children[commitColumn] ?? { type: 'text', value: '' }).trim();
    if (file !== '' && COMMIT.test(commit)) commits.set(file, commit);
  }
}

/** SOURCE.md's folder, repository, branch and file commits; what it does not say is left out. */
export function readSourceRecord(markdown: string): SourceRecord {
  const tree: Root = parseMarkdown(markdown);
  const record: SourceRecord = { commits: new Map() };
  visit(tree, (node) => {
    if (node.type === 'list') {
      const folder = labelledCode(node, 'Folder')
        ?.split('/')
        .filter((part) => part !== '')
        .join('/');
      const repository = labelledRepository(node);
      const branch = labelledCode(node, 'Branch');
      if (folder && record.folder === undefined) record.folder = folder;
      if (repository && record.repository === undefined) record.repository = repository;
      if (branch && record.branch === undefined) record.branch = branch;
    }
    if (node.type === 'table') fileCommits(node, record.commits);
  });
  return record;
}

/**
 * The `owner/name` of a git remote on GitHub (`https://github.com/o/n.git`, `ssh://git@github.com/o/n`,
 * `git@github.com:o/n.git`), or undefined for any other remote. Read with the URL parser.
 */
export function githubRepository(remote: string): string | undefined {
  const scpLike = /^[\w.-]+@([\w.-]+):(?!\/)(.*)$/.exec(remote);
  const written = scpLike ? `ssh://${scpLike[1] ?? ''}/${scpLike[2] ?? ''}` : remote;
  if (!URL.canParse(written)) return undefined;
  const url = new URL(written);
  if (url.hostname !== 'github.com' || !['https:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
  const parts = url.pathname
    .replace(/\.git$/, '')
    .split('/')
    .filter((part) => part !== '');
  return parts.length === 2 ? parts.join('/') : undefined;
}
