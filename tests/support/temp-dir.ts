/**
 * Temporary folders for tests, removed when the process exits: a test that fails before its own clean-up, or
 * one whose folder something still writes into after it ends, leaves nothing in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A folder a test made unreadable stays; the process's own exit code must not change for it.
    }
  }
});

/** A new empty folder in the system's temporary folder, named `prefix` and six random characters. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
