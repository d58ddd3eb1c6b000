/** @module Findings arrive from content scripts running in hostile pages: accept only the
 * contract's shape, with bounded strings, before storing or showing any of it. */
import type { Finding, Severity } from './checks/findings';
import { CHECK_IDS } from './checks';

const CHECKS = new Set<string>(CHECK_IDS);
const SEVERITIES = new Set<Severity>(['info', 'warning', 'danger']);

export function sanitizeFindings(value: unknown): Finding[] {
  if (!Array.isArray(value)) return [];
  const out: Finding[] = [];
  for (const item of value.slice(0, 200)) {
    if (typeof item !== 'object' || item === null) continue;
    const f = item as Record<string, unknown>;
    if (typeof f.check !== 'string' || !CHECKS.has(f.check)) continue;
    const finding: Finding = {
      check: f.check as Finding['check'],
      severity: SEVERITIES.has(f.severity as Severity) ? (f.severity as Severity) : 'warning',
      form:
        typeof f.form === 'number' && Number.isInteger(f.form) && f.form >= 0 ? f.form + 0 : null,
      message: typeof f.message === 'string' ? f.message.slice(0, 500) : '',
    };
    if (Array.isArray(f.kinds))
      finding.kinds = f.kinds
        .filter((k) => typeof k === 'string')
        .slice(0, 30)
        .map((k: string) => k.slice(0, 40));
    if (typeof f.lesson === 'string') finding.lesson = f.lesson.slice(0, 60);
    if (typeof f.code === 'string') finding.code = f.code.slice(0, 60);
    // The facts a tab report keeps to write the sentence again (`stored-finding.ts` checks them).
    if (typeof f.purpose === 'string') finding.purpose = f.purpose.slice(0, 40);
    if (f.stated === true) finding.stated = true;
    if (typeof f.count === 'number' && Number.isInteger(f.count)) finding.count = f.count;
    if (Array.isArray(f.hosts))
      finding.hosts = f.hosts
        .filter((h) => typeof h === 'string')
        .slice(0, 20)
        .map((h: string) => h.slice(0, 253));
    out.push(finding);
  }
  return out;
}
