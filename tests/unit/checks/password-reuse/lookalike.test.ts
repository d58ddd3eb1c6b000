import { domainToASCII, domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  decodePunycode,
  lookalikeReason,
  skeleton,
  unicodeHost,
  withinOneEdit,
} from '@/utils/checks/password-reuse';

describe('skeleton (TR39-style)', () => {
  test.each([
    ['pаypal', 'paypal'], // Cyrillic а
    ['аррӏе', 'apple'], // Cyrillic а р р ӏ е
    ['gοοgle', 'google'], // Greek ο
    ['paypa1', 'paypal'],
    ['g00gle', 'google'],
    ['ｐａｙｐａｌ', 'paypal'], // fullwidth
    ['pãypal', 'paypal'],
  ])('%s looks like %s', (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });

  test('rn and m share a skeleton; different letters do not', () => {
    expect(skeleton('rnybank')).toBe(skeleton('mybank'));
    expect(skeleton('github')).not.toBe(skeleton('gitlab'));
    expect(skeleton('paypal')).not.toBe(skeleton('paypat'));
  });
});

describe('punycode', () => {
  test.each([
    ['mnchen-3ya', 'münchen'],
    ['bcher-kva', 'bücher'],
    ['pypal-4ve', 'pаypal'],
    ['80ak6aa92e', 'аррӏе'],
  ])('%s decodes to %s', (input, output) => {
    expect(decodePunycode(input)).toBe(output);
  });

  test('invalid input is refused, not guessed', () => {
    expect(decodePunycode('abc-!!')).toBeNull();
    expect(decodePunycode('zzzzzzzzzzzzzzz')).toBeNull();
    expect(unicodeHost('xn--!!.com')).toBe('xn--!!.com');
  });

  test('agrees with the URL standard on any label', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), (label) => {
        const ascii = domainToASCII(`${label}.com`);
        fc.pre(ascii !== '' && ascii.startsWith('xn--'));
        expect(unicodeHost(ascii)).toBe(domainToUnicode(ascii));
      }),
      { numRuns: 300 },
    );
  });
});

describe('lookalikeReason', () => {
  test.each([
    ['xn--pypal-4ve.com', 'paypal.com', 'confusable'], // pаypal, Cyrillic а, as punycode
    ['xn--80ak6aa92e.com', 'apple.com', 'confusable'],
    ['paypa1.com', 'paypal.com', 'confusable'],
    ['rnybank.com', 'mybank.com', 'confusable'],
    ['paypai.com', 'paypal.com', 'one-edit'],
    ['paypall.net', 'paypal.com', 'one-edit'],
    ['paypal-login-secure.com', 'paypal.com', 'embedded'],
    ['paypal.com.account-verify.net', 'paypal.com', 'embedded'],
    ['secure-paypal.co.uk', 'paypal.com', 'embedded'],
    ['login.xn--pypal-4ve.evil.net', 'paypal.com', 'embedded'],
  ] as const)('%s imitates %s (%s)', (host, known, reason) => {
    expect(lookalikeReason(host, known)).toBe(reason);
  });

  test.each([
    ['example.org', 'example.com'], // same name, other suffix: one owner
    ['www.paypal.com', 'paypal.com'], // the site itself
    ['paypal.com', 'paypal.com'],
    ['github.com', 'gitlab.com'],
    ['abd.com', 'abc.com'], // too short for one edit
    ['pineapple.com', 'apple.com'], // a word containing the name is not the name
    ['applebees.com', 'apple.com'],
    ['127.0.0.1', 'paypal.com'],
    ['news.test', 'shop.test'],
    ['bbc.co.uk', 'bbc.com'],
  ])('%s does not imitate %s', (host, known) => {
    expect(lookalikeReason(host, known)).toBeNull();
  });
});

test.each([
  ['paypal', 'paypal', true],
  ['paypal', 'paypa', true],
  ['paypal', 'paypall', true],
  ['paypal', 'pyapal', false],
  ['paypal', 'paypol', true],
  ['abc', 'xyz', false],
  ['', 'a', true],
])('withinOneEdit(%s, %s) = %s', (a, b, expected) => {
  expect(withinOneEdit(a, b)).toBe(expected);
  expect(withinOneEdit(b, a)).toBe(expected);
});
