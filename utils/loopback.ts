/** @module Loopback hosts, as browsers count them for `window.isSecureContext`: `localhost` and
 * any `*.localhost`, `127.0.0.0/8`, `[::1]`, in any case. The one rule behind "loopback counts
 * as secure" (insecure-form, the CLI's `--url`) and "`http:` is fine on loopback" (the range
 * API URL): the two used to disagree on `*.localhost` and on case. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}
