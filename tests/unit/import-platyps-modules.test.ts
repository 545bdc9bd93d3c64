/**
 * PlatyPS reference folders (azure-docs-powershell's azps-0.10.0/Az.Accounts, PowerShell-Docs' reference/7.4):
 * front matter without title or description, a module page named as its folder, and a docfx.json that may
 * not build them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { warningLines } from '../../src/lib/import/report.ts';

/** An in-memory Learn folder. */
function folder(files: Record<string, string>): SourceFiles {
  return { read: (path) => files[path], exists: (path) => path in files };
}

// As azure-docs-powershell writes them (azps-0.10.0/Az.Accounts, its English text).
const MODULE = [
  '---',
  'Module Name: Az.Accounts',
  'Module Guid: 342714fc-4009-4863-8afb-a9067e3db04b',
  'Download Help Link: https://docs.microsoft.com/en-us/powershell/module/az.accounts',
  'Help Version: 4.6.0.0',
  'Locale: en-US',
  '---',
  '# Az.Accounts Module',
  '## Description',
  'Manages credentials and common configuration for all Azure modules.',
  '',
  '## Az.Accounts Cmdlets',
  '### [Get-AzContext](Get-AzContext.md)',
  'Gets the metadata used to authenticate Azure Resource Manager requests.',
  '',
].join('\n');
const CMDLET = [
  '---',
  'external help file: Microsoft.Azure.PowerShell.Cmdlets.Accounts.dll-Help.xml',
  'Module Name: Az.Accounts',
  'online version: https://docs.microsoft.com/en-us/powershell/module/az.accounts/get-azcontext',
  'schema: 2.0.0',
  '---',
  '# Get-AzContext',
  '',
  '## SYNOPSIS',
  'Gets the metadata used to authenticate Azure Resource Manager requests.',
  '',
].join('\n');
const FILES = {
  '/repo/azps-0.10.0/Az.Accounts/Az.Accounts.md': MODULE,
  '/repo/azps-0.10.0/Az.Accounts/Get-AzContext.md': CMDLET,
};
const ARTICLES = Object.keys(FILES);
const OPTIONS = { readRoot: '/repo', author: 'a' };

describe('a PlatyPS folder', () => {
  test('each missing title and description says where its text came from (the H1, the first sentence)', () => {
    const plan = planImport(ARTICLES, OPTIONS, folder(FILES));
    const lines = warningLines(plan.warnings, (file) => file).filter((line) =>
      /"title"|"description"/.test(line),
    );
    assert.deepEqual(lines, [
      '2 files: front-matter field "title" is missing (taken from the H1): each given its own (/repo/azps-0.10.0/Az.Accounts/Az.Accounts.md:1, /repo/azps-0.10.0/Az.Accounts/Get-AzContext.md:1).',
      '2 files: front-matter field "description" is missing (taken from the first sentence): each given its own (/repo/azps-0.10.0/Az.Accounts/Az.Accounts.md:1, /repo/azps-0.10.0/Az.Accounts/Get-AzContext.md:1).',
    ]);
    const headless = planImport(
      ['/repo/x/a.md'],
      OPTIONS,
      folder({ '/repo/x/a.md': '---\nauthor: a\n---\n' }),
    );
    assert.match(
      warningLines(headless.warnings, (file) => file).join('\n'),
      /"title" is missing \(taken from the file name\): using "a"[\s\S]*"description" is missing \(taken from the file name\)/,
    );
  });
});
