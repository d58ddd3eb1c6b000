import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { loadCatalog } from '@/scripts/locales';
import { passwordReuse } from '@/utils/checks/password-reuse';
import { LESSON_IDS, lessonForCheck } from '@/utils/lessons';
import {
  CHECK_IDS,
  DEFAULT_SETTINGS,
  normalizePolicy,
  normalizeSettings,
} from '@/utils/settings-model';

test('the check is registered, off by default, and its lesson exists', () => {
  expect(CHECK_IDS).toContain(passwordReuse.id);
  expect(DEFAULT_SETTINGS.checks[passwordReuse.id]).toBe(false);
  expect(passwordReuse.defaultOn).toBe(DEFAULT_SETTINGS.checks[passwordReuse.id]);
  expect(normalizeSettings({}).checks[passwordReuse.id]).toBe(false);
  expect(LESSON_IDS).toContain(passwordReuse.lesson);
  expect(lessonForCheck(passwordReuse.id).id).toBe(passwordReuse.lesson);
});

test('an organisation can turn it on by policy; the schema describes it', () => {
  expect(normalizePolicy({ checks: { 'password-reuse': true } }).checks).toEqual({
    'password-reuse': true,
  });
  const schema = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../../public/managed_schema.json'), 'utf8'),
  ) as { properties: { checks: { properties: Record<string, { type: string }> } } };
  expect(schema.properties.checks.properties[passwordReuse.id]?.type).toBe('boolean');
});

test.each(['en', 'es'])('%s has every string the check shows', (lang) => {
  const catalog = loadCatalog(lang);
  for (const key of [
    'reuseReusedTitle',
    'reuseReusedBody',
    'reuseReusedAdvice',
    'reuseLookalikeTitle',
    'reuseLookalikeBody',
    'optionsCheck_password_reuse',
    'optionsCheck_password_reuse_hint',
    'popupReuseForgetAll',
  ])
    expect(catalog[key]?.message, key).toBeTruthy();
  expect(catalog.reuseLookalikeBody!.message).toContain('$1');
});
