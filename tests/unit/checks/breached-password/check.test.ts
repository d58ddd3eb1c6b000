/** breached-password's registry contract: `run` honours the switch (off means no request),
 * `findings` reports only `breached`, without the count. */
import { describe, expect, test, vi } from 'vitest';
import { createBreachChecker, memorySessionStore } from '@/utils/checks/breached-password';
import { PASSWORD_CHECKS } from '@/utils/checks/password-checks';
import { DEFAULT_SETTINGS } from '@/utils/settings-model';
import { tEn } from '@/tests/unit/forms/helpers';

const check = PASSWORD_CHECKS['breached-password'];

describe('breached-password contract', () => {
  test('switched off: unavailable/disabled, and no request at all', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const checker = createBreachChecker({ fetch, session: memorySessionStore() });
    const settings = { ...DEFAULT_SETTINGS.checks, 'breached-password': false };
    const result = await check.run('password', {
      checker,
      settings: { checks: settings, rangeApiUrl: DEFAULT_SETTINGS.rangeApiUrl },
    });
    expect(result).toEqual({ state: 'unavailable', reason: 'disabled' });
    expect(fetch).not.toHaveBeenCalled();
  });

  test('only a breached result is a finding; it carries no count', () => {
    const findings = check.findings({ state: 'breached', count: 52_256_179 }, { t: tEn });
    expect(findings).toEqual([
      expect.objectContaining({ check: 'breached-password', severity: 'danger', form: null }),
    ]);
    expect(JSON.stringify(findings)).not.toMatch(/52|256|179/);
    expect(check.findings({ state: 'not-found' }, { t: tEn })).toEqual([]);
    expect(check.findings({ state: 'unavailable', reason: 'timeout' }, { t: tEn })).toEqual([]);
  });
});
