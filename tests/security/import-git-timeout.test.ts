/**
 * An imported folder's `.git` whose config is a FIFO held the import forever: git waits on its open, and the
 * import asked git without a time limit (red team 17). git is now stopped, said once, and asked nothing more.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gitRunner } from '../../src/lib/import/git.ts';
import { tempDir } from '../support/temp-dir.ts';

test('a repository whose .git/config is a FIFO stops git, says so once, and git is asked nothing more', () => {
  const repo = join(tempDir('import-git-fifo-'), 'repo');
  mkdirSync(join(repo, 'docs'), { recursive: true });
  assert.equal(spawnSync('git', ['init', '-q'], { cwd: repo }).status, 0);
  rmSync(join(repo, '.git/config'));
  assert.equal(spawnSync('mkfifo', [join(repo, '.git/config')]).status, 0);

  const warnings: string[] = [];
  const git = gitRunner((message) => warnings.push(message), 300);
  const started = performance.now();
  assert.equal(git(join(repo, 'docs'), 'rev-parse', '--show-prefix'), undefined);
  assert.equal(git(join(repo, 'docs'), 'log', '-1', '--format=%cs', '--', 'a.md'), undefined);
  assert.ok(performance.now() - started < 5_000, 'git was waited for past its time limit');
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(
    warnings[0] ?? '',
    /repo\/docs: git did not answer within 0\.3 s \(git rev-parse --show-prefix\)/,
  );
  assert.match(warnings[0] ?? '', /asked nothing more.*--repository and --branch/);
});

test('a readable repository still answers', () => {
  const repo = join(tempDir('import-git-ok-'), 'repo');
  mkdirSync(join(repo, 'docs'), { recursive: true });
  assert.equal(spawnSync('git', ['init', '-q'], { cwd: repo }).status, 0);
  const warnings: string[] = [];
  const git = gitRunner((message) => warnings.push(message), 10_000);
  assert.equal(git(join(repo, 'docs'), 'rev-parse', '--show-prefix'), 'docs/');
  assert.deepEqual(warnings, []);
});
