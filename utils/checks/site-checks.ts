/** @module The site checks' implementations, keyed by id: a site check in the registry without
 * one here does not compile. Background only: it pulls in the two-step table. */
import type { SiteCheckId } from './index';
import { mfaAvailableCheck } from './mfa-available/check';
import type { SiteCheck } from './types';

export const SITE_CHECKS = {
  'mfa-available': mfaAvailableCheck,
} as const satisfies { readonly [Id in SiteCheckId]: SiteCheck<Id, unknown> };
