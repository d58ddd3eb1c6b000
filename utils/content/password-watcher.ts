/** @module Reacts to a person typing a password: a rating on each keystroke (one request in
 * flight at a time, latest value wins) and one breach check per settled password. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PasswordRating } from '@/utils/checks/password-strength';
import type { BreachResult } from '@/utils/checks/breached-password/types';
import type { Settings } from '@/utils/settings-model';
import { eventTarget } from './roots';
import { isPasswordInput, passwordRole, type PasswordRole } from './password-fields';
import { contextWords, markTyped } from './typed-context';

/** Typing that pauses this long counts as settled (the contract allows up to 1.5 s). */
export const SETTLE_MS = 1_000;

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
  /** Between a keystroke and the pause that settles it. */
  typing: boolean;
  settleTimer?: ReturnType<typeof setTimeout>;
  /** Last value sent for a breach check, kept only in this isolated world's memory. */
  settled?: string;
}

export function watchPasswords(
  ctx: ContentScriptContext,
  services: PasswordServices,
  view: PasswordView,
): void {
  const states = new WeakMap<HTMLInputElement, FieldState>();
  const stateOf = (field: HTMLInputElement) => {
    let state = states.get(field);
    if (!state)
      states.set(field, (state = { role: passwordRole(field), inFlight: false, typing: false }));
    return state;
  };

  const rate = async (field: HTMLInputElement) => {
    const state = stateOf(field);
    if (state.inFlight) return;
    const value = field.value;
    if (!value || !services.settings().checks['password-strength'])
      return view.rating(field, 'current', null);
    state.inFlight = true;
    try {
      const rating = await services.rate(value, contextWords(field));
      const live = state.role === 'new' || !state.typing;
      if (field.value === value && live) view.rating(field, state.role, rating);
    } catch {
      // The extension was reloaded or the worker is restarting: say nothing rather than guess.
    } finally {
      state.inFlight = false;
    }
    if (field.value !== value && (state.role === 'new' || !state.typing)) void rate(field);
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
    if (field.value === value) view.breach(field, result);
  };

  ctx.addEventListener(
    document,
    'input',
    (event) => {
      // A page script can set values and dispatch events; only a person's typing counts.
      if (!event.isTrusted) return;
      const target = eventTarget(event);
      if (target instanceof HTMLInputElement) markTyped(target);
      if (!isPasswordInput(target)) return;
      const state = stateOf(target);
      state.typing = true;
      if (target.value !== state.settled) view.breach(target, null);
      if (state.role === 'new') void rate(target);
      else view.rating(target, state.role, null);
      clearTimeout(state.settleTimer);
      state.settleTimer = setTimeout(() => void settle(target), SETTLE_MS);
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
}
