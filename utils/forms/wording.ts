/** @module The words a person reads around a form, sorted by where they stand (its submit
 * button, its heading, its legend, its accessible name, the dialog or section it sits in, the
 * page title, its action path, its own names), read from the DOM with bounded work.
 * `purpose.ts` weighs them against the word tables in the background; no words live here. */
import { boundedText, keepRaw, normalize } from './text';
import type { FormCue, FormCuePieces, FormCues } from './types';

const HEADING = /^H[1-6]$/;
/** Containers whose heading names what is inside (a sign-up dialog, a newsletter aside). */
const CONTAINER = /^(DIALOG|SECTION|ASIDE|ARTICLE)$/;
const CONTAINER_ROLE = /^(dialog|alertdialog|region|complementary)$/;

/** Every cue of the form, normalised and capped. */
export function formCues(form: Element): FormCues {
  return cuesFrom(formCuePieces(form));
}

/** The cues from their pieces, each normalised: what `formCues` gives for the same form. */
export function cuesFrom(pieces: FormCuePieces): FormCues {
  const cues: FormCues = {};
  for (const [cue, texts] of Object.entries(pieces) as [FormCue, string[]][]) {
    const text = texts.reduce((all, piece) => `${all} ${normalize(piece)}`, '').trim();
    if (text) cues[cue] = text;
  }
  return cues;
}

/** The texts each cue is made of, as read (cut to what `normalize` looks at): a live page sends
 * these and the background normalises them (`normalize-later.ts`). */
export function formCuePieces(form: Element): FormCuePieces {
  const attr = (el: Element, name: string) => el.getAttribute(name) ?? '';
  const raw: FormCuePieces = {};
  const add = (cue: FormCue, text: string) => (raw[cue] ??= []).push(keepRaw(text));
  for (const el of wordingElements(form)) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'LEGEND') add('legend', boundedText(el));
    else if (HEADING.test(tag) || attr(el, 'role') === 'heading')
      add(raw.heading ? 'inner' : 'heading', boundedText(el));
    else add('submit', `${attr(el, 'value') || attr(el, 'alt')} ${boundedText(el)}`);
  }
  // The heading just above the form ("Sign in", "Newsletter") names it when none is inside.
  if (!raw.heading) add('heading', headingBefore(form));
  add('aria', `${attr(form, 'aria-label')} ${labelledBy(form)}`);
  add('context', containerName(form));
  add('title', form.ownerDocument?.title ?? '');
  add('action', attr(form, 'action').replace(/^[a-z]+:\/\/[^/]*/i, ''));
  add('attrs', `${attr(form, 'id')} ${attr(form, 'name')} ${attr(form, 'class')}`);
  return raw;
}

/** Every cue in one string (older callers and the field-based fallback read this). */
export function formWording(form: Element, cues: FormCues = formCues(form)): string {
  return wordingFrom(cues);
}

/** The cues in one string, in the order they were read. */
export function wordingFrom(cues: FormCues): string {
  return Object.values(cues).join(' ');
}

function labelledBy(el: Element): string {
  const root = el.getRootNode?.() as Document | ShadowRoot | undefined;
  return (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .slice(0, 3)
    .map((id) => {
      const target = id && root?.getElementById ? root.getElementById(id) : null;
      return target ? boundedText(target) : '';
    })
    .join(' ');
}

/** The nearest heading among the few elements before `el` or its parent. */
function headingBefore(el: Element): string {
  for (let node: Element | null = el, depth = 0; node && depth < 2; node = node.parentElement) {
    depth++;
    let prev = node.previousElementSibling;
    for (let i = 0; prev && i < 3; i++, prev = prev.previousElementSibling)
      if (HEADING.test(prev.tagName.toUpperCase())) return boundedText(prev);
  }
  return '';
}

/** The name of the dialog or section the form sits in: its accessible name, else its first
 * heading, else its id and class ("newsletter-modal"). */
function containerName(form: Element): string {
  let el = form.parentElement;
  for (let depth = 0; el && depth < 12; depth++, el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'MAIN') break;
    if (!CONTAINER.test(tag) && !CONTAINER_ROLE.test(el.getAttribute('role') ?? '')) continue;
    const name = `${el.getAttribute('aria-label') ?? ''} ${labelledBy(el)}`;
    if (name.trim()) return name;
    const heading = el.querySelector('h1, h2, h3, h4, h5, h6, [role=heading]');
    if (heading) return boundedText(heading);
    return `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.slice(0, 200);
  }
  return '';
}

const WORDING = /^(BUTTON|H[1-6]|LEGEND)$/;

/** The first few buttons, submit inputs, headings and legends in the form, looking at a bounded
 * number of elements (one manual walk: cheaper than a selector query, and safe on huge forms). */
function wordingElements(form: Element): Element[] {
  const found: Element[] = [];
  let visited = 0;
  let el: Element | null = form.firstElementChild;
  while (el && found.length < 10 && ++visited < 3000) {
    const tag = el.tagName.toUpperCase();
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'INPUT' ? type === 'submit' || type === 'image' : isWording(el, tag, type))
      found.push(el);
    let next: Element | null = el.firstElementChild;
    while (!next && el && el !== form) {
      next = el.nextElementSibling;
      if (!next) el = el.parentElement;
    }
    el = next;
  }
  return found;
}

function isWording(el: Element, tag: string, type: string): boolean {
  // Script-driven forms submit from `type=button` controls too; only reset says nothing.
  if (tag === 'BUTTON') return type !== 'reset';
  return WORDING.test(tag) || el.getAttribute('role') === 'heading';
}
