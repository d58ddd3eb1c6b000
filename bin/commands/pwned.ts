/** @module `heedful pwned [--api URL]`: the extension's breach check over stdin, one JSON line
 * per password. Only each password's 5-hex SHA-1 prefix is sent; nothing echoes a password. */
import {
  createBreachChecker,
  DEFAULT_RANGE_API_URL,
  normalizeRangeApiUrl,
  memorySessionStore,
} from '../../utils/checks/breached-password';
import { parseArgs, stdinLines, UsageError, writeJsonLine } from '../io';

export async function pwned(args: string[]): Promise<number> {
  const { options, positional } = parseArgs(args, ['api']);
  // Not echoed: someone who typed a password as an argument should not see it printed back.
  if (positional.length) throw new UsageError('unexpected argument (passwords come on stdin)');
  // Normalised like the extension's setting: the prefix is always the last path segment.
  const api = normalizeRangeApiUrl(options.api?.at(-1) ?? DEFAULT_RANGE_API_URL);
  if (api === null)
    throw new UsageError('--api must be an https: URL, or http: on 127.0.0.1 / localhost');
  // One process is one "session": repeated prefixes on stdin are fetched once.
  const checker = createBreachChecker({ session: memorySessionStore() });
  let failed = false;
  for await (const line of stdinLines()) {
    const result = await checker.check(line, api);
    if (result.state === 'unavailable') {
      failed = true;
      writeJsonLine({ error: result.reason });
    } else {
      writeJsonLine({
        breached: result.state === 'breached',
        count: result.state === 'breached' ? result.count : 0,
      });
    }
  }
  return failed ? 1 : 0;
}
