/** /.well-known/security.txt (RFC 9116): how to report a security problem, with a date it expires. */

const DAY = 24 * 60 * 60 * 1000;
/** The build fails when the file would expire sooner than this: readers must not find a stale contact. */
export const MIN_DAYS_LEFT = 30;
/** RFC 9116 §2.5.5: Expires should be less than a year ahead. */
export const MAX_DAYS_LEFT = 366;

export interface SecurityTxt {
  /** `mailto:…` or `https://…`. */
  contact: string;
  /** An ISO 8601 date and time (`2027-11-30T00:00:00.000Z`). */
  expires: string;
  /** The file's own https URL. */
  canonical: string;
  preferredLanguages?: string;
}

/** The file's text; throws, saying what to change, when a field is wrong or Expires is too near or too far. */
export function formatSecurityTxt(fields: SecurityTxt, now: Date): string {
  const expires = new Date(fields.expires);
  if (Number.isNaN(expires.getTime())) {
    throw new Error(
      `security.txt: Expires "${fields.expires}" is not a date: write it as 2027-11-30T00:00:00.000Z in SECURITY_TXT (src/consts.ts).`,
    );
  }
  const daysLeft = (expires.getTime() - now.getTime()) / DAY;
  if (daysLeft < MIN_DAYS_LEFT) {
    throw new Error(
      `security.txt: Expires ${fields.expires} is ${Math.floor(daysLeft)} days away (at least ${MIN_DAYS_LEFT} needed). ` +
        'Check that the Contact still works, then move SECURITY_TXT.expires in src/consts.ts forward (at most a year).',
    );
  }
  if (daysLeft > MAX_DAYS_LEFT) {
    throw new Error(
      `security.txt: Expires ${fields.expires} is more than a year away; RFC 9116 asks for less: set SECURITY_TXT.expires in src/consts.ts sooner.`,
    );
  }
  if (!/^(mailto:|https:\/\/)/.test(fields.contact)) {
    throw new Error(
      `security.txt: Contact "${fields.contact}" must be a mailto: or https:// URI (SECURITY_TXT in src/consts.ts).`,
    );
  }
  if (new URL(fields.canonical).protocol !== 'https:') {
    throw new Error(
      `security.txt: Canonical "${fields.canonical}" must be https (SITE_URL in src/consts.ts).`,
    );
  }
  const lines = [
    `Contact: ${fields.contact}`,
    `Expires: ${expires.toISOString()}`,
    `Canonical: ${fields.canonical}`,
    ...(fields.preferredLanguages ? [`Preferred-Languages: ${fields.preferredLanguages}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
