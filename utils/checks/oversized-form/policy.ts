/** @module The data-minimisation policy: for each form purpose, which field kinds it is
 * expected to ask for, which are tolerable (common and defensible, e.g. a national ID at a
 * checkout in countries where invoices need it), and — everything else — which are excessive.
 * Deliberately generous: a false alarm costs more trust than a missed one. Forms whose purpose
 * is unknown (`other`) are never judged.
 *
 * | purpose | expected | tolerable | excessive (flagged) |
 * | --- | --- | --- | --- |
 * | login | username, email, password, phone | name, national-id, card-number, organization, region | birth-date, age, gender, street-address, postal-code, tax-id, card-security-code, card-expiry, bank-account, security-question, sensitive |
 * | signup | email, username, password, name | phone, birth-date, age, gender, organization, street-address, postal-code, region, tax-id, bank-account, security-question | national-id, card-number, card-security-code, card-expiry, sensitive |
 * | password-change | password | username, email, name, security-question | everything else |
 * | checkout | name, email, phone, address, card data, organization | username, password, birth-date, age, gender, national-id, tax-id, bank-account | security-question, sensitive |
 * | payment | card data, bank-account, name, address, email, phone | organization, tax-id, national-id, birth-date, username, password | age, gender, security-question, sensitive |
 * | shipping | name, address, phone, email, organization | username, password, birth-date, age, gender, national-id, tax-id, bank-account | card data, security-question, sensitive |
 * | newsletter | email | name, phone, gender, organization, postal-code, region | birth-date, age, street-address, IDs, card data, bank-account, password, username, security-question, sensitive |
 * | contact | name, email, phone | organization, street-address, postal-code, region, age, gender, username, tax-id | birth-date, national-id, card data, bank-account, password, security-question, sensitive |
 * | search | (none) | name, email, phone, address, birth-date, age, gender, organization, username | password, national-id, tax-id, card data, bank-account, security-question, sensitive |
 */
import type { FieldKind, FormPurpose } from '../../forms/types';

export type Sensitivity = 'low' | 'medium' | 'high';
export type JudgedPurpose = Exclude<FormPurpose, 'other'>;
export type PersonalKind = Exclude<FieldKind, 'other'>;

/** How much harm a leak of this kind does: identity theft and fraud are high. */
export const SENSITIVITY: Record<PersonalKind, Sensitivity> = {
  name: 'low',
  email: 'low',
  username: 'low',
  organization: 'low',
  'postal-code': 'low',
  region: 'low',
  phone: 'medium',
  'street-address': 'medium',
  'birth-date': 'medium',
  age: 'medium',
  gender: 'medium',
  'tax-id': 'medium',
  'card-expiry': 'medium',
  'national-id': 'high',
  'card-number': 'high',
  'card-security-code': 'high',
  'bank-account': 'high',
  password: 'high',
  'security-question': 'high',
  sensitive: 'high',
};

export interface PurposePolicy {
  expected: PersonalKind[];
  tolerable: PersonalKind[];
}

const ADDRESS: PersonalKind[] = ['street-address', 'postal-code', 'region'];
const CARD: PersonalKind[] = ['card-number', 'card-security-code', 'card-expiry'];

export const POLICY: Record<JudgedPurpose, PurposePolicy> = {
  login: {
    expected: ['username', 'email', 'password', 'phone'],
    tolerable: ['name', 'national-id', 'card-number', 'organization', 'region'],
  },
  signup: {
    expected: ['email', 'username', 'password', 'name'],
    tolerable: [
      'phone',
      'birth-date',
      'age',
      'gender',
      'organization',
      ...ADDRESS,
      'tax-id',
      'bank-account',
      'security-question',
    ],
  },
  'password-change': {
    expected: ['password'],
    tolerable: ['username', 'email', 'name', 'security-question'],
  },
  checkout: {
    expected: ['name', 'email', 'phone', ...ADDRESS, ...CARD, 'organization'],
    tolerable: [
      'username',
      'password',
      'birth-date',
      'age',
      'gender',
      'national-id',
      'tax-id',
      'bank-account',
    ],
  },
  payment: {
    expected: [...CARD, 'bank-account', 'name', ...ADDRESS, 'email', 'phone'],
    tolerable: ['organization', 'tax-id', 'national-id', 'birth-date', 'username', 'password'],
  },
  shipping: {
    expected: ['name', ...ADDRESS, 'phone', 'email', 'organization'],
    tolerable: [
      'username',
      'password',
      'birth-date',
      'age',
      'gender',
      'national-id',
      'tax-id',
      'bank-account',
    ],
  },
  newsletter: {
    expected: ['email'],
    tolerable: ['name', 'phone', 'gender', 'organization', 'postal-code', 'region'],
  },
  contact: {
    expected: ['name', 'email', 'phone'],
    tolerable: ['organization', ...ADDRESS, 'age', 'gender', 'username', 'tax-id'],
  },
  search: {
    expected: [],
    tolerable: [
      'name',
      'email',
      'phone',
      ...ADDRESS,
      'birth-date',
      'age',
      'gender',
      'organization',
      'username',
    ],
  },
};

/** The kinds a form of this purpose has no need for, in the order given; none for `other`. */
export function excessKinds(purpose: FormPurpose, kinds: readonly FieldKind[]): PersonalKind[] {
  if (purpose === 'other') return [];
  const { expected, tolerable } = POLICY[purpose];
  return [...new Set(kinds)].filter(
    (k): k is PersonalKind => k !== 'other' && !expected.includes(k) && !tolerable.includes(k),
  );
}
