/** @module Small I/O helpers shared by the commands. */
import { createInterface } from 'node:readline';
import { translatorFor, type Catalog } from '../utils/i18n-catalog';

declare const __HEEDFUL_EN_CATALOG__: Catalog;

/** English, merged from `locales/en/*.json` at build time (scripts/build-cli.ts). */
export const tEnglish = translatorFor(__HEEDFUL_EN_CATALOG__);

/** Lines from stdin without their line endings; a line is a password, so it is never echoed. */
export async function* stdinLines(): AsyncGenerator<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) yield line;
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
    if (!known.includes(name)) throw new Error(`unknown option --${name}`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    (options[name] ??= []).push(value);
  }
  return { options, positional };
}

export function writeJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
