/**
 * An image a page publishes decodes to at most IMAGE_MAX_PIXELS, its frames together. Red team 29: a page's
 * ![A diagram](./bomb.png), a PNG of 16,000 × 16,000 pixels of one colour in 243 KB, built: the build's image
 * service (sharp) took 23 s and 1.6 GB to optimize it, then published a WebP every reader's browser decodes to
 * 1 GB. An image's size is read from its headers (imagePixels), for the build's content images and the import's.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { IMAGE_MAX_PIXELS, imagePixels, imageProblem } from '../../src/lib/learn/source-files.ts';
import { buildError } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

const be = (n: number, size: number) =>
  Array.from({ length: size }, (_, i) => (n >>> (8 * (size - 1 - i))) & 255);
const le = (n: number, size: number) => Array.from({ length: size }, (_, i) => (n >>> (8 * i)) & 255);

/** Each format's headers for an image of `width` × `height` pixels (and `frames` frames where it has them). */
const png = (width: number, height: number) =>
  Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...be(13, 4),
    ...Buffer.from('IHDR'),
    ...be(width, 4),
    ...be(height, 4),
    8,
    0,
    0,
    0,
    0,
  ]);
const jpeg = (width: number, height: number) =>
  Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    ...be(16, 2),
    ...Buffer.from('JFIF\0'),
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
    0xff,
    0xc2,
    ...be(11, 2),
    8,
    ...be(height, 2),
    ...be(width, 2),
    1,
    1,
    0x11,
    0,
  ]);
const gif = (width: number, height: number, frames: number) =>
  Uint8Array.from([
    ...Buffer.from('GIF89a'),
    ...le(width, 2),
    ...le(height, 2),
    0x80,
    0,
    0,
    0,
    0,
    0,
    255,
    255,
    255,
    ...Array.from({ length: frames }, () => [
      0x21,
      0xf9,
      4,
      0,
      10,
      0,
      0,
      0,
      0x2c,
      0,
      0,
      0,
      0,
      ...le(width, 2),
      ...le(height, 2),
      0,
      2,
      2,
      0x4c,
      0x01,
      0,
    ]).flat(),
    0x3b,
  ]);
const webp = (width: number, height: number, frames: number) => {
  const chunks = [
    ...Buffer.from('VP8X'),
    ...le(10, 4),
    2,
    0,
    0,
    0,
    ...le(width - 1, 3),
    ...le(height - 1, 3),
  ];
  for (let i = 0; i < frames; i++) chunks.push(...Buffer.from('ANMF'), ...le(0, 4));
  return Uint8Array.from([
    ...Buffer.from('RIFF'),
    ...le(chunks.length + 4, 4),
    ...Buffer.from('WEBP'),
    ...chunks,
  ]);
};

describe('an image of more pixels than a browser or the build should decode', () => {
  test('each format says its size, its frames together', () => {
    assert.equal(imagePixels('.png', png(16_000, 16_000)), 256_000_000);
    assert.equal(imagePixels('.jpg', jpeg(9_000, 8_000)), 72_000_000);
    assert.equal(imagePixels('.gif', gif(4_000, 4_000, 5)), 80_000_000);
    assert.equal(imagePixels('.webp', webp(1_000, 1_000, 100)), 100_000_000);
    assert.equal(imagePixels('.svg', Buffer.from('<svg/>')), 0);
  });

  test('is refused, naming it; a large real screenshot is not', () => {
    for (const [name, bytes] of [
      ['bomb.png', png(16_000, 16_000)],
      ['huge.jpeg', jpeg(9_000, 8_000)],
      ['frames.gif', gif(4_000, 4_000, 5)],
      ['frames.webp', webp(1_000, 1_000, 100)],
    ] as const)
      assert.match(
        imageProblem(name, bytes) ?? '(accepted)',
        new RegExp(
          `^"${name.replace('.', '\\.')}" is \\d+ million pixels \\(its frames together\\), over the ${IMAGE_MAX_PIXELS / 1e6} million`,
        ),
      );
    for (const [name, bytes] of [
      ['screen.png', png(3_840, 2_160)],
      ['tall.jpg', jpeg(1_920, 12_000)],
      ['clip.gif', gif(800, 600, 40)],
      ['clip.webp', webp(1_280, 720, 30)],
    ] as const)
      assert.equal(imageProblem(name, bytes), undefined, name);
  });

  test("a page's Markdown image of content/ so large fails the build at its line", async () => {
    const project = tempDir('image-pixels-');
    mkdirSync(join(project, 'content'));
    mkdirSync(join(project, 'public'));
    writeFileSync(join(project, 'content/bomb.png'), png(16_000, 16_000));
    const error = await buildError(
      'Intro.\n\n![A diagram](./bomb.png)\n',
      join(project, 'content/page.md'),
      pathToFileURL(`${project}/`),
      ['page'],
    );
    assert.match(error, /content\/page\.md:3.*"\.\/bomb\.png" is 256 million pixels/);
  });
});
