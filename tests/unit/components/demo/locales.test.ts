import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES_DIR } from '@/scripts/locales';
import type { Catalog } from '@/utils/i18n-catalog';

const read = (lang: string) =>
  JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'demo.json'), 'utf8')) as Catalog;
const en = read('en');
const es = read('es');
const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((m) => m[0]).sort();

test('en and es have the same keys, all prefixed demo', () => {
  expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en)) expect(key).toMatch(/^demo[A-Z]\w*$/);
});

test.each(Object.keys(en))('%s: translated, with the same placeholders', (key) => {
  expect(es[key]!.message.trim()).not.toBe('');
  expect(placeholders(es[key]!.message)).toEqual(placeholders(en[key]!.message));
});

describe('the demo code and its catalog match', () => {
  const sources = ['components/demo', 'entrypoints/demo'].flatMap((folder) => {
    const dir = join(LOCALES_DIR, '..', folder);
    return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
  });
  const used = new Set(
    sources.flatMap((s) => [...s.matchAll(/'(demo[A-Z]\w*)'/g)].map((m) => m[1]!)),
  );

  test('every demo key in the code is in the catalog', () => {
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(en).toHaveProperty(key);
  });

  test('every key in the catalog is used', () => {
    for (const key of Object.keys(en)) expect(used.has(key)).toBe(true);
  });
});
