/** The engine's board loads the notice UI only with the first notice, and what it draws then is
 * what is due at that moment: nothing hidden, replaced or cleared while the UI was on its way. */
import { describe, expect, test, vi } from 'vitest';
import type { NoticeCheck } from '@/utils/checks';
import type { PageContext } from '@/utils/content/context';
import { handover, type Handover } from '@/utils/content/handover';
import { lazyBoard } from '@/utils/content/lazy-board';
import type { Board, NoticeContent } from '@/utils/content/notice-drawing';

const content = (state: string) => ({ state }) as unknown as NoticeContent;
const anchor = () => ({}) as Element;

/** A board that records what reached it. */
function recorder() {
  const shown: [Element, NoticeCheck, string][] = [];
  const board: Board = {
    show: (a, check, c) => void shown.push([a, check, c.state]),
    hide: vi.fn(),
    retain: vi.fn(),
    clear: vi.fn(),
    anchors: 0,
  };
  return { board, shown };
}

function setup(options: { valid?: boolean; inject?: boolean } = {}) {
  const state: Handover = handover({});
  const ui = recorder();
  const ctx = { isValid: options.valid ?? true } as PageContext;
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<void>((resolve, reject) => {
        arrive = () => {
          // What `entrypoints/notices.ts` does when the background injects it.
          if (options.inject ?? true) state.notices = () => ui.board;
          resolve();
        };
        fail = reject;
      }),
  );
  const board = lazyBoard(ctx, state, load);
  return { board, load, ui, state, arrive: () => arrive(), fail: (e: Error) => fail(e) };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the notice UI loads with the first notice, not before', () => {
  test('nothing shown: nothing loaded', () => {
    const { board, load } = setup();
    const field = anchor();
    board.hide(field, 'password-strength');
    board.retain('insecure-form', new Set());
    board.clear();
    expect(load).not.toHaveBeenCalled();
    expect(board.anchors).toBe(0);
  });

  test('the first notice loads the UI once; what is due then is drawn, latest state only', async () => {
    const { board, load, ui, arrive } = setup();
    const [a, b, c] = [anchor(), anchor(), anchor()];
    board.show(a, 'password-strength', content('weak'));
    board.show(a, 'password-strength', content('fair'));
    board.show(b, 'breached-password', content('breached'));
    board.show(c, 'password-strength', content('weak'));
    board.hide(c, 'password-strength');
    expect(load).toHaveBeenCalledTimes(1);
    expect(board.anchors).toBe(2);
    expect(ui.shown).toEqual([]);
    arrive();
    await settle();
    expect(ui.shown).toEqual([
      [a, 'password-strength', 'fair'],
      [b, 'breached-password', 'breached'],
    ]);
    // From now on the real board gets every call.
    board.show(c, 'password-strength', content('strong'));
    board.hide(a, 'password-strength');
    expect(ui.shown.at(-1)).toEqual([c, 'password-strength', 'strong']);
    expect(ui.board.hide).toHaveBeenCalledWith(a, 'password-strength');
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('retained away or cleared before the UI arrived: never drawn', async () => {
    const { board, ui, arrive } = setup();
    const [a, b] = [anchor(), anchor()];
    board.show(a, 'insecure-form', content('http-action'));
    board.show(b, 'insecure-form', content('http-action'));
    board.show(b, 'oversized-form', content('oversized'));
    board.retain('insecure-form', new Set([b]));
    expect(board.anchors).toBe(1);
    board.show(a, 'oversized-form', content('oversized'));
    board.clear();
    arrive();
    await settle();
    expect(ui.shown).toEqual([]);
  });

  test('a failed injection is asked again with the next notice, a bounded number of times', async () => {
    const { board, load, fail } = setup();
    const field = anchor();
    for (let i = 0; i < 6; i++) {
      board.show(field, 'password-strength', content(`s${i}`));
      fail(new Error('Cannot access contents of the page'));
      await settle();
    }
    expect(load).toHaveBeenCalledTimes(3);
  });

  test('an engine whose extension went away draws nothing', async () => {
    const { board, ui, arrive } = setup({ valid: false });
    board.show(anchor(), 'password-strength', content('weak'));
    arrive();
    await settle();
    expect(ui.shown).toEqual([]);
  });

  test('a UI that did not arrive (injection refused silently) is asked for again', async () => {
    const { board, load, arrive } = setup({ inject: false });
    const field = anchor();
    board.show(field, 'password-strength', content('weak'));
    arrive();
    await settle();
    board.show(field, 'password-strength', content('fair'));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
