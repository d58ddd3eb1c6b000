/** @module `password-reuse` in the password-check contract. `run` asks the background's reuse
 * service (tags, storage, settings) about one settled password; `findings` turns its answer into
 * a page-report line that names the other site but never the password or its tag. */
import type { Finding } from '../findings';
import type { PasswordCheck } from '../types';
import type { ReuseResult } from './descriptor';
import { passwordReuse } from './meta';
import { reuseWording } from './wording';

export interface ReuseContext {
  /** The background's service (`utils/background/password-reuse.ts`). */
  check(password: string, senderUrl: string | undefined): Promise<ReuseResult>;
  /** The page the password was typed on. */
  senderUrl: string | undefined;
}

export const passwordReuseCheck: PasswordCheck<'password-reuse', ReuseResult, ReuseContext> = {
  ...passwordReuse,
  run: (password, context) => context.check(password, context.senderUrl),
  findings: (result, { t }): Finding[] => {
    if (result.state === 'none') return [];
    const reused = result.state === 'reused';
    const facts = {
      check: passwordReuse.id,
      severity: reused ? ('warning' as const) : ('danger' as const),
      form: null,
      lesson: reused ? passwordReuse.lesson : 'phishing',
      code: result.state,
      hosts: reused ? result.sites : [result.site],
    };
    return [{ ...facts, message: reuseWording(facts, t) ?? '' }];
  },
};
