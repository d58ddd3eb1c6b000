/** @module Whether a URL is a secure context the way browsers decide (`isSecureContext`), for
 * code that has a URL but no window (the CLI, `--url`). Loopback counts as secure. */

/** The one loopback rule in Heedful (secure contexts, form actions, the range API address):
 * `localhost` and its subdomains (RFC 6761: never sent to DNS, browsers answer them locally),
 * 127.0.0.0/8 and `[::1]`. Hostnames as `URL` gives them (IPv4 already canonical). */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

/** `https:`/`wss:`/`file:`, or `http:`/`ws:` on loopback. Anything unparsable is not secure. */
export function isSecureUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['https:', 'wss:', 'file:'].includes(parsed.protocol)) return true;
  return ['http:', 'ws:'].includes(parsed.protocol) && isLoopbackHostname(parsed.hostname);
}

/** A form action that sends data in the clear: `http:` to anything but loopback. */
export function isCleartextAction(action: string | null): boolean {
  if (!action) return false;
  try {
    const url = new URL(action);
    return url.protocol === 'http:' && !isLoopbackHostname(url.hostname);
  } catch {
    return false;
  }
}
