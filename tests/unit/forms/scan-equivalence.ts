/** @module Shared by the unit and corpus tiers: the browser's scan (`scan-query.ts`) must find
 * what the walk finds, and a live page's lean features (`fillableOnly`) must give the same
 * findings as every field. In linkedom the shadow roots are handed over the way the walk meets
 * them (every light-DOM element's open shadow root, in document order). */
import { expect } from 'vitest';
import { analyzeFeatures } from '@/utils/forms/analyze';
import { extractPage, extractSteps } from '@/utils/forms/extract';
import { normalizeLater } from '@/utils/forms/normalize-later';
import type { PageFeatures } from '@/utils/forms/types';
import { scanPage, type PageScan, type ScanOptions } from '@/utils/forms/scan';
import { runAll } from '@/utils/slices';
import { tEn } from './helpers';

export function lightShadowRoots(doc: Document): ShadowRoot[] {
  return [...doc.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
}

/** Everything a scan found, each node as a number shared by both scans (the same node, the
 * same number): a deep comparison of DOM nodes would follow the whole tree. */
function shape(scan: PageScan, ids: string[], key: (node: Node | null) => number | null) {
  return {
    fields: scan.fields.map(key),
    forms: scan.forms.map(key),
    owners: scan.fields.map((f) => scan.owners.get(f) ?? null),
    labelsFor: [...scan.labelsFor.entries()].map(([id, label]) => [id, key(label)]),
    baseHref: scan.baseHref,
    shadowRoots: scan.shadowRoots.map(key),
    skipped: scan.skipped.map(key),
    byId: ids.map((id) => key(scan.byId(id))),
  };
}

function nodeKeys() {
  const keys = new Map<Node, number>();
  return (node: Node | null) => {
    if (!node) return null;
    let n = keys.get(node);
    if (n === undefined) keys.set(node, (n = keys.size));
    return n;
  };
}

/** linkedom keeps a `<template>`'s content as its children, where the walk meets it; browsers
 * keep it in `template.content`, which neither a walk nor a query reaches (nor does anyone fill
 * it in). The comparison is of pages as browsers hold them. */
function asBrowsersHoldIt(doc: Document): void {
  for (const template of [...doc.querySelectorAll('template')]) template.replaceChildren();
}

export function expectSameScan(doc: Document, rendered?: ScanOptions['rendered']): PageScan {
  asBrowsersHoldIt(doc);
  const walked = scanPage(doc, { rendered });
  const queried = scanPage(doc, { rendered, shadowRoots: lightShadowRoots });
  // Ids outside skipped forms: inside one, the browser's `getElementById` still answers.
  const ids = [...doc.querySelectorAll('[id]')]
    .filter((el) => !walked.skipped.some((form) => form.contains(el)))
    .map((el) => el.getAttribute('id')!);
  const key = nodeKeys();
  expect(shape(queried, ids, key)).toEqual(shape(walked, ids, key));
  return queried;
}

/** What a live page sends (lean, raw texts; on a secure page no loose field but passwords)
 * judges as every field normalised in place does, and once normalised by the background it is
 * exactly the lean features normalised in place. Returns how many fields were left out. */
export function expectSameFindings(doc: Document, url: string): number {
  const isSecureContext = url.startsWith('https:');
  const all = extractPage(doc, url);
  const live = { fillableOnly: true, looseOnlyPasswords: isSecureContext };
  const inPlace = runAll(extractSteps(doc, url, Infinity, live)).features;
  const sent = runAll(extractSteps(doc, url, Infinity, { ...live, raw: true }));
  // Through JSON, as the message carries it.
  const lean = normalizeLater(JSON.parse(JSON.stringify(sent.features)) as PageFeatures);
  expect(lean).toEqual(inPlace);
  const opts = { url, isSecureContext, t: tEn };
  expect(analyzeFeatures(lean, opts).findings).toEqual(analyzeFeatures(all, opts).findings);
  expect(analyzeFeatures(lean, opts).forms).toEqual(analyzeFeatures(all, opts).forms);
  return all.fields.length - lean.fields.length;
}
