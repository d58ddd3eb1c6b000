/** @module The data-minimisation policy: for each form purpose, which field kinds it is
 * expected to ask for, which are tolerable (common and defensible, e.g. a national ID at a
 * checkout in countries where invoices need it), and — everything else — which are excessive.
 * Deliberately generous: a false alarm costs more trust than a missed one. Forms whose purpose
 * is unknown (`other`) are judged only for unexplained high-sensitivity kinds
 * (`unexplainedKinds`), and the notice asks rather than accuses.
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
 * | search | (none) | name, email, phone, address, birth-date, age, gender, organization, username, tax-id (a company lookup) | password, national-id, card data, bank-account, security-question, sensitive |
 * | download | email, name | phone, organization, postal-code, region, username, password | everything else |
 * | giveaway | email, name | phone, birth-date, age, gender, address, organization | everything else |
 * | coupon | email | name, phone, birth-date, age, gender, postal-code, region | everything else |
 * | quiz | email | name, phone, age, gender, postal-code, region, organization | everything else |
 * | guest-access | email | name, phone, username, password, postal-code, region, age, card data | everything else |
 * | unsubscribe | email | name, phone, username | everything else |
 * | account-recovery | email, username, phone, password | name, birth-date, postal-code, region, national-id, bank-account, security-question | everything else |
 * | age-gate | birth-date, age | region | everything else |
 * | store-finder | (none) | address | everything else |
 * | identity-verification | name, national-id, birth-date, address, email, phone | tax-id, bank-account, gender, age, organization, username, password, card-number, card-expiry, security-question | card-security-code, sensitive |
 * | government | name, national-id, tax-id, birth-date, address, email, phone | everything else | (none) |
 * | job-application | name, email, phone, address | birth-date, age, gender, organization, national-id, tax-id, username, password | card data, bank-account, security-question, sensitive |
 * | other | — | — | security-question; national-id, card-number, card-security-code, bank-account unless a name with a birth date or address explains them |
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
      'tax-id',
    ],
  },
  download: {
    expected: ['email', 'name'],
    tolerable: ['phone', 'organization', 'postal-code', 'region', 'username', 'password'],
  },
  giveaway: {
    expected: ['email', 'name'],
    tolerable: ['phone', 'birth-date', 'age', 'gender', ...ADDRESS, 'organization'],
  },
  coupon: {
    expected: ['email'],
    tolerable: ['name', 'phone', 'birth-date', 'age', 'gender', 'postal-code', 'region'],
  },
  quiz: {
    expected: ['email'],
    tolerable: ['name', 'phone', 'age', 'gender', 'postal-code', 'region', 'organization'],
  },
  'guest-access': {
    expected: ['email'],
    tolerable: ['name', 'phone', 'username', 'password', 'postal-code', 'region', 'age', ...CARD],
  },
  unsubscribe: {
    expected: ['email'],
    tolerable: ['name', 'phone', 'username'],
  },
  'account-recovery': {
    expected: ['email', 'username', 'phone', 'password'],
    tolerable: [
      'name',
      'birth-date',
      'postal-code',
      'region',
      'national-id',
      'bank-account',
      'security-question',
    ],
  },
  'age-gate': {
    expected: ['birth-date', 'age'],
    tolerable: ['region'],
  },
  'store-finder': {
    expected: [],
    tolerable: [...ADDRESS],
  },
  'identity-verification': {
    expected: ['name', 'national-id', 'birth-date', ...ADDRESS, 'email', 'phone'],
    tolerable: [
      'tax-id',
      'bank-account',
      'gender',
      'age',
      'organization',
      'username',
      'password',
      'card-number',
      'card-expiry',
      'security-question',
    ],
  },
  government: {
    expected: ['name', 'national-id', 'tax-id', 'birth-date', ...ADDRESS, 'email', 'phone'],
    tolerable: [
      'gender',
      'age',
      'bank-account',
      'organization',
      'username',
      'password',
      'security-question',
      'sensitive',
      ...CARD,
    ],
  },
  'job-application': {
    expected: ['name', 'email', 'phone', ...ADDRESS],
    tolerable: [
      'birth-date',
      'age',
      'gender',
      'organization',
      'national-id',
      'tax-id',
      'username',
      'password',
    ],
  },
};

/** With no stated or evident purpose, only the kinds whose leak does the most harm are
 * questioned: security answers always; an ID, card or bank number when nothing else on the
 * form (a name with a birth date or an address) explains why it is there. */
export function unexplainedKinds(kinds: readonly FieldKind[]): PersonalKind[] {
  const has = (k: FieldKind) => kinds.includes(k);
  const explained = has('name') && (has('birth-date') || has('street-address'));
  return [...new Set(kinds)].filter(
    (k): k is PersonalKind =>
      k === 'security-question' ||
      (!explained &&
        ['national-id', 'card-number', 'card-security-code', 'bank-account'].includes(k)),
  );
}

/** The kinds a form of this purpose has no need for, in the order given (for `other`, only the
 * unexplained high-sensitivity ones). */
export function excessKinds(purpose: FormPurpose, kinds: readonly FieldKind[]): PersonalKind[] {
  if (purpose === 'other') return unexplainedKinds(kinds);
  const { expected, tolerable } = POLICY[purpose];
  return [...new Set(kinds)].filter(
    (k): k is PersonalKind => k !== 'other' && !expected.includes(k) && !tolerable.includes(k),
  );
}
