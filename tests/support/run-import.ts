/** The import (scripts/import.ts) run as a maintainer runs it from this project: its exit status and what it printed. */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { captured } from './captured.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT = join(ROOT, 'scripts/import.ts');

/** What an import printed, and the status it exits with. */
export interface ImportRun {
  status: number;
  stdout: string;
  stderr: string;
  /** stdout, then stderr. */
  output: string;
}

let runs = 0;

/**
 * `npm run import -- …args`, run in this process from the project's folder: a fresh copy of the script's module
 * (its own warnings and caches) runs with `args` as its command line, what it prints is captured, and its exit
 * code read. The packages and the site's modules it imports are loaded once per test process (a spawned
 * import spends about half its second loading them). Imports and builds in process run one at a time.
 */
export async function importCommand(args: readonly string[]): Promise<ImportRun> {
  const {
    value: status,
    stdout,
    stderr,
  } = await captured(async () => {
    const { argv, exitCode } = process;
    process.argv = [argv[0] ?? process.execPath, IMPORT, ...args];
    process.exitCode = undefined;
    try {
      runs += 1;
      await import(`${pathToFileURL(IMPORT).href}?run=${String(runs)}`);
      // Read as the run set it (the assignment above would narrow it to undefined).
      const { exitCode: code } = process as { exitCode?: number | string | null };
      return Number(code ?? 0);
    } finally {
      process.argv = argv;
      process.exitCode = exitCode;
    }
  }, ROOT);
  return { status, stdout, stderr, output: `${stdout}\n${stderr}` };
}

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
): Promise<ImportRun> {
  return importCommand([
    ...files,
    ...(toc === undefined ? [] : ['--toc', toc]),
    ...(repository === undefined ? [] : ['--repository', repository]),
    ...(learnPath === undefined ? [] : ['--learn-path', learnPath]),
    '--root',
    root,
  ]);
}
