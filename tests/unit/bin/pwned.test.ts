import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRangeServer, type RangeServer } from '@/tests/support/range-server';

const BREACHED = { password: 52_256_179, hunter2: 38_000 };
let server: RangeServer;

/** Runs the built CLI; async, because the range server answers from this same process. */
function heedful(
  args: string[],
  stdin: string,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/heedful.mjs', ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}

const lines = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [
    'node_modules/tsx/dist/cli.mjs',
    'scripts/build-cli.ts',
  ]);
  server = await startRangeServer({ breached: BREACHED });
}, 60_000);
afterAll(() => server?.close());

describe('heedful pwned', () => {
  test('one JSON line per password, exit 0, nothing echoed', async () => {
    const typed = ['password', 'not breached at all 42', 'hunter2'];
    const { code, out, err } = await heedful(
      ['pwned', '--api', server.url],
      `${typed.join('\n')}\n`,
    );
    expect(code).toBe(0);
    expect(lines(out)).toEqual([
      { breached: true, count: 52_256_179 },
      { breached: false, count: 0 },
      { breached: true, count: 38_000 },
    ]);
    for (const password of typed) expect(out + err).not.toContain(password);
  });

  test('a line that cannot be checked is {"error"} and exit 1; later lines still work', async () => {
    server.setFault('status-503');
    const first = heedful(['pwned', `--api=${server.url}`], 'password\n');
    const failed = await first;
    server.setFault(null);
    expect(failed.code).toBe(1);
    expect(lines(failed.out)).toEqual([{ error: 'server-error' }]);
    const ok = await heedful(['pwned', '--api', server.url], 'hunter2\n');
    expect(ok.code).toBe(0);
  });

  test.each([['http://example.com/range/'], ['nonsense']])(
    'refuses --api %s (exit 2, no request)',
    async (api) => {
      const before = server.requests.length;
      const { code, out, err } = await heedful(['pwned', '--api', api], 'password\n');
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/--api/);
      expect(server.requests.length).toBe(before);
    },
  );

  test('a positional argument is refused, so a password is never taken from argv', async () => {
    const { code, err } = await heedful(['pwned', 'hunter2', '--api', server.url], '');
    expect(code).toBe(2);
    expect(err).not.toContain('hunter2');
  });
});
