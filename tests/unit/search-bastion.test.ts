/**
 * Pages shaped like Azure Bastion's articles (blind trial 19, MicrosoftDocs/azure-docs articles/bastion): readers'
 * words for the pages' own (a jump box for their jump servers, replay for their recordings, kick (a user) off for
 * disconnect, sftp for scp, cheapest for cost, maximize for full screen, simultaneous for concurrent), and the
 * heading naming the reader's word that the page's title names too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/plan.ts';
import { rankSubResults } from '../../src/search/results.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const bastion = new Vocabulary(
  buildVocabulary([
    'What is Azure Bastion? Deploy bastion hosts (also known as jump-servers) at the public side of your perimeter network. Relay traffic.',
    'Configure Bastion session recording: view a recording of a session in the integrated web player.',
    'Session monitoring: select an ongoing session and force-disconnect or delete it, to disconnect the user. Remove a user.',
    'File transfer using a native client: upload files with scp through the tunnel.',
    'Choose the right SKU: Developer is free. Pricing model: hourly cost. Start and run a scan.',
    'Change to full screen view: select the Fullscreen button. Maximize your investment.',
    'Each instance supports 20 concurrent RDP connections.',
    'Working with NSG access and Azure Bastion. AzureBastionSubnet: ingress traffic. Apply NSGs to AzureBastionSubnet: add these rules.',
  ]),
);

const termsOf = (query: string) => partTerms(planQuery(query, bastion));

test("readers' words for the pages' own are searched by them, not dropped or read as slips", () => {
  assert.ok(termsOf('jump box for azure vms')[0]?.includes('jump server'), 'jump box: jump servers');
  const replay = planQuery('replay user sessions', bastion);
  assert.equal(replay.corrected, null, 'replay is no slip for relay');
  assert.ok(partTerms(replay)[0]?.includes('recording'));
  const kick = planQuery('kick a user off the vm', bastion);
  assert.deepEqual(kick.dropped, []);
  assert.ok(partTerms(kick)[0]?.includes('disconnect'));
  // To kick off a task is to start it, not to disconnect anyone.
  const kickOff = termsOf('kick off a scan')[0] ?? [];
  assert.ok(kickOff.includes('start') && !kickOff.includes('disconnect'), JSON.stringify(kickOff));
  assert.ok(termsOf('sftp to vm through bastion')[0]?.includes('scp'));
  assert.ok(termsOf('cheapest bastion tier')[0]?.includes('cost'));
  assert.ok(termsOf('maximize vm window')[0]?.includes('full screen'));
  assert.ok(termsOf('simultaneous connections')[0]?.includes('concurrent'));
});

test("a word the page's title names chooses between headings alike: the one naming it, though written as a plural", () => {
  const sub = (title: string) => ({
    title,
    url: `/bastion-nsg/#${title.toLowerCase().replaceAll(' ', '-')}`,
    excerpt: '',
    weighted_locations: [{ weight: 1, balanced_score: 1, location: 0 }],
  });
  const parts = partTerms(planQuery('nsg rules azurebastionsubnet', bastion));
  const headings = [sub('AzureBastionSubnet'), sub('Apply NSGs to AzureBastionSubnet')];
  assert.equal(
    rankSubResults(headings, parts, 'Working with NSG access and Azure Bastion')[0]?.title,
    'Apply NSGs to AzureBastionSubnet',
  );
});
