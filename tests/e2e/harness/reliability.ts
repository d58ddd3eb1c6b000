/** @module The reliability table the README quotes: each suite records the scenarios it put the
 * extension through and prints them at the end, one row per scenario and browser. */

export interface ReliabilityRow {
  scenario: string;
  browser: string;
  outcome: 'survived' | 'FAILED';
  detail: string;
}

export function reliabilityTable(title: string) {
  const rows: ReliabilityRow[] = [];
  return {
    /** Runs `body`; the row says whether it passed, and the error (rethrown) fails the test. */
    async record<T>(scenario: string, browser: string, body: () => Promise<T>, detail = '') {
      try {
        const result = await body();
        rows.push({ scenario, browser, outcome: 'survived', detail });
        return result;
      } catch (error) {
        rows.push({ scenario, browser, outcome: 'FAILED', detail: String(error).slice(0, 160) });
        throw error;
      }
    },
    /** Adds a figure to the last row of `scenario` (e.g. measured jank). */
    note(scenario: string, browser: string, detail: string) {
      const row = rows.findLast((r) => r.scenario === scenario && r.browser === browser);
      if (row) row.detail = [row.detail, detail].filter(Boolean).join('; ');
    },
    print() {
      const lines = [
        `| scenario | browser | outcome | detail |`,
        `| --- | --- | --- | --- |`,
        ...rows.map((r) => `| ${r.scenario} | ${r.browser} | ${r.outcome} | ${r.detail} |`),
      ];
      console.log(`${title}\n${lines.join('\n')}`);
    },
  };
}
