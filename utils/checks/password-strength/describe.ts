/** @module A rating in words: one sentence on what is wrong, then the fixes. */
import type { Translate } from '../../i18n';
import type { PasswordRating, RatingReason, Suggestion } from './types';

const REASON_KEY: Record<RatingReason, string | null> = {
  'too-short': 'pwReasonTooShort',
  common: 'pwReasonCommon',
  season: 'pwPatternSeason',
  month: 'pwPatternMonth',
  weekday: 'pwPatternWeekday',
  holiday: 'pwPatternHoliday',
  'first-name': 'pwPatternFirstName',
  'common-word': 'pwPatternCommonWord',
  keyboard: 'pwPatternKeyboard',
  'site-name': 'pwPatternSiteName',
  'your-name': 'pwPatternYourName',
  context: 'pwReasonContext',
  guessable: 'pwReasonGuessable',
  'offline-guessable': 'pwReasonOfflineGuessable',
  'could-be-longer': 'pwReasonCouldBeLonger',
  strong: null,
};

const SUGGESTION_KEY: Record<Suggestion, string> = {
  passphrase: 'pwFixPassphrase',
  'random-words': 'pwFixRandomWords',
  'password-manager': 'pwFixManager',
  'avoid-context': 'pwFixAvoidContext',
  longer: 'pwFixLonger',
};

export function describeRating(
  rating: Pick<PasswordRating, 'reason' | 'suggestions'>,
  t: Translate,
): { warning: string | null; suggestions: string[] } {
  const key = REASON_KEY[rating.reason];
  return {
    warning: key ? t(key) : null,
    suggestions: rating.suggestions.map((s) => t(SUGGESTION_KEY[s])),
  };
}
