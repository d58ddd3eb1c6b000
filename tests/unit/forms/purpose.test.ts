import { describe, expect, test } from 'vitest';
import { analyzePage, type FormPurpose } from '@/utils/forms';
import { doc, tEn } from './helpers';

function purposeOf(html: string): FormPurpose {
  const page = analyzePage(doc(html), {
    url: 'https://shop.example/',
    isSecureContext: true,
    t: tEn,
  });
  const form = page.forms[0];
  if (!form) throw new Error('no form');
  return form.purpose;
}

describe('formPurpose', () => {
  test.each<[string, string, FormPurpose]>([
    [
      'login',
      '<form><input name="user"><input type="password" name="pw"><button>Sign in</button></form>',
      'login',
    ],
    [
      'signup: two passwords',
      '<form><input type="email" name="e"><input type="password" name="p1"><input type="password" name="p2"></form>',
      'signup',
    ],
    [
      'signup: new-password',
      '<form><input type="email"><input type="password" autocomplete="new-password"><button>Create account</button></form>',
      'signup',
    ],
    [
      'password change',
      '<form><input type="password" autocomplete="current-password"><input type="password" autocomplete="new-password"></form>',
      'password-change',
    ],
    [
      'checkout',
      '<form><input autocomplete="street-address"><input autocomplete="postal-code"><input autocomplete="cc-number"></form>',
      'checkout',
    ],
    [
      'payment',
      '<form><input autocomplete="cc-number"><input autocomplete="cc-csc"></form>',
      'payment',
    ],
    [
      'shipping',
      '<form><input autocomplete="name"><input autocomplete="street-address"><input autocomplete="postal-code"></form>',
      'shipping',
    ],
    [
      'newsletter',
      '<form><input type="email" name="email"><button>Subscribe</button></form>',
      'newsletter',
    ],
    [
      'contact',
      '<form><input name="name"><input type="email"><textarea name="message"></textarea><button>Send</button></form>',
      'contact',
    ],
    ['search', '<form role="search"><input name="q"></form>', 'search'],
    ['search by type', '<form><input type="search" name="q"></form>', 'search'],
    ['unknown', '<form><input name="f1"><input name="f2"></form>', 'other'],
    ['empty form', '<form></form>', 'other'],
  ])('%s', (_, html, purpose) => {
    expect(purposeOf(html)).toBe(purpose);
  });

  test.each<[string, string, FormPurpose]>([
    [
      'de',
      '<form><input name="benutzer"><input type="password"><button>Anmelden</button></form>',
      'login',
    ],
    ['de', '<form><input type="email"><button>Newsletter abonnieren</button></form>', 'newsletter'],
    [
      'fr',
      '<form><h2>Créer un compte</h2><input type="email"><input type="password"></form>',
      'signup',
    ],
    ['fr', '<form><input type="email"><button>S\'abonner</button></form>', 'newsletter'],
    ['es', '<form><input type="email"><button>Suscribirse</button></form>', 'newsletter'],
    [
      'es',
      '<form><input type="email"><input type="password"><button>Iniciar sesión</button></form>',
      'login',
    ],
    [
      'it',
      '<form><input type="email"><button>Iscriviti alla newsletter</button></form>',
      'newsletter',
    ],
    [
      'nl',
      '<form><input type="email"><input type="password"><button>Inloggen</button></form>',
      'login',
    ],
    [
      'pt',
      '<form><h2>Fale conosco</h2><input type="email"><textarea></textarea></form>',
      'contact',
    ],
    [
      'pl',
      '<form><input type="email"><input type="password"><button>Zaloguj</button></form>',
      'login',
    ],
    ['tr', '<form><input type="email"><button>Bültene abone ol</button></form>', 'newsletter'],
  ])('%s: %s', (_, html, purpose) => {
    expect(purposeOf(html)).toBe(purpose);
  });
});
