/** @module What any check reports about a page: the CLI's `findings[]`, the popup's list and
 * the toolbar badge all read this one shape. */
import type { CheckId } from '../settings-model';

export type Severity = 'info' | 'warning' | 'danger';

export interface Finding {
  /** A check id, or `password-field` for NIST anti-patterns reported to the page report only. */
  check: CheckId | 'password-field';
  severity: Severity;
  /** Index in `document.forms`, or null for fields outside any form. */
  form: number | null;
  /** Field kinds concerned (the excess ones for `oversized-form`). */
  kinds?: string[];
  /** Plain-language sentence for the reader. */
  message: string;
  /** Id of the lesson that explains it. */
  lesson?: string;
  /** Machine-readable detail, e.g. `paste-blocked`, `http-action`. */
  code?: string;
}
