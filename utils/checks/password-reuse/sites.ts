/** @module Which site a password belongs to: the registrable domain (tldts, background only), so
 * `login.example.co.uk` and `www.example.co.uk` are one site. */
import { getDomain } from 'tldts';

/** The registrable domain of an http(s) URL; an IP address or a single-label intranet name is
 * its own site. `null` for anything else (about:blank, data:, extension pages). */
export function siteOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return getDomain(hostname) ?? (hostname || null);
  } catch {
    return null;
  }
}
