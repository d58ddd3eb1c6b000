import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, withBrowser, readNotices, waitForNotice, type PageDriver } from './harness';
import { blocking, runAxe, type AxeViolation } from './harness/axe';

/** The examples on the demo page (components/demo/examples.tsx), the quiz round last. */
const STEPS = 7;

/** Generous: two shared cores, and the rater's dictionaries load with the page. */
const WAIT = { timeout: 20_000 };

/** axe-core's serious and critical violations on the whole page. */
async function axeViolations(page: PageDriver): Promise<AxeViolation[]> {
  return blocking(await runAxe(page));
}

/** Where presentation mode is: the counter's text, the visible examples, the focused element. */
function presentation(page: PageDriver) {
  return page.evaluate(() => ({
    counter: document.querySelector('.counter')?.textContent ?? null,
    visible: [...document.querySelectorAll('.example')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => el.id),
    focused: document.activeElement?.id ?? null,
    search: location.search,
  }));
}

/** Where each showing notice is, against what it is about and the page around it. */
interface Placed {
  check: string;
  /** `data-state`: `checking` is on its way to another state (and another size). */
  state: string;
  /** Vertical distance to its field or form (0 when touching or overlapping). */
  gap: number;
  /** Horizontal overlap with its field or form, in px (≤ 0: none). */
  overlap: number;
  inView: boolean;
  /** `elementFromPoint` at its centre is the notice: nothing of the page covers it. */
  onTop: boolean;
  /** Text and controls of the page under it (the explanations, the sample's own fields). */
  covers: string[];
}

/** Every notice showing on the demo page (or in the `#screen` frame holding it), measured. */
function placed(page: PageDriver, inFrame = false): Promise<Placed[]> {
  return page.evaluate((inFrame) => {
    const win = inFrame
      ? (document.getElementById('screen') as HTMLIFrameElement).contentWindow!
      : window;
    const doc = win.document;
    // What each notice is about: the field typed in, or the sample form.
    const ANCHORS: Record<string, string> = {
      'password-strength': '#weak-password',
      'breached-password': '#breach-password',
      'password-reuse': '#reuse-password',
      'oversized-form': '#example-oversized-form form',
      'insecure-form': '#example-insecure-form form',
      'mfa-available': 'form[name=mfa-sign-in]',
    };
    // Anything a person reads or uses: elements with text of their own, and controls.
    const readable = [...doc.body.querySelectorAll('*')].filter(
      (el) =>
        el.matches('input, select, textarea, button') ||
        [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()),
    );
    const hits = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    return [...doc.querySelectorAll<HTMLElement>('heedful-notice')].flatMap((host) => {
      const n = host.getBoundingClientRect();
      if (!n.width || !n.height) return [];
      const check = host.dataset.check ?? '';
      const state = host.dataset.state ?? '';
      const anchor = doc.querySelector(ANCHORS[check] ?? 'none');
      if (!anchor)
        return [{ check, state, gap: -1, overlap: 0, inView: false, onTop: false, covers: [] }];
      const a = anchor.getBoundingClientRect();
      const hit = doc.elementFromPoint(n.left + n.width / 2, n.top + n.height / 2);
      return [
        {
          check,
          state,
          gap: Math.round(Math.max(0, n.top - a.bottom, a.top - n.bottom)),
          overlap: Math.round(Math.min(n.right, a.right) - Math.max(n.left, a.left)),
          inView:
            n.top >= 0 && n.left >= 0 && n.bottom <= win.innerHeight && n.right <= win.innerWidth,
          onTop: hit === host,
          covers: readable
            .filter((el) => hits(n, el.getBoundingClientRect()))
            .map(
              (el) =>
                `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent!.trim().slice(0, 40)}`,
            ),
        },
      ];
    });
  }, inFrame);
}

/** Beside its field or form (within 80 px, overlapping horizontally), in view, on top, and
 * covering nothing of the page. */
const BESIDE = {
  gap: expect.any(Number),
  overlap: expect.any(Number),
  inView: true,
  onTop: true,
  covers: [],
};
function misplaced(all: Placed[]): Placed[] {
  return all.filter(
    (p) => !(p.gap >= 0 && p.gap <= 80 && p.overlap > 0 && p.inView && p.onTop && !p.covers.length),
  );
}

