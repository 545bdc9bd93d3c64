/** What a reader sees at one point of a page: a pixel of a screenshot. */
import type { Page } from '@playwright/test';
import { inflateSync } from 'node:zlib';

/** The red, green and blue of a 1×1 PNG (the first pixel: no filter changes it, as it has no neighbours). */
function pixelOf(png: Buffer): number[] {
  const data: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') data.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return [...inflateSync(Buffer.concat(data)).subarray(1, 4)];
}

/** The red, green and blue `page` shows at (`x`, `y`) of its viewport. */
export async function pixelAt(page: Page, x: number, y: number): Promise<number[]> {
  return pixelOf(
    await page.screenshot({ clip: { x: Math.floor(x), y: Math.floor(y), width: 1, height: 1 } }),
  );
}

/**
 * The colours `page` shows at the start and end edges of a box (`bounds`, a table's scroll box), just below its
 * top: in its first row's padding, above any text, where the colour behind the box or a scroll shade shows.
 */
export async function edgeColours(
  page: Page,
  bounds: { x: number; y: number; width: number },
): Promise<{ start: number[]; end: number[] }> {
  const y = bounds.y + 2;
  return {
    start: await pixelAt(page, bounds.x + 1, y),
    end: await pixelAt(page, bounds.x + bounds.width - 2, y),
  };
}
