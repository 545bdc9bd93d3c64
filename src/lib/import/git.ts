/**
 * git, as the import asks it of an imported folder's repository (each article's date, the folder's remote,
 * branch and commits): the folder and its `.git` are the author's, so git's own config must not run a program,
 * and a repository git cannot read to the end must not hold the import.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Settings given to git on its command line, where they win over the repository's own config: an imported
 * folder may come with its `.git` (an archive, a shared copy), whose config could name a program git then
 * runs (the `gpg.program` that `log.showSignature` calls on a signed commit, an fsmonitor hook, a pager).
 * The system's config is not read either (GIT_CONFIG_NOSYSTEM).
 */
export const SAFE_GIT = [
  '--no-pager',
  ...['log.showSignature=false', 'core.fsmonitor=false', 'core.hooksPath=/dev/null', 'core.pager=cat']
    .concat(['gpg.program', 'gpg.ssh.program', 'gpg.x509.program'].map((key) => `${key}=false`))
    .flatMap((setting) => ['-c', setting]),
];

/**
 * How long one question to git may take: `git log -1 -- file` in a clone of a large Learn repository takes a
 * few seconds; a `.git/config` or `.git/HEAD` that is a FIFO never answers (git waits on its open forever).
 */
export const GIT_TIMEOUT_MS = 30_000;

/**
 * Whether git could find a repository from `dir`: GIT_DIR names one, or a `.git` (a folder, or the file of a
 * worktree or submodule) is in `dir` or a folder above. Without either, git answers nothing but that it found
 * none, so it is not started: an import of a folder outside any repository asked it once for each article.
 */
export function mayBeInRepository(dir: string): boolean {
  if (process.env['GIT_DIR'] !== undefined) return true;
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return true;
    if (dirname(folder) === folder) return false;
  }
}

/**
 * `git` in a folder, run safely (SAFE_GIT): its output trimmed, or undefined when it fails (not a repository,
 * no remote…). A question git does not answer within `timeoutMs` is stopped and said once through `warn`; git
 * is then asked nothing more in this run (every article would wait as long again).
 */
export function gitRunner(
  warn: (message: string) => void,
  timeoutMs = GIT_TIMEOUT_MS,
): (dir: string, ...args: string[]) => string | undefined {
  let stopped = false;
  return (dir, ...args) => {
    if (stopped || !mayBeInRepository(dir)) return undefined;
    const result = spawnSync('git', [...SAFE_GIT, ...args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
    });
    if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
      stopped = true;
      warn(
        `${relative(process.cwd(), dir) || '.'}: git did not answer within ${String(timeoutMs / 1000)} s (git ${args.join(' ')}): its repository may hold a FIFO or a device where git reads a file (.git/config, .git/HEAD), or be on a drive that does not answer. git was stopped and asked nothing more: the pages take no dates, repository, branch or commits from git. Import a copy of the folder without its .git, or pass --repository and --branch.`,
      );
      return undefined;
    }
    return result.status === 0 ? result.stdout.trim() : undefined;
  };
}
