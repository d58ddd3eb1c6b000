import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languages, loadCatalog, LOCALES_DIR } from '@/scripts/locales';

/** Areas that must exist in every language. Files other areas add are compared once they exist
 * in every language, so a helper's half-written area does not break this test meanwhile. */
const REQUIRED_AREAS = ['app.json', 'password.json', 'lessons.json', 'popup.json', 'options.json'];

const langs = languages();
const files = [...new Set(langs.flatMap((lang) => readdirSync(join(LOCALES_DIR, lang))))]
  .filter((file) => file.endsWith('.json'))
  .sort();
const inEveryLanguage = (file: string) =>
  langs.every((lang) => existsSync(join(LOCALES_DIR, lang, file)));
const keysOf = (lang: string, file: string) =>
  Object.keys(JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')) as object).sort();

test('English and Spanish are both there', () => {
  expect(langs).toEqual(expect.arrayContaining(['en', 'es']));
});

test.each(REQUIRED_AREAS)('%s exists in every language', (file) => {
  expect(inEveryLanguage(file)).toBe(true);
});

describe.each(files.filter(inEveryLanguage))('locales/*/%s', (file) => {
  test.each(langs.filter((lang) => lang !== 'en'))('%s has the same keys as en', (lang) => {
    expect(keysOf(lang, file)).toEqual(keysOf('en', file));
  });
});

describe.each(langs)('merged catalog %s', (lang) => {
  test('loads without duplicate keys; keys are valid and messages non-empty', () => {
    const catalog = loadCatalog(lang);
    for (const [key, entry] of Object.entries(catalog)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof entry.message).toBe('string');
      expect(entry.message.trim()).not.toBe('');
    }
  });
});
