/** @module What any check reports about a page: the CLI's `findings[]`, the popup's list and
 * the toolbar badge all read this one shape. Everything but `message` is a code or a count, so
 * the sentence can be written again from them (`wording.ts`) and need never be stored. */
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
  /** Plain-language sentence for the reader, written from the parts below. */
  message: string;
  /** Id of the lesson that explains it. */
  lesson?: string;
  /** Machine-readable detail, e.g. `paste-blocked`, `http-action`. */
  code?: string;
  /** The form's purpose (`oversized-form`). */
  purpose?: string;
  /** The purpose came from the form's wording, against what its fields suggest. */
  stated?: true;
  /** A number the sentence names, e.g. a password field's `maxlength`. */
  count?: number;
  /** Host names the sentence names: where a form sends to, sites sharing a password. */
  hosts?: string[];
}

/** A finding's parts without its sentence: what a tab report keeps. */
export type FindingFacts = Omit<Finding, 'message'>;
