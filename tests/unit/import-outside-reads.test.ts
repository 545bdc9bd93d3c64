/**
 * Import trial 24: dotnet/docs' fundamentals/syslib-diagnostics/syslib0017.md (an older version) includes
 * `../../../../includes/suppress-syslib-warning.md`, a path that climbs above the repository's root, which
 * --read-root named. The import's summary still said to import again with --read-root at a folder above it,
 * "such as the repository's root": the root it had. With --read-root, it says what a path above the
 * repository is and when a wider read root helps.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outsideReadsLine } from '../../src/lib/import/report.ts';

test('without --read-root, the summary says to give one', () => {
  assert.match(
    outsideReadsLine(2, undefined),
    /^2 include\(s\).* outside the source folder .*import again with --read-root <a folder above it>/,
  );
});

test('with --read-root, it names it, says a path above the repository is the source to fix, and when to widen it', () => {
  const line = outsideReadsLine(1, '../src/docs');
  assert.match(
    line,
    /^1 include\(s\), image\(s\) or code file\(s\) outside --read-root \.\.\/src\/docs were not read/,
  );
  assert.match(
    line,
    /above the repository's root names no file of it, on Learn either, so fix it in the source/,
  );
  assert.doesNotMatch(line, /<a folder above it>/);
  assert.match(outsideReadsLine(1, ''), /outside --read-root \. were not read/);
});
