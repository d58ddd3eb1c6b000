import { describe, expect, test } from 'vitest';
import { fetchRange } from '@/utils/checks/breached-password/fetch-range';
import { retryAfterMs } from '@/utils/checks/breached-password/retry-after';

const LINE = `${'A'.repeat(35)}:3\r\n`;

function respond(body: BodyInit | null, init: ResponseInit) {
  const seen: RequestInit[] = [];
  const fetch: typeof globalThis.fetch = async (_input, request) => {
    seen.push(request ?? {});
    return new Response(body, init);
  };
  return { fetch, seen };
}

const options = (fetch: typeof globalThis.fetch) => ({
  fetch,
  timeoutMs: 1000,
  maxBytes: 1024,
  now: () => 0,
});

describe('fetchRange', () => {
  test('sends Add-Padding, no credentials, no referrer', async () => {
    const { fetch, seen } = respond(LINE, { headers: { 'Content-Type': 'text/plain' } });
    expect(await fetchRange('https://x.example/range/ABCDE', options(fetch))).toEqual({
      ok: true,
      body: LINE,
    });
    expect(seen[0]).toMatchObject({
      headers: { 'Add-Padding': 'true' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'manual',
    });
  });

  test.each<[string, BodyInit | null, ResponseInit, unknown]>([
    [
      'charset parameter is fine',
      LINE,
      { headers: { 'Content-Type': 'Text/Plain; charset=utf-8' } },
      { ok: true, body: LINE },
    ],
    [
      'no content type',
      LINE,
      { headers: { 'Content-Type': '' } },
      { ok: false, reason: 'bad-response' },
    ],
    [
      'JSON',
      '{}',
      { headers: { 'Content-Type': 'application/json' } },
      { ok: false, reason: 'bad-response' },
    ],
    [
      'invalid UTF-8 is not papered over with U+FFFD',
      new Uint8Array([0x41, 0xff, 0x0a]),
      { headers: { 'Content-Type': 'text/plain' } },
      { ok: false, reason: 'bad-response' },
    ],
    [
      'over the cap while streaming',
      LINE.repeat(40),
      { headers: { 'Content-Type': 'text/plain' } },
      { ok: false, reason: 'bad-response' },
    ],
    [
      'over the cap by Content-Length',
      'x',
      { headers: { 'Content-Type': 'text/plain', 'Content-Length': '999999' } },
      { ok: false, reason: 'bad-response' },
    ],
    [
      '500',
      'oops',
      { status: 500, headers: { 'Content-Type': 'text/plain' } },
      { ok: false, reason: 'server-error' },
    ],
    ['403', 'no', { status: 403 }, { ok: false, reason: 'bad-response' }],
    [
      'a redirect is not followed',
      null,
      { status: 302, headers: { Location: 'http://x.example/' } },
      { ok: false, reason: 'bad-response' },
    ],
    ['204', null, { status: 204 }, { ok: false, reason: 'bad-response' }],
    [
      '429',
      '',
      { status: 429, headers: { 'Retry-After': '7' } },
      { ok: false, reason: 'rate-limited', retryAfterMs: 7000 },
    ],
  ])('%s', async (_, body, init, expected) => {
    expect(
      await fetchRange('https://x.example/range/ABCDE', options(respond(body, init).fetch)),
    ).toEqual(expected);
  });

  test('a fetch that throws is "offline", never an exception', async () => {
    const fetch: typeof globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchRange('https://x.example/range/ABCDE', options(fetch))).toEqual({
      ok: false,
      reason: 'offline',
    });
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  test.each<[string | null, number]>([
    ['5', 5000],
    [' 0 ', 0],
    ['Thu, 01 Jan 2026 00:01:00 GMT', 60_000],
    ['Wed, 31 Dec 2025 00:00:00 GMT', 0],
    ['99999999', 3_600_000],
    ['-3', 10_000],
    ['soon', 10_000],
    ['', 10_000],
    [null, 10_000],
  ])('%j → %d ms', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });
});
