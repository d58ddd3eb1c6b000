/** @module The demo page for educators: every notice Heedful shows, triggered by sample forms,
 * as a list or (presentation mode) one example at a time in large, high-contrast type. */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { EXAMPLES, type DemoExample } from './examples';
import { PresentNav } from './PresentNav';
import { usePresentation } from './usePresentation';

export function DemoApp() {
  const { presenting, step, toggle, go } = usePresentation(EXAMPLES.length);
  const first = useRef(true);

  useEffect(() => {
    document.documentElement.classList.toggle('present', presenting);
  }, [presenting]);

  // Each move puts keyboard focus (and a screen reader) on the new example's heading.
  useEffect(() => {
    if (first.current) return void (first.current = false);
    if (presenting) document.getElementById(`example-${EXAMPLES[step]!.id}-title`)?.focus();
  }, [presenting, step]);

  return (
    <>
      <header class="page-header">
        <h1>{t('demoHeading')}</h1>
        <p class="intro">{t('demoIntro')}</p>
        <p class="present-hint">{t('demoPresentHint')}</p>
        <button type="button" class="present-toggle" onClick={toggle}>
          {t(presenting ? 'demoPresentStop' : 'demoPresentButton')}
        </button>
      </header>
      <main>
        <ol class="examples">
          {EXAMPLES.map((example, i) => (
            <li key={example.id} hidden={presenting && i !== step}>
              <Example example={example} number={i + 1} />
            </li>
          ))}
        </ol>
        {presenting && <PresentNav step={step} total={EXAMPLES.length} go={go} />}
      </main>
      <footer class="page-footer">
        <p>{t('demoFooter')}</p>
      </footer>
    </>
  );
}

function Example({ example, number }: { example: DemoExample; number: number }) {
  const { id, Body } = example;
  return (
    <section class="example" id={`example-${id}`} aria-labelledby={`example-${id}-title`}>
      <h2 id={`example-${id}-title`} tabIndex={-1}>
        <span class="example-number">{number}.</span> {t(example.title)}
      </h2>
      <p class="about">{t(example.about)}</p>
      <p class="try">
        <strong>{t('demoTryLabel')}</strong> {t(example.tryIt)}
      </p>
      <Body />
    </section>
  );
}
