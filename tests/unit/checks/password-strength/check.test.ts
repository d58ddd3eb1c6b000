/** password-strength's registry contract: `run` rates, `findings` reports only a weak verdict
 * and never the password. */
import { describe, expect, test } from 'vitest';
import { PASSWORD_CHECKS } from '@/utils/checks/password-checks';
import { shouldShowRating } from '@/utils/checks/password-strength/show';
import { tEn } from '@/tests/unit/forms/helpers';

const check = PASSWORD_CHECKS['password-strength'];

describe('password-strength contract', () => {
  test('a weak password gives one finding naming the check and its lesson, without the password', async () => {
    const findings = check.findings(await check.run('password1', {}), { t: tEn });
    expect(findings).toEqual([
      expect.objectContaining({ check: 'password-strength', form: null, lesson: check.lesson }),
    ]);
    expect(JSON.stringify(findings)).not.toContain('password1');
  });

  test('a fair or strong password gives none', async () => {
    expect(
      check.findings(await check.run('vivid-otter-lantern-quarry-mosaic', {}), { t: tEn }),
    ).toEqual([]);
    expect(check.findings(await check.run('Tr0ub4dor&3', {}), { t: tEn })).toEqual([]);
  });

  test('site words from the context make it weak', async () => {
    expect((await check.run('examplebank2024!', { userInputs: ['examplebank'] })).verdict).toBe(
      'weak',
    );
  });
});

describe('shouldShowRating: a login field shows only weak', () => {
  test.each([
    ['new', 'weak', true],
    ['new', 'fair', true],
    ['new', 'strong', true],
    ['current', 'weak', true],
    ['current', 'fair', false],
    ['current', 'strong', false],
  ] as const)('%s field, %s → %s', (role, verdict, shown) => {
    expect(shouldShowRating(role, { verdict })).toBe(shown);
  });
});
