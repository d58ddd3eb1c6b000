import { describe, expect, test } from 'vitest';
import {
  POLICY,
  SENSITIVITY,
  checkOversizedForms,
  excessKinds,
  oversizedMessage,
} from '@/utils/checks/oversized-form';
import { FIELD_KINDS, FORM_PURPOSES, type FieldKind, type FormPurpose } from '@/utils/forms';
import { tEn } from '@/tests/unit/forms/helpers';

describe('policy table', () => {
  test('covers every purpose but other, and rates every kind but other', () => {
    expect(Object.keys(POLICY).sort()).toEqual(FORM_PURPOSES.filter((p) => p !== 'other').sort());
    expect(Object.keys(SENSITIVITY).sort()).toEqual(
      FIELD_KINDS.filter((k) => k !== 'other').sort(),
    );
  });

  test('no kind is both expected and tolerable', () => {
    for (const { expected, tolerable } of Object.values(POLICY))
      expect(expected.filter((k) => tolerable.includes(k))).toEqual([]);
  });

  test.each<[FormPurpose, FieldKind[], FieldKind[]]>([
    [
      'checkout',
      ['name', 'street-address', 'postal-code', 'card-number', 'card-security-code'],
      [],
    ],
    ['login', ['username', 'password', 'birth-date'], ['birth-date']],
    ['newsletter', ['email', 'birth-date', 'national-id'], ['birth-date', 'national-id']],
    ['newsletter', ['email', 'name', 'other'], []],
    ['signup', ['email', 'password', 'birth-date', 'gender'], []],
    ['signup', ['email', 'password', 'national-id'], ['national-id']],
    ['contact', ['name', 'email', 'phone', 'sensitive'], ['sensitive']],
    ['search', ['other', 'password'], ['password']],
    // Unknown purpose: only unexplained high-sensitivity kinds are questioned.
    ['other', ['birth-date', 'national-id', 'card-number'], ['national-id', 'card-number']],
    ['other', ['name', 'birth-date', 'national-id', 'phone'], []],
    ['other', ['email', 'security-question'], ['security-question']],
    ['other', ['name', 'email', 'birth-date', 'gender'], []],
    [
      'newsletter',
      ['email', 'birth-date', 'phone', 'street-address'],
      ['birth-date', 'street-address'],
    ],
    ['age-gate', ['birth-date', 'region'], []],
    ['age-gate', ['birth-date', 'email'], ['email']],
    ['store-finder', ['postal-code', 'region'], []],
    ['store-finder', ['postal-code', 'phone'], ['phone']],
    ['identity-verification', ['name', 'national-id', 'birth-date', 'street-address'], []],
    ['guest-access', ['email', 'national-id'], ['national-id']],
    ['giveaway', ['email', 'security-question'], ['security-question']],
    ['account-recovery', ['email', 'card-number'], ['card-number']],
    ['job-application', ['name', 'email', 'birth-date', 'street-address'], []],
    ['government', ['name', 'national-id', 'tax-id', 'bank-account'], []],
    ['search', ['other'], []],
  ])('%s with %j → excess %j', (purpose, kinds, excess) => {
    expect(excessKinds(purpose, kinds)).toEqual(excess);
  });

  test('every purpose but other has a policy row and a message', () => {
    for (const purpose of FORM_PURPOSES) {
      if (purpose !== 'other') expect(POLICY[purpose], purpose).toBeDefined();
      expect(oversizedMessage(purpose, ['national-id'], tEn)).toContain('ID number');
    }
  });

  test('an unknown purpose is asked about, not accused', () => {
    expect(oversizedMessage('other', ['security-question'], tEn)).toMatch(
      /^Why would this form need your answers to security questions\?/,
    );
  });

  test('when the wording overrules the fields, the message says what the form is for', () => {
    expect(oversizedMessage('newsletter', ['birth-date'], tEn, true)).toMatch(
      /^From its wording, this form is for: newsletter\. This newsletter form asks for your date of birth/,
    );
  });

  test('the message names the excess in plain words and suggests leaving them empty', () => {
    expect(oversizedMessage('newsletter', ['birth-date', 'national-id'], tEn)).toBe(
      "This newsletter form asks for your date of birth and ID number — it doesn't need that to email you. If those fields are optional, leave them empty.",
    );
    expect(oversizedMessage('login', ['birth-date', 'gender', 'postal-code'], tEn)).toContain(
      'date of birth, gender and postcode',
    );
  });

  test('severity follows the most sensitive excess kind; loose fields are never judged', () => {
    const field = (kind: FieldKind) => ({ kind, fillable: true }) as never;
    const forms = [
      {
        index: 0,
        el: null,
        purpose: 'newsletter',
        action: null,
        fields: [field('email'), field('birth-date')],
      },
      {
        index: 1,
        el: null,
        purpose: 'newsletter',
        action: null,
        fields: [field('email'), field('national-id')],
      },
      {
        index: null,
        el: null,
        purpose: 'newsletter',
        action: null,
        fields: [field('national-id')],
      },
    ] as const;
    const findings = checkOversizedForms(forms as never, tEn);
    expect(findings.map((f) => [f.form, f.severity, f.kinds, f.lesson])).toEqual([
      [0, 'warning', ['birth-date'], 'data-minimisation'],
      [1, 'danger', ['national-id'], 'data-minimisation'],
    ]);
  });
});
