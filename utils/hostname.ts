/** @module The hostname of an address that may be anything (a sender's URL, a stored origin, a
 * page's `data.url`): null when it does not parse. */
export function hostnameOf(url: unknown): string | null {
  try {
    return new URL(String(url)).hostname;
  } catch {
    return null;
  }
}
