/**
 * A TOC's nodes as nested sidebar groups, as Learn shows them: each page's group is the path of the named
 * nodes above it. Quoted shapes: MicrosoftDocs/VBA-Docs' api/TOC.md (Object model › an object › Methods, the
 * object's own page first) and MicrosoftDocs/win32's desktop-src/Sync/toc.yml (a root node with its own page).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_GROUP_DEPTH, readTocYml } from '../../src/lib/import/toc-yml.ts';
import { FIELD_LIMITS } from '../../src/lib/page-schema.ts';

/** Each entry as `group :: name`, `-` for no group. */
const lines = (entries: ReturnType<typeof readTocYml>) =>
  entries.map((entry) => `${entry.group ?? '-'} :: ${entry.name}`);

// VBA-Docs api/TOC.md, shortened: the product levels' pages are not imported.
const VBA = `# [Office VBA Reference](./overview/Index.md)
## [Outlook](./overview/Outlook.md)
### [Object model](./overview/Outlook/object-model.md)
#### [Attachment object](Outlook.Attachment.md)
##### Methods
###### [Delete](Outlook.Attachment.Delete.md)
###### [GetTemporaryFilePath](Outlook.Attachment.GetTemporaryFilePath.md)
##### Properties
###### [BlockLevel](Outlook.Attachment.BlockLevel.md)
#### [Attachments object](Outlook.Attachments.md)
##### Methods
###### [Add](Outlook.Attachments.Add.md)
##### Properties
###### [Application](Outlook.Attachments.Application.md)
#### [AttachmentSelection object](Outlook.AttachmentSelection.md)
#### [RemoteItem object](Outlook.RemoteItem.md)
##### Methods
###### [Close](Outlook.RemoteItem.Close(method).md)
### Enumerations
#### [OlAttachmentType](Outlook.OlAttachmentType.md)
`;

test("VBA-Docs' TOC: both objects' members nested the same way, each object's page first in its own group", () => {
  const imported = (href: string) =>
    href.startsWith('Outlook.') && href !== 'Outlook.RemoteItem.Close(method).md';
  assert.deepEqual(lines(readTocYml(VBA, '/vba/api/TOC.md', imported)), [
    'Object model › Attachment object :: Attachment object',
    'Object model › Attachment object › Methods :: Delete',
    'Object model › Attachment object › Methods :: GetTemporaryFilePath',
    'Object model › Attachment object › Properties :: BlockLevel',
    'Object model › Attachments object :: Attachments object',
    'Object model › Attachments object › Methods :: Add',
    'Object model › Attachments object › Properties :: Application',
    'Object model :: AttachmentSelection object',
    // An object whose members are not imported is its page, in the group above.
    'Object model :: RemoteItem object',
    'Enumerations :: OlAttachmentType',
  ]);
});

test('the levels holding every page imported (Office VBA Reference › Outlook) are the site itself, no group', () => {
  const only = (href: string) => href === 'Outlook.Attachments.md' || href === 'Outlook.Attachments.Add.md';
  assert.deepEqual(lines(readTocYml(VBA, '/vba/api/TOC.md', only)), [
    '- :: Attachments object',
    'Methods :: Add',
  ]);
});

// win32 desktop-src/Sync/toc.yml, shortened: a root node with its own page, three levels of nodes below it.
const WIN32 = `- name: "Synchronization"
  href: synchronization.md
  items:
  - name: "About Synchronization"
    href: about-synchronization.md
    items:
    - name: "Wait Functions"
      href: wait-functions.md
    - name: "Synchronization Objects"
      href: synchronization-objects.md
      items:
      - name: "Event Objects"
        href: event-objects.md
      - name: "Synchronization Object Security and Access Rights"
        href: synchronization-object-security-and-access-rights.md
    - name: "Condition Variables"
      href: condition-variables.md
  - name: "Using Synchronization"
    href: using-synchronization.md
    items:
    - name: "Waiting for Multiple Objects"
      href: waiting-for-multiple-objects.md
  - name: "Synchronization Reference"
    href: synchronization-reference.md
    items:
    - name: "Synchronization Functions"
      href: synchronization-functions.md
      items:
      - name: "UnregisterWaitEx"
        href: unregisterwaitex.md
      - name: "AcquireSRWLockExclusive"
        href: https://docs.microsoft.com/windows/desktop/api/synchapi/nf-synchapi-acquiresrwlockexclusive
`;

