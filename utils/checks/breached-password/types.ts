/** @module The outcome of one breach check; `data-state` of the notice is `state`. */

export type BreachResult =
  | { state: 'breached'; count: number }
  | { state: 'not-found' }
  | { state: 'unavailable'; reason: UnavailableReason };

/** Why a check could not be answered: never treated as "safe". */
export type UnavailableReason =
  | 'offline'
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'bad-response'
  | 'disabled'
  | 'invalid-url';
