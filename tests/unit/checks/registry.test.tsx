/** The meta-test, in the manner of Refined GitHub's `features.test.ts`: every folder under
 * `utils/checks/` is a registered check with all of its parts — implementation, strings in every
 * locale, a managed-policy entry, a lesson, a demo example, a row in the notice contract and its
 * own unit tests. Adding a check: docs/adding-a-check.md. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { EXAMPLES } from '@/components/demo/examples';
import { checksShownBy, judgeSample } from '@/components/demo/judge';
import { languages, loadCatalog } from '@/scripts/locales';
import {
  CHECKS,
  CHECK_IDS,
  DEFAULT_CHECKS,
  NOTICE_CHECKS,
  checkMessageKey,
  type CheckId,
} from '@/utils/checks';
import { FORM_CHECKS } from '@/utils/checks/form-checks';
import { PASSWORD_CHECKS } from '@/utils/checks/password-checks';
import { SITE_CHECKS } from '@/utils/checks/site-checks';
import { translatorFor } from '@/utils/i18n-catalog';
import { LESSON_IDS, lessonById } from '@/utils/lessons';
import { DEFAULT_SETTINGS } from '@/utils/settings-model';

const ROOT = join(import.meta.dirname, '../../..');
const CHECKS_DIR = join(ROOT, 'utils/checks');
const TESTS_DIR = join(ROOT, 'tests/unit/checks');

const folders = readdirSync(CHECKS_DIR).filter((name) =>
  statSync(join(CHECKS_DIR, name)).isDirectory(),
);
const schema = JSON.parse(readFileSync(join(ROOT, 'public/managed_schema.json'), 'utf8')) as {
  properties: { checks: { properties: Record<string, { type: string; title?: string }> } };
};
const contract = readFileSync(join(ROOT, 'docs/notice-contract.md'), 'utf8');
const byId = (id: string) => CHECKS.find((check) => check.id === id);

test('every folder under utils/checks/ is a registered check, and every check has a folder', () => {
  expect(folders.length).toBeGreaterThan(0);
  expect([...folders].sort()).toEqual([...CHECK_IDS].sort());
});

test('ids are unique', () => {
  expect(new Set(CHECK_IDS).size).toBe(CHECK_IDS.length);
});

describe.each(folders)('%s', (id) => {
  const check = () => byId(id)!;

  test('is registered, from its own meta.ts', async () => {
    expect(byId(id), `add ${id} to CHECKS in utils/checks/index.ts`).toBeDefined();
    const meta = (await import(`@/utils/checks/${id}/meta.ts`)) as Record<string, unknown>;
    expect(Object.values(meta)).toContain(check());
  });

  test('has the implementation of its kind, with the same meta', () => {
    const lists = { form: FORM_CHECKS, password: PASSWORD_CHECKS, site: SITE_CHECKS };
    const impl = (lists[check().kind] as Record<string, { id: string; kind: string }>)[id];
    expect(impl, `add ${id} to utils/checks/${check().kind}-checks.ts`).toBeDefined();
    expect(impl).toMatchObject(check());
    expect(typeof (impl as unknown as { run: unknown }).run).toBe('function');
    if (check().kind !== 'form')
      expect(typeof (impl as unknown as { findings: unknown }).findings).toBe('function');
  });

  test('a default in the settings', () => {
    expect(DEFAULT_CHECKS[id as CheckId]).toBe(check().defaultOn);
    expect(DEFAULT_SETTINGS.checks[id as CheckId]).toBe(check().defaultOn);
  });

  test.each(languages())('has its strings in %s', (lang) => {
    const catalog = loadCatalog(lang);
    const parts = ['name', 'hint'] as const;
    const needed = parts.map((part) => checkMessageKey(id as CheckId, part));
    if (check().kind === 'form' && check().states.length)
      needed.push(checkMessageKey(id as CheckId, 'noticeTitle'));
    for (const key of needed) expect(catalog[key]?.message, `${lang}: ${key}`).toBeTruthy();
  });

  test('has a managed-policy entry', () => {
    const entry = schema.properties.checks.properties[id];
    expect(entry, `public/managed_schema.json: checks.${id}`).toBeDefined();
    expect(entry).toMatchObject({ type: 'boolean', title: expect.any(String) });
  });

  test('has a lesson that lists it', () => {
    expect(LESSON_IDS).toContain(check().lesson);
    expect(lessonById(check().lesson)!.checks).toContain(id);
  });

  test('is shown by a demo example', () => {
    expect(
      EXAMPLES.some((example) => example.checks.includes(id as CheckId)),
      `list ${id} in an example's checks (components/demo/examples.tsx)`,
    ).toBe(true);
  });

  test('is in the notice contract with every state', () => {
    const row = contract.split('\n').find((line) => line.startsWith(`| \`${id}\``));
    expect(row, `docs/notice-contract.md: a row for ${id}`).toBeDefined();
    for (const state of check().states) expect(row).toContain(`\`${state}\``);
  });

  test('has its own unit tests', () => {
    const dir = join(TESTS_DIR, id);
    const tests = existsSync(dir) ? readdirSync(dir).filter((f) => /\.test\.tsx?$/.test(f)) : [];
    expect(tests.length, `tests/unit/checks/${id}/*.test.ts`).toBeGreaterThan(0);
  });
});

test('the managed-policy schema has no entry for a check that does not exist', () => {
  expect(Object.keys(schema.properties.checks.properties).sort()).toEqual([...CHECK_IDS].sort());
});

test('notice checks are the checks with states, in registry order', () => {
  expect(NOTICE_CHECKS).toEqual(CHECKS.filter((c) => c.states.length).map((c) => c.id));
});

describe('demo form examples really show the checks they claim', () => {
  const t = translatorFor(loadCatalog('en'));
  beforeAll(() => {
    const { document } = parseHTML('<!doctype html><html><body><main></main></body></html>');
    vi.stubGlobal('document', document);
  });

  test.each(EXAMPLES.filter((example) => example.form).map((example) => [example.id, example]))(
    '%s',
    (_, example) => {
      const root = document.querySelector('main')!;
      const { Form, sample } = example.form!;
      render(<Form t={t} onSubmit={() => {}} />, root);
      const shown = checksShownBy(judgeSample(root.querySelector('form')!, sample, t));
      expect(shown.sort()).toEqual([...example.checks].sort());
    },
  );
});