describe.each(BROWSERS)('demo page in %s', (name) => {
  const { browser } = withBrowser(name, { pages: false });
  let demo: string;

  beforeAll(async () => {
    demo = await browser.extensionUrl('demo.html');
  });

  test('shows every kind of notice, from the same checks as on websites', async () => {
    const page = await browser.newPage();
    await page.goto(demo);

    const oversized = await waitForNotice(page, 'oversized-form', { state: 'oversized', ...WAIT });
    expect(oversized.kinds.split(' ')).toEqual(['birth-date', 'national-id']);
    expect(oversized.role).toBe('status');
    const insecure = await waitForNotice(page, 'insecure-form', { state: 'insecure', ...WAIT });
    expect(insecure.text).toMatch(/password/i);

    await page.focus(`document.getElementById('weak-password')`);
    await page.type('summer2024', 20);
    const weak = await waitForNotice(page, 'password-strength', { state: 'weak', ...WAIT });
    expect(weak.text).toMatch(/weak/i);

    await page.focus(`document.getElementById('breach-password')`);
    await page.type('iloveyou', 20);
    const breached = await waitForNotice(page, 'breached-password', { state: 'breached', ...WAIT });
    expect(breached.role).toBe('alert');
    expect(breached.text.replace(/\D/g, '')).toContain('1800000');

    // Longer, and no longer on the demo list: the settled check says so.
    await page.type(' violet kettle harbour', 20);
    await waitForNotice(page, 'breached-password', { state: 'not-found', ...WAIT });

    await page.focus(`document.getElementById('reuse-password')`);
    await page.type('orchard-violet-42', 20);
    const reused = await waitForNotice(page, 'password-reuse', { state: 'reused', ...WAIT });
    expect(reused.text).toContain('mybank.example');
    await page.focus(`document.getElementById('reuse-site-rnybank')`);
    await page.press(' ');
    const lookalike = await waitForNotice(page, 'password-reuse', { state: 'lookalike', ...WAIT });
    expect(lookalike.text).toContain('This site is not mybank.example.');

    const checks = (await readNotices(page)).map((n) => n.check).sort();
    expect(checks).toEqual([
      'breached-password',
      'insecure-form',
      'oversized-form',
      'password-reuse',
      'password-strength',
    ]);
    await page.close();
  });

  test('each notice sits beside its field or form, in the room kept for it, covering no text', async () => {
    const page = await browser.newPage();
    await page.resize(1100, 800);
    await page.goto(demo);
    const look = async (example: string, check: string, act?: () => Promise<void>) => {
      await page.evaluate(
        (id) => document.getElementById(`example-${id}`)!.scrollIntoView({ block: 'start' }),
        example,
      );
      await act?.();
      // Settled where it belongs (a re-layout takes a frame), then every notice on screen checked.
      // A breach notice says "checking" first and grows with its answer: the answer is awaited.
      const settled = (p: Placed) => p.check === check && p.state !== 'checking';
      await expect
        .poll(async () => {
          const all = await placed(page);
          return { shown: all.some(settled), misplaced: misplaced(all) };
        }, WAIT)
        .toEqual({ shown: true, misplaced: [] });
      return (await placed(page)).find(settled)!;
    };
    const typeIn = (id: string, text: string) => async () => {
      await page.focus(`document.getElementById('${id}')`);
      await page.type(text, 20);
    };
    const seen: Record<string, Placed> = {};
    seen.oversized = await look('oversized-form', 'oversized-form');
    seen.insecure = await look('insecure-form', 'insecure-form');
    seen.weak = await look(
      'weak-password',
      'password-strength',
      typeIn('weak-password', 'summer2024'),
    );
    seen.breach = await look(
      'breached-password',
      'breached-password',
      typeIn('breach-password', 'iloveyou'),
    );
    seen.reuse = await look(
      'password-reuse',
      'password-reuse',
      typeIn('reuse-password', 'orchard-violet-42'),
    );
    seen.mfa = await look('mfa-available', 'mfa-available', async () => {
      await page.focus(`document.querySelector('form[name=mfa-sign-in] button')`);
      await page.press('Enter');
    });
    for (const p of Object.values(seen)) expect(p).toMatchObject(BESIDE);
    // A field's notice just below it; a form's notice just above it (at its top edge).
    expect(seen.weak.gap).toBeLessThanOrEqual(8);
    expect(seen.oversized.gap).toBeLessThanOrEqual(8);
    await page.close();
  });

  test('a field typed in at the bottom of the window: the notice still lands below it, covering nothing', async () => {
    const page = await browser.newPage();
    await page.resize(1100, 800);
    await page.goto(demo);
    // Focused first (focusing may scroll), then at the window's bottom edge: no room below.
    await page.focus(`document.getElementById('weak-password')`);
    await page.evaluate(() =>
      document.getElementById('weak-password')!.scrollIntoView({ block: 'end' }),
    );
    await page.type('summer2024', 20);
    await expect
      .poll(async () => {
        const all = await placed(page);
        const below = await page.evaluate(() => {
          const host = document.querySelector('heedful-notice[data-check=password-strength]');
          const field = document.getElementById('weak-password')!.getBoundingClientRect();
          return !!host && host.getBoundingClientRect().top > field.bottom;
        });
        return {
          shown: all.some((p) => p.check === 'password-strength'),
          below,
          misplaced: misplaced(all),
        };
      }, WAIT)
      .toEqual({ shown: true, below: true, misplaced: [] });
    await page.close();
  });

  test.each([
    [1366, 768],
    [1024, 768],
  ])(
    'presentation mode at %i×%i: every step fits, notices showing, no scrolling',
    async (width, height) => {
      // An iframe of the screen's size inside an extension page: the same in both drivers.
      const host = await browser.newPage();
      await host.goto(await browser.extensionUrl('popup.html'));
      await host.evaluate(
        ({ src, w, h }) => {
          document.body.replaceChildren();
          document.body.style.width = 'auto';
          const frame = document.createElement('iframe');
          Object.assign(frame, { id: 'screen', src, width: String(w), height: String(h) });
          frame.style.border = '0';
          document.body.append(frame);
        },
        { src: `${demo}?present=1`, w: width, h: height },
      );
      const overflow: Record<string, string[]> = {};
      for (let step = 1; step <= STEPS; step++) {
        // Make each step look as it does in front of a class: the password examples typed into.
        await expect
          .poll(
            () =>
              host.evaluate(
                ({ n, total }) => {
                  const doc = (document.getElementById('screen') as HTMLIFrameElement)
                    .contentDocument;
                  if (doc?.querySelector('.counter')?.textContent !== `${n} of ${total}`)
                    return null;
                  for (const [id, text] of [
                    ['weak-password', 'summer2024'],
                    ['breach-password', 'iloveyou'],
                  ]) {
                    const field = doc.getElementById(id!) as HTMLInputElement | null;
                    if (field && field.offsetParent && field.value !== text) {
                      field.value = text!;
                      field.dispatchEvent(new Event('input', { bubbles: true }));
                    }
                  }
                  // The first four examples show a notice; the others (sign-in, reuse, quiz) fit as they are.
                  return n > 4 || !!doc.querySelector('li:not([hidden]) .notice-slot');
                },
                { n: step, total: STEPS },
              ),
            WAIT,
          )
          .toBe(true);
        // Let a slow check (the breach lookup) settle before measuring.
        await new Promise((r) => setTimeout(r, 2_000));
        const past = await host.evaluate(() => {
          const win = (document.getElementById('screen') as HTMLIFrameElement).contentWindow!;
          const doc = win.document;
          const out = [...doc.querySelectorAll('body *')]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) return false;
              return r.bottom > win.innerHeight + 0.5 || r.right > win.innerWidth + 0.5;
            })
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          if (doc.documentElement.scrollHeight > win.innerHeight) out.push('scrolls');
          // Notices live in the top layer, outside the body: measured on their own below.
          // A heading the mode focused itself (steps 2 on): no focus box on the projector.
          const heading = doc.activeElement;
          if (heading?.tagName === 'H2' && win.getComputedStyle(heading).outlineStyle !== 'none') {
            out.push('h2 outline');
          }
          return out;
        });
        // Each notice beside its field or form, on screen, covering nothing of the step.
        const shown = await placed(host, true);
        if (step <= 4 && !shown.length) past.push('no notice showing');
        const wrong = misplaced(shown);
        if (wrong.length) past.push(...wrong.map((p) => JSON.stringify(p)));
        if (past.length) overflow[`step ${step}`] = past;
        await host.evaluate(() =>
          (document.getElementById('screen') as HTMLIFrameElement)
            .contentDocument!.querySelector<HTMLButtonElement>('.present-nav .next')
            ?.click(),
        );
      }
      expect(overflow).toEqual({});
      await host.close();
    },
  );

  test('presentation mode steps with Next and the arrow keys, focus on each heading', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo}?present=1`);
    await expect
      .poll(() => presentation(page), WAIT)
      .toMatchObject({
        counter: `1 of ${STEPS}`,
        visible: ['example-weak-password'],
      });

    await page.focus(`document.querySelector('.present-nav .next')`);
    await page.press('Enter');
    await expect
      .poll(() => presentation(page), WAIT)
      .toMatchObject({
        counter: `2 of ${STEPS}`,
        visible: ['example-breached-password'],
        focused: 'example-breached-password-title',
      });

    await page.press('ArrowRight');
    await expect
      .poll(() => presentation(page), WAIT)
      .toMatchObject({
        counter: `3 of ${STEPS}`,
        visible: ['example-oversized-form'],
        focused: 'example-oversized-form-title',
      });
    await page.press('ArrowRight');
    await page.press('ArrowLeft');
    await page.press('ArrowLeft');
    // Focus lands on the heading after each move; wait for it before moving focus ourselves.
    await expect
      .poll(() => presentation(page), WAIT)
      .toMatchObject({
        counter: `2 of ${STEPS}`,
        focused: 'example-breached-password-title',
      });

    // In a text field the arrows move the caret, not the slides.
    await page.focus(`document.getElementById('breach-password')`);
    await page.type('abc');
    await page.press('ArrowLeft');
    expect((await presentation(page)).counter).toBe(`2 of ${STEPS}`);

    // Leaving presentation mode shows every example again.
    await page.focus(`document.querySelector('.present-toggle')`);
    await page.press('Enter');
    await expect
      .poll(() => presentation(page), WAIT)
      .toMatchObject({
        counter: null,
        visible: [
          'example-weak-password',
          'example-breached-password',
          'example-oversized-form',
          'example-insecure-form',
          'example-mfa-available',
          'example-password-reuse',
          'example-quiz-round',
        ],
        search: '',
      });
    await page.close();
  });

  test('two-step example: a listed site gets the notice, one listed without it says so', async () => {
    const page = await browser.newPage();
    await page.goto(demo);
    const signIn = `document.querySelector('form[name=mfa-sign-in] button')`;
    await page.focus(signIn);
    await page.press('Enter');
    const notice = await waitForNotice(page, 'mfa-available', { state: 'available', ...WAIT });
    expect(notice.text).toContain('github.com offers two-step sign-in');
    expect(notice.text).toContain('a passkey');
    await page.evaluate(() => {
      const select = document.getElementById('mfa-site') as HTMLSelectElement;
      select.value = '2k.com';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.focus(signIn);
    await page.press('Enter');
    await expect
      .poll(
        () =>
          page.evaluate(() => document.querySelector('#example-mfa-available .sent')?.textContent),
        WAIT,
      )
      .toContain('without two-step sign-in');
    expect((await readNotices(page)).map((n) => n.check)).not.toContain('mfa-available');
    await page.close();
  });

  test('a notice is dismissed and shown again by keyboard, focus never lost', async () => {
    const page = await browser.newPage();
    await page.goto(demo);
    await waitForNotice(page, 'insecure-form', WAIT);
    // Notices show while their form is in view, as on websites.
    await page.evaluate(() =>
      document.getElementById('example-insecure-form')!.scrollIntoView({ block: 'start' }),
    );
    await expect
      .poll(async () => (await placed(page)).map((p) => p.check), WAIT)
      .toContain('insecure-form');
    const dismiss = `document.querySelector('heedful-notice[data-check=insecure-form]').shadowRoot.querySelector('.dismiss')`;
    await page.focus(dismiss);
    await page.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), WAIT)
      .toBe('Show it again');
    expect((await readNotices(page)).map((n) => n.check)).not.toContain('insecure-form');
    await page.press('Enter');
    const back = await waitForNotice(page, 'insecure-form', { state: 'insecure', ...WAIT });
    expect(back.role).toBe('status');
    // Focus went back into the notice, onto its dismiss button.
    await expect
      .poll(
        () =>
          page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className ?? null),
        WAIT,
      )
      .toBe('dismiss');
    await page.close();
  });

  test('Escape in a sample field dismisses its notice, as on websites', async () => {
    const page = await browser.newPage();
    await page.goto(demo);
    await page.focus(`document.getElementById('weak-password')`);
    await page.type('summer2024', 20);
    await waitForNotice(page, 'password-strength', { state: 'weak', ...WAIT });
    await page.press('Escape');
    await expect
      .poll(async () => (await readNotices(page)).map((n) => n.check), WAIT)
      .not.toContain('password-strength');
    // Only that notice went: the page's other examples keep theirs.
    expect((await readNotices(page)).map((n) => n.check)).toContain('insecure-form');
    await page.close();
  });

  test('axe-core finds nothing serious or critical, in normal and presentation mode', async () => {
    const page = await browser.newPage();
    await page.goto(demo);
    // With notices showing: they are part of the page a reader meets.
    await waitForNotice(page, 'insecure-form', WAIT);
    await page.focus(`document.getElementById('weak-password')`);
    await page.type('summer2024', 20);
    await waitForNotice(page, 'password-strength', WAIT);
    expect(await axeViolations(page)).toEqual([]);

    await page.focus(`document.querySelector('.present-toggle')`);
    await page.press('Enter');
    await expect.poll(() => presentation(page), WAIT).toMatchObject({ counter: `1 of ${STEPS}` });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
