/** gitRunner (src/lib/import/git.ts): git is started only where it could find a repository. */
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { test } from 'node:test';
import { gitRunner, mayBeInRepository } from '../../src/lib/import/git.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Runs `ask` with a `git` first on PATH that notes the folder it ran in and answers "answer": what it noted. */
function withFakeGit(env: Record<string, string>, ask: () => void): string[] {
  const bin = tempDir('git-runner-bin-');
  const log = join(bin, 'ran.txt');
  writeFileSync(join(bin, 'git'), `#!/bin/sh\npwd >> '${log}'\necho answer\n`);
  chmodSync(join(bin, 'git'), 0o755);
  const saved = { ...process.env };
  Object.assign(process.env, env, { PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` });
  try {
    ask();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) Reflect.deleteProperty(process.env, key);
    Object.assign(process.env, saved);
  }
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
}

test('git is not started for a folder with no .git in it or above it, and is where one is', (t) => {
  const outside = tempDir('git-runner-none-');
  if (mayBeInRepository(outside)) {
    t.skip('the temporary folder is inside a repository');
    return;
  }
  const repo = tempDir('git-runner-repo-');
  mkdirSync(join(repo, '.git'));
  mkdirSync(join(repo, 'docs'));
  // A worktree's or a submodule's .git is a file.
  const worktree = tempDir('git-runner-worktree-');
  writeFileSync(join(worktree, '.git'), 'gitdir: /elsewhere\n');
  const answers: (string | undefined)[] = [];
  const ran = withFakeGit({}, () => {
    const git = gitRunner(() => undefined);
    for (const dir of [outside, join(repo, 'docs'), worktree]) answers.push(git(dir, 'log', '-1'));
  });
  assert.deepEqual(answers, [undefined, 'answer', 'answer']);
  assert.deepEqual(ran, [join(repo, 'docs'), worktree]);
});

test('GIT_DIR names a repository wherever git runs, so git is started', () => {
  const outside = tempDir('git-runner-gitdir-');
  let answer: string | undefined;
  const ran = withFakeGit({ GIT_DIR: '/elsewhere/.git' }, () => {
    answer = gitRunner(() => undefined)(outside, 'log', '-1');
  });
  assert.equal(answer, 'answer');
  assert.deepEqual(ran, [outside]);
});
