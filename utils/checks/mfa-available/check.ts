/** @module `mfa-available` in the site-check contract. The popup's page report shows the site's
 * two-step status on its own card (`SiteMfa`); it is news, not a problem on the page, so it adds
 * no finding and no badge count. */
import type { SiteCheck } from '../types';
import type { MfaSite } from './lookup';
import { mfaAvailable } from './meta';
import { lookupHost } from './table';

export const mfaAvailableCheck: SiteCheck<'mfa-available', MfaSite | null> = {
  ...mfaAvailable,
  run: (hostname) => lookupHost(hostname),
  findings: () => [],
};
