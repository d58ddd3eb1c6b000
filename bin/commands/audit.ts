/** @module `heedful audit [--url URL] FILE...`: the forms analysis on saved pages, one JSON
 * object per file. An unreadable file is reported on stderr and the rest still run; the exit
 * code is then 1. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { isSecureUrl } from '../../utils/checks/insecure-form';
import { analyzePage } from '../../utils/forms/analyze';
import type { Translate } from '../../utils/i18n';
import { parseArgs, tEnglish, UsageError, writeJsonLine } from '../io';

export async function audit(args: string[]): Promise<number> {
  const { options, positional } = parseArgs(args, ['url']);
  if (!positional.length)
    throw new UsageError('no files given (usage: heedful audit [--url URL] FILE...)');
  const pageUrl = options.url?.at(-1);
  if (pageUrl !== undefined && !URL.canParse(pageUrl)) throw new UsageError('--url is not a URL');
  let failed = 0;
  for (const [index, file] of positional.entries()) {
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (error) {
      failed++;
      // Named by position, not by its text: an argument may be a mistyped password.
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      process.stderr.write(`heedful audit: cannot read file ${index + 1} (${code})\n`);
      continue;
    }
    const url = pageUrl ?? pathToFileURL(resolve(file)).href;
    writeJsonLine({ file, url, ...auditHtml(html, url) });
  }
  return failed ? 1 : 0;
}

/** The analysis of one page's HTML as if served from `url`. */
export function auditHtml(html: string, url: string, t: Translate = tEnglish) {
  const { document } = parseHTML(html) as unknown as { document: Document };
  return analyzePage(document, { url, isSecureContext: isSecureUrl(url), t });
}
