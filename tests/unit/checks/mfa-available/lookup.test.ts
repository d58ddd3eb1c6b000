import { describe, expect, test } from 'vitest';
import { lookupSite, type MfaTable } from '@/utils/checks/mfa-available';
import { lookupHost, MFA_TABLE } from '@/utils/checks/mfa-available/table';

const table: MfaTable = {
  'example.co.uk': ['aks', 'help.example.co.uk/2fa'],
  'example.de': 'example.co.uk',
  'mail.big.example': ['e', ''],
  'big.example': ['a', 'big.example/help'],
  'plain.com': ['', ''],
  'gov.uk': ['a', ''],
  'github.io': ['a', ''],
};

describe('lookupSite', () => {
  test.each([
    ['example.co.uk', 'example.co.uk'],
    ['login.example.co.uk', 'example.co.uk'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['EXAMPLE.CO.UK.', 'example.co.uk'],
    ['www.example.de', 'example.co.uk'],
    ['mail.big.example', 'mail.big.example'],
    ['x.mail.big.example', 'mail.big.example'],
    ['www.big.example', 'big.example'],
    ['www.gov.uk', 'gov.uk'],
  ])('%s belongs to %s', (host, site) => expect(lookupSite(table, host)?.site).toBe(site));

  test.each([
    // Another registrable domain under the same public suffix is another site.
    'other.co.uk',
    'co.uk',
    'someone.github.io',
    'example.com',
    '127.0.0.1',
    'localhost',
    '',
    '__proto__.example',
    'constructor',
  ])('%s is not listed', (host) => expect(lookupSite(table, host)).toBeNull());

  test('names the methods and the guide', () => {
    expect(lookupSite(table, 'login.example.co.uk')).toEqual({
      site: 'example.co.uk',
      methods: ['security-key', 'authenticator-app', 'text-message'],
      guide: 'https://help.example.co.uk/2fa',
    });
  });

  test('a site listed without two-step sign-in is found, with no methods', () => {
    expect(lookupSite(table, 'shop.plain.com')).toEqual({
      site: 'plain.com',
      methods: [],
      guide: null,
    });
  });
});

describe('the committed table', () => {
  test('every alias points at a listed site and every guide is a path without a scheme', () => {
    for (const [key, value] of Object.entries(MFA_TABLE)) {
      if (typeof value === 'string') expect(Array.isArray(MFA_TABLE[value]), key).toBe(true);
      else expect(value[1], key).not.toMatch(/^[a-z]+:/);
    }
  });

  test.each([
    ['login.123-reg.co.uk', '123-reg.co.uk', 'authenticator-app'],
    ['www.amazon.co.uk', 'amazon.com', 'passkey'],
    ['appleid.apple.com', 'appleid.apple.com', 'passkey'],
  ])('%s → %s, offering %s', (host, site, method) => {
    const found = lookupHost(host);
    expect(found?.site).toBe(site);
    expect(found?.methods).toContain(method);
  });

  test('has sites listed without two-step sign-in', () => {
    expect(lookupHost('2k.com')).toMatchObject({ site: '2k.com', methods: [] });
  });
});
