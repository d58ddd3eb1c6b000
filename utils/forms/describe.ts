/** @module Gathers what a field says about itself: attributes, every way a label attaches, the
 * text beside it and a select's options. Reads the DOM only through calls linkedom also has
 * (no `el.labels`, `innerText` or layout), and every read is bounded. */
import { MAX_TEXT, boundedText, hasWords, holdsField, normalize, type Norm } from './text';
import { scanPage, type PageScan } from './scan';
import type { FieldFeatures } from './types';

const INPUT_TYPES = new Set(
  'hidden text search tel url email password date month week time datetime-local number range color checkbox radio file submit image reset button'.split(
    ' ',
  ),
);
const MAX_OPTIONS = 40;
const MAX_OPTIONS_COUNTED = 400;

/** Lookups shared by every field of one document, built by one walk (`scan.ts`) so 5,000
 * fields cost one pass, not 5,000 queries. */
export interface DescribeContext {
  /** Text of the `<label for=ID>` of this ID, or ''. */
  labelFor(id: string): string;
  /** Element by id, for `aria-labelledby`. */
  byId(id: string): Element | null;
}

export function describeContext(source: Document | Element | PageScan): DescribeContext {
  const scan = 'labelsFor' in source ? source : scanPage(source);
  const texts = new Map<string, string>();
  return {
    labelFor(id) {
      let text = texts.get(id);
      if (text === undefined) {
        const label = scan.labelsFor.get(id);
        texts.set(id, (text = label ? boundedText(label) : ''));
      }
      return text;
    },
    byId: (id) => scan.byId(id),
  };
}

export function fieldType(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (tag === 'select') return el.hasAttribute('multiple') ? 'select-multiple' : 'select-one';
  if (tag === 'textarea') return 'textarea';
  const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
  return INPUT_TYPES.has(type) ? type : 'text';
}

/** `norm` is how texts are written: normalised, or kept raw for the background to normalise. */
export function describeField(
  el: Element,
  ctx: DescribeContext = describeContext(rootOf(el)),
  norm: Norm = normalize,
): FieldFeatures {
  const tag = el.tagName.toLowerCase() as FieldFeatures['tag'];
  const type = fieldType(el);
  const attr = (name: string) => (el.getAttribute(name) ?? '').slice(0, MAX_TEXT * 2);
  const id = attr('id');
  const labels: string[] = [attr('aria-label')];
  if (id) labels.push(ctx.labelFor(id));
  for (const ref of attr('aria-labelledby').split(/\s+/).slice(0, 4)) {
    const target = ref ? ctx.byId(ref) : null;
    if (target) labels.push(boundedText(target));
  }
  let legend = '';
  let depth = 0;
  for (let a = el.parentElement; a && depth < 10; a = a.parentElement, depth++) {
    const name = a.tagName.toUpperCase();
    if (name === 'FORM' || name === 'BODY') break;
    if (name === 'LABEL' && !a.hasAttribute('for')) labels.push(boundedText(a));
    if (name === 'FIELDSET' && !legend) {
      const first = a.firstElementChild;
      if (first?.tagName.toUpperCase() === 'LEGEND') legend = boundedText(first);
    }
  }
  const checkable = type === 'radio' || type === 'checkbox';
  const options = tag === 'select' ? readOptions(el, norm) : { texts: [], count: 0 };
  const maxLength = parseInt(attr('maxlength'), 10);
  const label = labels.filter(Boolean).join(' ');
  return {
    tag,
    type,
    autocomplete: attr('autocomplete').toLowerCase().trim(),
    attrs: norm(`${attr('name')} ${id}`),
    tail: norm(`${nameTail(attr('name'))} ${nameTail(id)}`),
    label: norm(label),
    placeholder: norm(attr('placeholder')),
    title: norm(attr('title')),
    // The text beside a field mostly repeats its label: read it only when there is none.
    nearby: hasWords(label) ? '' : norm(checkable ? textAfter(el) : textBefore(el)),
    legend: norm(legend),
    options: options.texts,
    optionCount: options.count,
    value: checkable ? norm(attr('value')) : '',
    maxLength: Number.isFinite(maxLength) ? maxLength : null,
  };
}

/** Frameworks wrap field names in their own prefixes (`user_data[s_lastname]`,
 * `customer[address][street]`, `dwfrm_billing_addressFields_postal`, `ctl00$main$txtEmail`):
 * the last part that has letters is what names the field. Empty when nothing wraps it. */
export function nameTail(name: string): string {
  const wrapped = /^(dwfrm|ctl\d+)_/i.test(name);
  if (!wrapped && !/[[\]$.:]/.test(name)) return '';
  const parts = name.split(wrapped ? /[[\]$.:_]+/ : /[[\]$.:]+/);
  for (let i = parts.length - 1; i >= 0; i--) if (/[a-z]{2}/i.test(parts[i]!)) return parts[i]!;
  return '';
}

function rootOf(el: Element): Document | Element {
  return el.ownerDocument ?? el;
}

/** Text in the siblings before the field, climbing to the parent (a table cell, a wrapper
 * div) while nothing precedes it; a sibling holding another field ends the search. */
function textBefore(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++) {
    let text = '';
    let count = 0;
    for (
      let s = node.previousSibling;
      s && count < 4 && text.length < MAX_TEXT;
      s = s.previousSibling
    ) {
      count++;
      if (s.nodeType === 1 && holdsField(s)) break;
      text = `${boundedText(s)} ${text}`;
    }
    if (text.trim()) return text;
    const parent: Element | null = node.parentElement;
    const tag = parent?.tagName.toUpperCase();
    if (!parent || tag === 'FORM' || tag === 'BODY' || tag === 'FIELDSET') break;
    node = parent;
  }
  return '';
}

/** A radio's or checkbox's words usually follow it (`<input type=radio> Female`). */
function textAfter(el: Element): string {
  let text = '';
  let count = 0;
  for (let s = el.nextSibling; s && count < 3 && text.length < MAX_TEXT; s = s.nextSibling) {
    count++;
    if (s.nodeType === 1 && holdsField(s)) break;
    text += ` ${boundedText(s)}`;
  }
  return text;
}

function readOptions(select: Element, norm: Norm): { texts: string[]; count: number } {
  const texts: string[] = [];
  let count = 0;
  const visit = (parent: Element) => {
    for (
      let c = parent.firstElementChild;
      c && count < MAX_OPTIONS_COUNTED;
      c = c.nextElementSibling
    ) {
      const tag = c.tagName.toUpperCase();
      if (tag === 'OPTGROUP') visit(c);
      else if (tag === 'OPTION') {
        count++;
        if (texts.length < MAX_OPTIONS)
          texts.push(norm(optionText(c).replace(/\+\s?\d/, ' dial $&')));
      }
    }
  };
  visit(select);
  return { texts, count };
}

/** An option's own text nodes (boundedText skips options on purpose), else its value. */
function optionText(option: Element): string {
  let text = '';
  for (let c = option.firstChild; c && text.length < MAX_TEXT; c = c.nextSibling)
    if (c.nodeType === 3) text += c.nodeValue ?? '';
  return text.trim() || (option.getAttribute('value') ?? '');
}
