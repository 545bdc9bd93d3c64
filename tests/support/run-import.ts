/** The import (scripts/import.ts) run as a maintainer runs it from this project: its exit status and what it printed. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The import's options a test gives, as `npm run import -- --toc … --repository …` takes them. */
export interface ImportOptions {
  /** The project imported into (--root). */
  root: string;
  toc?: string;
  repository?: string;
  learnPath?: string;
}

export function runImport(
  files: readonly string[],
  { root, toc, repository, learnPath }: ImportOptions,
): { status: number | null; stdout: string; stderr: string; output: string } {
  const flags = [
    ...(toc === undefined ? [] : ['--toc', toc]),
    ...(repository === undefined ? [] : ['--repository', repository]),
    ...(learnPath === undefined ? [] : ['--learn-path', learnPath]),
    '--root',
    root,
  ];
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...files, ...flags], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    output: `${run.stdout}\n${run.stderr}`,
  };
}
