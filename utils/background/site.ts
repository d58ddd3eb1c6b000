/** @module The site a content script's message came from, as one partition key: the
 * registrable domain of the sender's URL (`shop.example.co.uk` for `a.shop.example.co.uk`),
 * the host where there is none (an IP address, `localhost`), or the origin for the rest.
 * Background only: `tldts` carries the public suffix list, too big for every page. */
import { getDomain } from 'tldts';

export function siteOf(senderUrl: string | undefined): string {
  if (!senderUrl) return 'unknown:';
  let url: URL;
  try {
    url = new URL(senderUrl);
  } catch {
    return 'unknown:';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${url.protocol}${url.origin}`;
  // Scheme kept apart too: http://site and https://site do not share a cache.
  return `${url.protocol}${getDomain(url.hostname, { allowPrivateDomains: true }) ?? url.hostname}`;
}
