/**
 * `npm run import -- <file.md>... [--split h2] [--force] [--toc TOC.yml|TOC.md] [--root dir] [--read-root folder]
 * [--repository owner/name] [--branch name] [--author alias] [--learn-path folder] [--allow-new-hosts]`: Learn Markdown files into content/ pages, folders kept (and
 * their images into public/media/), printing what it did. A page is `.md`, or `.mdx` when it has an HTML tag,
 * a component or an indented code block (pageFile). A file it cannot import is refused (file, line, what to
 * do) and the others imported; the run then exits 1. Never deletes; never overwrites an existing file
 * without --force but in the fields it derives (derivedChanges: an `order` moved), and never writes through
 * a symlink. Each page records its upstream file and the day it
 * was imported; a page whose text changed gets a content/changelog.json entry.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, parse, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  docfxBuilds,
  docfxFolder,
  nearestDocfxFolder,
  outsideReads,
  pageFile,
  planImport,
  refusedArticles,
  renderPage,
  sourceFolderOf,
  type ImportNote,
  type ImportPlan,
  type PlannedPage,
  type SourceFiles,
  yamlPageMarkdown,
} from '../src/lib/import/convert.ts';
import { articleUid, lineOfKey, splitFrontMatter } from '../src/lib/import/front-matter.ts';
import {
  learnPathOption,
  parseLearnFolderFile,
  recordImport,
  renderLearnFolderFile,
} from '../src/lib/import/learn-folder.ts';
import {
  apiIdLearnName,
  apiLearnPath,
  moduleLearnPath,
  DEFAULT_LOCALE,
  learnLocale,
  localeBase,
  localeLanguage,
  pageSlugOfArticle,
  type LearnFolderFile,
} from '../src/lib/learn-links.ts';
import { sameLearnFolder } from '../src/lib/learn-folders.ts';
import {
  confine,
  IMAGE_MAX_BYTES,
  leavesFolder,
  readConfinedBytes,
  sourceTextSizeProblem,
  escapedPath,
  isInside,
  relativePath,
} from '../src/lib/learn/source-files.ts';
import {
  anchorFixes,
  type AnchorFix,
  brokenAnchors,
  refusedLinks,
  withFixedHrefs,
} from '../src/lib/import/link-preview.ts';
import { derivedChanges, describeChange, isAnotherArticle } from '../src/lib/import/page-change.ts';
import {
  droppedKeysLines,
  httpsRewriteLines,
  notesOfWrittenPages,
  outsideReadsLine,
  refusedLinkLines,
  warningLines,
  warningPrinter,
} from '../src/lib/import/report.ts';
import { githubRepository, readSourceRecord, SOURCE_RECORD } from '../src/lib/import/source-record.ts';
import { gitRunner } from '../src/lib/import/git.ts';
import { addHosts, parseHostList, renderHostList } from '../src/lib/import/hosts.ts';
import {
  apiArticleLinks,
  docsetLinks,
  linkedHosts,
  redirectedLinks,
  uidArticleLinks,
  type UidArticle,
  rootLinksFromPage,
} from '../src/lib/import/links.ts';
import {
  parseRedirections,
  REDIRECTION_FILE,
  redirectionFilesOf,
  type Redirections,
} from '../src/lib/import/redirections.ts';
import {
  dependentRepositoryNotes,
  parseDependentRepositories,
  publishConfigProblem,
  publishedRepository,
  PUBLISH_CONFIG_FILE,
  type DependentRepository,
} from '../src/lib/import/dependent-repositories.ts';
import { siteMediaOf } from '../src/lib/import/site-media.ts';
import { confinedTocReader, readGivenToc, type TocFiles } from '../src/lib/import/toc-reader.ts';
import {
  articlePath,
  listedHrefs,
  readToc,
  readTocYml,
  tocArticlePaths,
  tocNames,
  tocNotes,
  tocTitle,
  type TocTree,
  type TocUids,
} from '../src/lib/import/toc-yml.ts';
import { architecturePageOf } from '../src/lib/import/yaml-architecture.ts';
import {
  docfxMetadata,
  docfxPublished,
  docfxValue,
  type DocfxKey,
  type PivotCache,
} from '../src/lib/import/zone-pivots.ts';
import { EXTRA_PAGES, LEARN_BASE, LEARN_FOLDER, NEW_HOSTS_GROUP, UPSTREAM } from '../src/consts.ts';
import { appendChangelogEntry } from '../src/lib/changelog.ts';
import { dayDate, isoDate } from '../src/lib/dates.ts';
import {
  groupPath,
  isContentPage,
  labelAsRead,
  slugOfContentPath,
  sortPages,
} from '../src/lib/navigation.ts';
import { EARLIEST_DAY, isSiteLanguage } from '../src/lib/page-schema.ts';
import {
  GITHUB_REPOSITORY,
  provenanceFields,
  UNKNOWN_REPOSITORY,
  type ProvenanceFrontMatter,
} from '../src/lib/provenance.ts';

const USAGE =
  'usage: npm run import -- <file.md>... [--split h2] [--force] [--toc path/TOC.yml|TOC.md] [--root project-dir] [--read-root folder] [--repository owner/name] [--branch name] [--author alias] [--learn-path folder] [--allow-new-hosts]';

/**
 * The nearest docfx.json in a folder above `readRoot` (the import reads nothing outside it, so it was not
 * read: only its existence is looked at), or undefined.
 */
function docfxAbove(readRoot: string): string | undefined {
  const folder = nearestDocfxFolder(readRoot, parse(readRoot).root, disk);
  return folder === undefined ? undefined : join(folder, 'docfx.json');
}

/** The file's last commit date (YYYY-MM-DD) when it is in a git repository with history. */
function gitDate(path: string): string | undefined {
  const { gitDates } = run;
  if (gitDates.has(path)) return gitDates.get(path);
  const date = git(dirname(path), 'log', '-1', '--no-show-signature', '--format=%cs', '--', path) ?? '';
  // A commit dated after tomorrow (a clock set wrong, or a date written so) or before EARLIEST_DAY is no date to
  // publish: the page would head What's new and the feed until that day (red team 19). Today's is used instead.
  const tomorrow = isoDate(new Date(Date.now() + 24 * 60 * 60 * 1000));
  const found =
    /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= EARLIEST_DAY && date <= tomorrow ? date : undefined;
  gitDates.set(path, found);
  return found;
}

/**
 * What a run of the import keeps to itself: its warnings (each printed and counted for the summary), git in the
 * imported folder (gitRunner: no program of its config run, a question it does not answer stopped, and no more
 * asked that run) and each file's last commit date, asked once a run (the import plans twice).
 */
function newRun() {
  const warnings = warningPrinter();
  return { warnings, git: gitRunner(warnings.warn), gitDates: new Map<string, string | undefined>() };
}

/** The run going on: importRun starts each with a state of its own. */
let run = newRun();

/** Says a warning of this run. */
function warn(warning: string): void {
  run.warnings.warn(warning);
}

/** git in the imported folder, this run's (see newRun). */
function git(dir: string, ...args: string[]): string | undefined {
  return run.git(dir, ...args);
}

/**
 * The bytes of the image file `path` the plan copies, as its check read them (a regular file, at most
 * IMAGE_MAX_BYTES); one that is no longer so (replaced since) stops the import, naming it.
 */
function copiedImage(path: string): Buffer {
  const bytes = readConfinedBytes(path, IMAGE_MAX_BYTES);
  if (bytes === undefined || bytes.length > IMAGE_MAX_BYTES)
    throw new Error(
      `${relative(process.cwd(), path)} changed while the import ran: it is no longer an image file of at most ${String(IMAGE_MAX_BYTES / 1024 / 1024)} MB. Import again.`,
    );
  return bytes;
}

/**
 * A source file's text, its line endings `\n` as CommonMark reads them (`\r\n` and a lone `\r` end a line too):
 * Learn's folders mix Windows and Unix files, and the import's line-based steps (reference sections, callouts,
 * tabs, includes, front matter) read `\n`. Read once here, so no step special-cases `\r`.
 */
function readText(path: string): string {
  const tooLarge = sourceTextSizeProblem(relative(process.cwd(), path), statSync(path).size);
  if (tooLarge !== undefined) throw new Error(tooLarge);
  return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
}

/** The names in `folder`, or undefined when it is no folder. */
function folderNames(folder: string): string[] | undefined {
  try {
    return readdirSync(folder);
  } catch {
    return undefined;
  }
}

const disk: SourceFiles = {
  read: (path) => (existsSync(path) && lstatSync(path).isFile() ? readText(path) : undefined),
  exists: (path) => existsSync(path),
  real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
  list: folderNames,
  dateOf: gitDate,
  bytes: (path) => readConfinedBytes(path, IMAGE_MAX_BYTES),
};

/**
 * The regular files under `dir` (relative to it, with `/`), found without following a symlink: a link to a
 * folder may lead out of it or round it forever, and a link to a FIFO or a device never ends a read (red-team
 * round 12). None when `dir` does not exist.
 */
function regularFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(join(folder, entry.name), path);
      else if (entry.isFile()) found.push(path);
    }
  };
  if (existsSync(dir) && lstatSync(dir).isDirectory()) walk(dir, '');
  return found;
}

/**
 * Writes `content` to `path` unless a different file is there and `force` is off; says what happened.
 * `ownChanges` says the file differs only in fields the import derives (derivedChanges): written anyway.
 */
function write(
  path: string,
  content: string | Buffer,
  force: boolean,
  root: string,
  ownChanges?: readonly string[],
  otherSource?: string,
): 'written' | 'unchanged' | 'kept' {
  const shown = relative(root, path);
  // A symlink at the destination would send the write to the file it points to: never follow one.
  const link = [path, ...ancestors(path, root)].find(
    (candidate) => existsSync(candidate) && lstatSync(candidate).isSymbolicLink(),
  );
  if (link !== undefined || (existsSync(path) && !lstatSync(path).isFile())) {
    console.log(
      `  kept      ${shown}: ${link === undefined ? 'it is not a file' : `${relative(root, link) || '.'} is a symlink`}; the import writes only plain files (remove it, then import again)`,
    );
    return 'kept';
  }
  if (existsSync(path)) {
    if (readFileSync(path).equals(Buffer.from(content))) {
      console.log(`  unchanged ${shown}`);
      return 'unchanged';
    }
    if (ownChanges !== undefined && ownChanges.length > 0) {
      writeFileSync(path, content);
      console.log(`  updated   ${shown}: ${ownChanges.join(', ')} (the import's own fields)`);
      return 'written';
    }
    if (!force) {
      console.log(
        otherSource === undefined
          ? `  kept      ${shown}: it exists and differs (pass --force to overwrite it)`
          : `  kept      ${shown}: it is the page of another article, ${otherSource}, of the same name (--force would put this one in its place): import one of the two folders into a project of its own (--root)`,
      );
      return 'kept';
    }
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`  wrote     ${shown}`);
  return 'written';
}

/** Where the source folder's files are in the upstream repository, and the commit each was last changed in. */
interface Upstream {
  /** The source folder's path in the repository (`defender-business`). */
  folder: string;
  /** Whether `folder` is known (SOURCE.md, a git clone, --read-root), not Learn's path taken for it. */
  folderKnown: boolean;
  /** The GitHub repository (`MicrosoftDocs/sql-docs`) and branch, when known (UNKNOWN_REPOSITORY: known not to be). */
  repository?: string | undefined;
  branch?: string | undefined;
  /** What named the repository: `--repository`, `SOURCE.md`, the clone's remote, a docfx.json. */
  repositoryFrom?: string | undefined;
  /** The commit of a file (its path below the source folder), when known. */
  commitOf(inFolder: string): string | undefined;
}

/**
 * The text of the source folder's SOURCE.md, read as the files content names are (confine: inside the folder
 * after its symlinks) and a regular file; undefined when there is none, or, warned of, when it is not read.
 */
function sourceRecordText(sourceRoot: string): string | undefined {
  const path = join(sourceRoot, SOURCE_RECORD);
  if (lstatSync(path, { throwIfNoEntry: false }) === undefined) return undefined;
  const found = confine(SOURCE_RECORD, sourceRoot, sourceRoot);
  const text = found.ok ? disk.read(found.path) : undefined;
  if (text === undefined)
    warn(
      `${relative(process.cwd(), path)}: ${found.ok ? `"${SOURCE_RECORD}" is not a file (a folder, a FIFO or a device).` : found.problem} It is not read: the pages take no repository, folder or commits from it. Make it a file of the folder, or pass --repository and --branch.`,
    );
  return text;
}

/**
 * The redirections of the repository whose root is `root`: of each redirection file its publish config lists
 * (PUBLISH_CONFIG_FILE's `redirection_files`, else REDIRECTION_FILE), its `source_path`s from that file's
 * folder. A file is read only when it is a regular file inside the root, not a link (a hidden file, which the
 * import reads in no other case); none of it, warned of, when it cannot be read; one listed but missing, none.
 */
function readRedirections(root: string): Redirections {
  const redirections = new Map<string, string>();
  const realRoot = realpathSync(root);
  for (const file of redirectionFilesOf(readPublishConfig(root))) {
    const path = join(root, file);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (stat === undefined) continue;
    const shown = relative(process.cwd(), path);
    if (!stat.isFile() || !isInside(realRoot, realpathSync(path))) {
      warn(
        `${shown}: not a regular file inside the repository (a link, a folder, a FIFO): not read, so links to articles Learn redirects are left as written.`,
      );
      continue;
    }
    const read = parseRedirections(readText(path), posix.dirname(file) === '.' ? '' : posix.dirname(file));
    if (read.problem !== undefined)
      warn(`${shown}: ${read.problem}: not read, so links to articles Learn redirects are left as written.`);
    for (const [key, url] of read.redirections) if (!redirections.has(key)) redirections.set(key, url);
  }
  return redirections;
}

/** The text of the publish config at the repository's root `root`, when it is a regular file there. */
function readPublishConfig(root: string): string | undefined {
  const path = join(root, PUBLISH_CONFIG_FILE);
  const stat = lstatSync(path, { throwIfNoEntry: false });
  return stat?.isFile() === true ? readText(path) : undefined;
}

/**
 * The repositories Learn's build clones into the repository whose root is `root` (PUBLISH_CONFIG_FILE's
 * dependent_repositories there), read by readPublishConfig: only a regular file there; none otherwise.
 */
function readDependentRepositories(root: string): DependentRepository[] {
  const text = readPublishConfig(root);
  if (text === undefined) return [];
  // Said once, here: a config docfx cannot read gives neither its repositories nor its redirection files.
  const broken = publishConfigProblem(text);
  if (broken !== undefined)
    warn(
      `${relative(process.cwd(), join(root, PUBLISH_CONFIG_FILE))}:${String(broken.line)}: not JSON (${broken.problem}): its dependent_repositories and redirection_files are not read, so the includes, code files and images of the repositories Learn's build clones are each said missing, and redirections are read from ${REDIRECTION_FILE} alone. Fix that line, then import again.`,
    );
  return parseDependentRepositories(text);
}

/**
 * The GitHub repository, and its branch, the publish config at the repository's root `root` names as its own
 * (publishedRepository): a docfx.json's feedback_github_repo may name another, where feedback goes
 * (azure-databases-docs' names MicrosoftDocs/azure-docs, which holds none of its articles).
 */
function publishConfigRepository(
  root: string,
): { repository: string; branch?: string | undefined; from: string } | undefined {
  const text = readPublishConfig(root);
  const published = text === undefined ? undefined : publishedRepository(text);
  const repository = published === undefined ? undefined : issuesRepository(published.url);
  if (published === undefined || repository === undefined) return undefined;
  return {
    repository,
    branch: published.branch,
    from: `${relative(process.cwd(), join(root, PUBLISH_CONFIG_FILE))}'s git_repository_url_open_to_public_contributors`,
  };
}

/**
 * The upstream of the source folder: its SOURCE.md (folder, repository, branch, file commits); else, in a
 * git clone of a GitHub repository, the folder's place in it, its branch and each file's last commit; else
 * its place below --read-root, or the Learn folder. `--repository` and `--branch` say what neither says, or correct it.
 */
function upstreamOf(
  sourceRoot: string,
  readRoot: string | undefined,
  learnFolder: string,
  given: { repository?: string | undefined; branch?: string | undefined },
): Upstream {
  const recordText = sourceRecordText(sourceRoot);
  const record = recordText === undefined ? undefined : readSourceRecord(recordText);
  const named = (repository: string | undefined, from: string) =>
    given.repository !== undefined
      ? { repository: given.repository, repositoryFrom: '--repository' }
      : { repository, repositoryFrom: repository === undefined ? undefined : from };
  if (record?.folder !== undefined)
    return {
      folder: record.folder,
      folderKnown: true,
      ...named(record.repository, SOURCE_RECORD),
      branch: given.branch ?? record.branch,
      commitOf: (file) => record.commits.get(file),
    };
  // Outside a git work tree the first question fails, and the second is not asked.
  const prefix = git(sourceRoot, 'rev-parse', '--show-prefix');
  const remote = prefix === undefined ? undefined : git(sourceRoot, 'remote', 'get-url', 'origin');
  const repository = remote === undefined ? undefined : githubRepository(remote);
  if (repository !== undefined && prefix !== undefined) {
    const branch = git(sourceRoot, 'rev-parse', '--abbrev-ref', 'HEAD');
    return {
      folder: prefix.replace(/\/+$/, ''),
      folderKnown: true,
      ...named(repository, "the git clone's remote"),
      branch: given.branch ?? (branch === 'HEAD' ? undefined : branch),
      commitOf: (file) =>
        git(sourceRoot, 'log', '-1', '--no-show-signature', '--format=%H', '--', file) || undefined,
    };
  }
  // The folder's place below --read-root (a copy of the repository's root) says where it is in the
  // repository; without one, Learn's path is the best guess.
  const belowReadRoot = readRoot !== undefined && readRoot !== sourceRoot;
  return {
    folder: belowReadRoot ? relativePath(readRoot, sourceRoot) : learnFolder,
    folderKnown: belowReadRoot,
    ...named(record?.repository, SOURCE_RECORD),
    branch: given.branch ?? record?.branch,
    commitOf: () => undefined,
  };
}

