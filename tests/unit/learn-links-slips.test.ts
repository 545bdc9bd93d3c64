/**
 * "Did you mean …?" names a slip of the link, never another article: win32-pr.zh-tw's BEvtColProv control.md
 * (real-folder trial BL), with only control-getconfiguration.md imported beside it, writes
 * `See [Redo](control-redo.md), [Undo](control-undo.md) and [Set](control-setconfiguration.md).`, and the
 * first two were asked "Did you mean control.md?", the linking page itself.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nearestName, resolveLearnLink, type LearnLinkContext } from '../../src/lib/learn-links.ts';

/** The page control.md of a folder whose articles (TOC and files) are control.md and control-getconfiguration.md. */
const control: LearnLinkContext = {
  sitePages: new Set(['control', 'control-getconfiguration']),
  learnBase: 'https://learn.microsoft.com/zh-tw',
  learnFolder: 'windows/win32/bevtcolprov',
  knownArticles: new Set(['control.md', 'control-getconfiguration.md']),
  pageFile: 'control.md',
};

/** The message of the error a link of control.md is refused with. */
function refusal(href: string, context: LearnLinkContext = control): string {
  try {
    resolveLearnLink(href, context);
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail(`${href} is not refused`);
}

describe('Did you mean', () => {
  test('never the linking page itself', () => {
    assert.doesNotMatch(refusal('control-redo.md'), /Did you mean/);
    assert.doesNotMatch(refusal('control-undo.md'), /Did you mean/);
    // Nor its own name misspelt on another page (a page of its own named so is another matter).
    assert.doesNotMatch(refusal('contrl.md'), /Did you mean/);
    assert.match(
      refusal('contrl.md', { ...control, pageFile: 'control-getconfiguration.md' }),
      /Did you mean control\.md\?/,
    );
  });

  test('a word of three letters or more, more or fewer at the end of a name, is another article', () => {
    assert.equal(nearestName('control-redo.md', ['control.md']), undefined);
    assert.equal(nearestName('control.md', ['control-undo.md']), undefined);
    assert.equal(nearestName('control-add.md', ['control.md']), undefined);
    // A small word between two words is a slip (the kept case), a one- or two-letter one anywhere.
    assert.equal(
      nearestName('debugging-absolute-beginners.md', ['debugging-for-absolute-beginners.md']),
      'debugging-for-absolute-beginners.md',
    );
    assert.equal(nearestName('#main-content', ['#main-content-1']), '#main-content-1');
  });

  test('a word whose letters differ by more than a third is another word', () => {
    // redo and undo: two letters of four.
    assert.equal(nearestName('control-redo.md', ['control-undo.md']), undefined);
    assert.equal(nearestName('function-of.md', ['function-if.md']), undefined);
    // A slip is a letter or two of a longer word.
    assert.equal(
      nearestName('control-getconfiguraton.md', ['control-getconfiguration.md']),
      'control-getconfiguration.md',
    );
    assert.equal(nearestName('hello-fqa.md', ['hello-faq.md']), 'hello-faq.md');
  });

  test("a word's first letter may be the slip, as any other (#ctor for #dtor): get and set are told by no rule", () => {
    // The kept test of nearestName reads #dtor as a slip of #ctor; control-setconfiguration is the same
    // shape (one letter, a part's first), which only a dictionary would tell from a typo.
    assert.equal(nearestName('#ctor', ['#dtor']), '#dtor');
    assert.match(refusal('control-setconfiguration.md'), /Did you mean control-getconfiguration\.md\?/);
  });
});
