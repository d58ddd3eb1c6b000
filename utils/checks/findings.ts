/** @module What any check reports about a page: the CLI's `findings[]`, the popup's list and
 * the toolbar badge all read this one shape. */
import type { CheckId } from './index';

export type Severity = 'info' | 'warning' | 'danger';

export interface Finding {
  /** A registered check's id (`utils/checks/index.ts`). */
  check: CheckId;
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
