import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE, SITE_URL, SOURCE } from '../consts.ts';
import { getSiteChanges } from '../data/site-changes.ts';
import { atomFeed } from '../lib/feed.ts';

/** The Atom feed of page changes, newest first: what the What's new page lists. */
export const GET: APIRoute = async () =>
  new Response(
    atomFeed(
      {
        title: `${SITE_TITLE}: what's new`,
        subtitle: SITE_DESCRIPTION,
        siteUrl: `${SITE_URL}/`,
        feedUrl: new URL('/feed.xml', SITE_URL).href,
        author: SITE_TITLE,
        rights: `Text adapted from "${SOURCE.title}", ${SOURCE.copyright}, under ${SOURCE.licence} (${SOURCE.licenceUrl}).`,
      },
      await getSiteChanges(),
    ),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
