/** @module The words of `oversized-form` (and the kind and list words `insecure-form` shares),
 * from codes only: the check writes its sentence with them, and a tab report writes the same
 * sentence again when shown, from what it stored. */
import { FIELD_KINDS, FORM_PURPOSES, type FormPurpose } from '../../forms/types';
import type { Translate } from '../../i18n';
import type { FindingFacts } from '../findings';

/** "This newsletter form asks for your date of birth and ID number — it doesn't need that to
 * email you. If those fields are optional, leave them empty." */
export function oversizedMessage(
  purpose: FormPurpose,
  excess: readonly string[],
  t: Translate,
  /** The wording overruled what the fields suggest: say what the form appears to be for. */
  stated = false,
): string {
  const appears = stated ? `${t('formsAppearsFor', [purposeName(purpose, t)])} ` : '';
  const sentence = t(`formsExcess${pascal(purpose)}`, [kindList(excess, t)]);
  return `${appears}${sentence} ${t('formsExcessTip')}`;
}

/** The sentence from stored facts, or null when they do not say enough (an older shape). */
export function oversizedWording(facts: FindingFacts, t: Translate): string | null {
  if (!isPurpose(facts.purpose) || !knownKinds(facts.kinds)) return null;
  return oversizedMessage(facts.purpose, facts.kinds, t, facts.stated === true);
}

/** "date of birth and ID number" in the reader's language. */
export function kindList(kinds: readonly string[], t: Translate): string {
  return listOf(
    kinds.map((k) => kindName(k, t)),
    t,
  );
}

export function kindName(kind: string, t: Translate): string {
  return t(`formsKind${pascal(kind)}`);
}

export function purposeName(purpose: FormPurpose, t: Translate): string {
  return t(`formsPurpose${pascal(purpose)}`);
}

/** "a, b and c" in the reader's language. */
export function listOf(items: readonly string[], t: Translate): string {
  if (items.length < 2) return items[0] ?? '';
  return t('formsListAnd', [
    items.slice(0, -1).join(t('formsListComma')),
    items[items.length - 1]!,
  ]);
}

/** Stored kinds name only real field kinds, or the sentence cannot be written. */
export function knownKinds(kinds: readonly string[] | undefined): kinds is string[] {
  const known: readonly string[] = FIELD_KINDS;
  return !!kinds?.length && kinds.every((kind) => known.includes(kind));
}

function isPurpose(value: unknown): value is FormPurpose {
  return (FORM_PURPOSES as readonly unknown[]).includes(value);
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}
