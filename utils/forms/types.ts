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

export interface AnalyzeOptions {
  /** The page's URL: resolves form actions. */
  url: string;
  /** `window.isSecureContext` of the page (see `isSecureUrl` for Node). */
  isSecureContext: boolean;
  t: Translate;
}

/** A field with its verdict, as the checks read it. */
export interface ClassifiedField {
  el: Element;
  features: FieldFeatures;
  kind: FieldKind;
  /** A person can type or pick a value (not hidden, disabled, a button…). */
  fillable: boolean;
}

/** One form (or the loose fields outside any form, `index: null`) ready for the checks. */
export interface FormAnalysis {
  index: number | null;
  el: Element | null;
  purpose: FormPurpose;
  fields: ClassifiedField[];
  /** The resolved URL the form submits to, or null when unknown (`javascript:`, no form). */
  action: string | null;
}
