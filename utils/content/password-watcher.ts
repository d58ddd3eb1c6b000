/** @module Reacts to a person typing a password: a rating on each keystroke (one request in
 * flight at a time, latest value wins) and one breach check per settled password.
 *
 * A page can change a field's value as often as it likes, so only a person's keystrokes start
 * work: a value the page set is rated only if a trusted keystroke came while a rating was in
 * flight. Only a bounded prefix is sent, and each frame has a budget of ratings, so one page
 * cannot keep the background busy for every other tab. */
import type { PageContext } from './context';
import type { PasswordRating } from '@/utils/checks/password-strength';
import type { BreachResult } from '@/utils/checks/breached-password/types';
import type { Settings } from '@/utils/settings-model';
import { eventTarget } from './roots';
import { isPasswordInput, passwordRole, type PasswordRole } from './password-fields';
import { contextWords, markTyped } from './typed-context';

/** Typing that pauses this long counts as settled (the contract allows up to 1.5 s). */
export const SETTLE_MS = 1_000;

/** What is sent to be rated: the rating itself looks at 64 characters (and counts length up
 * to 128), so more would only cost the background time. */
export const RATED_PREFIX = 128;

/** Per frame: a burst of this many ratings, then one per `RATING_REFILL_MS`. Quick typing
 * with one rating in flight at a time stays well inside it. */
export const RATING_BURST = 40;
export const RATING_REFILL_MS = 150;

export interface PasswordView {
  rating(field: HTMLInputElement, role: PasswordRole, rating: PasswordRating | null): void;
  breach(field: HTMLInputElement, result: BreachResult | { state: 'checking' } | null): void;
}

export interface PasswordServices {
  rate(password: string, userInputs: string[]): Promise<PasswordRating>;
  checkBreach(password: string): Promise<BreachResult>;
  settings(): Settings;
  /** Other checks that run once a password settles (password-reuse). */
  settled?(field: HTMLInputElement, value: string): void;
}

interface FieldState {
  role: PasswordRole;
  inFlight: boolean;
  /** A trusted keystroke (or a settle) arrived while a rating was in flight or out of budget. */
  again: boolean;
  /** Between a keystroke and the pause that settles it. */
  typing: boolean;
  settleTimer?: ReturnType<typeof setTimeout>;
  /** Last value sent for a breach check, kept only in this isolated world's memory. */
  settled?: string;
}

export function watchPasswords(
  ctx: PageContext,
  services: PasswordServices,
  view: PasswordView,
): { typed(target: EventTarget | null): void } {
  const states = new WeakMap<HTMLInputElement, FieldState>();
  const stateOf = (field: HTMLInputElement) => {
    let state = states.get(field);
    if (!state)
      states.set(
        field,
        (state = { role: passwordRole(field), inFlight: false, again: false, typing: false }),
      );
    return state;
  };
  const budget = ratingBudget(ctx);

  const rate = async (field: HTMLInputElement) => {
    const state = stateOf(field);
    if (state.inFlight) {
      state.again = true;
      return;
    }
    state.again = false;
    const value = field.value;
    if (!value || !services.settings().checks['password-strength'])
      return view.rating(field, 'current', null);
    if (!budget.take(() => void rate(field))) return;
    state.inFlight = true;
    try {
      const rating = await services.rate(value.slice(0, RATED_PREFIX), contextWords(field));
      const live = state.role === 'new' || !state.typing;
      // Settings are read again on arrival: a change made before this frame's first keystroke
      // reaches the engine while the rating is on its way (engine/index.ts, listenForChanges).
      const on = services.settings().checks['password-strength'];
      if (field.value === value && live) view.rating(field, state.role, on ? rating : null);
    } catch {
      // The extension was reloaded or the worker is restarting: say nothing rather than guess.
    } finally {
      state.inFlight = false;
    }
    // Only a person's keystroke during the flight asks again; a page changing the value does not.
    if (state.again && (state.role === 'new' || !state.typing)) void rate(field);
  };

  const settle = async (field: HTMLInputElement) => {
    const state = stateOf(field);
    clearTimeout(state.settleTimer);
    state.typing = false;
    const value = field.value;
    // Someone signing in hears about a weak password once they stop typing, not per keystroke.
    if (state.role === 'current') void rate(field);
    if (!value || value === state.settled) return;
    services.settled?.(field, value);
    if (!services.settings().checks['breached-password']) return view.breach(field, null);
    state.settled = value;
    view.breach(field, { state: 'checking' });
    let result: BreachResult;
    try {
      result = await services.checkBreach(value);
    } catch {
      result = { state: 'unavailable', reason: 'offline' };
    }
    if (field.value === value)
      view.breach(field, services.settings().checks['breached-password'] ? result : null);
  };

  /** A person typed in `target` (also called for typing the sentinel saw before we ran). */
  const typed = (target: EventTarget | null) => {
    if (target instanceof HTMLInputElement) markTyped(target);
    if (!isPasswordInput(target)) return;
    const state = stateOf(target);
    state.typing = true;
    if (target.value !== state.settled) view.breach(target, null);
    if (state.role === 'new') void rate(target);
    else view.rating(target, state.role, null);
    clearTimeout(state.settleTimer);
    state.settleTimer = setTimeout(() => void settle(target), SETTLE_MS);
  };

  ctx.addEventListener(
    document,
    'input',
    (event) => {
      // A page script can set values and dispatch events; only a person's typing counts.
      if (event.isTrusted) typed(eventTarget(event));
    },
    { capture: true },
  );

  ctx.addEventListener(
    document,
    'focusout',
    (event) => {
      if (!event.isTrusted) return;
      const target = eventTarget(event);
      if (isPasswordInput(target) && states.get(target)?.settleTimer !== undefined)
        void settle(target);
    },
    { capture: true },
  );
  return { typed };
}

/** A token bucket per frame. Out of tokens, the latest request waits for the next one (only
 * one waits: a newer request replaces it), so the last value typed is still rated. */
function ratingBudget(ctx: PageContext) {
  let tokens = RATING_BURST;
  let last = Date.now();
  let waiting: (() => void) | null = null;
  let timer = false;
  const refill = () => {
    const now = Date.now();
    const earned = Math.floor((now - last) / RATING_REFILL_MS);
    if (earned > 0) {
      tokens = Math.min(RATING_BURST, tokens + earned);
      last += earned * RATING_REFILL_MS;
    }
    if (tokens === RATING_BURST) last = now;
  };
  return {
    take(retry: () => void): boolean {
      refill();
      if (tokens > 0) {
        tokens--;
        return true;
      }
      waiting = retry;
      if (!timer) {
        timer = true;
        ctx.setTimeout(() => {
          timer = false;
          const next = waiting;
          waiting = null;
          next?.();
        }, RATING_REFILL_MS);
      }
      return false;
    },
  };
}
