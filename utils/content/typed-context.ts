/** @module Context words for a password: what the person typed into the same form (the
 * background adds the site's name from the sender's URL). Only fields the user really typed in
 * are read (a trusted `input` event marked them). */
import { personWords } from '@/utils/checks/password-strength/context';
import { isDocument, isHtml, isShadowRoot } from './nodes';

const typedIn = new WeakSet<Element>();

export function markTyped(el: Element): void {
  typedIn.add(el);
}

const IDENTITY =
  /user|login|email|e-mail|mail|account|nick|name|benutzer|usuario|utilisateur|utente|gebruiker|usuário|kullanıcı/i;

export function contextWords(password: HTMLInputElement): string[] {
  const words: string[] = [];
  const scope = password.form ?? password.getRootNode();
  if (!(isHtml(scope, 'form') || isDocument(scope) || isShadowRoot(scope))) return words;
  const candidates = scope.querySelectorAll<HTMLInputElement>(
    'input:not([type=password]):not([type=hidden])',
  );
  for (const input of [...candidates].slice(0, 200)) {
    if (!typedIn.has(input)) continue;
    const hint = `${input.type} ${input.name} ${input.id} ${input.autocomplete}`;
    if (input.type === 'email' || IDENTITY.test(hint)) words.push(...personWords(input.value));
  }
  return [...new Set(words)].slice(0, 50);
}
