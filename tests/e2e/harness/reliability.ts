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
    /** Runs `body`; the row says whether it passed, with the figure `body` returns (e.g. how long
     * the fault took to end), or the error, which is rethrown to fail the test. */
    async record(scenario: string, browser: string, body: () => Promise<string | void>) {
      try {
        const detail = (await body()) ?? '';
        rows.push({ scenario, browser, outcome: 'survived', detail });
      } catch (error) {
        const detail = String(error).split('\n')[0]!.slice(0, 160);
        rows.push({ scenario, browser, outcome: 'FAILED', detail });
        throw error;
      }
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
