/**
 * Import trial 24: windows-powershell-docs keeps each cmdlet as PlatyPS 1.0 writes it, a YAML page
 * (`### YamlMime:PowerShellCmdlet1`), and each module's page as `index.yml` (`YamlMime:PowerShellModule1`).
 * Its winserver2022-ps/International folder was refused whole ("a structured Learn page … only FAQ pages
 * … are imported"). A cmdlet page is the article Learn shows of it; a module's page, its cmdlets listed,
 * is a navigation page as a landing page is: a warning, no refusal.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { cmdletToMarkdown, cmdletTypeText } from '../../src/lib/import/yaml-powershell.ts';
import { tempDir } from '../support/temp-dir.ts';

// As windows-powershell-docs' winserver2022-ps/International/Set-WinUserLanguageList.yml writes it, shortened.
const SET_LIST = `### YamlMime:PowerShellCmdlet1
uid: International.Set-WinUserLanguageList
name: Set-WinUserLanguageList
module: International
isPreview: false
summary: |-
  Sets the language list and associated properties for the current user account.
description: |-
  The **Set-WinUserLanguageList** cmdlet sets the current user language settings.
notes: |-
  Changes take effect at the next sign-in.
parameters:
  cmdletParameters:
  - name: Confirm
    type: <xref href="SwitchParameter" data-throw-if-not-resolved="False" />
    description: |-
      Prompts you for confirmation before running the cmdlet.
    aliases:
    - cf
    defaultValue: "False"
    dontShow: false
    isDynamic: false
    parameterSets:
    - name: (All)
      position: Named
      isRequired: false
      valueFromPipeline: false
      valueFromPipelineByPropertyName: false
      valueFromRemainingArguments: false
    supportsWildcards: false
  - name: LanguageList
    type: <xref href="System.Collections.Generic.List\`1" data-throw-if-not-resolved="False" /><span>[</span><xref href="Microsoft.InternationalSettings.Commands.WinUserLanguage" data-throw-if-not-resolved="False" /><span>]</span>
    description: |-
      Specifies a language list.
    defaultValue: None
    parameterSets:
    - name: (All)
      position: "0"
      isRequired: true
      valueFromPipeline: true
  commonParameters: |-
    This cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable.
syntaxes:
- syntax: |-
    \`\`\`Syntax
    Set-WinUserLanguageList
        [-LanguageList] <System.Collections.Generic.List\`1[Microsoft.InternationalSettings.Commands.WinUserLanguage]>
        [-Confirm]
        [<CommonParameters>]
    \`\`\`
  parameterSetName: Default
  isDefault: true
inputs:
- name: <xref href="System.Collections.Generic.List<Microsoft.InternationalSettings.Commands.WinUserLanguage>" data-throw-if-not-resolved="False" />
  description: |-
    You can pipe a list of **WinUserLanguage** objects.
examples:
- title: 'Example 1: Add a language to an existing language list'
  description: |-
    \`\`\`
    PS C:\\> $OldList = Get-WinUserLanguageList
    \`\`\`

    This example adds the language French (France) to the language list of the user.
links:
- text: Get-WinUserLanguageList
  href: ./Get-WinUserLanguageList.yml
metadata:
  description: Use this topic to help manage Windows and Windows Server technologies with Windows PowerShell.
  document type: cmdlet
  Locale: en-US
  Module Name: International
  ms.date: 12/20/2016
  PlatyPS schema version: 2024-05-01
  title: Set-WinUserLanguageList
`;

const GET_LIST = `### YamlMime:PowerShellCmdlet1
uid: International.Get-WinUserLanguageList
name: Get-WinUserLanguageList
module: International
summary: |-
  Gets the language list for the current user account.
syntaxes:
- syntax: |-
    \`\`\`Syntax
    Get-WinUserLanguageList
    \`\`\`
  parameterSetName: Default
  isDefault: true
metadata:
  Module Name: International
  ms.date: 12/20/2016
  title: Get-WinUserLanguageList
`;

const MODULE = `### YamlMime:PowerShellModule1
uid: International
name: International Module
cmdletGroups:
- title: International Cmdlets
  cmdlets:
  - International.Get-WinUserLanguageList
  - International.Set-WinUserLanguageList
description: |-
  You can use the International Settings cmdlets to control the language of the user interface.
metadata:
  Module Name: International
  title: International
`;

function planOf(files: Record<string, string>) {
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  return planImport(Object.keys(files), { author: 'a' }, access);
}

test("a type is the text Learn shows of docfx's xrefs and spans", () => {
  assert.equal(
    cmdletTypeText(
      '<xref href="System.Collections.Generic.List`1" data-throw-if-not-resolved="False" /><span>[</span><xref href="Microsoft.InternationalSettings.Commands.WinUserLanguage" data-throw-if-not-resolved="False" /><span>]</span>',
    ),
    'System.Collections.Generic.List`1[Microsoft.InternationalSettings.Commands.WinUserLanguage]',
  );
  assert.equal(cmdletTypeText('<xref href="Boolean" data-throw-if-not-resolved="False" />'), 'Boolean');
});

test("a cmdlet page is the article Learn shows: its name, summary and sections, each parameter's properties", () => {
  const markdown = cmdletToMarkdown(SET_LIST, 'Set-WinUserLanguageList.yml');
  assert.match(markdown, /^---\n[^]*Module Name: International\n[^]*title: Set-WinUserLanguageList\n---\n/);
  const headings = [...markdown.matchAll(/^#{1,6} .*$/gm)].map((match) => match[0]);
  assert.deepEqual(headings, [
    '# Set-WinUserLanguageList',
    '## Syntax',
    '## Description',
    '## Examples',
    '### Example 1: Add a language to an existing language list',
    '## Parameters',
    '### -Confirm',
    '### -LanguageList',
    '### CommonParameters',
    '## Inputs',
    '### `System.Collections.Generic.List<Microsoft.InternationalSettings.Commands.WinUserLanguage>`',
    '## Notes',
    '## Related links',
  ]);
  assert.match(markdown, /# Set-WinUserLanguageList\n+Sets the language list and associated properties/);
  assert.match(markdown, /\| Aliases \| `cf` \|\n\| Default value \| False \|/);
  assert.match(
    markdown,
    /\| Type \| ``System\.Collections\.Generic\.List`1\[Microsoft\.InternationalSettings\.Commands\.WinUserLanguage\]`` \|/,
  );
  assert.match(markdown, /\| Position \| 0 \|\n\| Mandatory \| True \|\n\| Value from pipeline \| True \|/);
  assert.match(markdown, /- \[Get-WinUserLanguageList\]\(\.\/Get-WinUserLanguageList\.yml\)/);
});

test('a folder of cmdlet pages is imported, its links between them kept; the module page is a warning, not refused', () => {
  const plan = planOf({
    '/learn/International/Set-WinUserLanguageList.yml': SET_LIST,
    '/learn/International/Get-WinUserLanguageList.yml': GET_LIST,
    '/learn/International/index.yml': MODULE,
  });
  assert.deepEqual(plan.refused, []);
  assert.deepEqual(plan.pages.map((page) => page.slug).sort(), [
    'get-winuserlanguagelist',
    'set-winuserlanguagelist',
  ]);
  const set = plan.pages.find((page) => page.slug === 'set-winuserlanguagelist');
  assert.ok(set);
  assert.equal(set.frontMatter.title, 'Set-WinUserLanguageList');
  // The link to the other cmdlet's file stays as written, which the build resolves to its page.
  assert.match(set.body, /- \[Get-WinUserLanguageList\]\(\.\/Get-WinUserLanguageList\.yml\)/);
  assert.deepEqual(
    plan.warnings.filter((warning) => warning.message.includes('Get-WinUserLanguageList.yml')),
    [],
  );
  const module = plan.warnings.filter((warning) => warning.file === '/learn/International/index.yml');
  assert.equal(module.length, 1);
  assert.match(module[0]?.message ?? '', /YamlMime:PowerShellModule1\): cards of links.*its cmdlets/);
});

test("a TOC's uid entries name the cmdlet pages, as docfx resolves them (the docset's toc.yml lists them so)", async () => {
  const folder = tempDir('import-yaml-powershell-');
  const site = tempDir('import-yaml-powershell-site-');
  mkdirSync(join(folder, 'International'));
  writeFileSync(join(folder, 'International', 'Set-WinUserLanguageList.yml'), SET_LIST);
  writeFileSync(join(folder, 'International', 'Get-WinUserLanguageList.yml'), GET_LIST);
  // As winserver2022-ps/toc.yml lists a module: its node by the module's uid, each cmdlet by its own.
  writeFileSync(
    join(folder, 'toc.yml'),
    '- name: Reference\n  items:\n  - name: International\n    uid: International\n    items:\n    - name: Get-WinUserLanguageList\n      uid: International.Get-WinUserLanguageList\n    - name: Set-WinUserLanguageList\n      uid: International.Set-WinUserLanguageList\n',
  );
  // Set- first on the command line: the TOC, not the command line, orders them.
  const run = await importCommand([
    join(folder, 'International', 'Set-WinUserLanguageList.yml'),
    join(folder, 'International', 'Get-WinUserLanguageList.yml'),
    '--toc',
    join(folder, 'toc.yml'),
    '--author',
    'a',
    '--repository',
    'MicrosoftDocs/windows-powershell-docs',
    '--learn-path',
    'powershell/module',
    '--root',
    site,
  ]);
  const output = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.status, 0, output);
  assert.doesNotMatch(output, /placed after the pages it lists|"uid: International\.[^"]*"/);
  const order = (name: string) =>
    /^order: (\d+)$/m.exec(readFileSync(join(site, `content/international/${name}.md`), 'utf8'))?.[1];
  assert.deepEqual([order('get-winuserlanguagelist'), order('set-winuserlanguagelist')], ['1', '2']);
});
