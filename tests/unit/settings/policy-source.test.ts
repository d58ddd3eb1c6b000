/** @module A slow policy service (Chromium's first `storage.managed.get` after a browser start)
 * must not hold up what a person sees, and must never let a cached or missing policy decide
 * what leaves the device while the browser's own answer is still coming. Time is a promise the
 * test resolves, never a clock. */
import { describe, expect, test } from 'vitest';
import { PATIENCE_MS, policySource, SURE_MS, type PolicyDeps } from '@/utils/policy';
import type { Policy } from '@/utils/settings-model';

const OFF: Policy = { checks: { 'breached-password': false } };
const MIRROR = { checks: {}, rangeApiUrl: 'https://mirror.corp.example/range/' };

/** A browser whose policy answer and timers the test releases by hand. */
function slowBrowser(stored?: unknown) {
  let answer!: (value: unknown) => void;
  const reads: Promise<unknown>[] = [];
  const timers = new Map<number, () => void>();
  const remembered: Policy[] = [];
  let cache = stored;
  const deps: PolicyDeps = {
    read: () => {
      const read = new Promise<unknown>((resolve) => (answer = resolve));
      reads.push(read);
      return read;
    },
    cached: async () => cache,
    remember: async (policy) => {
      remembered.push(policy);
      cache = policy;
    },
    wait: (ms) => new Promise<void>((resolve) => timers.set(ms, resolve)),
  };
  return {
    deps,
    reads,
    remembered,
    answer: (value: unknown) => answer(value),
    elapse: async (ms: number) => {
      await flush();
      timers.get(ms)?.();
      await flush();
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether `promise` has settled, without waiting for it. */
async function settled<T>(promise: Promise<T>): Promise<{ done: boolean; value?: T }> {
  let state: { done: boolean; value?: T } = { done: false };
  void promise.then((value) => (state = { done: true, value }));
  await flush();
  return state;
}

describe('now: what a person sees', () => {
  test('a cached policy is used at once while the browser is still starting its policy service', async () => {
    const browser = slowBrowser(OFF);
    const source = policySource(browser.deps);
    expect(await settled(source.now())).toEqual({ done: true, value: OFF });
  });

  test('with nothing cached (first start) it waits a short while, then goes on without a policy', async () => {
    const browser = slowBrowser(undefined);
    const source = policySource(browser.deps);
    const asked = source.now();
    expect((await settled(asked)).done).toBe(false);
    await browser.elapse(PATIENCE_MS);
    expect(await asked).toEqual({ checks: {} });
  });

  test('a browser that answers within the patience gives its own policy, and it is remembered', async () => {
    const browser = slowBrowser(undefined);
    const source = policySource(browser.deps);
    const asked = source.now();
    browser.answer(MIRROR);
    expect(await asked).toEqual(MIRROR);
    expect(browser.remembered).toEqual([MIRROR]);
  });

  test('once the browser has answered, every read asks it again: a changed policy applies at once', async () => {
    const browser = slowBrowser(OFF);
    const source = policySource(browser.deps);
    await source.now();
    browser.answer(OFF);
    await flush();
    const next = source.now();
    browser.answer(MIRROR);
    expect(await next).toEqual(MIRROR);
    expect(browser.remembered).toEqual([MIRROR]);
  });

  test('reads waiting on one slow answer share it; an unchanged policy is not written again', async () => {
    const browser = slowBrowser(OFF);
    const source = policySource(browser.deps);
    await Promise.all([source.now(), source.now(), source.now()]);
    expect(browser.reads).toHaveLength(1);
    browser.answer({ checks: { 'breached-password': false } });
    await flush();
    expect(browser.remembered).toEqual([]);
  });

  test('a damaged cache counts for only its valid keys', async () => {
    const browser = slowBrowser({ checks: { 'breached-password': 'no', 'oversized-form': false } });
    expect(await policySource(browser.deps).now()).toEqual({ checks: { 'oversized-form': false } });
  });

  test('a browser that throws (Firefox without a policy) means no policy, remembered as such', async () => {
    const browser = slowBrowser(OFF);
    const deps = { ...browser.deps, read: () => Promise.reject(new Error('no manifest')) };
    const source = policySource(deps);
    await source.now();
    await flush();
    expect(await source.now()).toEqual({ checks: {} });
    expect(browser.remembered).toEqual([{ checks: {} }]);
  });
});

describe('sure: what leaves the device', () => {
  test('waits for the browser even when a policy is cached: an organisation turning the check off is never skipped', async () => {
    const browser = slowBrowser({ checks: {} });
    const source = policySource(browser.deps);
    const asked = source.sure();
    expect((await settled(asked)).done).toBe(false);
    await browser.elapse(PATIENCE_MS);
    expect((await settled(asked)).done).toBe(false);
    browser.answer(OFF);
    expect(await asked).toEqual(OFF);
  });

  test('a browser that never answers: the cached policy after SURE_MS, else none', async () => {
    const cachedOnly = slowBrowser(OFF);
    const withCache = policySource(cachedOnly.deps).sure();
    await cachedOnly.elapse(SURE_MS);
    expect(await withCache).toEqual(OFF);

    const nothing = slowBrowser(undefined);
    const withNothing = policySource(nothing.deps).sure();
    await nothing.elapse(SURE_MS);
    expect(await withNothing).toEqual({ checks: {} });
  });
});
