import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { joinedLinkText } from '../support/html.ts';
import { renderLearn } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('remark-learn-video', () => {
  test('[!VIDEO url] is a link to the video; a YouTube embed links to its watch page', async () => {
    const html = joinedLinkText(await renderLearn('> [!VIDEO https://www.youtube.com/embed/abc123]\n'));
    assert.match(
      html,
      /<p class="learn-video"><a href="https:\/\/www\.youtube\.com\/watch\?v=abc123"[^>]*>Watch the video on youtube\.com<span/,
    );
    assert.doesNotMatch(html, /\[!VIDEO|<blockquote/);
  });

  test('attributes may follow the URL: alt-text names the video in the link, others are ignored', async () => {
    const html = joinedLinkText(
      await renderLearn(
        '> [!VIDEO https://learn-video.azurefd.net/vod/player?id=771165c0 alt-text="Enrolling after signing in." data-x="y"]\n\n[!VIDEO https://www.youtube.com/embed/abc123 alt-text="A short tour."]\n',
      ),
    );
    assert.match(
      html,
      /<a href="https:\/\/learn-video\.azurefd\.net\/vod\/player\?id=771165c0"[^>]*>Watch the video on learn-video\.azurefd\.net: Enrolling after signing in\.<span/,
    );
    assert.match(
      html,
      /<a href="https:\/\/www\.youtube\.com\/watch\?v=abc123"[^>]*>Watch the video on youtube\.com: A short tour\.<span/,
    );
    assert.doesNotMatch(html, /\[!VIDEO|alt-text|data-x/);
  });
  test('without alt-text, its title names the video in the link; with both, alt-text does', async () => {
    const html = joinedLinkText(
      await renderLearn(
        '> [!VIDEO https://www.youtube.com/embed/abc123 title="Set up Microsoft 365 for business"]\n\n[!VIDEO https://www.youtube.com/embed/def456 title="The title" alt-text="The alt text."]\n\n[!VIDEO https://www.youtube.com/embed/ghi789 alt-text="" title="Empty alt text"]\n',
      ),
    );
    assert.match(
      html,
      /<a href="https:\/\/www\.youtube\.com\/watch\?v=abc123"[^>]*>Watch the video on youtube\.com: Set up Microsoft 365 for business<span/,
    );
    assert.match(html, />Watch the video on youtube\.com: The alt text\.<span/);
    assert.match(html, />Watch the video on youtube\.com: Empty alt text<span/);
    assert.doesNotMatch(html, /The title|title=/);
  });

  test('a video file of the repository is named with a warning at its line, not left as a marker the build refuses', async (t) => {
    // msteams-docs' channel-messages-with-rsc.md plays a video of its repository, which Learn hosts.
    const warn = t.mock.method(console, 'warn', () => undefined);
    const html = await renderLearn(
      'Intro.\n\n> [!VIDEO ~/assets/videos/channel-messages.mp4]\n\n[!VIDEO media/tour.mp4 alt-text="A short tour."]\n',
    );
    assert.match(html, /<p class="learn-video">Video not published on this site: channel-messages\.mp4<\/p>/);
    assert.match(html, /<p class="learn-video">Video not published on this site: A short tour\.<\/p>/);
    assert.doesNotMatch(html, /\[!VIDEO|<blockquote|<a /);
    const said = warn.mock.calls.map((call) => String(call.arguments[0]));
    assert.match(
      said[0] ?? '',
      /^\[learn-video\] \S*page\.mdx:3: the video "~\/assets\/videos\/channel-messages\.mp4" is a file the site does not publish/,
    );
    assert.match(said[1] ?? '', /page\.mdx:5: the video "media\/tour\.mp4"/);
  });

  test('one of public/, named from the site root, is linked to its file there', async () => {
    const project = tempDir('learn-video-');
    mkdirSync(join(project, 'public/media'), { recursive: true });
    writeFileSync(join(project, 'public/media/tour.mp4'), '');
    const html = await renderLearn('[!VIDEO /media/tour.mp4 alt-text="A short tour."]\n', {
      root: pathToFileURL(`${project}/`),
      path: join(project, 'content/page.mdx'),
    });
    assert.match(
      html,
      /<p class="learn-video"><a href="\/media\/tour\.mp4">Watch the video: A short tour\.<\/a><\/p>/,
    );
  });
});
