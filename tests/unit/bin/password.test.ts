import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = (args: string[], input: string) =>
  spawnSync('node', [resolve(ROOT, 'bin/heedful.mjs'), ...args], {
    input,
    encoding: 'utf8',
    cwd: ROOT,
  });

describe('heedful password', () => {
  beforeAll(() => {
    execFileSync('npx', ['tsx', 'scripts/build-cli.ts'], { cwd: ROOT });
  }, 60_000);

  test('one JSON line per password, in the contract shape, never echoing it', () => {
    const input = ['password', 'vivid-otter-lantern-quarry-mosaic', 'examplebank2024!'].join('\n');
    const result = run(['password', '--user-input', 'examplebank'], input);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.verdict)).toEqual(['weak', 'strong', 'weak']);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual([
        'guessesLog10',
        'score',
        'suggestions',
        'verdict',
        'warning',
      ]);
      expect([0, 1, 2, 3, 4]).toContain(line.score);
    }
    expect(lines[0].warning).toMatch(/lists of passwords/);
    expect(lines[1].warning).toBeNull();
    expect(result.stdout + result.stderr).not.toContain('vivid-otter');
    expect(result.stdout + result.stderr).not.toMatch(/"password"|examplebank2024/);
  });

  test('a password passed as an argument is refused without being printed', () => {
    const result = run(['password', 'hunter2hunter2'], '');
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain('hunter2');
  });

  test('CRLF input and a 100,000-character line', () => {
    const result = run(['password'], `abc\r\n${'z'.repeat(100_000)}\n`);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].verdict).toBe('weak');
    expect(lines[1].verdict).toBe('weak');
  });
});
