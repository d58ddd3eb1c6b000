/** @module breached-password as the registry runs it: the k-anonymity lookup, and the page
 * report's finding, which says only that a breached password was typed here (no count). */
import type { Settings } from '../../settings-model';
import type { PasswordCheck } from '../types';
import { checkWithSettings, type BreachChecker } from './index';
import { breachedPassword } from './meta';
import { breachWording } from './wording';
import type { BreachResult } from './types';

export interface BreachContext {
  /** Holds the session's cache and back-off: one per background. */
  checker: BreachChecker;
  settings: Pick<Settings, 'checks' | 'rangeApiUrl'>;
}

export const breachedPasswordCheck: PasswordCheck<
  'breached-password',
  BreachResult,
  BreachContext
> = {
  ...breachedPassword,
  run: (password, { checker, settings }) => checkWithSettings(checker, password, settings),
  findings: (result, { t }) =>
    result.state === 'breached'
      ? [
          {
            check: breachedPassword.id,
            severity: 'danger',
            form: null,
            message: breachWording(null, t),
            lesson: breachedPassword.lesson,
          },
        ]
      : [],
};
