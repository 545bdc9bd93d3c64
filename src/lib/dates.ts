/** Dates as readers see them and as machines read them. Dates are calendar days, so UTC. */

const readable = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** `May 31, 2024`. */
export function formatDate(date: Date): string {
  return readable.format(date);
}

/** `2024-05-31`, for `<time datetime>` and front matter. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `2024-05-31` as a Date (its UTC midnight); invalid text gives an Invalid Date. */
export function dayDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * Whether `text` is a real day written YYYY-MM-DD: one its month has. `2024-02-30` reads back as another day
 * and `2024-13-01` as no date at all; neither is one.
 */
export function isRealDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = dayDate(text);
  return !Number.isNaN(date.getTime()) && isoDate(date) === text;
}
