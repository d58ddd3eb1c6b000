import { describe, expect, test } from 'vitest';
import { buildMfaTable, guideUrl, normalizeDomain } from '../../../../scripts/mfa-table/build';

const directory = {
  Example: {
    domain: 'Example.co.uk',
    'additional-domains': ['example.de', 'www.example.fr'],
    tfa: ['sms', 'totp', 'u2f'],
    documentation: 'https://help.example.co.uk/2fa',
  },
  Mail: { domain: 'mail.example.org', tfa: ['email'], documentation: 'http://insecure.example/' },
  NoTwoStep: { domain: 'plain.com', 'additional-domains': ['example.de'] },
  Odd: { domain: 'not a domain', tfa: ['totp'] },
};
const passkeys = {
  Example: { passwordless: 'allowed', documentation: 'https://example.co.uk/passkeys' },
  NoTwoStep: { mfa: 'allowed', documentation: 'https://plain.com/passkeys' },
  'Only Passkeys': {
    passwordless: 'allowed',
    documentation: 'https://help.keys.example.net/how',
    'additional-domains': ['keys.example'],
  },
  'Without passkeys': { 'additional-domains': ['nope.example'] },
  'No domain at all': { mfa: 'allowed' },
};

describe('buildMfaTable', () => {
  const { table, unplaced, shadowed } = buildMfaTable(directory, passkeys);

  test('lists domains with method codes in display order and the guide without its scheme', () => {
    expect(table['example.co.uk']).toEqual(['pkas', 'help.example.co.uk/2fa']);
  });

  test('maps additional domains to the listed domain, without www', () => {
    expect(table['example.de']).toBe('example.co.uk');
    expect(table['example.fr']).toBe('example.co.uk');
  });

  test('an additional domain claimed twice keeps its first owner and is counted', () => {
    expect(shadowed).toBe(1);
  });

  test('keeps sites listed without two-step sign-in, with no codes', () => {
    // Passkeys from the passkeys directory turn such a site into one that offers them.
    expect(table['plain.com']).toEqual(['p', 'plain.com/passkeys']);
    const { table: only2fa } = buildMfaTable(directory, {});
    expect(only2fa['plain.com']).toEqual(['', '']);
  });

  test('drops guides that are not https, and domains that are not hostnames', () => {
    expect(table['mail.example.org']).toEqual(['e', '']);
    expect(Object.keys(table).some((k) => k.includes(' '))).toBe(false);
  });

  test('places passkey entries by name, else by their documentation domain', () => {
    expect(table['example.net']).toEqual(['p', 'help.keys.example.net/how']);
    expect(table['keys.example']).toBe('example.net');
    expect(unplaced).toEqual(['No domain at all']);
  });

  test('leaves out passkey entries that offer no passkeys', () => {
    expect(table['nope.example']).toBeUndefined();
  });

  test('keys come out sorted, so a rebuild diffs cleanly', () => {
    const keys = Object.keys(table);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('normalizeDomain and guideUrl', () => {
  test.each([
    ['WWW.Example.com.', 'example.com'],
    ['login.example.co.uk', 'login.example.co.uk'],
    ['example', null],
    ['exa mple.com', null],
    [42, null],
  ])('normalizeDomain(%j) = %j', (input, out) => expect(normalizeDomain(input)).toBe(out));

  test.each([
    ['https://a.example/x?y#z', 'a.example/x?y#z'],
    ['http://a.example/', ''],
    ['javascript:alert(1)', ''],
    [undefined, ''],
  ])('guideUrl(%j) = %j', (input, out) => expect(guideUrl(input)).toBe(out));
});
