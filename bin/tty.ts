/** @module Reading passwords from a terminal without showing them. Kept apart from `io.ts`
 * (which needs the build-time catalog) so tests can drive it with a fake terminal. */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** readline in terminal mode (raw input, line editing) writing its echo nowhere, keeping no
 * history; Ctrl-C ends the input instead of leaving the terminal raw. */
export function hiddenLines(input: NodeJS.ReadableStream): AsyncIterable<string> {
  const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = createInterface({
    input,
    output: nowhere,
    terminal: true,
    historySize: 0,
    crlfDelay: Infinity,
  });
  lines.on('SIGINT', () => {
    process.exitCode = 130;
    lines.close();
  });
  return lines;
}
