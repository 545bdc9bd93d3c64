/**
 * ESLint lints the <script> of an .astro file, which eslint-plugin-astro hands it as a file of its own
 * (`X.astro/1_1.ts`, on no disk): with type information asked for, its parse failed (the project service
 * found no such file) and the plugin dropped the error, so such scripts were not linted at all.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

test("an .astro file's <script> is linted by the project's rules", async () => {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText("import { x } from './x.ts';\n\ndebugger;\n", {
    filePath: `${ROOT}src/components/Example.astro/1_1.ts`,
  });
  const messages = result?.messages.map(({ ruleId, message }) => `${ruleId ?? 'fatal'}: ${message}`);
  assert.deepEqual(messages, [
    "@typescript-eslint/no-unused-vars: 'x' is defined but never used.",
    "no-debugger: Unexpected 'debugger' statement.",
  ]);
});
