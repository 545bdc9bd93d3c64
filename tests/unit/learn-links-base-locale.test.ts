import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveLearnLink, type LearnLinkContext } from '../../src/lib/learn-links.ts';

test("a Learn base's locale is read once, not at each page's first link", () => {
  const pageContext = (): LearnLinkContext => ({
    sitePages: new Set(['index']),
    learnBase: 'https://learn.microsoft.com/ja-jp',
    learnFolder: 'defender-business',
  });
  const canonical = Intl.getCanonicalLocales.bind(Intl);
  let checked = 0;
  Intl.getCanonicalLocales = (locales) => {
    checked++;
    return canonical(locales);
  };
  try {
    // Each page's links share a context (rehype-learn-links.ts): three pages, three contexts.
    const links = [1, 2, 3].map(() => resolveLearnLink('mdb-setup-configuration.md', pageContext()));
    assert.deepEqual(
      links,
      Array(3).fill('https://learn.microsoft.com/ja-jp/defender-business/mdb-setup-configuration'),
    );
  } finally {
    Intl.getCanonicalLocales = canonical;
  }
  assert.ok(checked <= 1, `the locale was checked ${String(checked)} times`);
});
