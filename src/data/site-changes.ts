import { getCollection } from 'astro:content';
import { SITE_URL } from '../consts.ts';
import { validateChangelog } from '../lib/changelog.ts';
import { listChanges, type Change } from '../lib/feed.ts';
import { pageHref } from '../lib/navigation.ts';

/** content/changelog.json when the site has one (the import starts it): a site without changes builds too. */
const changelogFiles = import.meta.glob<{ default: unknown }>('../../content/changelog.json', {
  eager: true,
});
const changelogData = Object.values(changelogFiles)[0]?.default ?? { entries: [] };

let changes: Promise<Change[]> | undefined;

/** Every change to the article's pages, newest first (content/changelog.json and the pages' `updated`), once per build. */
export function getSiteChanges(): Promise<Change[]> {
  changes ??= getCollection('pages').then((pages) =>
    listChanges(
      pages.map((page) => ({
        slug: page.id,
        title: page.data.sidebarLabel ?? page.data.title,
        url: new URL(pageHref(page.id), SITE_URL).href,
        updated: page.data.updated,
      })),
      validateChangelog(changelogData, 'content/changelog.json'),
      SITE_URL,
    ),
  );
  return changes;
}
