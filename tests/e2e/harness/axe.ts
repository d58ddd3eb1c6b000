/** @module axe-core in a page: inject the library's own source, run it, and keep a small,
 * serialisable summary of each violation. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AxeResults, ElementContext } from 'axe-core';
import { ROOT } from './paths';
import type { PageDriver } from './types';

const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
/** The library as the body of a function the driver sends: drivers evaluate a function's text
 * themselves, past the page's CSP, where an `eval` inside the page is blocked by extension pages'
 * CSP (Firefox ESR 140). The library sets `window.axe`. */
const INSTALL_AXE = new Function(AXE_SOURCE) as () => void;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the first few offending nodes (through shadow roots). */
  targets: string[];
}

/** Runs axe on the whole document, or on `context` (e.g. `{ include: [['heedful-notice']] }`). */
export async function runAxe(page: PageDriver, context?: ElementContext): Promise<AxeViolation[]> {
  await page.evaluate(INSTALL_AXE);
  return page.evaluate(async (where) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(where ?? document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
    }));
  }, context ?? null);
}

/** The violations a release must not have. */
export function blocking(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation, for the test log. */
export function summarize(label: string, violations: AxeViolation[]): string {
  if (violations.length === 0) return `axe ${label}: no violations`;
  const lines = violations.map(
    (v) => `  ${v.impact ?? '?'} ${v.id}: ${v.help} ${v.targets.join(' ')}`,
  );
  return [`axe ${label}: ${violations.length} violation(s)`, ...lines].join('\n');
}
