/** The built CLI on the fixtures in tests/fixtures/forms, as a user runs it. */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/forms');

function audit(...args: string[]) {
  const run = spawnSync('node', ['bin/heedful.mjs', 'audit', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return {
    status: run.status,
    stderr: run.stderr,
    objects: run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, never>),
  };
}

beforeAll(() => {
  execFileSync('npx', ['tsx', 'scripts/build-cli.ts'], { cwd: ROOT, stdio: 'inherit' });
});

describe('heedful audit', () => {
  test('prints one contract-shaped object per file', () => {
    const files = ['newsletter-oversized.html', 'checkout.html', 'login.html', 'http-action.html'];
    const { status, objects } = audit(
      '--url',
      'https://shop.example/',
      ...files.map((f) => path.join(FIXTURES, f)),
    );
    expect(status).toBe(0);
    expect(objects).toHaveLength(4);
    for (const object of objects) {
      expect(Object.keys(object)).toEqual(['file', 'url', 'fields', 'forms', 'findings']);
      expect(object.url).toBe('https://shop.example/');
    }
    const [newsletter, checkout, login, http] = objects as unknown as {
      fields: { index: number; kind: string; form: number | null; type: string }[];
      forms: { purpose: string; kinds: string[] }[];
      findings: { check: string; code: string; kinds: string[]; message: string }[];
    }[];

    expect(newsletter!.forms).toEqual([
      { index: 0, purpose: 'newsletter', kinds: ['email', 'birth-date', 'national-id'] },
    ]);
    expect(newsletter!.findings).toEqual([
      expect.objectContaining({ check: 'oversized-form', kinds: ['birth-date', 'national-id'] }),
    ]);
    expect(newsletter!.findings[0]!.message).toMatch(/date of birth and ID number/);

    expect(checkout!.forms[0]!.purpose).toBe('checkout');
    expect(checkout!.findings).toEqual([]);
    // The search box outside the form and the hidden token are counted too.
    expect(checkout!.fields[0]).toMatchObject({
      index: 0,
      type: 'search',
      form: null,
      kind: 'other',
    });
    expect(checkout!.fields[1]).toMatchObject({ index: 1, type: 'hidden', form: 0 });

    expect(login!.forms[0]!.purpose).toBe('login');
    expect(login!.findings).toEqual([]);

    expect(http!.findings.map((f) => [f.check, f.code])).toEqual([
      ['insecure-form', 'http-action'],
      ['password-field', 'paste-blocked'],
      ['password-field', 'short-maxlength'],
    ]);
  });

  test('--url with http: makes a password form insecure', () => {
    const { objects } = audit('--url', 'http://shop.example/', path.join(FIXTURES, 'login.html'));
    expect(objects[0]!.findings).toEqual([
      expect.objectContaining({ check: 'insecure-form', code: 'insecure-page' }),
    ]);
  });

  test('an unreadable file is reported, the others still run, and the exit code is non-zero', () => {
    const { status, stderr, objects } = audit(
      path.join(FIXTURES, 'missing.html'),
      path.join(FIXTURES, 'login.html'),
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/cannot read file 1 \(ENOENT\)/);
    expect(stderr).not.toContain('missing');
    expect(objects).toHaveLength(1);
    expect(objects[0]!.url).toMatch(/^file:/);
  });
});
