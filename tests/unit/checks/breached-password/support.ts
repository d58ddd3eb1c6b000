/** @module Shared helpers for the breach tests: a counting fake fetch over fixed ranges. */
import { createHash } from 'node:crypto';

/** Uppercase SHA-1 hex from Node's own implementation, as an independent oracle. */
export function sha1Hex(password: string): string {
  return createHash('sha1').update(password, 'utf8').digest('hex').toUpperCase();
}

/** A range body for `breached` (password → count), with `padding` count-0 lines and half as
 * many unrelated breached lines mixed in. */
export function rangeBodyFor(
  breached: Record<string, number>,
  prefix: string,
  padding = 0,
): string {
  const lines: string[] = [];
  for (const [password, count] of Object.entries(breached)) {
    const hex = sha1Hex(password);
    if (hex.startsWith(prefix)) lines.push(`${hex.slice(5)}:${count}`);
  }
  for (let i = 0; i < padding; i++) {
    lines.push(`${i.toString(16).toUpperCase().padStart(35, 'F')}:0`);
    // Other people's breached passwords share the prefix too.
    if (i % 2) lines.push(`${i.toString(16).toUpperCase().padStart(35, 'E')}:${i}`);
  }
  return lines.sort().join('\r\n');
}

/** A fetch that answers like the range API for `breached`, counting calls; `delayMs` keeps
 * requests in flight long enough for concurrent checks to pile up. */
export function fakeRangeFetch(breached: Record<string, number>, delayMs = 0) {
  const calls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = String(input);
    calls.push(url);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const body = rangeBodyFor(breached, url.slice(-5), 50);
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/plain' } });
  };
  return { fetch, calls };
}

export const API = 'https://range.example/range/';
