/** Acronyms the pages define, found at build time, and searched as their long forms (and the reverse). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AcronymCounter, acronymsIn, longFormOf } from '../../src/search/acronyms.ts';
import { planQuery, planTerms } from '../../src/search/plan.ts';
import { Vocabulary, buildVocabulary } from '../../src/search/vocabulary.ts';

test('a long form is the words before the parenthesis that hold its letters, the first starting a word', () => {
  // Sentences as real Learn articles write them (memdocs, defender-docs, azure-devops-docs, windowsserverdocs).
  assert.deepEqual(
    acronymsIn(
      'Devices are enrolled in mobile device management (MDM). Set up multifactor authentication (MFA) first.',
    ),
    [
      ['mdm', 'mobile device management'],
      ['mfa', 'multifactor authentication'],
    ],
  );
  assert.deepEqual(acronymsIn('It has endpoint detection and response (EDR) capabilities.'), [
    ['edr', 'endpoint detection and response'],
  ]);
  assert.deepEqual(acronymsIn('Add product backlog items (PBIs) to the backlog.'), [
    ['pbi', 'product backlog items'],
  ]);
  assert.deepEqual(acronymsIn('Turn on two-factor authentication (2FA).'), [], 'a digit no word starts with');
  assert.equal(longFormOf('RHEL', 'on Red Hat Enterprise Linux'), 'red hat enterprise linux');
});

test('what only looks like a definition is left out', () => {
  assert.deepEqual(acronymsIn('Select Save (Preview).'), [], 'not capitals');
  assert.deepEqual(
    acronymsIn('Right-click the domain name node and select New Alias (CNAME).'),
    [],
    'a sentence',
  );
  assert.deepEqual(acronymsIn('Sign in. (MFA) is required.'), [], 'not across a full stop');
  assert.deepEqual(acronymsIn('The admin center (MDM) settings.'), [], 'letters not held in order');
  assert.deepEqual(acronymsIn('Use Intune (INTUNE).'), [], 'one word is a spelling');
});

test('acronyms counted in shares and merged are those of one count, most often defined first', () => {
  const texts = [
    'conditional access (CA) policies',
    'a certificate authority (CA)',
    'conditional access (CA) again',
  ];
  const [first, second, all] = [new AcronymCounter(), new AcronymCounter(), new AcronymCounter()];
  texts.forEach((text, index) => {
    (index === 1 ? second : first).add(text);
    all.add(text);
  });
  const merged = new AcronymCounter();
  merged.merge(second.counts());
  merged.merge(first.counts());
  assert.deepEqual(merged.pairs(), all.pairs());
  assert.deepEqual(all.pairs(), [
    ['ca', 'conditional access'],
    ['ca', 'certificate authority'],
  ]);
  assert.deepEqual(all.pairs(1), [['ca', 'conditional access']]);
});

test('a query searches an acronym the pages define by its long form too, and the long form by the acronym', () => {
  const text = 'Enroll devices in mobile device management (MDM). Devices enroll in MDM.';
  const vocabulary = new Vocabulary(buildVocabulary([text]), [['mdm', 'mobile device management']]);
  assert.deepEqual(planTerms(planQuery('mdm enrollment', vocabulary)), [
    'mdm enrollment',
    'mdm',
    'mobile device management',
    'enrollment',
  ]);
  assert.ok(planTerms(planQuery('mobile device management', vocabulary)).includes('mdm'));
  assert.deepEqual(
    planTerms(planQuery('mdm enrollment', new Vocabulary(buildVocabulary([text])))),
    ['mdm enrollment', 'mdm', 'enrollment'],
    'without the definition, the acronym is searched alone',
  );
});

test('the vocabulary file is read liberally: what is not a word or a pair is left out', () => {
  const read = Vocabulary.fromFile({
    words: ['device', 3],
    acronyms: [['mdm', 'mobile device management'], ['x'], 5],
  });
  assert.ok(read);
  assert.equal(read.size, 1);
  assert.deepEqual(read.acronyms, [['mdm', 'mobile device management']]);
  assert.equal(Vocabulary.fromFile(['device']), null, 'not a vocabulary file');
  assert.equal(Vocabulary.fromFile(null), null);
  assert.deepEqual(Vocabulary.fromFile({ words: [] })?.acronyms, []);
});
