/** @module The lessons as data: ids, the checks they explain, their source and quiz shape. Every
 * word a reader sees lives in `locales/<lang>/lessons.json` under `lesson_<id>_<part>`. */
import type { Finding } from '../checks/findings';

export const LESSON_IDS = [
  'passphrases',
  'password-managers',
  'breached-passwords',
  'mfa',
  'passkeys',
  'https-encryption',
  'encryption-at-rest',
  'data-minimisation',
  'privacy-by-design',
  'extension-permissions',
  'software-updates',
  'security-checkups',
  'phishing',
  'social-engineering',
  'public-wifi',
  'family-safety',
  'backups',
  'scam-texts-calls',
  'account-recovery',
  'voice-clones',
  'lost-phone',
  'oversharing',
  'qr-codes',
  'app-permissions',
  'shopping-safely',
  'cyberbullying',
  'home-router',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

/** Any registered check (`utils/checks/index.ts`). */
export type LessonCheck = Finding['check'];

export interface Lesson {
  id: LessonId;
  /** Checks this lesson explains; a check's primary lesson (its registry `lesson`) lists it. */
  checks: readonly LessonCheck[];
  /** The published guidance the lesson rests on. */
  source: { title: string; url: string };
  /** Id of the demo page example that shows this lesson at work, if any. */
  demo?: string;
  /** How many answer options the quiz has, and which one (0-based) is right. */
  quiz: { options: number; correct: number };
}

const NIST_63B4 = {
  title:
    'NIST SP 800-63B-4, Digital Identity Guidelines: Authentication and Authenticator Management (2025)',
  url: 'https://doi.org/10.6028/NIST.SP.800-63B-4',
};
const GDPR = {
  title: 'Regulation (EU) 2016/679 (GDPR)',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
};

export const LESSONS: readonly Lesson[] = [
  {
    id: 'passphrases',
    checks: ['password-strength', 'password-field'],
    source: NIST_63B4,
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'password-managers',
    checks: ['password-field', 'password-reuse'],
    source: {
      title: 'CISA Secure Our World: Use Strong Passwords',
      url: 'https://www.cisa.gov/secure-our-world/use-strong-passwords',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'breached-passwords',
    checks: ['breached-password'],
    source: {
      title: 'NCSC: Data breaches — guidance for individuals and families',
      url: 'https://www.ncsc.gov.uk/guidance/data-breaches',
    },
    quiz: { options: 3, correct: 2 },
  },
  {
    id: 'mfa',
    checks: ['mfa-available'],
    demo: 'mfa-available',
    source: {
      title: 'CISA: More than a Password (multifactor authentication)',
      url: 'https://www.cisa.gov/mfa',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'passkeys',
    checks: [],
    demo: 'mfa-available',
    source: { title: 'FIDO Alliance: Passkeys', url: 'https://fidoalliance.org/passkeys/' },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'https-encryption',
    checks: ['insecure-form'],
    source: {
      title: 'CISA: Tips to Stay Safe while Surfing the Web, Part 2: Accessing Websites Securely',
      url: 'https://www.cisa.gov/resources-tools/training/tips-stay-safe-while-surfing-web-part-2-accessing-websites-securely',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'encryption-at-rest',
    checks: [],
    source: {
      title: 'Microsoft Support: Device encryption in Windows',
      url: 'https://support.microsoft.com/en-us/windows/device-encryption-in-windows-cf7e2b6f-3e70-4882-9532-18633605b7df',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'data-minimisation',
    checks: ['oversized-form'],
    source: { title: `${GDPR.title}, Article 5(1)(c): data minimisation`, url: GDPR.url },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'privacy-by-design',
    checks: ['oversized-form'],
    source: {
      title: `${GDPR.title}, Article 25: data protection by design and by default`,
      url: GDPR.url,
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'extension-permissions',
    checks: [],
    source: {
      title: 'Chrome Web Store Help: Permissions requested by apps and extensions',
      url: 'https://support.google.com/chrome_webstore/answer/186213',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'software-updates',
    checks: [],
    source: {
      title: 'CISA Secure Our World: Update Software',
      url: 'https://www.cisa.gov/secure-our-world/update-software',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'security-checkups',
    checks: [],
    source: {
      title: 'Google Account Help: Make your account more secure',
      url: 'https://support.google.com/accounts/answer/46526',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'phishing',
    checks: ['insecure-form', 'password-reuse'],
    source: {
      title: 'CISA Secure Our World: Recognize and Report Phishing',
      url: 'https://www.cisa.gov/secure-our-world/recognize-and-report-phishing',
    },
    quiz: { options: 3, correct: 2 },
  },
  {
    id: 'social-engineering',
    checks: [],
    source: {
      title: 'CISA: Avoiding Social Engineering and Phishing Attacks',
      url: 'https://www.cisa.gov/news-events/news/avoiding-social-engineering-and-phishing-attacks',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'public-wifi',
    checks: ['insecure-form'],
    source: {
      title: 'FTC Consumer Advice: Are Public Wi-Fi Networks Safe? What You Need To Know',
      url: 'https://consumer.ftc.gov/articles/are-public-wi-fi-networks-safe-what-you-need-know',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'family-safety',
    checks: [],
    source: {
      title: "FTC Consumer Advice: Protecting Your Child's Privacy Online",
      url: 'https://consumer.ftc.gov/articles/protecting-your-childs-privacy-online',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'backups',
    checks: [],
    source: {
      title: 'NCSC: Top tips for staying secure online: Always back up your most important data',
      url: 'https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online/always-back-up-your-most-important-data',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'scam-texts-calls',
    checks: [],
    source: {
      title: 'FTC Consumer Advice: How To Recognize and Report Spam Text Messages',
      url: 'https://consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'account-recovery',
    checks: [],
    source: {
      title: 'FTC Consumer Advice: How To Recover Your Hacked Email or Social Media Account',
      url: 'https://consumer.ftc.gov/articles/how-recover-your-hacked-email-or-social-media-account',
    },
    quiz: { options: 3, correct: 0 },
  },
  {
    id: 'voice-clones',
    checks: [],
    source: {
      title: 'FTC Consumer Alert: Scammers use AI to enhance their family emergency schemes (2023)',
      url: 'https://consumer.ftc.gov/consumer-alerts/2023/03/scammers-use-ai-enhance-their-family-emergency-schemes',
    },
    quiz: { options: 3, correct: 2 },
  },
  {
    id: 'lost-phone',
    checks: [],
    source: {
      title: 'FTC Consumer Advice: How To Protect Your Phone and the Data On It',
      url: 'https://consumer.ftc.gov/articles/how-protect-your-phone-and-data-it',
    },
    quiz: { options: 3, correct: 0 },
  },
  {
    id: 'oversharing',
    checks: [],
    source: {
      title: 'NCSC: Social media: how to use it safely',
      url: 'https://www.ncsc.gov.uk/guidance/social-media-how-to-use-it-safely',
    },
    quiz: { options: 3, correct: 2 },
  },
  {
    id: 'qr-codes',
    checks: [],
    source: {
      title:
        'FTC Consumer Alert: Scammers hide harmful links in QR codes to steal your information (2023)',
      url: 'https://consumer.ftc.gov/consumer-alerts/2023/12/scammers-hide-harmful-links-qr-codes-steal-your-information',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'app-permissions',
    checks: [],
    source: {
      title: 'FTC Consumer Advice: Stalkerware: What To Know',
      url: 'https://consumer.ftc.gov/articles/stalkerware-what-know',
    },
    quiz: { options: 3, correct: 0 },
  },
  {
    id: 'shopping-safely',
    checks: [],
    source: {
      title: 'NCSC: Shopping online securely',
      url: 'https://www.ncsc.gov.uk/guidance/shopping-online-securely',
    },
    quiz: { options: 3, correct: 2 },
  },
  {
    id: 'cyberbullying',
    checks: [],
    source: {
      title: 'StopBullying.gov: What Is Cyberbullying',
      url: 'https://www.stopbullying.gov/cyberbullying/what-is-it',
    },
    quiz: { options: 3, correct: 1 },
  },
  {
    id: 'home-router',
    checks: [],
    source: {
      title: 'CISA: Home Network Security',
      url: 'https://www.cisa.gov/news-events/news/home-network-security',
    },
    quiz: { options: 3, correct: 0 },
  },
];
