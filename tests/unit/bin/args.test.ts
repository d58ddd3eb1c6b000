import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import { hiddenLines } from '../../../bin/tty';

const ROOT = resolve(import.meta.dirname, '../../..');
const SECRET = 'S3cret-Tangerine-99';
const run = (args: string[]) =>
  spawnSync('node', [resolve(ROOT, 'bin/heedful.mjs'), ...args], {
    input: '',
    encoding: 'utf8',
    cwd: ROOT,
  });

describe('argument errors never repeat what was typed', () => {
  beforeAll(() => {
    execFileSync('npx', ['tsx', 'scripts/build-cli.ts'], { cwd: ROOT });
  }, 60_000);

  test.each([
    ['a password as the command', [SECRET]],
    ['a password as an unknown option', ['password', `--${SECRET}`]],
    ['a password as an unknown option with a value', ['pwned', `--${SECRET}=x`]],
    ['a password as a positional argument', ['pwned', SECRET]],
    ['a password as --api', ['pwned', '--api', SECRET]],
    ['a password as --url', ['audit', '--url', SECRET, 'x.html']],
    ['a password as a file name', ['audit', SECRET]],
  ])('%s', (_name, args) => {
    const result = run(args);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^heedful/);
    const output = result.stdout + result.stderr;
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain('Tangerine');
  });

  test('an unknown option is named by its position', () => {
    expect(run(['password', '--user-input', 'a', `--${SECRET}`]).stderr).toContain(
      'argument 3 is not an option this command knows',
    );
  });
});

describe('reading from a terminal', () => {
  test('hidden lines: what is typed comes through and nothing is echoed', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    const written: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (written.push(String(chunk)), true)) as never;
    try {
      const lines: string[] = [];
      const reading = (async () => {
        for await (const line of hiddenLines(input)) lines.push(line);
      })();
      input.write(`${SECRET}\r`);
      input.write('second\n');
      input.end();
      await reading;
      expect(lines).toEqual([SECRET, 'second']);
    } finally {
      process.stdout.write = write;
    }
    expect(written.join('')).not.toContain('Tangerine');
  });
});
