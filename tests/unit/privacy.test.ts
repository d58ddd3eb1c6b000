/** PRIVACY.md against the manifest (issue 12): every host access is listed, and the page says
 * plainly that a content script on all sites is access to every site in Chrome. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const privacy = readFileSync(join(root, 'PRIVACY.md'), 'utf8');
const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
/** The content script (the sentinel) is declared by the manifest hook in wxt.config.ts. */
const content = config.slice(config.indexOf("'build:manifestGenerated'"));
/** The permissions table's rows, by their first cell. */
const rows = privacy
  .slice(privacy.indexOf('## Permissions'))
  .split('\n')
  .filter((line) => line.startsWith('| '))
  .map((line) => line.split('|').map((cell) => cell.trim()));

test('every host the manifest asks for has its row', () => {
  const hosts = [...config.matchAll(/host_permissions:\s*\[([^\]]*)\]/g)].flatMap((m) =>
    [...m[1]!.matchAll(/'([^']+)'/g)].map((h) => h[1]!),
  );
  expect(hosts).toContain('<all_urls>');
  for (const host of hosts) expect(rows.some(([, first]) => first!.includes(host))).toBe(true);
});

test('the content script on all sites is named as access to every site in Chrome', () => {
  expect(content).toContain("'<all_urls>'");
  const row = rows.find(([, first]) => first!.startsWith('content script on all pages'));
  expect(row?.[2]).toMatch(
    /In Chrome, a content script on all sites gives the extension access to every site/,
  );
  // The range API's row must not read as the only host access.
  const range = rows.find(([, first]) => first!.includes('api.pwnedpasswords.com'));
  expect(range?.[2]).toMatch(/not Heedful's only host access/);
});

test('tab reports are described as codes kept, sentences written when shown', () => {
  const tab = privacy.split('\n').find((line) => line.startsWith('| `tab:{tabId}`'));
  expect(tab).toMatch(/kept as codes, never as text/);
  expect(tab).toMatch(/origin only \(scheme, host and port: no path, query or fragment\)/);
});
