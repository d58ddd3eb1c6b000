/** @module A password field for the demo, with a "show what I type" switch: on a projector the
 * audience needs to see the password the notice is about. */
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface PasswordInputProps {
  id: string;
  label: string;
  /** `new-password` makes the field one where a password is chosen, as on a sign-up page. */
  autocomplete: string;
  inputRef: Ref<HTMLInputElement>;
  onInput(): void;
  onBlur?(): void;
}

export function PasswordInput({ id, label, autocomplete, inputRef, ...on }: PasswordInputProps) {
  const [visible, setVisible] = useState(false);
  return (
    <div class="password-input">
      {/* The switch sits beside the label: below the field is where Heedful's notice lands. */}
      <div class="password-label-row">
        <label for={id}>{label}</label>
        <label class="show-typing">
          <input
            type="checkbox"
            checked={visible}
            onChange={(e) => setVisible(e.currentTarget.checked)}
          />{' '}
          {t('demoShowTyping')}
        </label>
      </div>
      <input
        id={id}
        ref={inputRef}
        type={visible ? 'text' : 'password'}
        autocomplete={autocomplete}
        spellcheck={false}
        autocapitalize="off"
        onInput={on.onInput}
        onBlur={on.onBlur}
      />
    </div>
  );
}
