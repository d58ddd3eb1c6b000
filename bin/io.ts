/** @module Small I/O helpers shared by the commands. Arguments are never repeated back in an
 * error: a password typed in the wrong place (`--S3cret…`, `heedful S3cret`) must not end up
 * on the screen, in a terminal's scrollback or in a CI log. */
import { createInterface } from 'node:readline';
import { translatorFor, type Catalog } from '../utils/i18n-catalog';
import { hiddenLines } from './tty';

declare const __HEEDFUL_EN_CATALOG__: Catalog;

/** English, merged from `locales/en/*.json` at build time (scripts/build-cli.ts). */
export const tEnglish = translatorFor(__HEEDFUL_EN_CATALOG__);

/** An error about the command line: says where (argument N), never what was typed. */
export class UsageError extends Error {}

/** Lines from stdin without their line endings; a line is a password, so it is never echoed.
 * On a terminal the typing is not shown either (like `ssh` or `sudo` asking for one). */
export async function* stdinLines(
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
): AsyncGenerator<string> {
  if (!input.isTTY) {
    yield* createInterface({ input, crlfDelay: Infinity });
    return;
  }
  process.stderr.write('Type one password a line (not shown); Ctrl-D to finish.\n');
  yield* hiddenLines(input);
}

/** `--name value` pairs (repeatable) and the remaining positional arguments. */
export function parseArgs(
  args: string[],
  known: string[],
): { options: Record<string, string[]>; positional: string[] } {
  const options: Record<string, string[]> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, eq > 0 ? eq : undefined) : null;
    if (name === null) {
      positional.push(arg);
      continue;
    }
    // Only names from `known` (ours, not the user's text) may appear in a message.
    if (!known.includes(name))
      throw new UsageError(`argument ${i + 1} is not an option this command knows`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    (options[name] ??= []).push(value);
  }
  return { options, positional };
}

export function writeJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