/**
 * The owner/name of the GitHub repository whose issue form `address` is
 * (`https://github.com/MicrosoftDocs/windows-driver-docs/issues/new?template=…`), or the repository's own
 * address: github.com only, read as a URL; undefined for any other.
 */
function issuesRepository(address: string): string | undefined {
  if (!URL.canParse(address)) return undefined;
  const url = new URL(address);
  if (
    !['https:', 'http:'].includes(url.protocol) ||
    url.host !== 'github.com' ||
    url.username !== '' ||
    url.password !== ''
  )
    return undefined;
  const [owner, name, ...rest] = url.pathname.split('/').slice(1);
  if (owner === undefined || name === undefined) return undefined;
  return rest.length === 0 || rest[0] === 'issues' || rest.join('') === '' ? `${owner}/${name}` : undefined;
}

/**
 * The docfx.json metadata that names the GitHub repository of a docset's articles, each taken when the one
 * before names none: `feedback_github_repo` (owner/name), else `open_source_feedback_issueUrl`, the address
 * of its issue form, where Learn's feedback links go (windows-driver-docs names its repository only there).
 */
const DOCFX_REPOSITORY_KEYS: {
  key: DocfxKey;
  repositoryOf: (value: string) => string | undefined;
  expected: string;
}[] = [
  {
    key: 'feedback_github_repo',
    repositoryOf: (value: string): string | undefined => value,
    expected: 'a GitHub repository (owner/name, as "MicrosoftDocs/sql-docs")',
  },
  {
    key: 'open_source_feedback_issueUrl',
    repositoryOf: issuesRepository,
    expected:
      'the address of a GitHub repository\'s issues (https://github.com/owner/name/issues/…, as "https://github.com/MicrosoftDocs/sql-docs/issues/new")',
  },
];

/**
 * The GitHub repository the docfx.json of the `pages` names (DOCFX_REPOSITORY_KEYS, in
 * `build.globalMetadata` or a `fileMetadata` glob), read as their other docfx metadata is, from inside the
 * read root: when they all name the same owner/name. A value that names none, or docfx.json files naming
 * different ones, is a warning naming the file and line, and names none.
 */
function docfxRepository(
  pages: readonly PlannedPage[],
  readRoot: string,
): { repository?: string | undefined; from?: string | undefined; notes: ImportNote[] } {
  const cache: PivotCache = new Map();
  const files = { real: (path: string) => disk.real?.(path), read: (path: string) => disk.read(path) };
  // Each repository named, with the docfx.json and the key that named it first.
  const named = new Map<string, { docfxJson: string; key: string }>();
  const notes: ImportNote[] = [];
  // The line of `key`, in a file docfxMetadata has read (from inside the read root).
  const lineIn = (docfxJson: string, key: string) => {
    const lines = (disk.read(docfxJson) ?? '').split('\n');
    return lines.findIndex((line) => line.includes(`"${key}"`)) + 1 || 1;
  };
  for (const file of new Set(pages.map((page) => page.source))) {
    const docset = docfxFolder(file, readRoot, disk);
    if (docset === undefined) continue;
    const docfxJson = join(docset, 'docfx.json');
    const { metadata } = docfxMetadata({ docset, docfxJson, readRoot }, files, cache);
    for (const { key, repositoryOf, expected } of DOCFX_REPOSITORY_KEYS) {
      const value = docfxValue(metadata, file, docset, key);
      if (value === undefined) continue;
      const repository = repositoryOf(value);
      if (repository !== undefined && GITHUB_REPOSITORY.test(repository)) {
        if (!named.has(repository)) named.set(repository, { docfxJson, key });
        break;
      }
      const line = lineIn(docfxJson, key);
      if (!notes.some((note) => note.file === docfxJson && note.line === line))
        notes.push({
          file: docfxJson,
          line,
          message: `"${key}" is ${JSON.stringify(value)}, not ${expected}: the pages take no repository from it. Import with --repository owner/name.`,
        });
    }
  }
  const [first, ...others] = named;
  if (first === undefined) return { notes };
  const [repository, { docfxJson, key }] = first;
  if (others.length > 0)
    return {
      notes: [
        ...notes,
        {
          file: docfxJson,
          line: lineIn(docfxJson, key),
          message: `the pages' docfx.json files name different repositories (${[first, ...others].map(([name, by]) => `${name} in ${relative(process.cwd(), by.docfxJson)}'s ${by.key}`).join(', ')}): the pages take none of them. Import the pages of each on their own, or with --repository owner/name.`,
        },
      ],
    };
  return { repository, from: `${relative(process.cwd(), docfxJson)}'s ${key}`, notes };
}

/** An article that claims a uid (articleUid): its file and its title, if it has one. */
interface UidClaim {
  file: string;
  title: string | undefined;
}

/**
 * The `files` that claim each uid (articleUid, in lower case), read as the plan reads them: a file whose front
 * matter does not parse claims none (the plan refuses it).
 */
function uidClaims(files: readonly string[]): Map<string, UidClaim[]> {
  const claims = new Map<string, UidClaim[]>();
  for (const file of files) {
    let data: Record<string, unknown>;
    try {
      // A structured page's (a PowerShell cmdlet's YAML) as the front matter of the article made of it.
      data = splitFrontMatter(yamlPageMarkdown(disk.read(file) ?? '', file), file).data;
    } catch {
      continue;
    }
    const uid = articleUid(data)?.toLowerCase();
    if (uid === undefined) continue;
    const title = typeof data['title'] === 'string' ? data['title'].trim() || undefined : undefined;
    claims.set(uid, [...(claims.get(uid) ?? []), { file, title }]);
  }
  return claims;
}

/** The claims of `claims` by a single file: a uid two files share names neither (docfx warns of it too). */
function soleClaims(claims: Map<string, UidClaim[]>): Map<string, UidClaim> {
  return new Map(
    [...claims].flatMap(([uid, [one, ...others]]) =>
      one && others.length === 0 ? [[uid, one] as const] : [],
    ),
  );
}

/**
 * The `files` by their uid, each as an href from the TOC's folder `tocDir`: the articles a TOC entry's `uid:`
 * may name. One article cannot take another's place in the TOC by claiming its uid; the warning names both.
 */
function articleUids(files: readonly string[], tocDir: string): TocUids {
  const claims = uidClaims(files);
  for (const [uid, claimants] of claims)
    if (claimants.length > 1)
      warn(
        `${claimants.map(({ file }) => relative(process.cwd(), file)).join(' and ')} have one uid, "${uid}": ` +
          'a TOC entry naming it is left out. Give each article its own uid.',
      );
  return new Map([...soleClaims(claims)].map(([uid, { file }]) => [uid, relativePath(tocDir, file)]));
}

/** The value of `key` in a page file's front matter; undefined when it has none or it does not parse. */
function frontMatterField(text: string, file: string, key: string): unknown {
  try {
    return splitFrontMatter(text, file).data[key];
  } catch {
    return undefined;
  }
}

