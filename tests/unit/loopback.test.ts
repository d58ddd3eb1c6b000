/** One loopback rule: the secure-context check and the range-API URL check agree on every host. */
import { describe, expect, test } from 'vitest';
import { isAcceptableRangeApiUrl } from '@/utils/checks/breached-password/api-url';
import { isSecureUrl } from '@/utils/checks/insecure-form';
import { isLoopbackHost } from '@/utils/loopback';

describe('isLoopbackHost', () => {
  test.each([
    ['localhost', true],
    ['LocalHost', true],
    ['app.localhost', true],
    ['APP.LOCALHOST', true],
    ['127.0.0.1', true],
    ['127.12.0.9', true],
    ['[::1]', true],
    ['localhost.example', false],
    ['notlocalhost', false],
    ['128.0.0.1', false],
    ['10.0.0.1', false],
    ['example.com', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  test.each(['localhost', 'app.localhost', '127.0.0.1', '[::1]', 'example.com', '10.0.0.1'])(
    'http://%s: a secure context exactly when it is an acceptable range-API host',
    (host) => {
      const loopback = isLoopbackHost(host);
      expect(isSecureUrl(`http://${host}/`)).toBe(loopback);
      expect(isAcceptableRangeApiUrl(`http://${host}/range/`)).toBe(loopback);
    },
  );
});
