/** What code under test says on the console, captured for tests. */

/** Runs `action` with console.warn captured; returns its result and what it warned. */
export async function warnings<T>(action: () => Promise<T>): Promise<{ result: T; warned: string[] }> {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warned.push(args.join(' '));
  try {
    return { result: await action(), warned };
  } finally {
    console.warn = original;
  }
}
