/** What a command run in this process prints, captured instead of printed: for commands tests run in process. */

/** The run going on: one at a time, as each changes the process's streams (and its folder, arguments…). */
let running: Promise<unknown> = Promise.resolve();

/**
 * What `run` printed on stdout and on stderr (console.log, console.error, the streams' write), and its result;
 * run with `folder` as the process's working folder, as a command run there. Runs wait for the one before to
 * end: suites' async bodies (an import run in a describe) run side by side.
 */
export function captured<T>(
  run: () => Promise<T>,
  folder: string,
): Promise<{ value: T; stdout: string; stderr: string }> {
  const result = running.then(() => capture(run, folder));
  running = result.catch(() => undefined);
  return result;
}

async function capture<T>(
  run: () => Promise<T>,
  folder: string,
): Promise<{ value: T; stdout: string; stderr: string }> {
  const before = process.cwd();
  const printed = { stdout: '', stderr: '' };
  const streams = { stdout: process.stdout, stderr: process.stderr };
  const own = {
    stdout: Object.getOwnPropertyDescriptor(process.stdout, 'write'),
    stderr: Object.getOwnPropertyDescriptor(process.stderr, 'write'),
  };
  for (const name of ['stdout', 'stderr'] as const) {
    const stream = streams[name];
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    // Text only: a test file's process reports to the test runner through stdout, in binary.
    stream.write = (chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'string') return write(chunk, ...rest);
      printed[name] += chunk;
      const callback = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    };
  }
  try {
    process.chdir(folder);
    const value = await run();
    return { value, ...printed };
  } finally {
    for (const name of ['stdout', 'stderr'] as const) {
      const descriptor = own[name];
      if (descriptor) Object.defineProperty(streams[name], 'write', descriptor);
      else Reflect.deleteProperty(streams[name], 'write');
    }
    process.chdir(before);
  }
}
