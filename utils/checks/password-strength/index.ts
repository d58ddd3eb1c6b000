/** @module password-strength: rating a typed password. The rater itself (`rate.ts`) pulls in
 * zxcvbn-ts, so the content script imports only these light helpers and asks the background. */
export type { PasswordRating, RatingContext, RatingReason, Suggestion, Verdict } from './types';
export { personWords, siteWords } from './context';
export { describeRating } from './describe';
