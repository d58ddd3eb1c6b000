/** @module The content side of `password-reuse`: on a person's submit, hand the form's password
 * to the background to remember (only when the check is on); when a password settles, ask the
 * background and show its answer. No hashing here: scrypt runs in the background. */
import type { PageContext } from './context';
import { passwordReuse, type ReuseResult } from '@/utils/checks/password-reuse/descriptor';
import type { Settings } from '@/utils/settings-model';
import type { Board } from './notice-drawing';
import { isPasswordInput, passwordRole } from './password-fields';
import { eventTarget } from './roots';
import { passwordFieldsOf, watchTrustedSubmits } from './submit-watcher';

export interface ReuseServices {
  settings(): Settings;
  remember(password: string): Promise<void>;
  check(password: string): Promise<ReuseResult>;
  openLesson(id: string): void;
}

const ID = passwordReuse.id;

/** Returns the settle hook for `watchPasswords`. */
export function watchReuse(
  ctx: PageContext,
  board: Board,
  services: ReuseServices,
): (field: HTMLInputElement, value: string) => void {
  const on = () => services.settings().checks[ID];
  // Only a value a person typed (or their password manager filled) is checked or remembered:
  // a page that rewrites the field behind their back must not get an oracle for its guesses.
  const typed = new WeakMap<HTMLInputElement, string>();
  const byPerson = (field: HTMLInputElement, value: string) => typed.get(field) === value;
  ctx.addEventListener(
    document,
    'input',
    (event) => {
      const target = eventTarget(event);
      if (!event.isTrusted || !isPasswordInput(target)) return;
      typed.set(target, target.value);
      board.hide(target, ID);
    },
    { capture: true },
  );

  watchTrustedSubmits(ctx, (form, hasPassword) => {
    if (!hasPassword || !on()) return;
    for (const password of passwordsToRemember(form, byPerson))
      void services.remember(password).catch(() => undefined);
  });

  return (field, value) => {
    if (!on() || !byPerson(field, value)) return board.hide(field, ID);
    void services
      .check(value)
      .catch((): ReuseResult => ({ state: 'none' }))
      .then((result) => {
        if (field.value !== value || result.state === 'none') return board.hide(field, ID);
        const lesson = result.state === 'lookalike' ? 'phishing' : passwordReuse.lesson;
        board.show(field, ID, {
          state: result.state,
          drawing: { kind: 'reuse', result, onLearn: () => services.openLesson(lesson) },
        });
      });
  };
}

/** The password the site will hold after this submit: the new one on a sign-up or change
 * form, the current one on a sign-in. */
function passwordsToRemember(
  form: HTMLFormElement | null,
  byPerson: (field: HTMLInputElement, value: string) => boolean,
) {
  const fields = passwordFieldsOf(form).filter((f) => f.value && byPerson(f, f.value));
  const fresh = fields.filter((f) => passwordRole(f) === 'new');
  return [...new Set((fresh.length ? fresh : fields).map((f) => f.value))].slice(0, 2);
}
