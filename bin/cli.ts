/** @module `heedful`: the extension's analysis, run by Node on saved pages and on stdin. */
import { audit } from './commands/audit';
import { password } from './commands/password';
import { pwned } from './commands/pwned';
import { UsageError } from './io';

const USAGE = `Usage:
  heedful audit [--url URL] FILE...        judge saved pages' forms (JSON lines)
  heedful password [--user-input WORD]...  rate passwords read from stdin, one a line
  heedful pwned [--api URL]                check passwords from stdin against a range API
`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { audit, password, pwned };

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    // Not echoed: the first argument may be a password typed in the wrong place.
    process.stderr.write(
      name && name !== '--help' ? `heedful: unknown command (argument 1)\n${USAGE}` : USAGE,
    );
    return name === '--help' ? 0 : 2;
  }
  try {
    return await command(args);
  } catch (error) {
    // Our messages say which argument, never its text; anything else is reported by kind only,
    // since a library error could quote its input.
    const message = error instanceof UsageError ? error.message : 'unexpected error';
    process.stderr.write(`heedful ${name}: ${message}\n`);
    return 2;
  }
}
