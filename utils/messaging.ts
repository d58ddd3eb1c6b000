/** @module The one typed protocol between content scripts, extension pages and the background.
 * Web pages cannot reach it: `runtime.sendMessage` is not exposed to them (no
 * `externally_connectable`), and the background still checks every sender (`utils/sender.ts`). */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BreachResult } from './checks/breached-password/types';
import type { ReuseResult } from './checks/password-reuse/descriptor';
import type { Finding } from './checks/findings';
import type { MfaSite } from './checks/mfa-available/lookup';
import type { MfaChoice, MfaNoticeData } from './background/mfa-notices';
import type { PasswordRating } from './checks/password-strength';
import type { Settings } from './settings';

/** The findings, and the checks the reader called "not a problem" on the frame's site (read
 * here rather than by the frame: one message instead of two on every page with a form). */
export interface FormsVerdict {
  findings: Finding[];
  muted: string[];
}

/** What a frame's forms look like, for the background to judge. */
export interface FormsRequest {
  url: string;
  isSecureContext: boolean;
  /** `PageFeatures` as JSON text. The frame writes this text anyway (it tells whether anything
   * changed since the last look), and one string crosses to the background far faster than the
   * object it stands for: the browser converts a message value by value (measured: the largest
   * single cost of a forms look on real pages). */
  features: string;
}

/** Findings of one frame; the background merges the frames of a tab. */
export interface FrameReport {
  url: string;
  findings: Finding[];
}

/** A finding in the popup's report; `origin` names a cross-origin frame it came from. */
export interface ReportedFinding extends Finding {
  origin?: string;
}

export interface TabReport {
  /** Origin of the tab's page (reports keep no path, query or fragment). */
  url: string | null;
  findings: ReportedFinding[];
  /** Some findings could not be kept: never read this report as "nothing to flag". */
  incomplete?: true;
}

export interface HeedfulProtocol {
  /** Rate a typed password; the password never leaves the extension. */
  ratePassword(data: { password: string; userInputs: string[] }): PasswordRating;
  /** k-anonymity breach check of a settled password. */
  checkBreach(data: { password: string }): BreachResult;
  /** A trusted submit with a password: the background keeps a 24-bit tag for the site. */
  rememberPassword(data: { password: string }): void;
  /** A settled password: is it another site's, or is this site a lookalike of that one? */
  checkReuse(data: { password: string }): ReuseResult;
  /** Effective settings (user + policy) for content scripts. */
  getSettings(): Settings;
  /** Judge a frame's forms; the findings also feed the badge and the popup. */
  analyzeForms(data: FormsRequest): FormsVerdict;
  /** A notice's "learn why": open the lesson in the popup page, in a new tab. */
  openLesson(data: { id: string }): void;
  /** The popup asks for the current tab's findings. */
  getTabReport(data: { tabId: number }): TabReport;
  /** A person submitted a sign-in form on this page (trusted event). Nothing else is sent. */
  signedIn(): void;
  /** The top frame, after load and a while after a submit: a two-step notice to show, once. */
  takeMfaNotice(): MfaNoticeData | null;
  /** The asking frame has its first notice to show: inject the notice UI into it. */
  loadNotices(): void;
  /** Done / Not now / Never, for the site of the asking page. */
  answerMfaNotice(data: { choice: MfaChoice }): void;
  /** The popup's page report: what the directory says about a page's site. */
  getSiteMfa(data: { url: string }): MfaSite | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<HeedfulProtocol>();
