/**
 * The sidebar as a tree, as Learn shows a deep table of contents: a page's `group` is a path of groups
 * ("Object model › Attachment object › Methods", as MicrosoftDocs/VBA-Docs' Outlook TOC nests its members),
 * each page's view opens the groups on its own path only, and a level too long folds its groups.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  buildSidebar,
  buildSidebarModel,
  getGroupTrail,
  getPrevNext,
  getSection,
  getSections,
  groupPath,
  MAX_LEVEL_ENTRIES,
  type PageRef,
  type SidebarItem,
} from '../../src/lib/navigation.ts';

/** VBA-Docs' api/TOC.md, as the import writes it: two objects of the same shape inside "Object model". */
const vba: PageRef[] = [
  ['overview', 'Overview', undefined],
  ['attachment', 'Attachment object', 'Object model › Attachment object'],
  ['attachment.delete', 'Delete', 'Object model › Attachment object › Methods'],
  ['attachment.saveasfile', 'SaveAsFile', 'Object model › Attachment object › Methods'],
  ['attachment.blocklevel', 'BlockLevel', 'Object model › Attachment object › Properties'],
  ['attachments', 'Attachments object', 'Object model › Attachments object'],
  ['attachments.add', 'Add', 'Object model › Attachments object › Methods'],
  ['attachments.count', 'Count', 'Object model › Attachments object › Properties'],
  ['olattachmenttype', 'OlAttachmentType', 'Enumerations'],
  ['links', 'Links', undefined],
].map(([slug, label, group], index) => ({
  slug: slug ?? '',
  label: label ?? '',
  order: index + 1,
  group,
  file: `content/${slug}.md`,
}));
const model = buildSidebarModel(vba);

/** The sidebar as lines: each entry indented by its level, `[+]` an open group, `[ ]` a closed one, `*` the current page. */
function outline(items: SidebarItem[], depth = 0): string[] {
  return items.flatMap((item) => {
    const indent = '  '.repeat(depth);
    if (item.kind === 'link') return [`${indent}${item.label}${item.isCurrent ? ' *' : ''}`];
    return [
      `${indent}${item.isOpen ? '[+]' : '[ ]'} ${item.label} (${item.pageCount}) ${item.href}`,
      ...outline(item.items, depth + 1),
    ];
  });
}

describe('groupPath', () => {
  test('a group written with › is a path of groups, outermost first; no group is none', () => {
    assert.deepEqual(groupPath('Object model › Attachment object › Methods'), [
      'Object model',
      'Attachment object',
      'Methods',
    ]);
    assert.deepEqual(groupPath('Setup'), ['Setup']);
    assert.deepEqual(groupPath(' Setup  ›  Linux '), ['Setup', 'Linux']);
    assert.deepEqual(groupPath(undefined), []);
  });
});

