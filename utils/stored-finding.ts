/** @module A finding as a tab report keeps it in `storage.session`: codes, counts and host names
 * under short keys, never a sentence and never anything typed. The sentence is written again
 * when the report is read (`checks/wording.ts`), in the reader's language.
 *
 * Storage may hold an older version's shape (a session survives an update) or anything else:
 * reading keeps what it can check, and says when it dropped something. */
import { CHECK_IDS, checkById, checkMessageKey, type CheckId } from './checks';
import type { Finding, FindingFacts, Severity } from './checks/findings';
import { findingMessage } from './checks/wording';
import { FIELD_KINDS, FORM_PURPOSES } from './forms/types';
import type { Translate } from './i18n';

export interface StoredFinding {
  c: CheckId;
  s: Severity;
  /** Form index. */
  f?: number;
  /** Field kinds. */
  k?: string[];
  /** Reason code. */
  d?: string;
  /** Form purpose; `a`: it was read from the form's wording. */
  p?: string;
  a?: 1;
  /** A count the sentence names. */
  n?: number;
  /** Host names the sentence names. */
  h?: string[];
  /** Lesson, when not the check's own. */
  l?: string;
}

const CHECKS = new Set<string>(CHECK_IDS);
const SEVERITIES = new Set<unknown>(['info', 'warning', 'danger']);
const KINDS = new Set<unknown>(FIELD_KINDS);
const PURPOSES = new Set<unknown>(FORM_PURPOSES);
const CODE = /^[a-z0-9-]{1,40}$/;

/** Only parts that are codes, counts or host names survive, each checked and bounded. */
export function compactFinding(finding: FindingFacts): StoredFinding {
  const stored: StoredFinding = { c: finding.check, s: finding.severity };
  if (finding.form !== null) stored.f = finding.form;
  const kinds = finding.kinds?.filter((kind) => KINDS.has(kind)).slice(0, FIELD_KINDS.length);
  if (kinds?.length) stored.k = kinds;
  if (finding.code && CODE.test(finding.code)) stored.d = finding.code;
  if (PURPOSES.has(finding.purpose)) stored.p = finding.purpose;
  if (finding.stated) stored.a = 1;
  if (isCount(finding.count)) stored.n = finding.count;
  const hosts = finding.hosts?.map(hostName).filter((host) => host !== null);
  if (hosts?.length) stored.h = hosts.slice(0, 20);
  if (finding.lesson && finding.lesson !== checkById(finding.check).lesson)
    if (CODE.test(finding.lesson)) stored.l = finding.lesson;
  return stored;
}

/** What a stored value says as a finding, checked part by part (unknown parts, such as an older
 * version's stored sentence, are left behind); null for what cannot be read as one. */
export function readStoredFinding(value: unknown): FindingFacts | null {
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Record<string, unknown>;
  if (!CHECKS.has(stored.c as string) || !SEVERITIES.has(stored.s)) return null;
  const check = stored.c as CheckId;
  const facts: FindingFacts = {
    check,
    severity: stored.s as Severity,
    form: isCount(stored.f) ? stored.f : null,
  };
  const kinds = Array.isArray(stored.k) ? stored.k.filter((kind) => KINDS.has(kind)) : [];
  if (kinds.length) facts.kinds = kinds as string[];
  facts.lesson =
    typeof stored.l === 'string' && CODE.test(stored.l) ? stored.l : checkById(check).lesson;
  if (typeof stored.d === 'string' && CODE.test(stored.d)) facts.code = stored.d;
  if (PURPOSES.has(stored.p)) facts.purpose = stored.p as string;
  if (stored.a === 1) facts.stated = true;
  if (isCount(stored.n)) facts.count = stored.n;
  const hosts = Array.isArray(stored.h) ? stored.h.map(hostName).filter((h) => h !== null) : [];
  if (hosts.length) facts.hosts = hosts;
  return facts;
}

/** The finding with its sentence written now. One whose facts do not say enough for its
 * sentence (an older shape) reads generically, never as nothing. */
export function expandFinding(stored: StoredFinding, t: Translate): Finding | null {
  const facts = readStoredFinding(stored);
  if (!facts) return null;
  const message =
    findingMessage(facts, t) ?? t('popupFindingGeneric', [t(checkMessageKey(facts.check, 'name'))]);
  return { ...facts, message };
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1e6;
}

/** A host name as URLs write it, or null: nothing else may pass as one. */
function hostName(value: unknown): string | null {
  if (typeof value !== 'string' || !value || value.length > 253) return null;
  try {
    const url = new URL(`http://${value}/`);
    return url.host === value.toLowerCase() ? url.host : null;
  } catch {
    return null;
  }
}
