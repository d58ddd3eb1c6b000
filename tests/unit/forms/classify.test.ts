import { describe, expect, test } from 'vitest';
import { classifyField, describeField, type FieldKind } from '@/utils/forms';
import { doc } from './helpers';

/** Classifies the element marked `data-t` (or the first field) of an HTML snippet. */
function kindOf(html: string): FieldKind {
  const d = doc(html);
  const el = d.querySelector('[data-t]') ?? d.querySelector('input, select, textarea');
  if (!el) throw new Error('no field in snippet');
  return classifyField(describeField(el));
}

describe('classifyField', () => {
  test.each<[string, string, FieldKind]>([
    // autocomplete tokens win
    ['autocomplete', '<input autocomplete="shipping postal-code" name="x">', 'postal-code'],
    ['autocomplete bday-day', '<input autocomplete="bday-day">', 'birth-date'],
    ['autocomplete off falls back', '<input autocomplete="off" name="email">', 'email'],
    // input types
    ['type email', '<input type="email" name="x">', 'email'],
    ['type tel', '<input type="tel" name="f1">', 'phone'],
    ['type password', '<input type="password" name="x">', 'password'],
    ['CVC behind a password type', '<input type="password" name="cvc">', 'card-security-code'],
    ['hidden is other', '<input type="hidden" name="email">', 'other'],
    [
      'checkbox is other',
      '<label><input type="checkbox" name="newsletter"> Email me</label>',
      'other',
    ],
    ['search box', '<input type="search" name="q" placeholder="Search">', 'other'],
    // every way a label attaches
    ['label for', '<label for="a">Date of birth</label><input id="a" name="f2">', 'birth-date'],
    ['wrapping label', '<label>Postcode <input name="f3"></label>', 'postal-code'],
    ['aria-label', '<input aria-label="Card number" name="f4">', 'card-number'],
    ['aria-labelledby', '<span id="l">Company</span><input aria-labelledby="l">', 'organization'],
    ['placeholder', '<input placeholder="Phone number">', 'phone'],
    ['title', '<input title="Social security number">', 'national-id'],
    ['table cell', '<table><tr><td>E-mail</td><td><input name="f5"></td></tr></table>', 'email'],
    ['sibling text', '<div><span>City</span><input name="f6"></div>', 'region'],
    [
      'fieldset legend',
      '<fieldset><legend>Date of birth</legend><input name="d"></fieldset>',
      'birth-date',
    ],
    ['name attribute camelCase', '<input name="billingZipCode">', 'postal-code'],
    ['name attribute glued', '<input name="creditcardnumber">', 'card-number'],
    // specific beats generic
    ['email address is not a street', '<input placeholder="Email address">', 'email'],
    ['company name is not a name', '<input placeholder="Company name">', 'organization'],
    ['card holder is a name', '<input placeholder="Name on card">', 'name'],
    ['street name', '<input name="address_streetname">', 'street-address'],
    ['address then city', '<input name="shipping_address_city">', 'region'],
    ['gift card is not a card', '<input placeholder="Gift card number">', 'other'],
    ['coupon', '<input name="coupon_code">', 'other'],
    ['security question', '<input aria-label="Mother\'s maiden name">', 'security-question'],
    ['health', '<input aria-label="Medical conditions">', 'sensitive'],
    ['IBAN', '<input name="iban">', 'bank-account'],
    ['VAT', '<input placeholder="VAT number">', 'tax-id'],
    // selects
    [
      'gender options',
      '<select name="s"><option>Female</option><option>Male</option></select>',
      'gender',
    ],
    [
      'birth years',
      '<select name="y">' +
        Array.from({ length: 60 }, (_, i) => `<option>${1950 + i}</option>`).join('') +
        '</select>',
      'birth-date',
    ],
    [
      'dialling codes',
      '<select name="x"><option>+49 Germany</option><option>+33 France</option><option>+34 Spain</option></select>',
      'phone',
    ],
    ['gender radio', '<label><input type="radio" name="g" value="f"> Female</label>', 'gender'],
    [
      'salutation radio is not gender',
      '<label><input type="radio" name="t" value="mr"> Mr</label>',
      'other',
    ],
  ])('%s', (_, html, kind) => {
    expect(kindOf(html)).toBe(kind);
  });

  test.each<[string, string, FieldKind]>([
    ['de', '<label>Geburtsdatum <input name="a"></label>', 'birth-date'],
    ['de', '<label>Straße und Hausnummer <input name="a"></label>', 'street-address'],
    ['de', '<label>PLZ <input name="a"></label>', 'postal-code'],
    ['de', '<label>Kreditkartennummer <input name="a"></label>', 'card-number'],
    ['fr', '<label>Prénom <input name="a"></label>', 'name'],
    ['fr', '<label>Code postal <input name="a"></label>', 'postal-code'],
    ['fr', '<label>Mot de passe <input name="a"></label>', 'password'],
    ['fr', '<label>Numéro de sécurité sociale <input name="a"></label>', 'national-id'],
    ['es', '<label>Fecha de nacimiento <input name="a"></label>', 'birth-date'],
    ['es', '<label>Correo electrónico <input name="a"></label>', 'email'],
    ['es', '<label>DNI <input name="a"></label>', 'national-id'],
    ['es', '<label>Apellidos <input name="a"></label>', 'name'],
    ['it', '<label>Codice fiscale <input name="a"></label>', 'national-id'],
    ['it', '<label>Città <input name="a"></label>', 'region'],
    ['it', '<label>Cellulare <input name="a"></label>', 'phone'],
    ['nl', '<label>Geboortedatum <input name="a"></label>', 'birth-date'],
    ['nl', '<label>Huisnummer <input name="a"></label>', 'street-address'],
    ['nl', '<label>Woonplaats <input name="a"></label>', 'region'],
    ['pt', '<label>Data de nascimento <input name="a"></label>', 'birth-date'],
    ['pt', '<label>CPF <input name="a"></label>', 'national-id'],
    ['pt', '<label>Telemóvel <input name="a"></label>', 'phone'],
    ['pl', '<label>Imię <input name="a"></label>', 'name'],
    ['pl', '<label>Kod pocztowy <input name="a"></label>', 'postal-code'],
    ['pl', '<label>Płeć <select name="a"><option>-</option></select></label>', 'gender'],
    ['pl', '<label>PESEL <input name="a"></label>', 'national-id'],
    ['tr', '<label>Doğum tarihi <input name="a"></label>', 'birth-date'],
    ['tr', '<label>Şifre <input name="a"></label>', 'password'],
    ['tr', '<label>Cep telefonu <input name="a"></label>', 'phone'],
    ['tr', '<label>Vergi numarası <input name="a"></label>', 'tax-id'],
    ['tr', '<label>Cinsiyet <select name="a"><option>-</option></select></label>', 'gender'],
  ])('%s: %s', (_, html, kind) => {
    expect(kindOf(html)).toBe(kind);
  });

  test('a huge label costs nothing and still classifies', () => {
    const html = `<label>Email ${'x '.repeat(500_000)}<input name="a"></label>`;
    expect(kindOf(html)).toBe('email');
  });

  test('never reads the corpus answer attributes', () => {
    const html = '<input name="f" data-moz-autofill-type="email" data-fathom="email">';
    expect(kindOf(html)).toBe('other');
  });
});
