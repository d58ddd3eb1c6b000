import { PageContext } from '@/utils/content/context';
import { handover, type Handover } from '@/utils/content/handover';
import { watchForms } from '@/utils/content/form-watcher';
import { lazyBoard } from '@/utils/content/lazy-board';
import { watchSignIns } from '@/utils/content/mfa-watcher';
import { passwordView } from '@/utils/content/password-view';
import { watchReuse } from '@/utils/content/password-reuse';
import { watchPasswords } from '@/utils/content/password-watcher';
import { openLesson } from '@/utils/lessons/open';
import { sendMessage } from '@/utils/messaging';
import { everyCheck } from '@/utils/checks';
import { NOT_A_PROBLEM_KEY } from '@/utils/not-a-problem';
import { DEFAULT_SETTINGS, isPaused, type Settings } from '@/utils/settings-model';
import { isWakeReply } from '@/utils/wake';
import type { MfaNoticeData } from '@/utils/background/mfa-notices';

/** Injected by the background into one frame, once the sentinel (`entrypoints/sentinel.ts`) saw
 * something to do there. It only wires: finding fields, the checks and the notices live in
 * utils/. Heavy analysis (zxcvbn-ts, hashing, the network) stays in the background. */
export default defineUnlistedScript(() => {
  // The background injects once per sentinel request; this guards against any second copy.
  const state = handover();
  if (state.engine) return;
  state.engine = true;
  start(new PageContext(), state);
});

function start(ctx: PageContext, state: Handover): void {
  let settings: Settings = DEFAULT_SETTINGS;
  // The notice UI arrives with the first notice (README, "Page-load cost").
  const board = lazyBoard(ctx, state, () => {
    listenForChanges();
    return sendMessage('loadNotices');
  });
  const active = () =>
    isPaused(settings, location.hostname) ? { ...settings, checks: OFF } : settings;

  const reuseSettled = watchReuse(ctx, board, {
    settings: active,
    remember: (password) => sendMessage('rememberPassword', { password }),
    check: (password) => sendMessage('checkReuse', { password }),
    openLesson,
  });
  const passwords = watchPasswords(
    ctx,
    {
      // After the settings read that a person's first event starts (`listenForChanges`), so the
      // verdict is shown or not by the settings of now.
      rate: (password, userInputs) =>
        catchUp.then(() => sendMessage('ratePassword', { password, userInputs })),
      checkBreach: (password) => sendMessage('checkBreach', { password }),
      settings: active,
      settled: reuseSettled,
    },
    passwordView(board),
  );
  const forms = watchForms(ctx, board, {
    analyze: (features) =>
      sendMessage('analyzeForms', { url: location.href, isSecureContext, features }),
    openLesson,
    found: listenForChanges,
  });

  const signIns = watchSignIns(ctx, board, {
    enabled: () => active().checks['mfa-available'],
    signedIn: () => sendMessage('signedIn'),
    take: () => sendMessage('takeMfaNotice'),
    answer: (choice) => sendMessage('answerMfaNotice', { choice }),
    openLesson,
  });

  // Settings arrive while the person is still looking at the page; a change applies at once.
  const refresh = async (onlyIfChanged = false) => {
    const before = JSON.stringify(settings);
    settings = await sendMessage('getSettings').catch(() => settings);
    if (onlyIfChanged && JSON.stringify(settings) === before) return;
    if (isPaused(settings, location.hostname)) board.clear();
    forms.rerun();
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) void refresh();
    // "Not a problem here" marked or undone (here, in another tab or in the popup).
    else if (area === 'local' && NOT_A_PROBLEM_KEY in changes) forms.rerun();
  };
  // Changes are listened for once the frame matters to a person: their first key, pointer or
  // input here, its first notice, or forms with findings (even muted ones: undoing "not a problem
  // here" in the popup brings their notice back at once). Reading `browser.storage` makes the
  // browser build that whole API in the frame (~1 ms a page on the corpus pages), and most pages
  // with a form never get that far. Settings read at start and read again then miss nothing in between; the
  // "not a problem" list comes fresh with every forms verdict.
  function listenForChanges() {
    if (listening || !ctx.isValid) return;
    listening = true;
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
    catchUp = refresh(true);
  }
  let listening = false;
  let catchUp: Promise<void> = Promise.resolve();
  ctx.onFirstPerson(listenForChanges);
  void startingPoint(state).then((first) => {
    settings = first.settings;
    forms.rerun();
    // Typing the sentinel saw before this script ran: the first keystroke gets its verdict.
    for (const field of state.typed.splice(0)) if (field.isConnected) passwords.typed(field);
    if (first.mfa === undefined) void signIns.ask();
    else signIns.show(first.mfa);
  });
}

/** The settings, and the two-step notice due here if the background already took it: from its
 * answer to the sentinel's request (`utils/wake.ts`, no message of our own), else asked for (the
 * engine came for a two-step notice, or the answer was lost). */
async function startingPoint(
  state: Handover,
): Promise<{ settings: Settings; mfa?: MfaNoticeData | null }> {
  const reply = await state.boot;
  if (isWakeReply(reply)) return reply;
  return { settings: await sendMessage('getSettings').catch(() => DEFAULT_SETTINGS) };
}

const OFF: Settings['checks'] = everyCheck(() => false);
