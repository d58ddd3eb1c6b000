import { describe, expect, test, vi } from 'vitest';
import { onWake, type WakeDeps } from '@/utils/background/wake';
import { senderGuards } from '@/utils/sender';
import { DEFAULT_SETTINGS } from '@/utils/settings-model';
import { isWakeMessage, isWakeReply, WAKE } from '@/utils/wake';
import type { MfaNoticeData } from '@/utils/background/mfa-notices';

const ID = 'heedful-id';
const ORIGIN = 'chrome-extension://heedful-id/';
const { fromContent } = senderGuards(ID, ORIGIN);

const NOTICE = { host: 'shop.example', lesson: 'mfa' } as unknown as MfaNoticeData;

function deps(): WakeDeps & {
  inject: ReturnType<typeof vi.fn>;
  takeMfa: ReturnType<typeof vi.fn>;
} {
  return {
    fromContent,
    inject: vi.fn(() => Promise.resolve()),
    mfaWaiting: () => Promise.resolve(false),
    settings: () => Promise.resolve({ ...DEFAULT_SETTINGS, pausedSites: ['paused.example'] }),
    takeMfa: vi.fn(() => Promise.resolve(NOTICE)),
  };
}

const contentSender = { id: ID, url: 'https://shop.example/', tab: { id: 7 }, frameId: 3 };

describe("the sentinel's wake message", () => {
  test.each([
    [{ type: WAKE, reason: 'fields' }, true],
    [{ type: WAKE, reason: 'person' }, true],
    // The retired "idle" report: a frame with nothing to do says nothing now.
    [{ type: WAKE, reason: 'idle' }, false],
    [{ type: 'wake', reason: 'fields' }, false],
    [{ type: WAKE }, false],
    [null, false],
    ['heedful:wake', false],
    [{ type: 'ratePassword', data: {}, timestamp: 1, id: 1 }, false],
  ])('%j is a wake message: %s', (message, expected) => {
    expect(isWakeMessage(message)).toBe(expected);
  });

  test('injects the engine into the asking frame of the asking tab, and nowhere else', () => {
    const d = deps();
    onWake({ type: WAKE, reason: 'fields' }, contentSender, d);
    expect(d.inject).toHaveBeenCalledTimes(1);
    expect(d.inject).toHaveBeenCalledWith(7, 3);
  });

  test('the top frame when the sender names none', () => {
    const d = deps();
    onWake({ type: WAKE, reason: 'person' }, { ...contentSender, frameId: undefined }, d);
    expect(d.inject).toHaveBeenCalledWith(7, 0);
  });

  test.each([
    ['another extension', { ...contentSender, id: 'someone-else' }],
    ['one of our own pages', { id: ID, url: `${ORIGIN}popup.html` }],
    ['no tab', { id: ID, url: 'https://shop.example/' }],
  ])('a wake from %s is ignored', (_name, sender) => {
    const d = deps();
    onWake({ type: WAKE, reason: 'fields' }, sender, d);
    expect(d.inject).not.toHaveBeenCalled();
  });

  test('messages of the typed protocol are left to their own listener', () => {
    const d = deps();
    expect(onWake({ type: 'getSettings', id: 1, timestamp: 1 }, contentSender, d)).toBeUndefined();
    expect(d.inject).not.toHaveBeenCalled();
  });

  test('a refused wake gets no answer', () => {
    const d = deps();
    expect(onWake({ type: WAKE, reason: 'fields' }, { ...contentSender, id: 'x' }, d)).toBe(
      undefined,
    );
    expect(d.takeMfa).not.toHaveBeenCalled();
  });
});

describe('the answer to a wake: what the engine needs first, so it asks for nothing', () => {
  test('a frame below the top gets the settings, and no two-step notice is taken for it', async () => {
    const d = deps();
    const reply = await onWake({ type: WAKE, reason: 'fields' }, contentSender, d);
    expect(reply).toEqual({
      type: WAKE,
      settings: { ...DEFAULT_SETTINGS, pausedSites: ['paused.example'] },
      mfa: null,
    });
    expect(isWakeReply(reply)).toBe(true);
    expect(d.takeMfa).not.toHaveBeenCalled();
  });

  test('the top frame gets the two-step notice due in its tab, taken for its page', async () => {
    const d = deps();
    const top = { ...contentSender, frameId: 0 };
    const reply = await onWake({ type: WAKE, reason: 'person' }, top, d);
    expect(reply?.mfa).toBe(NOTICE);
    expect(d.takeMfa).toHaveBeenCalledWith(7, 'https://shop.example/');
  });

  test('a failed look-up of the notice still answers with the settings', async () => {
    const d = deps();
    d.takeMfa.mockImplementation(() => Promise.reject(new Error('storage')));
    const reply = await onWake(
      { type: WAKE, reason: 'fields' },
      { ...contentSender, frameId: 0 },
      d,
    );
    expect(reply?.mfa).toBeNull();
    expect(reply?.settings.pausedSites).toEqual(['paused.example']);
  });

  test.each([
    [undefined, false],
    [null, false],
    [{ type: WAKE, mfa: null }, false],
    [{ type: WAKE, settings: null, mfa: null }, false],
    [{ type: 'other', settings: DEFAULT_SETTINGS, mfa: null }, false],
    [{ type: WAKE, settings: DEFAULT_SETTINGS }, false],
    [{ type: WAKE, settings: DEFAULT_SETTINGS, mfa: null }, true],
  ])('%j is an answer the engine takes: %s', (reply, expected) => {
    expect(isWakeReply(reply)).toBe(expected);
  });
});
