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
import { parseArgs, tEnglish, writeJsonLine } from '../io';

export async function audit(args: string[]): Promise<number> {
  const { options, positional } = parseArgs(args, ['url']);
  if (!positional.length)
    throw new Error('no files given (usage: heedful audit [--url URL] FILE...)');
  const pageUrl = options.url?.at(-1);
  if (pageUrl !== undefined && !URL.canParse(pageUrl))
    throw new Error(`--url "${pageUrl}" is not a URL`);
  let failed = 0;
  for (const file of positional) {
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (error) {
      failed++;
      process.stderr.write(
        `heedful audit: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`,
      );
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
