/** @module The examples, in the order an educator presents them: the list the page and
 * presentation mode both walk. */
import type { ComponentType } from 'preact';
import type { CheckId } from '@/utils/checks';
import { BreachExample } from './BreachExample';
import { FormExample } from './FormExample';
import {
  InsecureLoginForm,
  NewsletterForm,
  SAMPLES,
  type FormSample,
  type SampleFormProps,
} from './samples';
import { MfaExample } from './MfaExample';
import { QuizRound } from './QuizRound';
import { ReuseExample } from './ReuseExample';
import { WeakPasswordExample } from './WeakPasswordExample';

export interface DemoExample {
  /** Also the id of its section: `example-<id>`. */
  id: string;
  /** Message keys: heading, what it shows, what to try. */
  title: string;
  about: string;
  tryIt: string;
  /** The checks it demonstrates: every registered check appears in one (meta-test). */
  checks: readonly CheckId[];
  /** For form examples: the sample form, judged by the same analysis as in a page. */
  form?: { sample: FormSample; Form: ComponentType<SampleFormProps> };
  Body: ComponentType;
}

const formExample = (form: NonNullable<DemoExample['form']>) => ({
  form,
  Body: () => <FormExample sample={form.sample} Form={form.Form} />,
});

export const EXAMPLES: DemoExample[] = [
  {
    id: 'weak-password',
    title: 'demoWeakTitle',
    about: 'demoWeakAbout',
    tryIt: 'demoWeakTry',
    checks: ['password-strength'],
    Body: WeakPasswordExample,
  },
  {
    id: 'breached-password',
    title: 'demoBreachTitle',
    about: 'demoBreachAbout',
    tryIt: 'demoBreachTry',
    checks: ['breached-password'],
    Body: BreachExample,
  },
  {
    id: 'oversized-form',
    title: 'demoOversizedTitle',
    about: 'demoOversizedAbout',
    tryIt: 'demoOversizedTry',
    checks: ['oversized-form'],
    ...formExample({ sample: SAMPLES.newsletter, Form: NewsletterForm }),
  },
  {
    id: 'insecure-form',
    title: 'demoInsecureTitle',
    about: 'demoInsecureAbout',
    tryIt: 'demoInsecureTry',
    // The same login also caps the password at 32 characters: a report-only finding.
    checks: ['insecure-form', 'password-field'],
    ...formExample({ sample: SAMPLES.insecure, Form: InsecureLoginForm }),
  },
  {
    id: 'mfa-available',
    checks: ['mfa-available'],
    title: 'demoMfaTitle',
    about: 'demoMfaAbout',
    tryIt: 'demoMfaTry',
    Body: MfaExample,
  },
  {
    id: 'password-reuse',
    checks: ['password-reuse'],
    title: 'demoReuseTitle',
    about: 'demoReuseAbout',
    tryIt: 'demoReuseTry',
    Body: ReuseExample,
  },
  {
    // Not a check: the lessons, for the class to answer together.
    id: 'quiz-round',
    checks: [],
    title: 'demoQuizTitle',
    about: 'demoQuizAbout',
    tryIt: 'demoQuizTry',
    Body: QuizRound,
  },
];
