import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { formatDate, isoDate } from '../../src/lib/dates.ts';

const msDate = new Date('2024-05-31');

test('the source date reads as a calendar date', () => {
  assert.equal(formatDate(msDate), 'May 31, 2024');
});

test('the machine-readable date is the same day', () => {
  assert.equal(isoDate(msDate), '2024-05-31');
});

/** formatDate and isoDate of one day, computed by a Node process running in the time zone `tz`. */
function datesIn(tz: string): string {
  const module = new URL('../../src/lib/dates.ts', import.meta.url).href;
  const script = `const { formatDate, isoDate } = await import(${JSON.stringify(module)});
const day = new Date('2024-01-01');
console.log(new Date().getTimezoneOffset() + '|' + formatDate(day) + '|' + isoDate(day));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  }).trim();
}

for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
  test(`the day does not shift when the build machine runs in ${tz}`, () => {
    const [offset, readable, iso] = datesIn(tz).split('|');
    // The child really ran in another zone: either side of UTC, so a local-time bug would move the day.
    assert.notEqual(offset, '0', `TZ=${tz} did not take effect`);
    assert.equal(readable, 'January 1, 2024');
    assert.equal(iso, '2024-01-01');
  });
}