describe('a sidebar of nested groups', () => {
  test("a page opens the groups on its path only: both objects' members nested the same way", () => {
    assert.deepEqual(outline(buildSidebar(model, 'attachments.add')), [
      'Overview',
      '[+] Object model (7) /attachment/',
      '  [ ] Attachment object (4) /attachment/',
      '  [+] Attachments object (3) /attachments/',
      '    Attachments object',
      '    [+] Methods (1) /attachments.add/',
      '      Add *',
      '    [ ] Properties (1) /attachments.count/',
      '[ ] Enumerations (1) /olattachmenttype/',
      'Links',
    ]);
    assert.deepEqual(outline(buildSidebar(model, 'attachment.delete')).slice(1, 8), [
      '[+] Object model (7) /attachment/',
      '  [+] Attachment object (4) /attachment/',
      '    Attachment object',
      '    [+] Methods (2) /attachment.delete/',
      '      Delete *',
      '      SaveAsFile',
      '    [ ] Properties (1) /attachment.blocklevel/',
    ]);
  });

  test('a page outside any group opens none', () => {
    assert.deepEqual(outline(buildSidebar(model, 'links')), [
      'Overview',
      '[ ] Object model (7) /attachment/',
      '[ ] Enumerations (1) /olattachmenttype/',
      'Links *',
    ]);
  });

  test('previous and next are the pages, named by their own labels, across groups', () => {
    const { prev, next } = getPrevNext(model, 'attachments');
    assert.deepEqual([prev?.label, next?.label], ['BlockLevel', 'Add']);
  });

  test("breadcrumbs name the page's groups, each leading to its first page; a node's own page stands for its group", () => {
    assert.deepEqual(
      getGroupTrail(model, 'attachments.add').map(({ label, href }) => `${label} ${href}`),
      ['Object model /attachment/', 'Attachments object /attachments/', 'Methods /attachments.add/'],
    );
    assert.deepEqual(
      getGroupTrail(model, 'attachments').map(({ label }) => label),
      ['Object model'],
    );
    assert.deepEqual(getGroupTrail(model, 'links'), []);
  });

  test("a page's section (search filter, llms.txt) is its top-level group, else its label; sections are the top level", () => {
    assert.equal(getSection(model, 'attachments.add'), 'Object model');
    assert.equal(getSection(model, 'links'), 'Links');
    assert.deepEqual(
      getSections(model).map(({ label }) => label),
      ['Overview', 'Object model', 'Enumerations', 'Links'],
    );
  });

  test('a group split by other pages inside its parent is an error naming both pages and the path', () => {
    const split: PageRef[] = [
      {
        slug: 'a',
        label: 'A',
        order: 1,
        group: 'Object model › Attachment object › Methods',
        file: 'content/a.md',
      },
      { slug: 'b', label: 'B', order: 2, group: 'Object model › Attachment object', file: 'content/b.mdx' },
      {
        slug: 'c',
        label: 'C',
        order: 3,
        group: 'Object model › Attachment object › Methods',
        file: 'content/c.md',
      },
    ];
    assert.throws(
      () => buildSidebarModel(split),
      /^Error: content\/c\.md is in group "Object model › Attachment object › Methods", but other pages come between it and content\/a\.md of the same group/,
    );
    // The same name in two places is two groups, not a split one.
    assert.doesNotThrow(() =>
      buildSidebarModel([
        { slug: 'a', label: 'A', order: 1, group: 'Hybrid › Key trust' },
        { slug: 'b', label: 'B', order: 2, group: 'On-premises › Key trust' },
      ]),
    );
  });

  test('a level of more than 30 groups folds them, inside a group too; the page opens its fold and group', () => {
    const topics = Array.from({ length: 40 }, (_, topic) =>
      Array.from({ length: 5 }, (_, page) => ({
        slug: `t${topic + 1}-${page + 1}`,
        label: `Page ${topic + 1}.${page + 1}`,
        order: topic * 5 + page + 2,
        group: `Reference › Topic ${topic + 1}`,
      })),
    ).flat();
    const site = buildSidebarModel([{ slug: 'index', label: 'Overview', order: 1 }, ...topics]);
    const sidebar = buildSidebar(site, 't35-2');
    assert.deepEqual(outline(sidebar).slice(0, 5), [
      'Overview',
      '[+] Reference (200) /t1-1/',
      '  [ ] Topic 1 – Topic 30 (150) /t1-1/',
      '  [+] Topic 31 – Topic 40 (50) /t31-1/',
      '    [ ] Topic 31 (5) /t31-1/',
    ]);
    const level = (items: SidebarItem[]): number =>
      Math.max(items.length, ...items.map((item) => (item.kind === 'group' ? level(item.items) : 0)));
    assert.ok(level(sidebar) <= MAX_LEVEL_ENTRIES);
    assert.deepEqual(
      getGroupTrail(site, 't35-2').map(({ label }) => label),
      ['Reference', 'Topic 35'],
    );
  });
});
