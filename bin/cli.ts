/** @module `heedful`: the extension's analysis, run by Node on saved pages and on stdin. */
import { audit } from './commands/audit';
import { password } from './commands/password';
import { pwned } from './commands/pwned';

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
    process.stderr.write(
      name && name !== '--help' ? `heedful: unknown command "${name}"\n${USAGE}` : USAGE,
    );
    return name === '--help' ? 0 : 2;
  }
  try {
    return await command(args);
  } catch (error) {
    process.stderr.write(
      `heedful ${name}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
}
