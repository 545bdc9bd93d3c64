/** Runs a command and samples the resident memory of its whole process tree (Linux /proc). */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** Parent pid and resident bytes of every process, read from /proc. */
function readProcesses(): Map<number, { parent: number; rss: number }> {
  const processes = new Map<number, { parent: number; rss: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      const rss = Number(readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      processes.set(Number(entry), { parent, rss });
    } catch {
      // The process ended between listing and reading: it no longer counts.
    }
  }
  return processes;
}

/** Resident bytes of `root` and all its descendants now. */
function treeRss(root: number): number {
  const processes = readProcesses();
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    total += processes.get(pid)?.rss ?? 0;
    for (const [child, info] of processes) if (info.parent === pid) queue.push(child);
  }
  return total;
}

export interface RunResult {
  code: number | null;
  wallMs: number;
  /** CPU time (user + system) of the command and every child it waited for: steadier than wall time on a busy machine. */
  cpuMs: number;
  peakRssBytes: number;
  output: string;
}

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;
const CPU_MARKER = '@@bench-cpu-ticks';

/**
 * A shell that runs the command, then prints the CPU time of the children it waited for (cutime and
 * cstime, fields 16 and 17 of /proc/<shell>/stat) so the figure covers the whole build.
 */
const CPU_WRAPPER = `"$0" "$@"; code=$?; echo "${CPU_MARKER} $(cut -d' ' -f16,17 /proc/$$/stat)" >&2; exit $code`;

/** Runs `command` in `cwd`, sampling the tree's memory every 50 ms; resolves when it exits. */
export function runMeasured(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/bin/sh', ['-c', CPU_WRAPPER, command, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakRssBytes = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const ticks = new RegExp(`${CPU_MARKER} (\\d+) (\\d+)`).exec(output);
      const cpuMs = ticks ? ((Number(ticks[1]) + Number(ticks[2])) * 1000) / TICKS_PER_SECOND : NaN;
      resolve({ code, wallMs: performance.now() - start, cpuMs, peakRssBytes, output });
    });
  });
}
