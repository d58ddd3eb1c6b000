/** @module One range request, with every way it can go wrong turned into a reason. */
import { retryAfterMs } from './retry-after';
import type { UnavailableReason } from './types';

export type RangeFetchResult =
  { ok: true; body: string } | { ok: false; reason: UnavailableReason; retryAfterMs?: number };

export interface RangeFetchOptions {
  fetch: typeof fetch;
  /** Covers the whole exchange, body included, so a server dripping bytes cannot hold us. */
  timeoutMs: number;
  /** A padded range is ~40 KB; anything near this cap is not a range response. */
  maxBytes: number;
  now: () => number;
  /** @default `navigator.onLine === false` (the demo, which needs no network, passes `() => false`) */
  isOffline?: () => boolean;
}

/** `url` comes from `rangeUrlFor` (never string concatenation); it carries nothing of the
 * password but the 5-hex prefix, as its last path segment. */
export async function fetchRange(
  url: string,
  options: RangeFetchOptions,
): Promise<RangeFetchResult> {
  if ((options.isOffline ?? isKnownOffline)()) return { ok: false, reason: 'offline' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await options.fetch(url, {
      method: 'GET',
      headers: { 'Add-Padding': 'true' },
      signal: controller.signal,
      // Nothing about the user rides along: no cookies, no referrer.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // A redirect could lead off the https/loopback URL that settings allowed; a range API
      // never needs one, so it ends as a status other than 200 (opaque redirect: status 0).
      redirect: 'manual',
    });
    if (response.status === 429) {
      void response.body?.cancel().catch(() => {});
      const wait = retryAfterMs(response.headers.get('Retry-After'), options.now());
      return { ok: false, reason: 'rate-limited', retryAfterMs: wait };
    }
    if (response.status !== 200) {
      void response.body?.cancel().catch(() => {});
      return { ok: false, reason: response.status >= 500 ? 'server-error' : 'bad-response' };
    }
    if (!isPlainText(response.headers.get('Content-Type'))) {
      void response.body?.cancel().catch(() => {});
      return { ok: false, reason: 'bad-response' };
    }
    const body = await readCapped(response, options.maxBytes);
    return body === null ? { ok: false, reason: 'bad-response' } : { ok: true, body };
  } catch {
    // Abort (our timer) or a network failure: DNS, refused, reset, offline, CORS.
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'offline' };
  } finally {
    clearTimeout(timer);
  }
}

/** Captive portals and error pages answer 200 with HTML; only `text/plain` is a range. */
function isPlainText(contentType: string | null): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'text/plain';
}

/** Streams at most `maxBytes`, then decodes strictly: invalid UTF-8 is `null`, not U+FFFD. */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    return null;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** `navigator.onLine === false` is reliable (true is not), so only trust the negative. */
function isKnownOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}
