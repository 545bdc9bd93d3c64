import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';

const FRONT =
  '---\ntitle: Widget overview\ndescription: "All about widgets."\nauthor: testwriter\nms.date: 03/07/2025\n---\n';

test('an include inside a line is its text, inline, links rebased; a missing one is warned and left out', () => {
  const files: Record<string, string> = {
    '/learn/docs/a.md': `${FRONT}\n# A page\n\n- **Type:** [!INCLUDE [t](includes/type.md)]\n- **Join:** [!INCLUDE [j](includes/join.md)], [!INCLUDE [t](includes/type.md)] and \`[!INCLUDE [t](includes/type.md)]\`\n- **Gone:** [!INCLUDE [g](includes/gone.md)].\n\n[!INCLUDE [applies](includes/applies.md)]\n`,
    '/learn/docs/includes/type.md': '---\nms.topic: include\n---\n\nhybrid\n',
    '/learn/docs/includes/join.md': '[Entra join](../../b.md "Tip") or\n[!INCLUDE [t](type.md)] join\n',
    '/learn/docs/includes/applies.md': '- **Applies to:** [!INCLUDE [j](join.md)]\n',
    '/learn/b.md': `${FRONT}\n# B\n`,
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(['/learn/docs/a.md', '/learn/b.md'], {}, access);
  const body = plan.pages[0]?.body ?? '';
  assert.match(body, /^- \*\*Type:\*\* hybrid$/m);
  assert.match(
    body,
    /^- \*\*Join:\*\* \[Entra join\]\(\.\.\/b\.md "Tip"\) or hybrid join, hybrid and `\[!INCLUDE \[t\]\(includes\/type\.md\)\]`$/m,
  );
  // Nested (a whole-line include holding one inside a line): links rebased once per level, to the page's folder.
  assert.match(body, /^- \*\*Applies to:\*\* \[Entra join\]\(\.\.\/b\.md "Tip"\) or hybrid join$/m);
  assert.match(body, /^- \*\*Gone:\*\* \.$/m);
  assert.ok(
    plan.warnings.some(
      (note) => note.line === 12 && /\[!INCLUDE\] "includes\/gone\.md" does not exist/.test(note.message),
    ),
  );
});

test('after an escaped backslash (\\\\[!INCLUDE) an include is read; after an odd run of backslashes it is text', () => {
  const files: Record<string, string> = {
    '/learn/a.md': `${FRONT}\n# A page\n\nThe tools are in %ProgramFiles%\\\\[!INCLUDE [folder](includes/folder.md)]\\bin.\n\nWrite \\[!INCLUDE [folder](includes/folder.md)] or \\\\\\[!INCLUDE [folder](includes/folder.md)] to show one.\n`,
    '/learn/includes/folder.md': 'Contoso Tools\n',
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const body = planImport(['/learn/a.md'], {}, access).pages[0]?.body ?? '';
  assert.match(body, /^The tools are in %ProgramFiles%\\\\Contoso Tools\\bin\.$/m);
  assert.match(
    body,
    /^Write \\\[!INCLUDE \[folder\]\(includes\/folder\.md\)\] or \\\\\\\[!INCLUDE \[folder\]\(includes\/folder\.md\)\] to show one\.$/m,
  );
});
