/** @module Draws a notice the engine described (`utils/content/notice-drawing.ts`). Part of
 * the notice UI, which a frame loads only when it first has a notice to show. */
import type { VNode } from 'preact';
import type { NoticeDrawing } from '@/utils/content/notice-drawing';
import { t } from '@/utils/i18n';
import { BreachNotice } from './BreachNotice';
import { FormNotice } from './FormNotice';
import { MfaNotice } from './MfaNotice';
import { PasswordNotice } from './PasswordNotice';
import { ReuseNotice } from './ReuseNotice';

export function draw(drawing: NoticeDrawing, dismiss: () => void): VNode {
  const common = { t, onDismiss: dismiss };
  switch (drawing.kind) {
    case 'password':
      return <PasswordNotice {...drawing} {...common} />;
    case 'breach':
      return <BreachNotice {...drawing} {...common} />;
    case 'reuse':
      return <ReuseNotice {...drawing} {...common} />;
    case 'form':
      return (
        <FormNotice {...drawing} {...common} onNotAProblem={() => drawing.onNotAProblem(dismiss)} />
      );
    case 'mfa':
      return (
        <MfaNotice
          {...drawing}
          {...common}
          onAnswer={(choice) => drawing.onAnswer(choice, dismiss)}
        />
      );
  }
}
