/** @module Where the breached-password check asks. Validated before saving, because a wrong
 * address would silently turn the check into "unavailable" on every page. */
import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_RANGE_API_URL,
  normalizeRangeApiUrl,
  type Policy,
  type Settings,
} from '@/utils/settings';
import { t } from '@/utils/i18n';
import { editSettings } from '../shared/settings-edit';
import { LockedNote } from './LockedNote';

type Status = 'idle' | 'invalid' | 'saved';

export function RangeApiSection({ settings, policy }: { settings: Settings; policy: Policy }) {
  const locked = policy.rangeApiUrl !== undefined;
  const stored = policy.rangeApiUrl ?? settings.rangeApiUrl;
  const [draft, setDraft] = useState(stored);
  const [status, setStatus] = useState<Status>('idle');
  // Another page (or a reset) changed the stored value: show it.
  useEffect(() => setDraft(stored), [stored]);
  const save = (value: string) => {
    // Saved as normalised (trailing `/` added), the form the background will use.
    const url = normalizeRangeApiUrl(value);
    if (url === null) return setStatus('invalid');
    setDraft(url);
    setStatus('saved');
    void editSettings((current) => ({ ...current, rangeApiUrl: url }));
  };
  return (
    <section aria-labelledby="range-heading">
      <h2 id="range-heading">{t('optionsRangeHeading')}</h2>
      <p class="muted">{t('optionsRangeIntro')}</p>
      <form
        class="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save(draft);
        }}
      >
        <label for="range-url">{t('optionsRangeLabel')}</label>
        <input
          id="range-url"
          type="url"
          class="wide"
          spellcheck={false}
          autoComplete="off"
          value={draft}
          disabled={locked}
          aria-invalid={status === 'invalid'}
          aria-describedby={status === 'invalid' ? 'range-error' : undefined}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            setStatus('idle');
          }}
        />
        <button type="submit" disabled={locked}>
          {t('optionsRangeSave')}
        </button>
        <button type="button" disabled={locked} onClick={() => save(DEFAULT_RANGE_API_URL)}>
          {t('optionsRangeReset')}
        </button>
      </form>
      {locked && (
        <p class="muted">
          <LockedNote />
        </p>
      )}
      <div role="status">{status === 'saved' && <p>{t('optionsSaved')}</p>}</div>
      {status === 'invalid' && (
        <p id="range-error" class="error" role="alert">
          {t('optionsRangeInvalid')}
        </p>
      )}
    </section>
  );
}
