/**
 * Front matter that writes a key twice, which YAML refuses ("Map keys must be unique") and docfx's YamlDotNet
 * reads, its last value kept: sql-docs' older JSON articles write `ms.reviewer: ""` and later
 * `ms.reviewer: genemi`, and Learn publishes them (import trial 26). The import reads the last value and
 * says so at the repeat's line, naming the key and its first line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { splitFrontMatter } from '../../src/lib/import/front-matter.ts';

/** MicrosoftDocs/sql-docs, docs/relational-databases/json/json-path-expressions-sql-server.md (CC BY 4.0), its front matter. */
const PATH_EXPRESSIONS = [
  '---',
  'title: "JSON Path Expressions (SQL Server) | Microsoft Docs"',
  'ms.custom: ""',
  'ms.date: "01/23/2017"',
  'ms.prod: sql',
  'ms.reviewer: ""',
  'ms.technology: ',
  'ms.topic: conceptual',
  'helpviewer_keywords: ',
  '  - "JSON, path expressions"',
  '  - "path expressions (JSON)"',
  'ms.assetid: 25ea679c-84cc-4977-867c-2cbe9d192553',
  'author: jovanpop-msft',
  'ms.author: jovanpop',
  'ms.reviewer: genemi',
  'monikerRange: "=azuresqldb-current||>=sql-server-2016||=sqlallproducts-allversions||>=sql-server-linux-2017||=azuresqldb-mi-current"',
  '---',
  '# JSON Path Expressions (SQL Server)',
  '',
  ' Use JSON path expressions to reference the properties of JSON objects.  ',
  '',
].join('\n');

test("the real article's front matter is read, the repeated key's last value kept, said at its line", () => {
  const { data, warnings } = splitFrontMatter(PATH_EXPRESSIONS, 'json-path-expressions-sql-server.md');
  assert.equal(data['title'], 'JSON Path Expressions (SQL Server) | Microsoft Docs');
  assert.equal(data['author'], 'jovanpop-msft');
  assert.equal(data['ms.reviewer'], 'genemi');
  assert.deepEqual(warnings, [
    {
      line: 15,
      message:
        'its front matter writes the key "ms.reviewer" again (first at line 6), which YAML refuses: its last value is read, as Learn\'s docfx reads it. Keep one of them.',
    },
  ]);
});

test('the article is imported, not refused, with the warning', () => {
  const files: Record<string, string> = { '/sql/json-path-expressions-sql-server.md': PATH_EXPRESSIONS };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(['/sql/json-path-expressions-sql-server.md'], {}, access);
  assert.deepEqual(plan.refused, []);
  assert.equal(plan.pages[0]?.frontMatter.title, 'JSON Path Expressions (SQL Server)');
  assert.deepEqual(
    plan.warnings.filter((note) => /again/.test(note.message)).map(({ file, line }) => `${file}:${line}`),
    ['/sql/json-path-expressions-sql-server.md:15'],
  );
});

test('a key the site reads, repeated, is its last value; in a nested mapping too; with tabs read as spaces', () => {
  const { data, warnings } = splitFrontMatter(
    '---\ntitle: First\nmeta:\n  a: 1\n  a: 2\ntitle: Last\nappliesto: [\n\t"x"\n\t]\n---\n',
    'a.md',
  );
  assert.deepEqual(data, { title: 'Last', meta: { a: 2 }, appliesto: ['x'] });
  assert.deepEqual(
    warnings.map(({ line, message }) => `${String(line)}: ${message.slice(0, 50)}`),
    [
      "8: its front matter's lines 8 to 9 start with tabs, w",
      '5: its front matter writes the key "a" again (first a',
      '6: its front matter writes the key "title" again (fir',
    ],
  );
});

test('YAML that still does not read is refused as before, at the line of its other problem', () => {
  assert.throws(
    () => splitFrontMatter('---\na: 1\na: 2\nms.date: [b\n---\n', 'c.md'),
    /c\.md:4: its front matter \(between the --- lines\) is not valid YAML: Flow sequence/,
  );
});
