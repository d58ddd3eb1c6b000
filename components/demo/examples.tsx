/** @module The examples, in the order an educator presents them: the list the page and
 * presentation mode both walk. */
import type { ComponentType } from 'preact';
import { BreachExample } from './BreachExample';
import { FormExample } from './FormExample';
import { ReuseExample } from './ReuseExample';
import { InsecureLoginForm, NewsletterForm, SAMPLES } from './samples';
import { WeakPasswordExample } from './WeakPasswordExample';

export interface DemoExample {
  /** Also the id of its section: `example-<id>`. */
  id: string;
  /** Message keys: heading, what it shows, what to try. */
  title: string;
  about: string;
  tryIt: string;
  Body: ComponentType;
}

export const EXAMPLES: DemoExample[] = [
  {
    id: 'weak-password',
    title: 'demoWeakTitle',
    about: 'demoWeakAbout',
    tryIt: 'demoWeakTry',
    Body: WeakPasswordExample,
  },
  {
    id: 'breached-password',
    title: 'demoBreachTitle',
    about: 'demoBreachAbout',
    tryIt: 'demoBreachTry',
    Body: BreachExample,
  },
  {
    id: 'oversized-form',
    title: 'demoOversizedTitle',
    about: 'demoOversizedAbout',
    tryIt: 'demoOversizedTry',
    Body: () => <FormExample sample={SAMPLES.newsletter} Form={NewsletterForm} />,
  },
  {
    id: 'insecure-form',
    title: 'demoInsecureTitle',
    about: 'demoInsecureAbout',
    tryIt: 'demoInsecureTry',
    Body: () => <FormExample sample={SAMPLES.insecure} Form={InsecureLoginForm} />,
  },
  {
    id: 'password-reuse',
    title: 'demoReuseTitle',
    about: 'demoReuseAbout',
    tryIt: 'demoReuseTry',
    Body: ReuseExample,
  },
];
