import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { methodWords } from '@/components/notices/method-words';
import { createMfaHandlers } from '@/utils/background/mfa';
import { translatorFor } from '@/utils/i18n-catalog';
import { DEFAULT_SETTINGS } from '@/utils/settings-model';
import { loadCatalog } from '../../../scripts/locales';

const LISTED = 'https://login.123-reg.co.uk/signin';

beforeEach(() => fakeBrowser.reset());

describe('the background handlers obey settings and paused sites', () => {
  test('on by default: a sign-in on a listed site gives one notice', async () => {
    const mfa = createMfaHandlers();
    await mfa.signedIn(3, LISTED);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['mfa:3']);
    expect((await mfa.take(3, 'https://www.123-reg.co.uk/account'))?.site).toBe('123-reg.co.uk');
    expect(await mfa.take(3, 'https://www.123-reg.co.uk/account')).toBeNull();
    expect(Object.keys(await fakeBrowser.storage.local.get('mfaNotices'))).toEqual(['mfaNotices']);
  });

  test('a question that arrives while the sign-in is still being recorded waits for it', async () => {
    const mfa = createMfaHandlers();
    const recorded = mfa.signedIn(4, LISTED);
    const notice = mfa.take(4, 'https://www.123-reg.co.uk/');
    await recorded;
    expect((await notice)?.site).toBe('123-reg.co.uk');
  });

  test.each([
    [
      'turned off',
      { ...DEFAULT_SETTINGS, checks: { ...DEFAULT_SETTINGS.checks, 'mfa-available': false } },
    ],
    ['paused on the site', { ...DEFAULT_SETTINGS, pausedSites: ['123-reg.co.uk'] }],
  ])('%s: nothing is kept and nothing shown', async (_label, settings) => {
    await fakeBrowser.storage.local.set({ settings });
    const mfa = createMfaHandlers();
    await mfa.signedIn(3, LISTED);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await mfa.take(3, LISTED)).toBeNull();
  });

  test('answers other than the three choices are ignored', async () => {
    const mfa = createMfaHandlers();
    await mfa.answer(LISTED, 'forever');
    await mfa.answer(LISTED, { toString: () => 'never' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await mfa.answer(LISTED, 'never');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      mfaNotices: { '123-reg.co.uk': 'never' },
    });
  });

  test('the popup look-up takes any URL and answers for listed sites only', () => {
    const mfa = createMfaHandlers();
    expect(mfa.site('https://2k.com/')).toMatchObject({ site: '2k.com', methods: [] });
    expect(mfa.site('not a url')).toBeNull();
    expect(mfa.site('https://unlisted.example/')).toBeNull();
  });
});

describe('methodWords', () => {
  test.each([
    ['en', [], ''],
    ['en', ['passkey'], 'a passkey'],
    [
      'en',
      ['security-key', 'authenticator-app', 'text-message'],
      'a security key, an authenticator app or a text message code',
    ],
    ['es', ['authenticator-app', 'email'], 'una app de autenticación o un código por correo'],
  ] as const)('%s %j → %s', (lang, methods, words) => {
    expect(methodWords(methods, translatorFor(loadCatalog(lang)))).toBe(words);
  });
});
