/** @module Local calendar days as `YYYY-MM-DD` keys. Streaks and the lesson of the day count the
 * reader's days, not UTC ones, and comparing day numbers stays right across DST changes. */

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The reader's local calendar day of `date`. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function isDayKey(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY_KEY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01 for a local date or a day key; whole numbers, so days subtract exactly. */
export function dayNumber(day: Date | string): number {
  const key = typeof day === 'string' ? day : dayKey(day);
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}
