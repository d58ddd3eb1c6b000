import { describe, expect, test } from 'vitest';
import { extractPageElements, extractSteps } from '@/utils/forms/extract';
import { scanPage, scanSteps, STEP } from '@/utils/forms/scan';
import { runAll, runInSlices, StaleWork } from '@/utils/slices';
import { doc } from './helpers';

/** Steps `steps` once, then lets `between` change the page, then runs it to the end. */
function pauseOnce<T>(steps: Generator<void, T>, between: () => void): T {
  expect(steps.next().done).toBe(false);
  between();
  return runAll(steps);
}

describe('the forms scan pauses and skips', () => {
  test('pauses every STEP elements; paused or not, it finds the same', async () => {
    const html =
      '<form id=f>' + '<div><label for=x>Email</label><input id=x></div>'.repeat(400) + '</form>';
    const page = doc(html);
    let pauses = 0;
    const sliced = await runInSlices(scanSteps(page), {
      sliceMs: 0,
      now: () => 0,
      pause: async () => void pauses++,
    });
    if (typeof sliced === 'symbol') throw new Error('cancelled');
    const whole = scanPage(page);
    // html, head, body, the form and 3 elements a row.
    const elements = 4 + 3 * 400;
    expect(pauses).toBe(Math.floor(elements / STEP));
    expect(sliced.fields).toEqual(whole.fields);
    expect(sliced.fields).toHaveLength(400);
    expect([...sliced.owners.values()].every((i) => i === 0)).toBe(true);
  });

  test('the fields are described in slices too', () => {
    const page = doc('<form>' + '<input name=email>'.repeat(100) + '</form>');
    let pauses = 0;
    const steps = extractSteps(page, 'https://shop.example/');
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    // Under one walk step, then one pause every 32 fields described.
    expect(pauses).toBe(Math.floor(100 / 32));
    expect(extractPageElements(page, 'https://shop.example/').features.fields).toHaveLength(100);
  });

  test('resumed after the page removed where it stopped: stale, not a half scan', () => {
    const page = doc(
      '<div id=gone>' + '<span></span>'.repeat(STEP * 2) + '</div><form><input></form>',
    );
    const steps = scanSteps(page);
    expect(() => pauseOnce(steps, () => page.getElementById('gone')!.remove())).toThrow(StaleWork);
  });

  test('forms said not to render are left out whole, and listed', () => {
    const page = doc(
      '<form id=shown><input name=email></form>' +
        '<div style="display:none"><form id=modal><input type=password><input id=inside></form></div>' +
        '<label for=inside>Inside</label>',
    );
    const scan = scanPage(page, { rendered: (form) => form.id !== 'modal' });
    expect(scan.forms.map((f) => f.id)).toEqual(['shown']);
    expect(scan.fields).toHaveLength(1);
    expect(scan.skipped.map((f) => f.id)).toEqual(['modal']);
    expect(scan.byId('inside')).toBeNull();
    // Without a layout check (saved pages), everything is read.
    expect(scanPage(page).forms).toHaveLength(2);
    expect(scanPage(page).skipped).toEqual([]);
  });

  test('past the field limit only the fields kept are described, form fields first', () => {
    const page = doc(
      '<input name=loose>'.repeat(5) + '<form>' + '<input name=a>'.repeat(5) + '</form>',
    );
    const { features } = extractPageElements(page, 'https://shop.example/', 6);
    expect(features.fields.map((f) => f.index)).toEqual([0, 5, 6, 7, 8, 9]);
    expect(features.fields.filter((f) => f.form === null)).toHaveLength(1);
  });
});
