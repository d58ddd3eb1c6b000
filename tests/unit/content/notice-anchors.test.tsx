/** Issue 12: notice anchors are released when their notices go. The board keeps a field or form
 * only while one of its notices is on show; a dismissal is remembered weakly. The layer and
 * WXT's shadow-root UI are stood in for: what is tested is what the board holds on to. */
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageContext } from '@/utils/content/context';
import type { NoticeContent, NoticeDrawing } from '@/utils/content/notice-drawing';

const layers: FakeLayer[] = [];
class FakeLayer {
  watched = new Set<Element>();
  constructor(
    public stacks: () => { anchor: Element; hosts: HTMLElement[] }[],
    public options: { onGone(anchor: Element): void },
  ) {
    layers.push(this);
  }
  watch(anchor: Element) {
    this.watched.add(anchor);
  }
  unwatch(anchor: Element) {
    this.watched.delete(anchor);
  }
  schedule() {}
  layout() {}
  stop() {}
}
vi.mock('@/utils/content/layer', () => ({ Layer: FakeLayer }));
vi.mock('wxt/utils/content-script-ui/shadow-root', () => ({
  createShadowRootUi: async () => {
    const shadowHost = document.createElement('heedful-notice');
    const uiContainer = document.createElement('div');
    shadowHost.append(uiContainer);
    return {
      shadowHost,
      uiContainer,
      mount: () => document.documentElement.append(shadowHost),
      remove: () => shadowHost.remove(),
    };
  },
}));

let keydown: (event: unknown) => void;
const ctx = {
  onInvalidated: () => {},
  addEventListener: (_target: unknown, _type: string, listener: (event: unknown) => void) =>
    (keydown = listener),
} as unknown as PageContext;
// What a notice says is the components' business (tests/unit/components); here, only its state.
vi.mock('@/components/notices/draw', () => ({
  draw: (drawing: { state: string }) => <p>{drawing.state}</p>,
}));
const content = (state: string): NoticeContent => ({
  state,
  drawing: { state } as unknown as NoticeDrawing,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const escape = (target: Element) => ({
  isTrusted: true,
  key: 'Escape',
  composedPath: () => [target],
  target,
  preventDefault() {},
  stopPropagation() {},
});

beforeEach(() => {
  layers.length = 0;
  const { window } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', window.document);
  vi.stubGlobal('Element', window.Element);
  vi.stubGlobal('HTMLElement', window.HTMLElement);
  vi.stubGlobal('HTMLFormElement', window.HTMLFormElement);
});

async function board() {
  const { NoticeBoard } = await import('@/utils/content/notices');
  return new NoticeBoard(ctx);
}
function fields(n: number): HTMLInputElement[] {
  return Array.from({ length: n }, () => {
    const input = document.createElement('input');
    document.body.append(input);
    return input as HTMLInputElement;
  });
}

describe('the notice board lets anchors go', () => {
  test('hidden, retained away or cleared: no anchor held, none watched', async () => {
    const notices = await board();
    const [a, b, c, d] = fields(4);
    for (const field of [a!, b!, c!, d!]) notices.show(field, 'password-strength', content('weak'));
    notices.show(a!, 'breached-password', content('breached'));
    await settle();
    expect(notices.anchors).toBe(4);
    notices.hide(a!, 'password-strength');
    expect(notices.anchors).toBe(4); // a still has its breach notice
    notices.hide(a!, 'breached-password');
    notices.retain('password-strength', new Set([c!, d!]));
    expect(notices.anchors).toBe(2);
    notices.clear();
    expect(notices.anchors).toBe(0);
    expect(layers[0]!.watched.size).toBe(0);
    expect(document.querySelectorAll('heedful-notice')).toHaveLength(0);
  });

  test('an anchor the page removed goes with its notices', async () => {
    const notices = await board();
    const [field] = fields(1);
    notices.show(field!, 'password-strength', content('weak'));
    await settle();
    field!.remove();
    layers[0]!.options.onGone(field!);
    expect(notices.anchors).toBe(0);
    expect(layers[0]!.stacks()).toEqual([]);
  });

  test('a dismissed notice lets its anchor go, and stays dismissed until its state changes', async () => {
    const notices = await board();
    const [field] = fields(1);
    notices.show(field!, 'password-strength', content('weak'));
    await settle();
    keydown(escape(field!));
    expect(notices.anchors).toBe(0);
    expect(layers[0]!.watched.size).toBe(0);
    // The same state again: still dismissed, nothing held.
    notices.show(field!, 'password-strength', content('weak'));
    await settle();
    expect(notices.anchors).toBe(0);
    expect(document.querySelectorAll('heedful-notice')).toHaveLength(0);
    // A new state shows.
    notices.show(field!, 'password-strength', content('fair'));
    await settle();
    expect(notices.anchors).toBe(1);
    expect(document.querySelectorAll('heedful-notice')).toHaveLength(1);
  });

  test('hiding forgets a dismissal: the notice shows when it is due again', async () => {
    const notices = await board();
    const [field] = fields(1);
    notices.show(field!, 'password-strength', content('weak'));
    await settle();
    keydown(escape(field!));
    notices.hide(field!, 'password-strength');
    notices.show(field!, 'password-strength', content('weak'));
    await settle();
    expect(notices.anchors).toBe(1);
  });
});
