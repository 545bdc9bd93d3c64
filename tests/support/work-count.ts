/**
 * Work counted, not timed: a test of a pass that once grew with the square of its input counts the work a
 * built-in does for it at two sizes and asserts it grows as the input does. Deterministic on any machine,
 * where a bound on CPU time fails on a busy one (and the developers' guide allows no timing assertion).
 */
import assert from 'node:assert/strict';

/**
 * What `work()` returns, and the sum of `weigh(result, receiver)` over every call of `prototype[method]`
 * it made. The built-in is replaced only while `work` runs, which is synchronous: no other test runs then.
 */
export function counted<T, P extends object>(
  prototype: P,
  method: keyof P & string,
  work: () => T,
  weigh: (result: unknown, receiver: unknown) => number = () => 1,
): { value: T; count: number } {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, method);
  const original: unknown = descriptor?.value;
  if (descriptor === undefined || typeof original !== 'function')
    throw new TypeError(`${method} is no method of its own`);
  let count = 0;
  Object.defineProperty(prototype, method, {
    ...descriptor,
    value: function (this: unknown, ...args: unknown[]): unknown {
      const result: unknown = Reflect.apply(original, this, args);
      count += weigh(result, this);
      return result;
    },
  });
  try {
    const value = work();
    return { value, count };
  } finally {
    Object.defineProperty(prototype, method, descriptor);
  }
}

/**
 * The characters `work()` took out of strings with String.prototype.slice: copying the whole text at each
 * edit shows here.
 */
export function slicedCharacters(work: () => unknown): number {
  return counted(String.prototype, 'slice', work, (part) => (typeof part === 'string' ? part.length : 0))
    .count;
}

/**
 * The characters of the strings `work()` looked for a last line break in (String.prototype.lastIndexOf):
 * reading all that is written again at each step shows here.
 */
export function searchedCharacters(work: () => unknown): number {
  return counted(String.prototype, 'lastIndexOf', work, (_, text) =>
    typeof text === 'string' ? text.length : 0,
  ).count;
}

/** Calls of Set.prototype.has `work()` made: a look down all that is open at each tag shows here. */
export function setLookups(work: () => unknown): number {
  return counted(Set.prototype, 'has', work).count;
}

/**
 * Asserts `work(size)` grows as `size` does: at twice the size, less than three times the count (twice, give
 * or take what does not grow with it; work growing with the square of the size counts four times as much). A
 * run at half the size comes first, not compared: what is made once (a parser, a pattern) is made there. A
 * test checks its results after this, as a result cached for its input would not be counted here.
 */
export function assertLinear(work: (size: number) => number, size: number): void {
  work(Math.ceil(size / 2));
  const once = work(size);
  const twice = work(2 * size);
  assert.ok(once > 0, 'nothing was counted: the work is done by another built-in now');
  assert.ok(
    twice < 3 * once,
    `${String(once)} at ${String(size)}, ${String(twice)} at ${String(2 * size)}: grows as the square of the input`,
  );
}
