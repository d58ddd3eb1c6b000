/** @module The words a person reads around a form (buttons, headings, its names and action),
 * read from the DOM with bounded work; `purpose.ts` matches them against the word tables. */
import { boundedText, normalize } from './text';

/** The words a person reads around the form, capped: a few buttons and headings. */
export function formWording(form: Element): string {
  const parts: string[] = [];
  for (const name of ['id', 'name', 'class', 'aria-label'])
    parts.push(form.getAttribute(name) ?? '');
  parts.push((form.getAttribute('action') ?? '').replace(/^[a-z]+:\/\/[^/]*/i, ''));
  for (const el of wordingElements(form)) {
    parts.push(el.getAttribute('value') ?? el.getAttribute('alt') ?? '', boundedText(el));
  }
  // The heading just above the form ("Sign in", "Newsletter") often names it.
  let prev = form.previousElementSibling;
  for (let i = 0; prev && i < 3; i++, prev = prev.previousElementSibling)
    if (/^H[1-6]$/i.test(prev.tagName)) parts.push(boundedText(prev));
  return parts.map(normalize).join(' ');
}

const WORDING = /^(BUTTON|H[1-4]|LEGEND)$/;

/** The first few buttons, submit inputs and headings in the form, looking at a bounded number
 * of elements (one manual walk: cheaper than a selector query, and safe on huge forms). */
function wordingElements(form: Element): Element[] {
  const found: Element[] = [];
  let visited = 0;
  let el: Element | null = form.firstElementChild;
  while (el && found.length < 8 && ++visited < 3000) {
    const tag = el.tagName.toUpperCase();
    const type = tag === 'INPUT' ? (el.getAttribute('type') ?? '').toLowerCase() : '';
    if (WORDING.test(tag) || type === 'submit' || type === 'image') found.push(el);
    let next: Element | null = el.firstElementChild;
    while (!next && el && el !== form) {
      next = el.nextElementSibling;
      if (!next) el = el.parentElement;
    }
    el = next;
  }
  return found;
}
