/** @module `heedful password`: the extension's rater over stdin, one JSON line per password. */
import { describeRating } from '../../utils/checks/password-strength';
import { ratePassword } from '../../utils/checks/password-strength/rate';
import { parseArgs, stdinLines, tEnglish, writeJsonLine } from '../io';

export async function password(args: string[]): Promise<number> {
  const { options, positional } = parseArgs(args, ['user-input']);
  if (positional.length)
    throw new Error(`unexpected argument "${positional[0]}" (passwords come on stdin)`);
  const userInputs = options['user-input'] ?? [];
  for await (const line of stdinLines()) {
    const rating = ratePassword(line, { userInputs });
    const { warning, suggestions } = describeRating(rating, tEnglish);
    writeJsonLine({
      score: rating.score,
      verdict: rating.verdict,
      guessesLog10: rating.guessesLog10,
      warning,
      suggestions,
    });
  }
  return 0;
}
