/** @module Parsing a range response (`SUFFIX:COUNT` lines) into the breached suffixes. */
import { SUFFIX_LENGTH } from './hash';

const LINE = new RegExp(`^([0-9A-Fa-f]{${SUFFIX_LENGTH}}):([0-9]{1,15})$`);

/**
 * Suffix (uppercase) → count, padding (count 0) left out. `null` when the body is not a range
 * response: one junk line spoils the whole body, because skipping it could hide the very
 * suffix we look for and turn "breached" into a false "not found". An empty body is also
 * `null`: every real range has hundreds of lines, so empty means a truncated or broken reply.
 */
export function parseRange(body: string): Map<string, number> | null {
  const counts = new Map<string, number>();
  let lines = 0;
  for (const raw of body.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '') continue; // the trailing newline, or a blank line some mirrors add
    const match = LINE.exec(line);
    if (!match) return null;
    lines++;
    const count = Number(match[2]);
    if (count === 0) continue;
    const suffix = (match[1] ?? '').toUpperCase();
    // A duplicate is odd but harmless; keep the larger count rather than reject the body.
    counts.set(suffix, Math.max(count, counts.get(suffix) ?? 0));
  }
  return lines > 0 ? counts : null;
}