/** The `imported` date of a page file's front matter, when it has a valid one. */
function importedDate(text: string, file: string): Date | undefined {
  const value = frontMatterField(text, file, 'imported');
  const date = typeof value === 'string' ? dayDate(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** What became of a planned page: its file under the project and its text as the import made it (kept or not). */
interface PageWrite {
  result: 'written' | 'unchanged' | 'kept';
  file: string;
  text: string;
}

/**
 * Writes a planned page with its provenance (`source`, `imported`). A page whose text is the same as the
 * file's keeps the file's `imported` date, so importing again changes nothing; a page whose text changed
 * gets today's date and, once written, a changelog entry saying what changed (with the source's commit).
 */
function writePage(
  page: PlannedPage,
  plan: ImportPlan,
  upstream: Upstream,
  today: Date,
  force: boolean,
  root: string,
  folders: { before: LearnFolderFile; learn: ImportedFolder },
): PageWrite {
  const planned = pageFile(page);
  const present = (file: string) => lstatSync(join(root, 'content', file), { throwIfNoEntry: false });
  const other = planned.endsWith('.mdx') ? planned.slice(0, -1) : `${planned}x`;
  if (planned.endsWith('.mdx') && present(other)) {
    console.log(
      `  kept      content/${other}: the page now has an HTML tag, a component or an indented code block, which only a .mdx page may have (rename it to content/${planned}, then import again with --force)`,
    );
    return { result: 'kept', file: `content/${planned}`, text: renderPage(page) };
  }
  // A page imported before as .mdx stays there: MDX renders plain Markdown the same.
  const file = present(other) ? other : planned;
  const path = join(root, 'content', file);
  const inFolder = relativePath(plan.sourceRoot, page.source);
  let fields: ProvenanceFrontMatter | undefined;
  try {
    fields = provenanceFields(posix.join(upstream.folder, inFolder), today, upstream);
  } catch (error) {
    warn(`${relative(process.cwd(), page.source)}: no provenance: ${(error as Error).message}`);
  }
  const withProvenance = (imported: Date): PlannedPage =>
    fields === undefined ? page : { ...page, frontMatter: { ...page.frontMatter, ...fields, imported } };
  const fresh = renderPage(withProvenance(today));
  const before = existsSync(path) && lstatSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  const change = before === undefined ? undefined : describeChange(before, fresh, path);
  const previous = before === undefined ? undefined : importedDate(before, path);
  const made =
    change === undefined && previous !== undefined ? withProvenance(previous) : withProvenance(today);
  const text = renderPage(made);
  // A file that differs only in what the import derives (an article added before it moves its order); a
  // file already the same has nothing to compare.
  const ownChanges = before === undefined || before === text ? undefined : derivedChanges(before, made, path);
  // A page of another article of the same name (two Learn folders' index.md, 1-introduction.md): said so.
  const beforeSource = before === undefined ? undefined : frontMatterField(before, path, 'source');
  const beforeLearnPath = before === undefined ? undefined : frontMatterField(before, path, 'learnPath');
  const nowSource = made.frontMatter['source'];
  const otherSource =
    typeof beforeSource === 'string' &&
    typeof nowSource === 'string' &&
    isAnotherArticle(
      {
        source: beforeSource,
        ...recordedFolder(folders.before, slugOfContentPath(file)),
        learnPath: typeof beforeLearnPath === 'string' ? beforeLearnPath : undefined,
      },
      {
        source: nowSource,
        learnFolder: folders.learn.folder,
        locale: folders.learn.locale,
        learnPath: made.frontMatter.learnPath,
      },
      inFolder,
    )
      ? beforeSource
      : undefined;
  const result = write(path, text, force, root, ownChanges, otherSource);
  if (result === 'written' && change !== undefined) {
    const commit = upstream.commitOf(inFolder);
    appendChangelogEntry(join(root, 'content/changelog.json'), {
      page: slugOfContentPath(file),
      date: isoDate(today),
      summary: change,
      // A commit of a repository not known has no diff to link.
      ...(commit === undefined || upstream.repository === UNKNOWN_REPOSITORY
        ? {}
        : {
            diff: new URL(
              `/${upstream.repository ?? UPSTREAM.repository}/commit/${commit}`,
              'https://github.com',
            ).href,
          }),
    });
    console.log(`  changelog ${relative(root, path)}: ${change}`);
  }
  return { result, file: `content/${file}`, text };
}

/** The folders between `path` and `root` (exclusive of root). */
function ancestors(path: string, root: string): string[] {
  const folders: string[] = [];
  for (let folder = dirname(path); folder.startsWith(`${root}/`); folder = dirname(folder))
    folders.push(folder);
  return folders;
}

/** A Learn folder this import writes: its path below its locale, and the locale (`ja-jp`). */
interface ImportedFolder {
  folder: string;
  locale: string;
}

/** The Learn folder and locale the site's page `slug` is recorded of: another folder's, else the default one. */
function recordedFolder(folders: LearnFolderFile, slug: string): { learnFolder: string; locale: string } {
  const { learnFolder, locale } =
    folders.otherFolders?.find((other) => other.pages.includes(slug)) ?? folders;
  return { learnFolder, locale: locale ?? DEFAULT_LOCALE };
}

/** Whether a recorded folder is `imported`: the same path in the same locale. */
function isImported(
  recorded: { learnFolder: string; locale?: string | undefined },
  imported: ImportedFolder,
) {
  return sameLearnFolder(recorded, { learnFolder: imported.folder, locale: imported.locale });
}

/**
 * The site's pages this import leaves alone: one after their highest `order:` (where its pages go), their
 * orders, and the top-level sidebar groups of those from other Learn folders than `folder`, which its TOC
 * groups may not share, and the labels of those in no group, which its top-level pages may not; and the
 * orders of the pages it replaces, by slug.
 */
function pagesLeft(
  contentDir: string,
  replaced: ReadonlySet<string>,
  folders: LearnFolderFile,
  folder: ImportedFolder,
): {
  nextOrder: number;
  takenOrders: Set<number>;
  takenGroups: Set<string>;
  takenLabels: Set<string>;
  replacedOrders: Map<string, number>;
} {
  const pages = regularFilesUnder(contentDir)
    .filter((file) => isContentPage(file))
    .map((file) => {
      let data: Record<string, unknown> = {};
      try {
        data = splitFrontMatter(readFileSync(join(contentDir, file), 'utf8'), file).data;
      } catch {
        // The build names what is wrong with it.
      }
      const slug = slugOfContentPath(file);
      const from = folders.otherFolders?.find((other) => other.pages.includes(slug)) ?? folders;
      const label = data['sidebarLabel'] ?? data['title'];
      return {
        slug,
        order: Number(data['order']) || 0,
        group: data['group'],
        label: typeof label === 'string' ? label : undefined,
        from,
      };
    });
  const left = pages.filter((page) => !replaced.has(page.slug));
  return {
    nextOrder: Math.max(0, ...left.map((page) => page.order)) + 1,
    takenOrders: new Set(left.map((page) => page.order)),
    takenGroups: new Set(
      left.flatMap((page) =>
        !isImported(page.from, folder) && typeof page.group === 'string'
          ? groupPath(page.group).slice(0, 1)
          : [],
      ),
    ),
    // Every page left at the top level, the site's own of this folder too (its home's "Overview"): a page of one
    // label beside it is one the build refuses (twinLabels, src/lib/navigation.ts).
    takenLabels: new Set(
      left.flatMap((page) =>
        typeof page.group !== 'string' && page.label !== undefined ? [labelAsRead(page.label)] : [],
      ),
    ),
    replacedOrders: new Map(
      pages
        .filter((page) => replaced.has(page.slug) && page.order > 0)
        .map((page) => [page.slug, page.order]),
    ),
  };
}

/**
 * The orders the pages `slugs` (an import's, in its order) keep, when they are all the site's pages already,
 * their orders ascend in that order and none is a page's the import leaves alone (`left`): importing a few of
 * a folder's pages again leaves the sidebar as it was, and the folder's pages stay one run after another
 * folder's. Undefined otherwise: a new page, or pages given in another order, are numbered as the import
 * gives them, after the pages it leaves alone.
 */
function keptOrders(
  slugs: readonly string[],
  left: { takenOrders: ReadonlySet<number>; replacedOrders: ReadonlyMap<string, number> },
): number[] | undefined {
  const orders = slugs.map((slug) => left.replacedOrders.get(slug));
  const kept = orders.filter((order) => order !== undefined);
  if (kept.length === 0 || kept.length < orders.length) return undefined;
  return kept.every((order, index) => !left.takenOrders.has(order) && order > (kept[index - 1] ?? 0))
    ? kept
    : undefined;
}

/** The project's src/data/learn-folder.json and where it is; a fresh --root starts from this project's. */
function readLearnFolder(root: string): { path: string; folders: LearnFolderFile } {
  const path = join(root, 'src/data/learn-folder.json');
  const source = existsSync(path)
    ? path
    : fileURLToPath(new URL('../src/data/learn-folder.json', import.meta.url));
  return { path, folders: parseLearnFolderFile(readFileSync(source, 'utf8'), relative(root, path)) };
}

/** Prints what the plan drops, rewrites and warns of. */
function report(plan: ImportPlan, root: string): void {
  const shown = (file: string) => relative(root, file);
  const [heading, ...keys] = droppedKeysLines(plan.dropped, shown);
  if (heading !== undefined) console.log(`  note      ${heading}`);
  for (const line of keys) console.log(`              ${line}`);
  for (const line of httpsRewriteLines(plan.links.httpsRewrites, shown)) console.log(`  https     ${line}`);
  for (const line of warningLines(plan.warnings, shown)) warn(line);
  for (const refused of plan.refused)
    console.error(`  refused   ${relative(root, refused.file)}:${refused.line}: ${refused.message}`);
}

/**
 * Reports the hosts the imported `pages` link (their files, as the import made them) that the allowlist
 * lacks, a file not imported adding none; with `allow`, adds them to it. Each is said where a source file
 * of those pages first links it (the plan's `links`), else where the page does. Returns how many are still missing.
 */
function reportHosts(
  pages: readonly { file: string; text: string; source: string }[],
  plan: ImportPlan,
  root: string,
  allow: boolean,
): number {
  const listPath = join(root, 'src/data/outbound-hosts.json');
  // A project folder without its own list (a fresh --root) starts from this project's.
  const source = existsSync(listPath)
    ? listPath
    : fileURLToPath(new URL('../src/data/outbound-hosts.json', import.meta.url));
  const allowed = parseHostList(readFileSync(source, 'utf8'), source);
  const missing = [...linkedHosts(pages)].filter(([host]) => !(host in allowed));
  if (missing.length === 0) return 0;
  // A link in a page's source file counts when that page is imported; one in an include, when it is read.
  const imported = new Set(pages.map((page) => page.source));
  const notImported = new Set(
    [...plan.pages.map((page) => page.source), ...plan.refused.map((note) => note.file)].filter(
      (file) => !imported.has(file),
    ),
  );
  for (const [host, places] of missing) {
    const first = plan.links.hosts.get(host)?.find((place) => !notImported.has(place.file)) ?? places[0];
    console.log(
      `  host      ${host}: ${places.length} link(s)${first ? `, first at ${relative(process.cwd(), first.file)}:${first.line}` : ''}${allow ? ` (added under "${NEW_HOSTS_GROUP}")` : ''}`,
    );
  }
  if (allow) {
    mkdirSync(dirname(listPath), { recursive: true });
    writeFileSync(
      listPath,
      renderHostList(
        addHosts(
          allowed,
          missing.map(([host]) => host),
          NEW_HOSTS_GROUP,
        ),
      ),
    );
    console.log(`  wrote     ${relative(root, listPath)}: ${missing.length} host(s) allowed`);
    return 0;
  }
  console.log(
    `${missing.length} host(s) linked are not on the allowlist (src/data/outbound-hosts.json): the build fails on them. Check them, then import again with --allow-new-hosts.`,
  );
  return missing.length;
}

/**
 * The Learn folders as they are once `pages` of `folder` are written: the articles it has (its TOC.yml's
 * and its files) and those pages, beside the folders other pages come from.
 */
function learnFolderAfter(
  root: string,
  folder: ImportedFolder,
  plan: ImportPlan,
  tocHrefs: readonly string[],
  pages: readonly string[],
  readRoot: string,
): { path: string; after: LearnFolderFile } {
  const { path, folders: before } = readLearnFolder(root);
  // An Architecture page's x-content.md is text it includes, not an article (disk.read follows no symlink);
  // nor is a file its docfx.json does not build (an include in `includes/`, excluded: docfxBuilds).
  const files = regularFilesUnder(plan.sourceRoot).flatMap((file) =>
    file === SOURCE_RECORD ||
    architecturePageOf(join(plan.sourceRoot, file), (path) => disk.read(path)) !== undefined ||
    !docfxBuilds(join(plan.sourceRoot, file), readRoot, disk)
      ? []
      : (articlePath(file) ?? []),
  );
  const listed = [...files, ...tocHrefs]
    .map((file) => relativePath(plan.sourceRoot, resolve(plan.sourceRoot, file)).toLowerCase())
    .filter((file) => !file.startsWith('../'));
  return {
    path,
    // A file refused for its page's URL is none of the folder's articles (refusedArticles).
    after: recordImport(
      before,
      folder.folder,
      listed,
      pages,
      plan.pivotTitles,
      folder.locale,
      refusedArticles(plan),
    ),
  };
}

/**
 * Records the Learn folder the articles come from, the articles it has and the pages now written from it
 * (learnFolderAfter): the build resolves each page's links in its own folder, sends links to articles not
 * imported there, and fails on articles it lacks.
 */
function writeLearnFolder(
  root: string,
  folder: ImportedFolder,
  plan: ImportPlan,
  tocHrefs: readonly string[],
  pages: readonly string[],
  readRoot: string,
): void {
  const { path, after } = learnFolderAfter(root, folder, plan, tocHrefs, pages, readRoot);
  const text = renderLearnFolderFile(after);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  const other = after.otherFolders?.find((entry) => isImported(entry, folder));
  console.log(
    `  wrote     ${relative(root, path)}: ${(other ?? after).articles.length} article(s) of Learn's ${learnPathShown(folder)} (links to those not imported go there)${other ? `, the folder of ${other.pages.length} page(s) here, beside ${learnPathShown({ folder: after.learnFolder, locale: after.locale ?? DEFAULT_LOCALE })} (the site's own pages and the others)` : ''}`,
  );
}

/**
 * The `lang` of pages imported from Learn in `locale` (`ja-jp` → `ja-JP`, BCP 47 as Learn's `<html lang>`),
 * or undefined when they are in the site's language (`en-us`, `en-gb`): those pages take the site's.
 */
function pageLanguage(locale: string): string | undefined {
  const lang = localeLanguage(locale);
  return isSiteLanguage(lang) ? undefined : lang;
}

/** The Learn front-matter keys that give a localized article's locale (`ms.contentlocale: ja-JP`). */
const LOCALE_KEYS = ['ms.contentlocale', 'ms.locale'];

/**
 * A warning for each page file whose front matter names another locale than the folder's (ja-JP articles
 * imported with `--learn-path microsoft-365/bookings`, Learn's en-us): its links would go to Learn in
 * the wrong language, and its page would say it is in the site's.
 */
function localeDisagreements(plan: ImportPlan, learn: ImportedFolder): ImportNote[] {
  return [...new Set(plan.pages.map((page) => page.source))].flatMap((file): ImportNote[] => {
    const named = articleLocale(file);
    if (named === undefined || named.locale === learn.locale) return [];
    const { key, written, locale, line } = named;
    const what = `front-matter field "${key}" is ${JSON.stringify(written)}, not the locale of --learn-path (${learn.locale}): import with --learn-path ${learnPathShown({ folder: learn.folder, locale }).slice(1, -1)} for Learn's ${locale}`;
    return [{ file, line, message: what, defaulted: { what, value: learn.locale } }];
  });
}

/**
 * The locale an article's front matter names (LOCALE_KEYS: `ms.contentlocale: de-DE`, read as Learn's
 * `de-de`), with the key, as written and its line; undefined when it names none it can read.
 */
function articleLocale(
  file: string,
): { key: string; written: string; locale: string; line: number } | undefined {
  const text = disk.read(file) ?? '';
  let data: Record<string, unknown>;
  try {
    data = splitFrontMatter(text, file).data;
  } catch {
    return undefined; // Front matter that does not parse is the plan's to refuse.
  }
  const key = LOCALE_KEYS.find((name) => typeof data[name] === 'string');
  const written = key === undefined ? undefined : String(data[key]);
  const locale = written === undefined ? undefined : learnLocale(written);
  return key === undefined || written === undefined || locale === undefined
    ? undefined
    : { key, written, locale, line: lineOfKey(text, key) };
}

/**
 * Warns, once, that the repository the pages name was taken from their docfx.json's feedback keys
 * (`from`) while the files are a translation (the locale of --learn-path, or their front matter's, not
 * Learn's en-us): a translated repository's docfx.json keeps the English one's name
 * (microsoft-365-docs-pr.pt-BR's names MicrosoftDocs/microsoft-365-docs) or names one of its own that may
 * not exist, and no rule tells which, so none is guessed.
 */
function warnTranslatedRepository(
  repository: string,
  from: string,
  plan: ImportPlan,
  learn: ImportedFolder,
): void {
  const locales = new Set(
    [learn.locale, ...plan.pages.map((page) => articleLocale(page.source)?.locale)].filter(
      (locale): locale is string => locale !== undefined && locale !== DEFAULT_LOCALE,
    ),
  );
  if (locales.size === 0) return;
  warn(
    `the repository ${repository} is taken from ${from}, which names where Learn sends feedback on these articles, and these files are a translation (${[...locales].join(', ')}): it may be the English repository, or a name of no repository. Each page's Source and "Suggest a fix" links will name it. If the translated files are in another GitHub repository, import again with --repository owner/name (and --branch).`,
  );
}

/** A Learn folder as its path on Learn: `/ja-jp/microsoft-365/bookings/`. */
function learnPathShown({ folder, locale }: ImportedFolder): string {
  return `/${[locale, folder].filter((part) => part !== '').join('/')}/`;
}

/** An anchor link of a page written as its target's id (AnchorFix), its line in the page's body. */
interface AnchorRewrite {
  page: PlannedPage;
  bodyLine: number;
  href: string;
  fixed: string;
  kind: AnchorFix['kind'];
}

/**
 * Writes each `#anchor` link between `pages` that names an id of its target only in another case
 * (`#bkmk_setup` for `<a name="BKMK_setup">`) in the id's case, as the build checks ids by case, and one
 * with a query written after its anchor (`#roles&preserve-view=true`) with that query before it: found
 * with the build's own pipeline, on the pages and Learn folders as this import will write them.
 */
async function fixAnchors(
  root: string,
  pages: readonly PlannedPage[],
  learnFolders: LearnFolderFile,
): Promise<AnchorRewrite[]> {
  const contentDir = join(root, 'content');
  const present = regularFilesUnder(contentDir).filter((file) => isContentPage(file));
  const files = pages.map((page) => pageFile(page));
  const sitePages = [
    ...new Set([...present, ...files].map(slugOfContentPath)),
    ...EXTRA_PAGES.map((page) => page.slug),
  ];
  const checked = pages.map((page, index) => ({ file: files[index] ?? '', text: page.body }));
  const fixes = await anchorFixes(checked, pathToFileURL(`${root}/`), sitePages, learnFolders);
  return pages.flatMap((page, index) => {
    const own = fixes.filter((fix) => fix.file === files[index]);
    if (own.length === 0) return [];
    page.body = withFixedHrefs(page.body, own);
    return own.map((fix) => ({ page, bodyLine: fix.line, href: fix.href, fixed: fix.fixed, kind: fix.kind }));
  });
}

/** The line of a page file's `text` that holds line `bodyLine` of its page's `body` (renderPage trims it). */
function lineOfBody(text: string, body: string, bodyLine: number): number {
  const trimmed = body.trim();
  const leading = body.slice(0, body.indexOf(trimmed)).split('\n').length - 1;
  const bodyStart = text.length - trimmed.length - 1;
  return text.slice(0, bodyStart).split('\n').length + bodyLine - 1 - leading;
}

/**
 * Warns when two pages of content/ now have one `order`, as the build would refuse them (sortPages): a page
 * the import kept (edited by hand) keeps its order, which the import may have given a page it wrote.
 */
function reportOrderClash(root: string): void {
  const contentDir = join(root, 'content');
  const pages = regularFilesUnder(contentDir)
    .filter((file) => isContentPage(file))
    .flatMap((file) => {
      const order = frontMatterField(readFileSync(join(contentDir, file), 'utf8'), file, 'order');
      return typeof order === 'number'
        ? [{ file: `content/${file}`, slug: slugOfContentPath(file), label: file, order }]
        : [];
    });
  try {
    sortPages(pages);
  } catch (error) {
    warn(
      `${(error as Error).message} A page the import kept keeps its order: give it another, or import again with --force. The build will fail on it.`,
    );
  }
}

/**
 * Warns of each link of the written `pages` that the build will refuse (an article the Learn folder does
 * not have, a path climbing out of Learn), with its page line, as the build would.
 */
async function reportRefusedLinks(root: string, pages: readonly PlannedPage[]): Promise<void> {
  const contentDir = join(root, 'content');
  // A fresh --root whose every page was refused has no content/ yet.
  if (!existsSync(contentDir)) return;
  const files = regularFilesUnder(contentDir).filter((file) => isContentPage(file));
  const written = new Set(pages.map((page) => slugOfContentPath(pageFile(page))));
  const writtenPages = files
    .filter((file) => written.has(slugOfContentPath(file)))
    .map((file) => ({ file, text: readFileSync(join(contentDir, file), 'utf8') }));
  const sitePages = [...files.map(slugOfContentPath), ...EXTRA_PAGES.map((page) => page.slug)];
  const { folders } = readLearnFolder(root);
  const learnBase = localeBase(LEARN_BASE, folders.locale ?? DEFAULT_LOCALE);
  const problems = refusedLinks(writtenPages, folders, new Set(sitePages), learnBase);
  for (const line of refusedLinkLines(problems, (file) => `content/${file}`)) warn(line);
  // Anchors between the pages written, checked as the build checks them (each page rendered once), and the
  // pages it cannot compile: each says what to do of its kind.
  const anchors = await brokenAnchors(writtenPages, pathToFileURL(`${root}/`), sitePages, folders);
  for (const problem of anchors) warn(`${problem} The build will fail on it.`);
}

/** The files a TOC is read from: confined reads of regular files (disk), a folder's names. */
const tocFiles: TocFiles = {
  real: (path) => disk.real?.(path),
  read: (path) => disk.read(path),
  list: folderNames,
  size(path) {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat?.isFile() ? stat.size : undefined;
  },
};

/**
 * The TOC given as --toc (`given` as written, at `path`) read with the TOCs it names, or an error saying why
 * it is not read: it is confined as those are (inside the read root, else its own folder, after its symlinks;
 * a regular file of at most TOC_MAX_BYTES), so a TOC linked to a file outside or to a device is refused.
 */
function givenToc(
  path: string,
  given: string,
  readRoot: string | undefined,
): { path: string; tree: TocTree } {
  const root = readRoot ?? dirname(path);
  const read = readGivenToc(path, root, tocFiles);
  if (!read.ok) {
    const shown = relative(process.cwd(), root);
    throw new Error(
      `--toc ${given}: ${read.problem} Give --toc the folder's own TOC.yml or TOC.md, a file inside ${leavesFolder(shown) ? root : shown || '.'} (${readRoot === undefined ? "the TOC's folder" : '--read-root'}), not a link out of it.`,
    );
  }
  return { path, tree: readToc(read.text, path, confinedTocReader(root, tocFiles)) };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      split: { type: 'string' },
      force: { type: 'boolean', default: false },
      toc: { type: 'string', multiple: true },
      root: { type: 'string', default: process.cwd() },
      'read-root': { type: 'string' },
      repository: { type: 'string' },
      branch: { type: 'string' },
      author: { type: 'string' },
      'learn-path': { type: 'string' },
      'allow-new-hosts': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.split !== undefined && values.split !== 'h2')
    throw new Error(`--split ${values.split}: only "--split h2" is supported.`);
  const [tocPath, ...moreTocs] = (values.toc ?? []).map((path) => resolve(path));
  if (moreTocs.length > 0)
    throw new Error(
      `--toc is given ${String(moreTocs.length + 1)} times (${(values.toc ?? []).join(', ')}): the import reads one TOC, the folder's. Give --toc once.`,
    );
  const root = resolve(values.root);
  const readRoot = values['read-root'] === undefined ? undefined : resolve(values['read-root']);
  // The TOC (TOC.yml or TOC.md), read once with the TOCs it names, each confined to the read root (the TOC's
  // folder by default) as a regular file: its entries, its title and its articles.
  const tocFile = tocPath === undefined ? undefined : givenToc(tocPath, values.toc?.[0] ?? tocPath, readRoot);
  // The TOCs given among the files too (x/*.md takes x/TOC-merged.md, x/**/*.md x/ref/TOC.md) are no articles.
  const tocsRead = new Set(tocFile?.tree.files);
  const files = positionals
    .map((file) => resolve(file))
    .filter((file) => file !== tocPath && !tocsRead.has(disk.real?.(file) ?? file));
  // The articles a TOC entry's `uid:` may name: those imported, by their uid.
  const uids = tocFile === undefined ? undefined : articleUids(files, dirname(tocFile.path));
  // The source folder, which the TOC's entries are judged inside of: the folder holding the TOC and the
  // imported articles it lists, within --read-root, as planImport takes it (sourceFolderOf).
  const sourceFolder =
    tocFile === undefined
      ? undefined
      : sourceFolderOf(
          files,
          { dir: dirname(tocFile.path), hrefs: listedHrefs(tocFile.tree, uids) },
          readRoot,
        );
  // Only the articles imported make the sidebar's groups: one left out splits none.
  const tocEntries = (inside?: string) =>
    tocFile === undefined
      ? []
      : readTocYml(
          tocFile.tree,
          tocFile.path,
          (href) => files.some((file) => tocNames(dirname(tocFile.path), href, file)),
          uids,
          sourceFolder,
          inside,
        );
  const toc =
    tocFile === undefined
      ? undefined
      : {
          entries: tocEntries(),
          dir: dirname(tocFile.path),
          file: tocFile.path,
          notes: tocNotes(tocFile.tree, tocFile.path, uids, sourceFolder, (article) =>
            files.some((file) => tocNames(dirname(tocFile.path), article, file)),
          ),
        };

  const split = values.split === 'h2' ? ('h2' as const) : undefined;
  const options = { split, toc, author: values.author, readRoot, projectRoot: root };
  // The folders as they are before this import writes its own.
  const { folders: before } = readLearnFolder(root);
  // The Learn folder and its locale: --learn-path's (`ja-jp/microsoft-365/bookings`; without one, Learn's
  // en-us), or the default folder as recorded.
  const learnPath = learnPathOption(values['learn-path'] ?? LEARN_FOLDER);
  const learn: ImportedFolder = {
    folder: learnPath.folder,
    locale:
      learnPath.locale ??
      (values['learn-path'] === undefined ? (before.locale ?? DEFAULT_LOCALE) : DEFAULT_LOCALE),
  };
  const { folder } = learn;
  // The site's /media/ and which other folders' pages show its files: an image never takes their place.
  const siteMedia = siteMediaOf(root, before, { learnFolder: learn.folder, locale: learn.locale });
  // The site's home page, from another folder (the site's own), stays unless --force says otherwise: a
  // folder's index.md is not imported over it, which is no failure of the import.
  const homeOwner = before.otherFolders?.find((other) => other.pages.includes('index'));
  const keepsHome = (page: PlannedPage) =>
    !values.force &&
    slugOfContentPath(pageFile(page)) === 'index' &&
    ['index.md', 'index.mdx'].some((file) => existsSync(join(root, 'content', file))) &&
    (homeOwner === undefined || !isImported(homeOwner, learn));
  // Another of the site's own pages (security, privacy: a page with a title the import did not write, no
  // `source`) stays too, as the home page does: a folder's security.md is not imported over it (import trial 23).
  const sitePageOf = (page: PlannedPage): string | undefined => {
    if (values.force || keepsHome(page)) return undefined;
    const planned = pageFile(page);
    const other = planned.endsWith('.mdx') ? planned.slice(0, -1) : `${planned}x`;
    return [planned, other].find((file) => {
      const path = join(root, 'content', file);
      if (!existsSync(path) || !lstatSync(path).isFile()) return false;
      const text = readFileSync(path, 'utf8');
      return (
        frontMatterField(text, path, 'title') !== undefined &&
        frontMatterField(text, path, 'source') === undefined
      );
    });
  };
  // Planned twice: first to learn which pages it writes, then numbered after the pages it leaves alone. A page
  // it keeps (the home page, another of the site's own) is one it leaves: its label and order stay taken.
  const slugs = new Set(
    planImport(files, { ...options, siteMedia }, disk)
      .pages.filter((page) => !keepsHome(page) && sitePageOf(page) === undefined)
      .map((page) => slugOfContentPath(pageFile(page))),
  );
  const left = pagesLeft(join(root, 'content'), slugs, before, learn);
  const groupQualifier =
    (tocFile === undefined ? undefined : tocTitle(tocFile.tree, tocFile.path)) ?? posix.basename(folder);
  const plan = planImport(
    files,
    {
      ...options,
      ...(toc === undefined ? {} : { toc: { ...toc, entriesInside: tocEntries(groupQualifier) } }),
      siteMedia,
      learnFolder: folder,
      firstOrder: left.nextOrder,
      takenGroups: left.takenGroups,
      takenLabels: left.takenLabels,
      groupQualifier,
    },
    disk,
  );
  // Without a TOC, pages imported again keep their places when they can (a TOC gives its own order).
  const ownOrders =
    tocFile === undefined
      ? keptOrders(
          plan.pages.map((page) => slugOfContentPath(pageFile(page))),
          left,
        )
      : undefined;
  if (ownOrders !== undefined)
    plan.pages.forEach((page, index) => {
      page.frontMatter.order = ownOrders[index] ?? page.frontMatter.order;
    });
  console.log(
    `Importing ${plan.articles.length} Learn file(s) of Learn's ${learnPathShown(learn)} into ${root}:`,
  );
  const lang = pageLanguage(learn.locale);
  if (lang !== undefined) {
    for (const page of plan.pages) page.frontMatter.lang = lang;
    console.log(
      `  locale    ${learn.locale}: links to Learn go to ${localeBase(LEARN_BASE, learn.locale)}/…, and the pages are in ${lang} (front matter lang, the page's <html lang>)`,
    );
  }
  plan.warnings.push(...localeDisagreements(plan, learn));
  // Read once, before any page is written.
  const sitePages = new Map(plan.pages.map((page) => [page, sitePageOf(page)]));
  const keepsPage = (page: PlannedPage) => keepsHome(page) || sitePages.get(page) !== undefined;
  // What a page not written holds is not said: its missing fields and dropped keys are not the site's.
  const writtenNotes = notesOfWrittenPages(
    plan,
    new Set(plan.pages.filter(keepsPage).map((page) => page.source)),
  );
  // A file the copy lacks that is another repository's, which Learn's build clones beside the pages, is said so.
  const cloneRoot = readRoot ?? plan.sourceRoot;
  const notes = {
    ...writtenNotes,
    warnings: dependentRepositoryNotes(
      writtenNotes.warnings,
      readDependentRepositories(cloneRoot),
      (path) => {
        const below = relative(cloneRoot, path);
        return below.startsWith('..') || isAbsolute(below) ? undefined : below.split(sep).join('/');
      },
    ),
  };
  report(notes, process.cwd());
  const told = upstreamOf(plan.sourceRoot, readRoot, folder, {
    repository: values.repository,
    branch: values.branch,
  });
  // Without --repository, SOURCE.md or a clone's remote, the repository the publish config names as its own,
  // else the one the pages' docfx.json names.
  const published =
    told.repository === undefined ? publishConfigRepository(readRoot ?? plan.sourceRoot) : undefined;
  const fromConfig =
    told.repository === undefined && published === undefined
      ? docfxRepository(plan.pages, readRoot ?? plan.sourceRoot)
      : published === undefined
        ? { repository: undefined, from: undefined, notes: [] }
        : { ...published, notes: [] };
  const upstream: Upstream =
    fromConfig.repository === undefined
      ? told
      : {
          ...told,
          repository: fromConfig.repository,
          repositoryFrom: fromConfig.from,
          branch: told.branch ?? published?.branch,
        };
  for (const line of warningLines(fromConfig.notes, (file) => relative(process.cwd(), file))) warn(line);
  if (upstream.repository !== undefined)
    console.log(
      `  source    ${upstream.repository} (from ${upstream.repositoryFrom ?? '--repository'}): the repository each page names as its source's, where "Suggest a fix" goes${upstream.folderKnown ? '' : `; the files' place in it is taken to be Learn's path, ${upstream.folder}/ (with --read-root at the repository's root, it is their own)`}`,
    );
  if (fromConfig.repository !== undefined)
    warnTranslatedRepository(fromConfig.repository, fromConfig.from ?? 'docfx.json', plan, learn);
  // docfx's `~/` links start at the folder of the docfx.json that builds the page (docfxFolder), else at
  // the repository's root: from the page's place there, they are relative links as the build reads them.
  // Unknown, they are left, and the written pages' check says what to do.
  const docfxCache: PivotCache = new Map();
  const docfxFiles = { real: (path: string) => disk.real?.(path), read: (path: string) => disk.read(path) };
  const docsetNotes: { page: PlannedPage; line: number; message: string }[] = [];
  // Links to articles Learn redirects (moved or merged) go where it sends them, not to a file the copy lacks.
  const repositoryRoot = readRoot ?? plan.sourceRoot;
  // Whether the file at a link's path (from `base`) exists inside the repository: confine decodes %-escapes, as
  // in a link, so each name is escaped to be the file's own.
  const existsFrom = (base: string) => (path: string) => confine(escapedPath(path), base, repositoryRoot).ok;
  const redirections = readRedirections(repositoryRoot);
  // The docset's articles by their uid, lower case (articleUid: docfx's xref map holds them beside the APIs'),
  // read once a docset, only for pages with an xref: a uid two articles share names neither, as for the TOC.
  const uidArticles = new Map<string, Map<string, UidClaim>>();
  const uidArticlesOf = (docset: string) => {
    const known = uidArticles.get(docset);
    if (known !== undefined) return known;
    // No hidden file or folder is read (.git, .env), as for every read of the import.
    const articles = regularFilesUnder(docset)
      .filter((path) => /\.md$/i.test(path) && !path.split('/').some((name) => name.startsWith('.')))
      .map((path) => join(docset, path));
    const byUid = soleClaims(uidClaims(articles));
    uidArticles.set(docset, byUid);
    return byUid;
  };
  const redirectLinks = (page: PlannedPage) => {
    const fromRoot = (path: string) => relativePath(repositoryRoot, path);
    const { markdown, redirected } = redirectedLinks(
      page.body,
      fromRoot(page.source),
      redirections,
      existsFrom(repositoryRoot),
    );
    page.body = markdown;
    for (const { line, href, url } of redirected)
      docsetNotes.push({
        page,
        line,
        message: `the link "${href}" goes to an article the repository's redirection files redirect: written "${url}", where Learn sends its readers.`,
      });
  };
  const fromSource = (path: string) => relativePath(plan.sourceRoot, path);
  const importedArticles = new Set(plan.pages.map((page) => fromSource(page.source).toLowerCase()));
  // The folder's articles Learn serves by their API id (winrt-api's), by path: read once an import.
  const apiNames = new Map<string, string | undefined>();
  const apiNameOf = (path: string): string | undefined => {
    if (!apiNames.has(path)) {
      const text = disk.read(join(plan.sourceRoot, path));
      let apiName: string | undefined;
      try {
        apiName =
          text === undefined ? undefined : apiIdLearnName(splitFrontMatter(text, path).data['-api-id']);
      } catch {
        apiName = undefined;
      }
      apiNames.set(path, apiName);
    }
    return apiNames.get(path);
  };
  for (const page of plan.pages) {
    const docfx = docfxFolder(page.source, repositoryRoot, disk);
    // An xref to an article's uid is a link to its file, as Learn's xref map resolves it.
    const byUid = page.body.includes('xref:') ? uidArticlesOf(docfx ?? repositoryRoot) : undefined;
    if (byUid !== undefined && byUid.size > 0)
      page.body = uidArticleLinks(page.body, (uid): UidArticle | undefined => {
        const article = byUid.get(uid.toLowerCase());
        return article && { path: relativePath(dirname(page.source), article.file), title: article.title };
      }).markdown;
    // Where docfx.json publishes the folder, below its docset's Learn path ('' when it does not hold it).
    const fromDocset = docfx === undefined ? '' : relativePath(docfx, plan.sourceRoot);
    const inDocset = leavesFolder(fromDocset) ? '' : fromDocset;
    // A link to an article of the folder not imported that Learn serves by its API id goes to that address;
    // one with a page here (imported before) stays, for the build to make it that page.
    page.body = apiArticleLinks(page.body, {
      page: fromSource(page.source),
      imported: importedArticles,
      learnUrl: (path) => {
        const apiName = apiNameOf(path);
        const pageHere = ['.md', '.mdx'].some((extension) =>
          existsSync(join(root, 'content', `${pageSlugOfArticle(path)}${extension}`)),
        );
        return apiName === undefined || pageHere
          ? undefined
          : new URL(apiLearnPath(folder, inDocset, apiName), `${localeBase(LEARN_BASE, learn.locale)}/`).href;
      },
    });
    // A generated API reference's page is on Learn by its API id, below its docset's Learn path.
    if (page.apiName !== undefined) {
      page.frontMatter.learnPath = apiLearnPath(folder, inDocset, page.apiName);
    } else if (page.moduleFolder !== undefined) {
      // A PlatyPS module page is on Learn at its folder (Az.Accounts/Az.Accounts.md: …/az.accounts/).
      const learnPath = moduleLearnPath(folder, page.moduleFolder);
      if (learnPath !== undefined) page.frontMatter.learnPath = learnPath;
    }
    const inFolder = posix.dirname(page.slug);
    if (docfx !== undefined) {
      page.body = rootLinksFromPage(page.body, relativePath(docfx, join(plan.sourceRoot, inFolder)));
      redirectLinks(page);
      // A link into another of the docset's content groups goes where docfx publishes that group's files.
      const docfxJson = join(docfx, 'docfx.json');
      const { metadata } = docfxMetadata(
        { docset: docfx, docfxJson, readRoot: repositoryRoot },
        docfxFiles,
        docfxCache,
      );
      const fromDocfx = (path: string) => relativePath(docfx, path);
      const moved = docsetLinks(page.body, {
        page: fromDocfx(page.source),
        sourceFolder: fromDocfx(plan.sourceRoot),
        learnFolder: folder,
        learnBase: localeBase(LEARN_BASE, learn.locale),
        docfxJson: relative(process.cwd(), docfxJson),
        published: (path) => docfxPublished(metadata, path),
        exists: existsFrom(docfx),
      });
      page.body = moved.markdown;
      docsetNotes.push(...moved.notes.map((note) => ({ page, ...note })));
    } else {
      if (upstream.folderKnown)
        page.body = rootLinksFromPage(page.body, posix.join(upstream.folder, inFolder));
      redirectLinks(page);
    }
  }
  // Without --learn-path, the files are the site's own folder's: said, unless they are known to come from
  // its repository (blind search trial 11 imported msteams-docs' bots without it, and every warning named
  // Learn's /en-us/defender-business/, where its links to articles not imported would have gone).
  if (values['learn-path'] === undefined && upstream.repository !== UPSTREAM.repository)
    warn(
      `no --learn-path: these files are taken for articles of the site's own Learn folder, ${learnPathShown(learn)}${upstream.repository === undefined ? '' : `, though they come from ${upstream.repository}`}: links to its articles not imported go there, and ${upstream.repository === undefined ? `the pages credit ${UPSTREAM.repository}` : 'its articles are the ones checked'}. If they are another folder's, import again with --learn-path and the folder's path on Learn (--learn-path microsoft-365/bookings for https://learn.microsoft.com/en-us/microsoft-365/bookings/).`,
    );
  // Another folder's repository, when nothing names it, is not known: never the seed's (UPSTREAM).
  const repositoryUnknown = upstream.repository === undefined && folder !== LEARN_FOLDER;
  if (repositoryUnknown) {
    const unread = docfxAbove(readRoot ?? plan.sourceRoot);
    warn(
      `the GitHub repository of these files is unknown (no SOURCE.md naming it, no git clone, no publish config naming it in git_repository_url_open_to_public_contributors, no docfx.json naming it in ${DOCFX_REPOSITORY_KEYS.map(({ key }) => key).join(' or ')}): their pages record it so (repository: "${UNKNOWN_REPOSITORY}") and credit their articles on Learn, with no Source or "Suggest a fix" link on GitHub. ${unread === undefined ? '' : `A docfx.json is at ${relative(process.cwd(), unread)}, above the folder read, and was not read (nor the author and dates it gives): import again with --read-root ${relative(process.cwd(), dirname(unread)) || '.'} (or the repository's root). `}Import again with --repository owner/name (and --branch; with --read-root at the repository's root, the pages' paths in it are right too).`,
    );
  }
  const origin: Upstream = repositoryUnknown
    ? { ...upstream, repository: UNKNOWN_REPOSITORY, branch: undefined }
    : upstream;
  const today = dayDate(isoDate(new Date()));
  const tocHrefs =
    tocFile === undefined
      ? []
      : tocArticlePaths(tocFile.tree, tocFile.path, uids, plan.sourceRoot).map((href) =>
          resolve(plan.sourceRoot, href),
        );
  const imported = plan.pages.filter((page) => !keepsPage(page));
  const anchorRewrites = await fixAnchors(
    root,
    imported,
    learnFolderAfter(
      root,
      learn,
      plan,
      tocHrefs,
      imported.map((page) => slugOfContentPath(pageFile(page))),
      readRoot ?? plan.sourceRoot,
    ).after,
  );
  const pageWrites = plan.pages.map((page) => {
    const sitePage = sitePages.get(page);
    if (sitePage !== undefined) {
      console.log(
        `  site      ${relative(process.cwd(), page.source)}: not imported, content/${sitePage} is one of the site's own pages (it has no source: the import did not write it) and stays; links to the article go to it on Learn (--force puts the article in its place; --root imports the folder into a project of its own)`,
      );
      return undefined;
    }
    if (!keepsHome(page)) return writePage(page, plan, origin, today, values.force, root, { before, learn });
    console.log(
      `  home      ${relative(process.cwd(), page.source)}: not imported, the site's home page (content/index.*) stays; links to it go to the folder's page on Learn (--force makes it the home page)`,
    );
    return undefined;
  });
  const results = [
    ...pageWrites.map((page, index) => {
      const planned = plan.pages[index];
      return (
        page?.result ?? (planned !== undefined && sitePages.get(planned) !== undefined ? 'site' : 'home')
      );
    }),
    ...plan.copies.map((copy) => write(join(root, copy.to), copiedImage(copy.from), values.force, root)),
  ];
  // The pages whose file is now this import's (not those kept) resolve their links in its folder.
  const written = plan.pages.filter(
    (_page, index) => results[index] !== 'kept' && results[index] !== 'home' && results[index] !== 'site',
  );
  if (plan.pages.length > 0)
    writeLearnFolder(
      root,
      learn,
      plan,
      tocHrefs,
      written.map((page) => slugOfContentPath(pageFile(page))),
      readRoot ?? plan.sourceRoot,
    );
  for (const { page, line, message } of docsetNotes) {
    const done = pageWrites[plan.pages.indexOf(page)];
    if (done !== undefined) warn(`${done.file}:${lineOfBody(done.text, page.body, line)}: ${message}`);
  }
  for (const { page, bodyLine, href, fixed, kind } of anchorRewrites) {
    const done = pageWrites[plan.pages.indexOf(page)];
    if (done === undefined) continue;
    // A query after the anchor: Learn's tools appended `&preserve-view=true` to links that had one.
    const said =
      kind === 'case'
        ? `goes to an id of its page in another case: written "${fixed}", as the build matches ids by case`
        : `has a query after its #anchor, which a browser reads as part of the anchor, naming no id there: written "${fixed}", the query before the anchor`;
    warn(
      `${done.file}:${lineOfBody(done.text, page.body, bodyLine)}: the link "${href}" ${said}. Check that it is the place meant.`,
    );
  }
  const outside = outsideReads(notes);
  if (outside > 0)
    console.log(
      outsideReadsLine(outside, readRoot === undefined ? undefined : relative(process.cwd(), readRoot)),
    );
  await reportRefusedLinks(root, written);
  if (results.includes('kept')) reportOrderClash(root);
  // Hosts of the pages imported (kept ones too, as the import made them): not of a file left out.
  reportHosts(
    plan.pages.flatMap((page, index) => {
      const done = pageWrites[index];
      return done ? [{ file: join(root, done.file), text: done.text, source: page.source }] : [];
    }),
    plan,
    root,
    values['allow-new-hosts'],
  );
  const kept = results.filter((result) => result === 'kept').length;
  const refused = plan.refused.length;
  // A page not imported over the site's home page is no page of this import: counted apart, as said above.
  const homes = results.filter((result) => result === 'home').length;
  const sites = results.filter((result) => result === 'site').length;
  console.log(
    `${plan.pages.length - homes - sites} page(s), ${plan.copies.length} image(s), ${run.warnings.count} warning(s)${kept ? `, ${kept} existing file(s) kept` : ''}${homes ? `, ${homes} file(s) not imported over the home page (see "home" above)` : ''}${sites ? `, ${sites} file(s) not imported over the site's own pages (see "site" above)` : ''}${refused ? `, ${refused} file(s) refused (see "refused" above)` : ''}.`,
  );
  return kept > 0 || refused > 0 ? 1 : 0;
}

/**
 * `npm run import -- …argv`, its exit status: each call a run of its own (newRun), so the tests run the import
 * in their process, the script's module loaded once (a fresh copy of it for each run linked its 900 modules again).
 */
export async function importRun(argv: string[]): Promise<number> {
  run = newRun();
  try {
    return await main(argv);
  } catch (error) {
    console.error(`import failed: ${(error as Error).message}`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await importRun(process.argv.slice(2));
