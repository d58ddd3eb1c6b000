/** @module axe-core in a page: inject the library's own source, run it, and keep a small,
 * serialisable summary of each violation. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AxeResults, ElementContext } from 'axe-core';
import { ROOT } from './paths';
import type { PageDriver } from './types';

const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the first few offending nodes (through shadow roots). */
  targets: string[];
}

/** Runs axe on the whole document, or on `context` (e.g. `{ include: [['heedful-notice']] }`). */
export async function runAxe(page: PageDriver, context?: ElementContext): Promise<AxeViolation[]> {
  // Indirect eval runs the library as a global script; extension-page CSP does not apply to
  // code the test driver evaluates.
  await page.evaluate((source) => void (0, eval)(source), AXE_SOURCE);
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
