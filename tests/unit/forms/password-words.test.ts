/** One list of new/current-password words for the content script and the forms analysis. */
import { describe, expect, test } from 'vitest';
import { CURRENT_PASSWORD_WORDS, NEW_PASSWORD_WORDS } from '@/utils/forms/password-words';
import { normalize } from '@/utils/forms/text';

describe('password words, on normalised text', () => {
  test.each([
    'Confirm password',
    'Neues Passwort',
    'Passwort bestätigen',
    'Répéter le mot de passe',
    'Nueva contraseña',
    'Ripeti la password',
    'Nieuw wachtwoord',
    'Powtórz hasło',
    'Yeni şifre',
    'newPassword',
  ])('%s is a new password', (label) => {
    expect(NEW_PASSWORD_WORDS.test(normalize(label))).toBe(true);
  });

  test.each([
    'Current password',
    'Old password',
    'Altes Passwort',
    'Mot de passe actuel',
    'Contraseña actual',
    'Huidig wachtwoord',
    'Mevcut şifre',
  ])('%s is the current password', (label) => {
    expect(CURRENT_PASSWORD_WORDS.test(normalize(label))).toBe(true);
  });

  test.each(['Password', 'Passwort', 'Alter (Jahre)', 'Contraseña'])('%s is neither', (label) => {
    const words = normalize(label);
    expect(NEW_PASSWORD_WORDS.test(words) || CURRENT_PASSWORD_WORDS.test(words)).toBe(false);
  });
});
