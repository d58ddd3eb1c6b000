/** @module `heedful password`: the extension's rater over stdin, one JSON line per password. */
import { describeRating } from '../../utils/checks/password-strength';
import { ratePassword } from '../../utils/checks/password-strength/rate';
import { parseArgs, stdinLines, tEnglish, UsageError, writeJsonLine } from '../io';

export async function password(args: string[]): Promise<number> {
  const { options, positional } = parseArgs(args, ['user-input']);
  // Never echo the argument: someone may have typed a password there by mistake.
  if (positional.length)
    throw new UsageError('passwords come on stdin, one a line, not as arguments');
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
