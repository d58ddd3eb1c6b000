import { describe, expect, test, vi } from 'vitest';
import { onWake, type WakeDeps } from '@/utils/background/wake';
import { senderGuards } from '@/utils/sender';
import { isWakeMessage, WAKE } from '@/utils/wake';

const ID = 'heedful-id';
const ORIGIN = 'chrome-extension://heedful-id/';
const { fromContent } = senderGuards(ID, ORIGIN);

function deps(): WakeDeps & { inject: ReturnType<typeof vi.fn> } {
  return {
    fromContent,
    inject: vi.fn(() => Promise.resolve()),
    mfaWaiting: () => Promise.resolve(false),
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
    onWake({ type: 'getSettings', id: 1, timestamp: 1 }, contentSender, d);
    expect(d.inject).not.toHaveBeenCalled();
  });
});
