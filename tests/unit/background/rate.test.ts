import { describe, expect, test } from 'vitest';
import { rateFor, siteOf } from '@/utils/background/rate';

describe("the background's context words", () => {
  test.each([
    ['https://login.example-bank.co.uk/signin', ['examplebank', 'example', 'bank']],
    ['https://www.github.com/join', ['github']],
    ['https://shop.norrlandbank.se/', ['norrlandbank']],
    ['http://intranet/login', ['intranet']],
    ['http://127.0.0.1:8080/x', []],
    ['about:blank', []],
    [undefined, []],
  ])('siteOf(%s)', (url, expected) => {
    expect(siteOf(url).sort()).toEqual([...expected].sort());
  });

  test("the sender's site name makes its own name weak there, and only there", () => {
    const password = 'Norrlandbank2024!';
    expect(rateFor({ password }, 'https://shop.norrlandbank.se/')).toMatchObject({
      verdict: 'weak',
      reason: 'site-name',
    });
    expect(rateFor({ password }, 'https://example.org/').verdict).not.toBe('weak');
  });

  test('what the person typed is theirs: "your name", not the site', () => {
    const userInputs = ['rosalind.franklin', 'rosalind', 'franklin'];
    expect(
      rateFor({ password: 'RosalindF1987', userInputs }, 'https://example.org/'),
    ).toMatchObject({
      verdict: 'weak',
      reason: 'your-name',
    });
  });
});
