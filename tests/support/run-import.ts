/**
 * The import (scripts/import.ts), and the project's other scripts, run as a maintainer runs them from this
 * project: their exit status and what they printed.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join, relative } from 'node:path';
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

/**
 * `npm run import -- …args`, run in this process from `folder` (the project's by default), as a maintainer runs
 * it: a run of its own (importRun: its own warnings, git and dates) with `args` as its command line, what it
 * prints captured, and its exit status. The script's module, its packages and the site's modules are loaded
 * once per test process (a spawned import spends about half its second loading them). Imports and builds in
 * process run one at a time.
 */
export async function importCommand(args: readonly string[], folder = ROOT): Promise<ImportRun> {
  const { importRun } = await import('../../scripts/import.ts');
  return inProcess(IMPORT, args, folder, () => importRun([...args]));
}

let runs = 0;

/**
 * `node <script> …args` (a script of this project that sets process.exitCode, never calls process.exit but
 * for --help or a wrong option, and starts no process printing to this one's streams), run in this process
 * from `folder`: a fresh copy of the script's module runs with `args` as its command line.
 */
export function scriptCommand(script: string, args: readonly string[], folder = ROOT): Promise<ImportRun> {
  return inProcess(script, args, folder, async () => {
    runs += 1;
    await import(`${pathToFileURL(script).href}?run=${String(runs)}`);
    return Number(process.exitCode ?? 0);
  });
}

/** `start`, run as `node <script> …args` would be from `folder`: what it printed, and its exit status. */
async function inProcess(
  script: string,
  args: readonly string[],
  folder: string,
  start: () => Promise<number>,
): Promise<ImportRun> {
  const {
    value: status,
    stdout,
    stderr,
  } = await captured(async () => {
    const { argv, exitCode } = process;
    process.argv = [argv[0] ?? process.execPath, script, ...args];
    process.exitCode = undefined;
    try {
      return await start();
    } finally {
      process.argv = argv;
      process.exitCode = exitCode;
    }
  }, folder);
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

/** How long a run in a process of its own may take before it is stopped, and its test failed. */
export interface ProcessOptions {
  /** In milliseconds. */
  timeout: number;
}

/**
 * `node …args` in a process of its own, from the project's folder: for the tests whose point only a process
 * can show. A run that would not end (a loop, /dev/zero or a FIFO read, a backtracking match) would keep a
 * test's own thread busy, which node:test's timeout cannot stop; here it is killed after `timeout` ms, and
 * this fails naming the command and what it printed so far. Its exit status otherwise, as importCommand's.
 */
export function nodeProcess(args: readonly string[], { timeout }: ProcessOptions): Promise<ImportRun> {
  const command = `node ${args.map((arg) => (arg.startsWith(ROOT) ? relative(ROOT, arg) : arg)).join(' ')}`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, timeout, killSignal: 'SIGKILL' });
    const printed = { stdout: '', stderr: '' };
    child.stdout.setEncoding('utf8').on('data', (text: string) => (printed.stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (printed.stderr += text));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const { stdout, stderr } = printed;
      const output = `${stdout}\n${stderr}`;
      if (status === null) {
        // Killed by the timeout, or else by something else (the kernel's out-of-memory killer, say).
        const how = child.killed
          ? `did not end within ${String(timeout / 1000)} s`
          : `was killed (${String(signal)})`;
        reject(new assert.AssertionError({ message: `${command} ${how}; it printed:\n${output}` }));
      } else resolve({ status, stdout, stderr, output });
    });
  });
}

/**
 * `npm run import -- …args` in a process of its own (see nodeProcess): only for a test of a run that must be
 * stopped if it does not end (a FIFO, /dev/zero, a folder linked into itself, a runaway glob), which would
 * hang the test process in process. Every other import test runs `importCommand`.
 */
export function importProcess(args: readonly string[], options: ProcessOptions): Promise<ImportRun> {
  return nodeProcess([IMPORT, ...args], options);
}