test("win32's TOC: the root's page first at the top, each deeper node a group inside the one above, labels the TOC's names", () => {
  assert.deepEqual(lines(readTocYml(WIN32, '/w/Sync/toc.yml')), [
    '- :: Synchronization',
    'About Synchronization :: About Synchronization',
    'About Synchronization :: Wait Functions',
    'About Synchronization › Synchronization Objects :: Synchronization Objects',
    'About Synchronization › Synchronization Objects :: Event Objects',
    'About Synchronization › Synchronization Objects :: Synchronization Object Security and Access Rights',
    'About Synchronization :: Condition Variables',
    'Using Synchronization :: Using Synchronization',
    'Using Synchronization :: Waiting for Multiple Objects',
    'Synchronization Reference :: Synchronization Reference',
    'Synchronization Reference › Synchronization Functions :: Synchronization Functions',
    'Synchronization Reference › Synchronization Functions :: UnregisterWaitEx',
  ]);
});

test(`a path deeper than ${MAX_GROUP_DEPTH} groups keeps the outer ones, the deeper names before the page's`, () => {
  const toc = `- name: Product
  items:
  - name: A
    items:
    - name: B
      items:
      - name: C
        items:
        - name: D
          href: d.md
          items:
          - name: E
            items:
            - name: Page
              href: page.md
  - name: Other
    href: other.md
`;
  assert.deepEqual(lines(readTocYml(toc, 'TOC.yml')), [
    'A › B › C :: D',
    'A › B › C :: D › E › Page',
    '- :: Other',
  ]);
});

test('a path longer than a group may be keeps the outer groups that fit', () => {
  const long = 'Long name '.repeat(10).trim();
  const toc = `- name: ${long} 1\n  items:\n  - name: ${long} 2\n    items:\n    - name: ${long} 3\n      items:\n      - name: P\n        href: p.md\n- name: Q\n  href: q.md\n`;
  assert.deepEqual(readTocYml(toc, 'TOC.yml'), [
    // The label keeps within its limit by its outer names: the page's own stays whole.
    { href: 'p.md', name: `${long} 3 › P`, group: `${long} 1` },
    { href: 'q.md', name: 'Q' },
  ]);
  assert.ok(`${long} 1 › ${long} 2`.length > FIELD_LIMITS.group);
  assert.ok(`${long} 2 › ${long} 3 › P`.length > FIELD_LIMITS.sidebarLabel);
});

test("the deeper names every page of a group shares are left out of their labels (visualstudio-docs.pl-pl's 7 levels)", () => {
  const toc = `- name: A
  items:
  - name: B
    items:
    - name: C
      items:
      - name: D
        items:
        - name: E
          items:
          - {name: DA0001, href: da0001.md}
          - {name: DA0005, href: da0005.md}
      - {name: Other, href: other.md}
- {name: Z, href: z.md}
`;
  assert.deepEqual(lines(readTocYml(toc, 'TOC.yml')), [
    'A › B › C :: DA0001',
    'A › B › C :: DA0005',
    'A › B › C :: Other',
    '- :: Z',
  ]);
  // Deeper names that tell pages apart stay (F beside D).
  const apart = toc.replace(
    '      - {name: Other, href: other.md}',
    '      - name: F\n        items:\n        - {name: Overview, href: f.md}',
  );
  assert.deepEqual(lines(readTocYml(apart, 'TOC.yml')), [
    'A › B › C :: D › E › DA0001',
    'A › B › C :: D › E › DA0005',
    'A › B › C :: F › Overview',
    '- :: Z',
  ]);
});

test('sibling groups of one name are numbered in reading order; the same name elsewhere is its own group', () => {
  const toc = `- name: M
  items:
  - name: Sub
    items:
    - {name: d, href: d.md}
  - {name: x, href: x.md}
  - name: Sub
    items:
    - {name: e, href: e.md}
- name: N
  items:
  - name: Sub
    items:
    - {name: f, href: f.md}
`;
  assert.deepEqual(lines(readTocYml(toc, 'TOC.yml')), [
    'M › Sub :: d',
    'M :: x',
    'M › Sub (2) :: e',
    'N › Sub :: f',
  ]);
});

test('a TOC name holding "›" is one group, never a level the TOC does not have', () => {
  const toc =
    '- name: Overview › Security\n  items:\n  - name: A\n    href: a.md\n  - name: " › "\n    items:\n    - name: B\n      href: b.md\n- name: C\n  href: c.md\n';
  assert.deepEqual(lines(readTocYml(toc, 'TOC.yml')), [
    'Overview > Security :: A',
    'Overview > Security › > :: B',
    '- :: C',
  ]);
});
