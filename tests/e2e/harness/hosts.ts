/** @module Host names the browsers resolve to our loopback server. `*.test` names are
 * insecure-origin pages; a real domain the 2FA Directory lists lets the two-step check see a
 * listed site (served over http on a random port, so no https upgrade applies). */

/** Listed with an authenticator app, a security key and text messages; its public suffix is
 * `co.uk`, so the look-up has to use the registrable domain. */
export const LISTED_SITE = '123-reg.co.uk';
export const LISTED_HOSTS = [`login.${LISTED_SITE}`, `www.${LISTED_SITE}`];

export const CHROMIUM_HOST_RULES = ['MAP *.test 127.0.0.1', `MAP *.${LISTED_SITE} 127.0.0.1`];
export const FIREFOX_LOCAL_DOMAINS = [
  'insecure.test',
  'shop.test',
  'news.test',
  // The password-reuse lookalike pair.
  'heedbank.test',
  'heedbank-login.test',
  ...LISTED_HOSTS,
];
