/** @module The shapes of the forms analysis: field kinds and form purposes as the contract names
 * them, the text signals gathered from a field, and the page report the CLI prints. */
import type { Finding } from '../checks/findings';
import type { Translate } from '../i18n';

export const FIELD_KINDS = [
  'name',
  'email',
  'phone',
  'street-address',
  'postal-code',
  'region',
  'birth-date',
  'age',
  'gender',
  'national-id',
  'tax-id',
  'card-number',
  'card-security-code',
  'card-expiry',
  'bank-account',
  'password',
  'username',
  'organization',
  'security-question',
  'sensitive',
  'other',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const FORM_PURPOSES = [
  'login',
  'signup',
  'password-change',
  'checkout',
  'payment',
  'newsletter',
  'contact',
  'search',
  'shipping',
  'download',
  'giveaway',
  'coupon',
  'quiz',
  'guest-access',
  'unsubscribe',
  'account-recovery',
  'age-gate',
  'store-finder',
  'identity-verification',
  'government',
  'job-application',
  'other',
] as const;
export type FormPurpose = (typeof FORM_PURPOSES)[number];

/** What a field says about itself, every text already normalised (lowercase, no accents,
 * words split) and capped, so classifying is pure string work. */
export interface FieldFeatures {
  tag: 'input' | 'select' | 'textarea';
  /** As `el.type` reads in a browser: `text` for unknown input types, `select-one`… */
  type: string;
  /** The raw `autocomplete` tokens, lowercased. */
  autocomplete: string;
  /** `name` and `id`, words split (`billingZip` → `billing zip`). */
  attrs: string;
  /** The meaningful last part of a framework-wrapped `name`/`id` (`customer[firstname]`,
   * `dwfrm_billing_…_postal`, `ctl00$main$txtEmail`), words split; empty when not wrapped. */
  tail?: string;
  /** `<label for>`, a wrapping label, `aria-labelledby` and `aria-label`. */
  label: string;
  placeholder: string;
  title: string;
  /** Text just before the field (same cell or sibling), or after it for radios and checkboxes. */
  nearby: string;
  /** The enclosing fieldset's legend. */
  legend: string;
  /** The first option texts of a `<select>` (empty otherwise). */
  options: string[];
  optionCount: number;
  /** A radio's or checkbox's value. */
  value: string;
  /** `maxlength`, or null when absent. */
  maxLength: number | null;
}

export interface FieldReport {
  index: number;
  tag: string;
  type: string;
  name: string;
  id: string;
  kind: FieldKind;
  form: number | null;
}

export interface FormReport {
  index: number;
  purpose: FormPurpose;
  /** Distinct kinds of the form's fillable fields, in document order, `other` left out. */
  kinds: FieldKind[];
}

/** The contract's audit object without `file` and `url`. */
export interface PageAnalysis {
  fields: FieldReport[];
  forms: FormReport[];
  findings: Finding[];
}

export interface JudgeOptions {
  /** `window.isSecureContext` of the page (see `isSecureUrl` for Node). */
  isSecureContext: boolean;
  t: Translate;
}

export interface AnalyzeOptions extends JudgeOptions {
  /** The page's URL: resolves form actions. */
  url: string;
}

/** What the DOM says about one field: plain data that can cross from the content script to the
 * background (structured clone), where the word tables live. */
export interface FieldSnapshot {
  /** Position in `document.querySelectorAll('input, select, textarea')`. */
  index: number;
  features: FieldFeatures;
  tag: string;
  name: string;
  id: string;
  /** Index in `document.forms`, or null. */
  form: number | null;
  /** A person can type or pick a value (not hidden, disabled, a button…). */
  fillable: boolean;
  /** An inline `onpaste` handler that cancels pasting. */
  pasteBlocked: boolean;
}

/** Where a form states what it is for, most telling first (see `purpose.ts` for the weights).
 * Each is normalised text, capped. */
export const FORM_CUES = [
  'submit',
  'heading',
  'legend',
  'aria',
  'context',
  'title',
  'action',
  'attrs',
  'inner',
] as const;
export type FormCue = (typeof FORM_CUES)[number];
export type FormCues = Partial<Record<FormCue, string>>;
/** The texts of each cue as read, before normalising (`wording.ts`). */
export type FormCuePieces = Partial<Record<FormCue, string[]>>;

/** What the DOM says about one form. */
export interface FormSnapshot {
  index: number;
  /** Normalised wording: buttons, headings, legend, the form's id/name/class/action. */
  wording: string;
  /** The same wording, by where it was read (absent from older callers: then only `wording`). */
  cues?: FormCues;
  /** From a live page: the cues' texts as read, `wording` and `cues` left for the background to
   * make from them (`normalize-later.ts`). */
  cuePieces?: FormCuePieces;
  /** `role=search` on the form. */
  searchRole: boolean;
  /** The resolved URL the form submits to, or null when unknown (`javascript:`). */
  action: string | null;
  pasteBlocked: boolean;
}

/** Everything the analysis needs from a page, and nothing more. */
export interface PageFeatures {
  fields: FieldSnapshot[];
  forms: FormSnapshot[];
  /** Set by a live page: every text is as read, for the background to normalise
   * (`normalize-later.ts`), so the page's thread does none of that work. */
  raw?: true;
}

/** A field with its verdict, as the checks read it. */
export interface ClassifiedField extends FieldSnapshot {
  kind: FieldKind;
}

/** One form (or the loose fields outside any form, `index: null`) ready for the checks. */
export interface FormAnalysis {
  index: number | null;
  purpose: FormPurpose;
  /** Set when the purpose came from the form's wording and its fields alone suggest another
   * one (a "newsletter" asking for a delivery address): the notice then says what the form
   * appears to be for. */
  fieldsSuggest?: FormPurpose;
  fields: ClassifiedField[];
  /** The resolved URL the form submits to, or null when unknown (`javascript:`, no form). */
  action: string | null;
  pasteBlocked: boolean;
}
