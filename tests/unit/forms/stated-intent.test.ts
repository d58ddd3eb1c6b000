/** Issue 11: a form is judged by what it says it is for; the classifier errors seen on real
 * pages; national IDs by country; forms inside open shadow roots. */
import { describe, expect, test } from 'vitest';
import {
  analyzePage,
  type FieldKind,
  type FormPurpose,
  type PageAnalysis,
} from '../../../utils/forms';
import { kindOfText } from '../../../utils/forms/classify';
import { nameTail } from '../../../utils/forms/describe';
import { doc, tEn } from './helpers';

const run = (d: Document): PageAnalysis =>
  analyzePage(d, { url: 'https://site.example/', isSecureContext: true, t: tEn });
const analyse = (html: string) => run(doc(html));
const kinds = (html: string): FieldKind[] => analyse(html).fields.map((f) => f.kind);

describe('stated intent wins over what the fields look like', () => {
  test.each<[string, string, FormPurpose, FieldKind[]]>([
    [
      'a newsletter asking for a delivery address and a birth date',
      '<h2>Newsletter</h2><form><input type="email" name="email"><input name="dob" placeholder="Date of birth"><input type="tel" name="phone"><input name="street" placeholder="Street"><input name="zip" placeholder="ZIP"><button>Subscribe</button></form>',
      'newsletter',
      ['birth-date', 'street-address'],
    ],
    [
      'a sign-in dialog asking for a birth date',
      '<dialog open><h2>Sign in</h2><form><input type="email"><input type="password"><input name="birthdate" placeholder="Date of birth"><button>Sign in</button></form></dialog>',
      'login',
      ['birth-date'],
    ],
    [
      'a guest Wi-Fi portal asking for a passport number',
      '<form><h1>Guest WiFi</h1><input type="email" name="email"><input name="passport" placeholder="Passport number"><button>Connect</button></form>',
      'guest-access',
      ['national-id'],
    ],
  ])('%s', (_, html, purpose, excess) => {
    const page = analyse(html);
    expect(page.forms[0]!.purpose).toBe(purpose);
    const finding = page.findings.find((f) => f.check === 'oversized-form');
    expect(finding?.kinds).toEqual(expect.arrayContaining(excess));
  });

  test('when the wording overrules the fields, the notice says what the form appears to be for', () => {
    const page = analyse(
      '<form><h2>Join our mailing list</h2><input type="email"><input name="address" placeholder="Street address"><input name="postcode" placeholder="Postcode"><button>Subscribe</button></form>',
    );
    expect(page.findings[0]!.message).toMatch(/^From its wording, this form is for: newsletter\./);
  });

  test('cues are weighed: a page title alone does not overrule the fields', () => {
    const page = analyse(
      '<title>Newsletter</title><form><input name="name" placeholder="Name"><input name="street" placeholder="Street"><input name="zip" placeholder="ZIP"><input name="dob" placeholder="Date of birth"><button>Continue</button></form>',
    );
    expect(page.forms[0]!.purpose).toBe('shipping');
  });

  test('an "apply coupon" button does not turn a checkout into a coupon form', () => {
    const page = analyse(
      '<form><input autocomplete="name"><input autocomplete="street-address"><input autocomplete="cc-number"><input name="coupon"><button>Apply coupon</button><button>Place order</button></form>',
    );
    expect(page.forms[0]!.purpose).toBe('checkout');
    expect(page.findings).toEqual([]);
  });

  test('an unknown purpose is judged only for unexplained high-sensitivity kinds, as a question', () => {
    const page = analyse(
      '<form><input type="email"><input name="q1" placeholder="Security question: your first pet"><button>Save</button></form>',
    );
    expect(page.forms[0]!.purpose).toBe('other');
    expect(page.findings[0]!.kinds).toEqual(['security-question']);
    expect(page.findings[0]!.message).toMatch(/^Why would this form need/);
  });
});

describe('classifier errors seen on real pages', () => {
  test('autocomplete="new-password" on name, address and phone boxes does not make passwords', () => {
    expect(
      kinds(
        '<form><input name="fname" placeholder="First name" autocomplete="new-password"><input name="street" placeholder="Street" autocomplete="new-password"><input type="tel" name="phone" autocomplete="new-password"><input type="password" name="pw" autocomplete="new-password"></form>',
      ),
    ).toEqual(['name', 'street-address', 'phone', 'password']);
  });

  test('framework prefixes do not outvote the part that names the field', () => {
    expect(nameTail('user_data[s_lastname]')).toBe('s_lastname');
    expect(nameTail('dwfrm_billing_addressFields_postal')).toBe('postal');
    expect(nameTail('ctl00$main$txtEmail')).toBe('txtEmail');
    expect(nameTail('email')).toBe('');
    expect(
      kinds(
        '<form><input name="user_data[s_lastname]"><input name="customer[telephone]"><input name="dwfrm_billing_addressFields_city"></form>',
      ),
    ).toEqual(['name', 'phone', 'region']);
  });

  test('autocomplete="email username" is an email', () => {
    expect(kinds('<form><input name="login" autocomplete="email username"></form>')).toEqual([
      'email',
    ]);
  });

  test('gift cards, PINs and loyalty cards are not payment cards', () => {
    expect(
      kinds(
        '<form><input name="gc" placeholder="Gift card number"><input name="pin" placeholder="PIN" type="tel"><label>Tarjeta regalo <input name="tr"></label><input name="loyal" placeholder="Loyalty card number"></form>',
      ),
    ).toEqual(['other', 'other', 'other', 'other']);
  });

  test('a card number used to sign in (typed number, beside a password) is not a payment card', () => {
    const page = analyse(
      '<form><input type="number" name="cardnumber" placeholder="Card number"><input type="password" name="pin"><button>Log in</button></form>',
    );
    expect(page.fields.map((f) => f.kind)).toEqual(['username', 'password']);
    expect(page.forms[0]!.purpose).toBe('login');
    expect(page.findings.filter((f) => f.check === 'oversized-form')).toEqual([]);
  });
});

describe('national IDs by country, in the nine languages', () => {
  test.each([
    'social security number',
    'ssn',
    'dni',
    'nie',
    'nif',
    'cpf',
    'pesel',
    'bsn',
    'codice fiscale',
    'tc kimlik no',
    'aadhaar number',
    'passport number',
    'id card number',
    'numero de passeport',
    'numero de securite sociale',
    'ausweisnummer',
    'numero del documento',
    'documento de identidad',
    'paspoortnummer',
    'numer dowodu',
    'kimlik numarasi',
    'cartao de cidadao',
  ])('%s', (text) => {
    expect(kindOfText(text)).toBe('national-id');
  });

  test('an archive or order "ID number" is not a national ID', () => {
    expect(kindOfText('archive id number')).toBe('other');
    expect(kindOfText('booking reference number')).toBe('other');
  });
});

describe('forms inside open shadow roots', () => {
  test('are analysed after the light DOM, keeping document.forms indexes', () => {
    const d = doc('<form><input type="search" name="q"></form><div id="host"></div>');
    const shadow = d.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<h2>Subscribe to our newsletter</h2><form><input type="email" name="email"><input name="dob" placeholder="Date of birth"><button>Subscribe</button></form>';
    const page = run(d);
    expect(page.forms.map((f) => [f.index, f.purpose])).toEqual([
      [0, 'search'],
      [1, 'newsletter'],
    ]);
    const finding = page.findings.find((f) => f.check === 'oversized-form');
    expect(finding).toMatchObject({ form: 1, kinds: ['birth-date'] });
  });
});
