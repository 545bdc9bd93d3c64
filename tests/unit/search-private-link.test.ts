/**
 * A reader's problem in stop words (blind trial 25, MicrosoftDocs/azure-docs articles/private-link): "why can't I
 * connect to my private endpoint" is "connect private endpoint" once its stop words drop out ("can't" is "can"
 * and "t"), which the page on managing connections answers as well as the troubleshooting guide the reader needs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery, planTerms, rankPages, type ScoredPage } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const privateLink = new Vocabulary(
  buildVocabulary([
    'Manage a Private Endpoint connection: approve, reject or remove the connection to a private endpoint.',
    'Troubleshoot Private Endpoint connectivity problems: diagnose why a client cannot connect to the private endpoint.',
    'What is a private endpoint? A network interface with a private IP address that connects you to a service.',
  ]),
);

const terms = (query: string, vocabulary = privateLink) => partTerms(planQuery(query, vocabulary));

test("can't, cannot, unable and not working also search the pages' troubleshoot", () => {
  // Before: "can't" dropped out with the stop words and the question lost its point.
  assert.deepEqual(terms("why can't I connect to my private endpoint")[0], ['can t', 'troubleshoot']);
  assert.deepEqual(terms('unable to connect to a private endpoint')[0], ['troubleshoot']);
  assert.deepEqual(terms('private endpoint not working').at(-1), ['troubleshoot']);
  // Only where the index holds it: a folder with no troubleshooting page searches the reader's other words alone.
  const noGuide = new Vocabulary(buildVocabulary(['Connect to a private endpoint.', 'A private endpoint.']));
  assert.deepEqual(terms("why can't I connect to my private endpoint", noGuide), [
    ['connect'],
    ['private'],
    ['endpoint'],
  ]);
});

test("the troubleshooting guide comes first for why can't I connect", () => {
  const plan = planQuery("why can't I connect to my private endpoint", privateLink);
  // Pagefind's scores as it gave them: the page on managing connections says "connection" most.
  const scores: Record<string, ScoredPage[]> = {
    troubleshoot: [{ id: 'troubleshoot', score: 4 }],
    connect: [
      { id: 'manage', score: 6 },
      { id: 'troubleshoot', score: 3 },
    ],
    private: [
      { id: 'manage', score: 5 },
      { id: 'troubleshoot', score: 4 },
    ],
    endpoint: [
      { id: 'manage', score: 5 },
      { id: 'troubleshoot', score: 4 },
    ],
  };
  const found = new Map(planTerms(plan).map((term) => [term, scores[term] ?? []]));
  assert.equal(rankPages(plan, found)[0]?.id, 'troubleshoot');
});
