import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SECURITY_TXT, SITE_URL } from '../../src/consts.ts';
import { formatSecurityTxt } from '../../src/lib/security-txt.ts';

const DAY = 24 * 60 * 60 * 1000;
const canonical = 'https://docs.example.org/.well-known/security.txt';
const now = new Date('2026-12-01T00:00:00.000Z');
const fields = (expires: Date) => ({
  contact: 'mailto:security@example.org',
  expires: expires.toISOString(),
  canonical,
});

describe('formatSecurityTxt', () => {
  test('writes Contact, Expires and Canonical as RFC 9116 fields', () => {
    const text = formatSecurityTxt(
      { ...fields(new Date(now.getTime() + 200 * DAY)), preferredLanguages: 'en' },
      now,
    );
    assert.equal(
      text,
      `Contact: mailto:security@example.org\nExpires: 2027-06-19T00:00:00.000Z\nCanonical: ${canonical}\nPreferred-Languages: en\n`,
    );
  });

  test('fails when Expires is less than 30 days away, or past, saying what to change', () => {
    for (const days of [29.9, 1, 0, -5]) {
      assert.throws(
        () => formatSecurityTxt(fields(new Date(now.getTime() + days * DAY)), now),
        /SECURITY_TXT\.expires in src\/consts\.ts/,
      );
    }
    assert.doesNotThrow(() => formatSecurityTxt(fields(new Date(now.getTime() + 30 * DAY)), now));
  });

  test('fails on an Expires more than a year ahead, a date that is not one, or a Contact that is not a URI', () => {
    assert.throws(
      () => formatSecurityTxt(fields(new Date(now.getTime() + 400 * DAY)), now),
      /more than a year/,
    );
    assert.throws(() => formatSecurityTxt({ ...fields(now), expires: 'soon' }, now), /not a date/);
    assert.throws(
      () =>
        formatSecurityTxt(
          { ...fields(new Date(now.getTime() + 90 * DAY)), contact: 'security@example.org' },
          now,
        ),
      /mailto: or https:/,
    );
  });

  test('the site’s own file builds today (it fails from 30 days before it expires)', () => {
    const text = formatSecurityTxt(
      { ...SECURITY_TXT, canonical: new URL('/.well-known/security.txt', SITE_URL).href },
      new Date(),
    );
    assert.match(text, /^Contact: mailto:/);
  });
});
