/**
 * Software words readers type for the pages' own, on pages shaped like PowerShell's remoting articles (blind
 * trial 10): cross-platform for multiplatform, autocomplete for completion.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { synonymsOf } from '../../src/search/synonyms.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const remoting = new Vocabulary(
  buildVocabulary([
    'PowerShell remoting over SSH: SSH is available for Linux and Windows platforms and allows true multiplatform PowerShell remoting.',
    'Making the second hop in PowerShell remoting: Kerberos constrained delegation is limited to one domain and cannot cross domains or forests.',
    'Using tab expansion: PowerShell can complete the names of files and cmdlets when you press the Tab key.',
    'Role capabilities: for tab completion to work in JEA sessions, make the function TabExpansion2 visible.',
  ]),
);

const termsOf = (query: string) => partTerms(planQuery(query, remoting));

test('cross-platform searches multiplatform, the word the page on remoting over SSH uses', () => {
  const parts = termsOf('cross-platform remoting');
  assert.ok(
    parts.some((part) => part.includes('multiplatform')),
    JSON.stringify(parts),
  );
  assert.ok(termsOf('cross platform').some((part) => part.includes('multiplatform')));
  assert.deepEqual(synonymsOf('multiplatform'), ['cross platform', 'crossplatform', 'multi platform']);
});

test('autocomplete, on no page, is searched by completion and complete, not dropped', () => {
  const plan = planQuery('autocomplete cmdlet names', remoting);
  assert.deepEqual(plan.dropped, [], 'no "No page has autocomplete"');
  const autocomplete = plan.parts[0]?.alternatives.map((alternative) => alternative.term) ?? [];
  assert.ok(autocomplete.includes('complete'), JSON.stringify(autocomplete));
  assert.ok(autocomplete.includes('tab completion'), JSON.stringify(autocomplete));
  assert.deepEqual(synonymsOf('complete'), [], 'every "complete" does not also search "autocomplete"');
});
