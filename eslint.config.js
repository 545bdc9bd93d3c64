// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.astro'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
    rules: {
      // tsconfig's erasableSyntaxOnly makes an enum a compile error here, so these two rules have nothing to
      // check, yet ask the type of every value assigned, passed or compared: about 4 of ESLint's 76 s of CPU.
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // Template literals of numbers are how this code writes figures and line numbers.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // node:test runs `test()` and `describe()` itself; their promises need no await.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: ['test', 'describe', 'it', 'suite'], package: 'node:test' },
          ],
        },
      ],
    },
  },
  // astro-eslint-parser cannot use the project service and makes a program of its own for .astro files: of
  // tsconfig.json, it held the tests and scripts too, and was checked anew for each file. tsconfig.astro.json
  // holds the .astro files and what they import.
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.astro.json' },
    },
  },
  // A <script> of an .astro file is linted as a file of its own (eslint-plugin-astro's *.astro/*.ts), which is
  // on no disk and so in no program: with type information asked for, its parse failed (a file the project
  // service did not find), and the plugin dropped the error, so such a script was not linted at all. The
  // modules it imports are linted with type information as files of their own.
  { files: ['**/*.astro/*.ts'], ...tseslint.configs.disableTypeChecked },
  // astro-eslint-parser gives TypeScript no types for template JSX or `astro:content` calls in
  // .astro files, so every value there reads as `error`; the frontmatter is still type-checked by
  // `astro check`.
  {
    files: ['**/*.astro'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Plain JavaScript files (config, the blocking theme script) are not type-checked.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
