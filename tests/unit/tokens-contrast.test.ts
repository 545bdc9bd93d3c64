/** Both themes of src/styles/tokens.css meet WCAG 2.2 AA contrast, including colours no page shows yet (code). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

/** `--color-x: light-dark(#light, #dark)` as { x: { light, dark } }. */
const tokens = Object.fromEntries(
  [...css.matchAll(/--color-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map(
    ([, name, light, dark]) => [name, { light, dark }],
  ),
) as Record<string, { light: string; dark: string }>;

/** Relative luminance, WCAG 2.2 definition. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** [foreground, background, minimum ratio]: 4.5 for text, 3 for focus rings, control borders and markers. */
const PAIRS: [string, string, number][] = [
  ['text', 'bg', 4.5],
  ['text', 'surface', 4.5],
  ['text', 'surface-hover', 4.5],
  ['text-muted', 'bg', 4.5],
  ['text-muted', 'surface', 4.5],
  ['link', 'bg', 4.5],
  ['link', 'surface', 4.5],
  ['link-visited', 'bg', 4.5],
  ['accent-text', 'surface', 4.5],
  ['code-text', 'code-bg', 4.5],
  ['text', 'mark', 4.5],
  ['text-muted', 'mark', 4.5],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
  ['border-strong', 'bg', 3],
  ['accent', 'surface', 3],
];

test('every colour token has a light and a dark value', () => {
  for (const name of new Set(PAIRS.flat().filter((item) => typeof item === 'string'))) {
    assert.ok(tokens[name], `--color-${name} is not a light-dark() pair in tokens.css`);
  }
});

for (const theme of ['light', 'dark'] as const) {
  for (const [foreground, background, minimum] of PAIRS) {
    test(`${theme}: ${foreground} on ${background} is at least ${minimum}:1`, () => {
      const ratio = contrast(
        tokens[foreground]?.[theme] ?? '#000000',
        tokens[background]?.[theme] ?? '#000000',
      );
      assert.ok(ratio >= minimum, `${foreground} on ${background} in ${theme} is ${ratio.toFixed(2)}:1`);
    });
  }
}

/** Callout colours (src/styles/callouts.css): their labels are text on the callout's surface and the page. */
const callouts = [
  ...readFileSync(new URL('../../src/styles/callouts.css', import.meta.url), 'utf8').matchAll(
    /--callout-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi,
  ),
].map(([, name, light, dark]) => ({ name: name ?? '', light: light ?? '', dark: dark ?? '' }));

test('the five callouts have their colours as light-dark() pairs', () => {
  assert.deepEqual(callouts.map((callout) => callout.name).sort(), [
    'caution',
    'important',
    'note',
    'tip',
    'warning',
  ]);
});

for (const theme of ['light', 'dark'] as const) {
  for (const callout of callouts) {
    for (const background of ['bg', 'surface']) {
      test(`${theme}: the ${callout.name} callout's colour on ${background} is at least 4.5:1`, () => {
        const ratio = contrast(callout[theme], tokens[background]?.[theme] ?? '#000000');
        assert.ok(ratio >= 4.5, `${callout.name} on ${background} in ${theme} is ${ratio.toFixed(2)}:1`);
      });
    }
  }
}
