/** Acronyms the pages define, found at build time, and searched as their long forms (and the reverse). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AcronymCounter,
  acronymsIn,
  longFormOf,
  MAX_DEFINITIONS_PER_PAGE,
  MAX_LONG_FORMS,
} from '../../src/search/acronyms.ts';
import { MAX_SYNONYMS } from '../../src/search/synonyms.ts';
import { planQuery, planTerms, rankPages, wordShare } from '../../src/search/plan.ts';
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

test('one page cannot take the acronym list over: definitions counted by page, capped a page and a short form', () => {
  // A red-team page: 1,000 made-up long forms for "security" and as many for "privacy", written three times.
  const letter = (n: number) => String.fromCharCode(97 + (n % 26));
  const made = (word: string, n: number) => `${letter(n)}${letter(Math.floor(n / 26))}x ${word} `;
  // And a thousand definitions a page, each of its own short form, as real ones are written.
  const defined = Array.from({ length: 1000 }, (_, n) => {
    const words = [n, Math.floor(n / 26), Math.floor(n / 676)].map((k) => `${letter(k)}word`);
    return `${words.join(' ')} (${words
      .map((word) => word[0] ?? '')
      .join('')
      .toUpperCase()}).`;
  }).join(' ');

  const poison = Array.from(
    { length: 1000 },
    (_, n) => `${made('ecurity', n)}(SECURITY). ${made('rivacy', n)}(PRIVACY).`,
  )
    .join('\n')
    .repeat(3);
  assert.deepEqual(acronymsIn('Sabcde ecurity (SECURITY).'), [], 'letters taken from inside two words');
  const counter = new AcronymCounter();
  counter.add(poison);
  counter.add(defined);
  counter.add('Turn on multifactor authentication (MFA). MFA with multifactor authentication (MFA).');
  counter.add('Use multifactor authentication (MFA).');
  const pairs = counter.pairs();
  assert.ok(pairs.length <= MAX_DEFINITIONS_PER_PAGE + 1, `${String(pairs.length)} pairs`);
  assert.deepEqual(pairs[0], ['mfa', 'multifactor authentication'], 'defined on two pages, first');
  const forms = new AcronymCounter();
  for (const long of [
    'cloud solution provider',
    'configuration service provider',
    'cloud service partner',
    'content security policy',
    'certified support professional',
  ])
    forms.add(`A ${long} (CSP).`);
  assert.equal(forms.pairs().filter(([short]) => short === 'csp').length, MAX_LONG_FORMS);
  const vocabulary = new Vocabulary(buildVocabulary(['security']), forms.pairs());
  assert.ok(
    (planQuery('csp', vocabulary).parts[0]?.alternatives.length ?? 0) <= MAX_SYNONYMS + 1,
    'a word is searched by a few other words at most',
  );
});

test("one page defining a short form several ways takes one of its places, not the other pages' (red team 17)", () => {
  const counter = new AcronymCounter();
  counter.add('Partners of the cloud solution provider (CSP) program resell it.');
  counter.add('Enroll them in mobile device management (MDM).');
  counter.add(
    ['a', 'b', 'c', 'd']
      .map((letter) => `Buy through ca s${letter} pa (CSP), or ma d${letter} ma (MDM).`)
      .join(' '),
  );
  const pairs = counter.pairs();
  assert.deepEqual(
    pairs.filter(([short]) => short === 'csp'),
    [
      ['csp', 'ca sa pa'],
      ['csp', 'cloud solution provider'],
    ],
  );
  const vocabulary = new Vocabulary(
    buildVocabulary(['mobile device management, cloud solution provider']),
    pairs,
  );
  assert.ok(
    planQuery('mdm', vocabulary).parts[0]?.alternatives.some(
      ({ term }) => term === 'mobile device management',
    ),
    JSON.stringify(planQuery('mdm', vocabulary).parts[0]?.alternatives),
  );
});

test('a long form starts at the word the first letter starts, and never with a stop word', () => {
  // memdocs intune/protect: "Azure AD registered/workplace joined (WPJ)" and a sentence holding A, O, S, P.
  assert.deepEqual(acronymsIn('Devices that are Azure AD registered/workplace joined (WPJ) are listed.'), [
    ['wpj', 'workplace joined'],
  ]);
  assert.deepEqual(acronymsIn('Open source builds are not supported for android (AOSP) devices.'), []);
  assert.deepEqual(acronymsIn('Android Open Source Project (AOSP) devices.'), [
    ['aosp', 'android open source project'],
  ]);
});

test('a long form counts per word the reader typed: the page spelling it out does not outrank the pages of the word (blind trial 13)', () => {
  // Azure's NAT gateway articles define "Network Address Translation (NAT)"; every page says NAT gateway.
  const natVocabulary = new Vocabulary(
    buildVocabulary(['NAT gateway subnet', 'NAT gateway: source network address translation']),
    [['nat', 'network address translation']],
  );
  const plan = planQuery('nat gateway subnet', natVocabulary);
  assert.deepEqual(plan.parts[0]?.alternatives, [
    { term: 'nat', weight: 1 },
    { term: 'network address translation', weight: 0.8 / 3 },
  ]);
  // Pagefind scores a term of three words as the sum of the three: on the page spelling it out, three words'
  // worth for the one word typed.
  const ranked = rankPages(
    plan,
    new Map([
      [
        'nat',
        [
          { id: 'manage', score: 2.5 },
          { id: 'design', score: 2 },
        ],
      ],
      ['network address translation', [{ id: 'design', score: 6 }]],
      [
        'gateway',
        [
          { id: 'manage', score: 2.2 },
          { id: 'design', score: 2.2 },
        ],
      ],
      [
        'subnet',
        [
          { id: 'manage', score: 1.3 },
          { id: 'design', score: 1 },
        ],
      ],
    ]),
  );
  assert.deepEqual(
    ranked.map((page) => page.id),
    ['manage', 'design'],
  );
  // A synonym of as many words as the reader's, or fewer, counts in full.
  assert.equal(wordShare('two factor', 'mfa'), 1);
  assert.equal(wordShare('login', 'sign in'), 0.5);
});
