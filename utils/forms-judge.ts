/** @module The background's side of the forms check: analyse what a content script extracted,
 * keep only the findings of enabled checks, and never let a malformed request throw. */
import type { Finding } from './checks/findings';
import { analyzeFeatures } from './forms/analyze';
import { normalizeLater } from './forms/normalize-later';
import type { PageFeatures } from './forms/types';
import type { Translate } from './i18n';
import { hostnameOf } from './hostname';
import { isPaused, type Settings } from './settings-model';

export function judgeForms(
  features: PageFeatures,
  page: { url: string; isSecureContext: boolean },
  settings: Settings,
  t: Translate,
): Finding[] {
  const hostname = hostnameOf(page.url);
  if (
    hostname === null ||
    isPaused(settings, hostname) ||
    !Array.isArray(features?.fields) ||
    !Array.isArray(features?.forms)
  )
    return [];
  try {
    const { findings } = analyzeFeatures(normalizeLater(features), {
      isSecureContext: Boolean(page.isSecureContext),
      t,
    });
    return findings.filter((f) => settings.checks[f.check]);
  } catch {
    // Malformed features (a page cannot shape them, but a bug could): no findings, no crash.
    return [];
  }
}
