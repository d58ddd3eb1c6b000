/** @module The password-reuse tag's cost (scrypt N=2^14, r=8, p=4), in Node and in both real
 * browsers, against the 100–300 ms the issue asks for. The browsers run the same module, bundled
 * with esbuild into a plain page (the extension's worker is the same engine). */
import { build } from 'esbuild';
import { launch, startPageServer } from '../../tests/e2e/harness';
import { passwordTag, newSalt } from '../../utils/checks/password-reuse/tag';
import { median } from './stats';
import type { Row } from './table';

const RUNS = 7;

/** CPU time, not wall time: on a shared machine the wall clock measures the neighbours. */
function nodeSamples(): number[] {
  const salt = newSalt();
  passwordTag('warm up', salt);
  return Array.from({ length: RUNS }, (_, i) => {
    const start = process.cpuUsage();
    passwordTag(`correct horse ${i}`, salt);
    const spent = process.cpuUsage(start);
    return (spent.user + spent.system) / 1000;
  });
}

async function browserSamples(): Promise<Record<string, number[]>> {
  const bundle = await build({
    stdin: {
      contents: `import { passwordTag, newSalt } from './utils/checks/password-reuse/tag';
        const salt = newSalt(); passwordTag('warm up', salt);
        window.samples = Array.from({ length: ${RUNS} }, (_, i) => {
          const start = performance.now(); passwordTag('correct horse ' + i, salt);
          return performance.now() - start; });`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
  });
  const script = bundle.outputFiles[0]!.text;
  const pages = await startPageServer({
    '/tag.html': `<!doctype html><script>${script.replace(/<\/script/g, '<\\/script')}</script>`,
  });
  const out: Record<string, number[]> = {};
  try {
    for (const name of ['chromium', 'firefox'] as const) {
      const browser = await launch(name);
      try {
        const page = await browser.newPage();
        await page.goto(pages.url('tag.html'));
        out[name] = await page.evaluate(() => (window as unknown as { samples: number[] }).samples);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await pages.close();
  }
  return out;
}

export async function reuseRows(): Promise<Row[]> {
  const row = (where: string, samples: number[]): Row => ({
    group: 'reuse',
    metric: `one password tag, median of ${RUNS} (${where})`,
    value: median(samples),
    baseline: 300,
    baselineLabel: 'upper bound (goal 100–300 ms)',
    unit: 'ms',
  });
  const browsers = await browserSamples();
  return [
    row('Node, CPU time', nodeSamples()),
    ...Object.entries(browsers).map(([name, samples]) => row(`${name}, wall time`, samples)),
  ];
}

if (process.argv[1]?.endsWith('reuse.ts')) {
  const { renderTable } = await import('./table');
  console.log(renderTable(await reuseRows()));
}
