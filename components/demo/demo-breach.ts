/** @module The demo's breach check: the real checker (`createBreachChecker`) talking the real
 * range protocol to an in-page stand-in for the Pwned Passwords API, so the demo needs no
 * network and never sends anything anywhere. */
import {
  createBreachChecker,
  memorySessionStore,
  rangeRequestFor,
  type BreachChecker,
} from '@/utils/checks/breached-password';

/** Never resolved or fetched: `demoFetch` answers it. `.invalid` is reserved (RFC 2606), so
 * even a mistake could not reach a real host. */
export const DEMO_RANGE_API = 'https://range.heedful.invalid/range/';

/** Famous leaked passwords with sample counts in the range the real corpus reports. Shown on
 * the page as demo data: a classroom sees what to type and knows the numbers are not live. */
export const DEMO_BREACHED: readonly { password: string; count: number }[] = [
  { password: '123456', count: 42_100_000 },
  { password: 'password', count: 9_600_000 },
  { password: 'qwerty123', count: 1_200_000 },
  { password: 'iloveyou', count: 1_800_000 },
  { password: 'letmein', count: 600_000 },
  { password: 'football', count: 540_000 },
  { password: 'P@ssw0rd', count: 110_000 },
  { password: 'Summer2024!', count: 2_600 },
];

/** Count-0 lines per answer. The real API pads to 800–1,000 lines; a few dozen keep the demo
 * light while still exercising the parser's padding rule. */
export const DEMO_PADDING_LINES = 40;

/** Answers `GET {DEMO_RANGE_API}{PREFIX}` the way the range API does: `SUFFIX:COUNT` lines,
 * CRLF-separated, plus padding when `Add-Padding: true` asks for it. */
export const demoFetch: typeof fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  const prefix = url.startsWith(DEMO_RANGE_API) ? url.slice(DEMO_RANGE_API.length) : '';
  if (!/^[0-9A-F]{5}$/.test(prefix)) return new Response('Not found', { status: 404 });
  const lines: string[] = [];
  for (const { password, count } of DEMO_BREACHED) {
    const hash = rangeRequestFor(password);
    if (hash.prefix === prefix) lines.push(`${hash.suffix}:${count}`);
  }
  if (new Headers(init?.headers).get('Add-Padding') === 'true')
    for (let i = 0; i < DEMO_PADDING_LINES; i++)
      // Deterministic suffixes that no demo password has: hashes of text nobody would type.
      lines.push(`${rangeRequestFor(`heedful-demo-padding:${prefix}:${i}`).suffix}:0`);
  // Sorted together, as the API does, so padding cannot be told apart by position.
  return new Response(lines.sort().join('\r\n'), {
    status: 200,
    headers: { 'Content-Type': 'text/plain' },
  });
};

/** The checker the demo uses: answers from the demo list, cached in memory for this page. */
export function createDemoChecker(): BreachChecker {
  // The demo list is on this page: a classroom without network still gets answers.
  return createBreachChecker({
    fetch: demoFetch,
    session: memorySessionStore(),
    isOffline: () => false,
  });
}
