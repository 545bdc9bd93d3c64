import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  buildLinkInventory,
  isOutbound,
  leadLinks,
  overviewLead,
  readLinkRecords,
  type LinkSource,
} from '../../src/lib/link-inventory.ts';

const GROUPS: Record<string, string> = {
  'www.microsoft.com': 'Microsoft Trust Center',
  'privacy.microsoft.com': 'Microsoft privacy',
  'learn.microsoft.com': 'Microsoft Learn',
};
const groupOf = (url: URL) => GROUPS[url.hostname];
const order = Object.values(GROUPS);

const further = { id: 'further-reading', title: 'Further reading' };
const sources: LinkSource[] = [
  {
    title: 'Security',
    href: '/security/',
    links: [
      {
        href: 'https://learn.microsoft.com/en-us/defender-business/mdb-setup-configuration',
        text: 'Set up',
        section: further,
      },
      {
        href: 'https://www.microsoft.com/security',
        text: 'Microsoft Trust Center - Security',
        section: further,
      },
      { href: '/privacy/', text: 'Privacy' },
      { href: '#further-reading', text: 'Further reading' },
    ],
  },
  {
    title: 'Privacy',
    href: '/privacy/',
    links: [
      { href: 'https://privacy.microsoft.com/', text: 'Privacy at Microsoft' },
      {
        href: 'https://www.microsoft.com/trust-center/privacy',
        text: 'Microsoft Trust Center - Data protection and privacy',
      },
      { href: 'https://www.microsoft.com/security', text: 'Trust Center security' },
      { href: 'https://www.microsoft.com/security', text: 'Trust Center security' },
    ],
  },
  {
    title: 'Every page, in the footer',
    links: [{ href: 'https://creativecommons.org/licenses/by/4.0/', text: 'CC BY 4.0' }],
  },
];
const inventory = buildLinkInventory(sources, groupOf, order);

describe('buildLinkInventory', () => {
  test('groups come in the given order, Trust Center first, then any other group', () => {
    assert.deepEqual(
      inventory.map((group) => [group.title, group.id]),
      [
        ['Microsoft Trust Center', 'microsoft-trust-center'],
        ['Microsoft privacy', 'microsoft-privacy'],
        ['Microsoft Learn', 'microsoft-learn'],
        ['Other destinations', 'other-destinations'],
      ],
    );
  });

  test('only outbound links are destinations, each once, in order of first citation', () => {
    assert.deepEqual(
      inventory[0]?.destinations.map((d) => d.url),
      ['https://www.microsoft.com/security', 'https://www.microsoft.com/trust-center/privacy'],
    );
    const all = inventory.flatMap((group) => group.destinations.map((d) => d.url));
    assert.equal(all.length, 5);
    assert.ok(all.every(isOutbound));
  });

  test('a destination keeps every text it is linked with and every place that cites it, linked back to the section', () => {
    const security = inventory[0]?.destinations[0];
    assert.deepEqual(security?.texts, ['Microsoft Trust Center - Security', 'Trust Center security']);
    assert.deepEqual(security.citations, [
      { label: 'Security › Further reading', href: '/security/#further-reading' },
      { label: 'Privacy', href: '/privacy/' },
    ]);
  });

  test('a place without a page of its own is cited without a link', () => {
    assert.deepEqual(inventory[3]?.destinations[0]?.citations, [
      { label: 'Every page, in the footer', href: undefined },
    ]);
  });

  test('no links, no groups', () => {
    assert.deepEqual(buildLinkInventory([], groupOf, order), []);
  });
});

describe('leadLinks', () => {
  test('the Trust Center destinations with the group name taken off their text', () => {
    assert.deepEqual(leadLinks(inventory, 'Microsoft Trust Center'), [
      { label: 'Security', url: 'https://www.microsoft.com/security' },
      { label: 'Data protection and privacy', url: 'https://www.microsoft.com/trust-center/privacy' },
    ]);
  });

  test('a group with no destinations gives none', () => {
    assert.deepEqual(leadLinks(inventory, 'Nothing'), []);
  });
});

describe('overviewLead', () => {
  const UPSTREAM_PATH = 'defender-business/mdb-security-privacy-compliance.md';
  // An imported article, before the article's pages in the sidebar, linking Microsoft's site (red team 19).
  const imported = {
    title: 'An imported article',
    href: '/imported/',
    articleSource: 'docs/imported.md',
    links: [
      { href: 'https://www.microsoft.com/en-us/store/b/claim', text: 'Claim your free Defender licence now' },
      { href: 'https://www.microsoft.com/security', text: 'Free security stuff' },
    ],
  };
  const [security, privacy] = sources;

  test('lists only what the pages of the article the site splits cite, labelled by their text', () => {
    const pages = [
      imported,
      { ...(security as LinkSource), articleSource: undefined },
      { ...(privacy as LinkSource), articleSource: UPSTREAM_PATH },
    ];
    assert.deepEqual(overviewLead(pages, UPSTREAM_PATH, groupOf, 'Microsoft Trust Center'), [
      { label: 'Security', url: 'https://www.microsoft.com/security' },
      { label: 'Data protection and privacy', url: 'https://www.microsoft.com/trust-center/privacy' },
    ]);
  });
});

describe('readLinkRecords', () => {
  test('passes well-formed records through', () => {
    const records = [{ href: 'https://x.org/', text: 'X', line: 3 }];
    assert.deepEqual(readLinkRecords(records, 'content/a.mdx'), records);
  });

  test('a page without records says it did not render, or names the plugin that must run', () => {
    assert.throws(
      () => readLinkRecords(undefined, 'content/a.mdx'),
      /content\/a\.mdx has no recorded links: its Markdown did not render \(the error is above[^)]*\), or rehypeLinkCheck/,
    );
    assert.throws(() => readLinkRecords([{ text: 'x' }], 'content/a.mdx'), /without href or text/);
  });
});
