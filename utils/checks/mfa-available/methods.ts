/** @module The two-step methods the table knows, as one-letter codes (the table stays small)
 * and in the order a notice names them: the strongest first. Pure: the popup, the notice and the
 * table builder share it. */

export const METHOD_CODES = {
  p: 'passkey',
  k: 'security-key',
  a: 'authenticator-app',
  o: 'site-app',
  h: 'site-device',
  s: 'text-message',
  c: 'phone-call',
  e: 'email',
} as const;

export type MethodCode = keyof typeof METHOD_CODES;
export type Method = (typeof METHOD_CODES)[MethodCode];

const ORDER = Object.keys(METHOD_CODES) as MethodCode[];

/** The 2FA Directory's `tfa` values. */
export const DIRECTORY_METHODS: Readonly<Record<string, MethodCode>> = {
  u2f: 'k',
  totp: 'a',
  'custom-software': 'o',
  'custom-hardware': 'h',
  sms: 's',
  call: 'c',
  email: 'e',
};

/** Known codes only, each once, in display order. */
export function normalizeCodes(codes: string): string {
  return ORDER.filter((code) => codes.includes(code)).join('');
}

export function methodsOf(codes: string): Method[] {
  return [...normalizeCodes(codes)].map((code) => METHOD_CODES[code as MethodCode]);
}
