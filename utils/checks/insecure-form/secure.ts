/** @module Whether a URL is a secure context the way browsers decide (`isSecureContext`), for
 * code that has a URL but no window (the CLI, `--url`). Loopback counts as secure. */

import { isLoopbackHost } from '../../loopback';

/** `https:`/`wss:`/`file:`, or `http:`/`ws:` on loopback. Anything unparsable is not secure. */
export function isSecureUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['https:', 'wss:', 'file:'].includes(parsed.protocol)) return true;
  return ['http:', 'ws:'].includes(parsed.protocol) && isLoopbackHost(parsed.hostname);
}

/** A form action that sends data in the clear: `http:` to anything but loopback. */
export function isCleartextAction(action: string | null): boolean {
  if (!action) return false;
  try {
    const url = new URL(action);
    return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
  } catch {
    return false;
  }
}
