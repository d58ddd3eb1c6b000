/** @module The password checks' implementations, keyed by id: a password check in the registry
 * without one here does not compile. Background and CLI only: it pulls in zxcvbn-ts. */
import { breachedPasswordCheck } from './breached-password/check';
import type { PasswordCheckId } from './index';
import { passwordReuseCheck } from './password-reuse/check';
import { passwordStrengthCheck } from './password-strength/check';
import type { PasswordCheck } from './types';

export const PASSWORD_CHECKS = {
  'password-strength': passwordStrengthCheck,
  'breached-password': breachedPasswordCheck,
  'password-reuse': passwordReuseCheck,
} as const satisfies { readonly [Id in PasswordCheckId]: PasswordCheck<Id, unknown, never> };
