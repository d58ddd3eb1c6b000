/** A notice's live region is attached empty and filled afterwards (screen readers announce text
 * put into a region they already know, not a region inserted filled); later changes happen
 * inside the same region. */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeEach, expect, test, vi } from 'vitest';
import { NoticeFrame } from '@/components/notices/NoticeFrame';

let frames: (() => void)[] = [];
/** Draws one frame: runs the callbacks queued before it. */
const drawFrame = () => {
  const due = frames;
  frames = [];
  due.forEach((fn) => fn());
};

beforeEach(() => {
  const { window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  vi.stubGlobal('document', window.document);
  vi.stubGlobal('MutationObserver', window.MutationObserver);
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', () => {});
});

const notice = (title: string, role: 'status' | 'alert' = 'status') => (
  <NoticeFrame tone="weak" role={role} title={title} dismissLabel="Dismiss" onDismiss={() => {}}>
    <p class="text">Body of {title}</p>
  </NoticeFrame>
);

/** Lets Preact's debounced re-render and MutationObserver callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test('the region is attached empty, then filled after two frames, and updated in place', async () => {
  const app = document.getElementById('app')!;
  const log: string[] = [];
  const watcher = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        const el = node as Element;
        if (el.getAttribute?.('role'))
          log.push(`region added: "${el.textContent}" live=${el.getAttribute('aria-live')}`);
        else if (el.nodeType === 1) log.push(`added inside: ${el.className || el.tagName}`);
      }
  });
  watcher.observe(app, { childList: true, subtree: true });

  render(notice('Weak password'), app);
  await settle();
  const region = app.querySelector('[role=status]')!;
  expect(region.textContent).toBe('');
  expect(log).toEqual(['region added: "" live=polite']);

  drawFrame();
  await settle();
  // Still empty after one frame: the region is drawn empty at least once.
  expect(region.textContent).toBe('');
  drawFrame();
  await settle();
  expect(region.textContent).toContain('Weak password');
  expect(region.textContent).toContain('Body of Weak password');
  expect(log.slice(1)).toEqual(
    expect.arrayContaining(['added inside: head', 'added inside: text']),
  );

  // A new state: new text inside the same region, which becomes an alert.
  render(notice('Leaked', 'alert'), app);
  await settle();
  expect(app.querySelector('[role]')).toBe(region);
  expect(region.getAttribute('role')).toBe('alert');
  expect(region.getAttribute('aria-live')).toBe('assertive');
  expect(region.textContent).toContain('Body of Leaked');
  watcher.disconnect();
});

test('a tab that draws no frames still gets the text, after a short wait', async () => {
  vi.useFakeTimers();
  const app = document.getElementById('app')!;
  render(notice('Weak password'), app);
  expect(app.querySelector('[role=status]')!.textContent).toBe('');
  await vi.advanceTimersByTimeAsync(200);
  expect(app.querySelector('[role=status]')!.textContent).toContain('Weak password');
  vi.useRealTimers();
});
