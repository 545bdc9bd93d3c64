/**
 * An imported folder may come with its own `.git` (an archive, a shared copy): the import reads dates and
 * the repository from git there, and the folder's git config must not make git run a program of its own.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/temp-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test("a folder's git config cannot make the import run a program (gpg.program on a signed commit)", async () => {
  const dir = tempDir('import-git-');
  const repo = join(dir, 'repo');
  const marker = join(dir, 'ran.txt');
  mkdirSync(join(repo, 'docs'), { recursive: true });
  // A signer that makes a signature git accepts, so the commit is signed.
  const signer = join(dir, 'sign.sh');
  writeFileSync(
    signer,
    '#!/bin/sh\necho "[GNUPG:] SIG_CREATED D 1 8 00 1 ABC" >&2\ncat >/dev/null\nprintf -- "-----BEGIN PGP SIGNATURE-----\\n\\nAAAA\\n-----END PGP SIGNATURE-----\\n"\n',
  );
  // The attacker's program, named by the folder's own config.
  const program = join(repo, 'verify.sh');
  writeFileSync(program, `#!/bin/sh\necho ran >> '${marker}'\ncat >/dev/null\nexit 1\n`);
  chmodSync(signer, 0o755);
  chmodSync(program, 0o755);
  writeFileSync(
    join(repo, 'docs/article.md'),
    '---\ntitle: An article\ndescription: One.\n---\n\n# An article\n\nText.\n',
  );
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  };
  git('init', '-q');
  git('-c', 'user.name=a', '-c', 'user.email=a@example.com', '-c', `gpg.program=${signer}`, 'add', '.');
  git(
    '-c',
    'user.name=a',
    '-c',
    'user.email=a@example.com',
    '-c',
    `gpg.program=${signer}`,
    'commit',
    '-q',
    '-S',
    '-m',
    'signed',
  );
  git('config', 'log.showSignature', 'true');
  git('config', 'gpg.program', program);
  // The trap is set: git run in the folder as before would run the program.
  spawnSync('git', ['log', '-1', '--format=%cs'], { cwd: repo });
  assert.equal(existsSync(marker), true, 'the folder runs its program under a plain git log');
  writeFileSync(marker, '');

  const project = join(dir, 'project');
  cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
  const run = await importCommand([join(repo, 'docs/article.md'), '--root', project, '--learn-path', 'docs']);
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  assert.equal(readFileSync(marker, 'utf8'), '', 'the import ran the folder’s program');
  // git was asked all the same: the page's date is its commit's.
  const today = new Date().toISOString().slice(0, 10);
  assert.match(readFileSync(join(project, 'content/article.md'), 'utf8'), new RegExp(`updated: ${today}`));
});

test('a commit dated ahead, or before 1990, gives the page no date: it is dated the day of the import', async () => {
  const today = new Date().toISOString().slice(0, 10);
  for (const committed of ['2099-01-01T00:00:00Z', '1980-01-01T00:00:00Z']) {
    const repo = tempDir('import-git-date-');
    mkdirSync(join(repo, 'docs'));
    writeFileSync(
      join(repo, 'docs/article.md'),
      '---\ntitle: An article\ndescription: One.\n---\n\n# An article\n\nText.\n',
    );
    const env = { ...process.env, GIT_COMMITTER_DATE: committed, GIT_AUTHOR_DATE: committed };
    for (const args of [
      ['init', '-q'],
      ['add', '.'],
      ['-c', 'user.name=a', '-c', 'user.email=a@example.com', 'commit', '-q', '-m', 'dated'],
    ])
      assert.equal(spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' }).status, 0);
    const project = tempDir('import-git-date-site-');
    cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
    const run = await importCommand([
      join(repo, 'docs/article.md'),
      '--root',
      project,
      '--learn-path',
      'docs',
    ]);
    assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
    assert.match(
      readFileSync(join(project, 'content/article.md'), 'utf8'),
      new RegExp(`updated: ${today}`),
      committed,
    );
  }
});
