import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReuseService } from '@/utils/background/password-reuse';
import { passwordTag, SCRYPT_PARAMS } from '@/utils/checks/password-reuse';
import { forgetReuseSite, reuseGroupsItem } from '@/utils/checks/password-reuse/storage';

/** The real scrypt cost is for the extension; here it would only slow the suite. */
const cheap = (password: string, salt: Uint8Array) =>
  passwordTag(password, salt, { ...SCRYPT_PARAMS, N: 16, p: 1 });
const PASSWORD = 'maple-harbor-cinder-sleet-71';

beforeEach(() => fakeBrowser.reset());

const service = (enabled: boolean) =>
  createReuseService({ enabled: async () => enabled, tag: cheap, now: () => 1_700_000_000_000 });
const stored = () => fakeBrowser.storage.local.get(null);

describe('with the check off', () => {
  test('nothing is computed, stored or answered', async () => {
    const off = service(false);
    await off.remember(PASSWORD, 'https://shop.example/login');
    expect(await off.check(PASSWORD, 'https://news.example/')).toEqual({ state: 'none' });
    expect(await stored()).toEqual({});
  });
});

describe('with the check on', () => {
  test('a submit stores a 24-bit tag, the length and the day; never the password', async () => {
    const on = service(true);
    await on.remember(PASSWORD, 'https://login.shop.example/signin');
    const all = await stored();
    expect(Object.keys(all).sort()).toEqual(['reuseSalt', 'reuseSites']);
    expect(all.reuseSalt).toMatch(/^[0-9a-f]{32}$/);
    const sites = all.reuseSites as Record<string, Record<string, number>>;
    expect(Object.keys(sites)).toEqual(['shop.example']);
    expect(Object.keys(sites['shop.example']!).sort()).toEqual(['lastSeen', 'length', 'tag']);
    expect(sites['shop.example']!.tag).toBeLessThan(2 ** 24);
    expect(sites['shop.example']!.length).toBe(PASSWORD.length);
    expect(JSON.stringify(all)).not.toContain(PASSWORD);
  });

  test('the same password on another site is reused, naming the first', async () => {
    const on = service(true);
    await on.remember(PASSWORD, 'https://shop.example/login');
    expect(await on.check(PASSWORD, 'https://news.example/')).toEqual({
      state: 'reused',
      sites: ['shop.example'],
    });
    expect(await on.check(PASSWORD, 'https://www.shop.example/')).toEqual({ state: 'none' });
    expect(await on.check('another-password-0', 'https://news.example/')).toEqual({
      state: 'none',
    });
  });

  test('on a lookalike of the site, the answer is lookalike', async () => {
    const on = service(true);
    await on.remember(PASSWORD, 'https://paypal.com/signin');
    expect(await on.check(PASSWORD, 'https://xn--pypal-4ve.com/signin')).toEqual({
      state: 'lookalike',
      site: 'paypal.com',
    });
    expect(await on.check(PASSWORD, 'https://paypal-login-secure.com/')).toEqual({
      state: 'lookalike',
      site: 'paypal.com',
    });
  });

  test("the person's own groups are one service, not reuse", async () => {
    const on = service(true);
    await reuseGroupsItem.setValue([['shop.example', 'shop-payments.example']]);
    await on.remember(PASSWORD, 'https://shop.example/');
    expect(await on.check(PASSWORD, 'https://shop-payments.example/')).toEqual({
      state: 'none',
    });
  });

  test('an absurdly long value is neither stored nor checked', async () => {
    const on = service(true);
    await on.remember('x'.repeat(1_025), 'https://shop.example/');
    expect(await stored()).toEqual({});
  });

  test('a check before any submit creates no salt', async () => {
    expect(await service(true).check(PASSWORD, 'https://news.example/')).toEqual({
      state: 'none',
    });
    expect(await stored()).toEqual({});
  });

  test('forgetting one site, then all (with a new salt after)', async () => {
    const on = service(true);
    await on.remember(PASSWORD, 'https://shop.example/');
    await on.remember(PASSWORD, 'https://mail.example/');
    await forgetReuseSite('shop.example');
    expect(await on.check(PASSWORD, 'https://news.example/')).toEqual({
      state: 'reused',
      sites: ['mail.example'],
    });
    const salt = (await stored()).reuseSalt;
    await on.forgetAll();
    expect(await stored()).toEqual({});
    await on.remember(PASSWORD, 'https://shop.example/');
    expect((await stored()).reuseSalt).not.toBe(salt);
  });

  test('two submits at once both land', async () => {
    const on = service(true);
    await Promise.all([
      on.remember(PASSWORD, 'https://a.example/'),
      on.remember(PASSWORD, 'https://b.example/'),
    ]);
    expect(Object.keys((await stored()).reuseSites as object).sort()).toEqual([
      'a.example',
      'b.example',
    ]);
  });
});
