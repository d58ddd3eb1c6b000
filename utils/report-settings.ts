/** @module A tab's report as the settings of now see it. A frame is judged with the settings of
 * its last look, and a frame whose findings show no notice (the password-field check's, for the
 * popup only) does not look again when the settings change (README, "Page-load cost"): a check
 * turned off, or the site paused, since then takes its findings out of the popup and the badge
 * here, at once. */
import { hostnameOf } from './hostname';
import type { TabReport } from './messaging';
import { isPaused, type Settings } from './settings-model';

export function underSettings(report: TabReport, settings: Settings): TabReport {
  const pausedHost = (origin: string | null | undefined) => {
    const host = hostnameOf(origin);
    return host !== null && isPaused(settings, host);
  };
  const findings = report.findings.filter(
    (finding) => settings.checks[finding.check] && !pausedHost(finding.origin ?? report.url),
  );
  return findings.length === report.findings.length ? report : { ...report, findings };
}
