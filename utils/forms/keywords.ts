/** @module The multilingual word tables (EN, DE, FR, ES, IT, NL, PT, PL, TR, plus a few Nordic
 * and Slavic words seen on shop forms). Matched against normalised text (see `text.ts`):
 * lowercase, no accents, `ß`→`ss`, words split. Order is priority: the first kind whose words
 * appear wins a signal, so specific kinds ("card holder name", "company name", "email address")
 * come before the generic ones ("name", "address"). Background, CLI and demo only: the content
 * script extracts plain data and never loads these tables (a bundle test keeps it that way). */
import type { FieldKind, FormPurpose } from './types';

/** Words that mark a field as none of the kinds (search boxes, coupons, comments). */
const NOT_PERSONAL =
  /search|\bsuche|recherch|buscar|busqueda|ricerca|\bzoek|pesquis|szukaj|wyszuk|arama|coupon|voucher|promo|discount|rabatt|gutschein|gift ?card|cadeau|cupon|sconto|korting|kupon|indirim|captcha|quantity|\bqty\b|\bmenge\b|comment|message|nachricht|remark|\bnotes?\b|bemerkung|web ?site|\burl\b|homepage|one time|\botp\b|verification code|\bsms code|(card|document|address|identity|id) ?type|kartentyp|type de (carte|document)|tipo de (tarjeta|documento|cartao)|tipo (di )?carta|typ karty|kart tipi|(plus|club|loyalty|bonus|member|customer) ?card|loyalty|kundenkarte|payback|fidelit|order ?(number|no|id)|commande|bestellnummer|invoice ?number|numero de pedido|numero ordine|bestelnummer/;

export const KIND_WORDS: [FieldKind, RegExp][] = [
  ['other', NOT_PERSONAL],
  [
    'security-question',
    /secur\w* (question|answer)|secret (question|answer)|challenge question|maiden|first pet|sicherheitsfrage|geheimfrage|question secrete|pregunta (de seguridad|secreta)|domanda (di sicurezza|segreta)|beveiligingsvraag|geheime vraag|pergunta (de seguranca|secreta)|pytanie (bezpieczenstwa|pomocnicze)|guvenlik sorusu|gizli soru|madchenname|jeune fille|de soltera|da nubile|meisjesnaam|nazwisko panienskie|kizlik soyad/,
  ],
  [
    'card-security-code',
    /cvv|cvc|\bcsc\b|\bcvn\b|\bccv\b|\bcid\b|card ?verif|security ?code|kartenpruf|prufziffer|prufnummer|sicherheitscode|cryptogram|code (de )?securite|codigo de segur|codice di sicurezza|beveiligingscode|kod zabezpiecz|guvenlik kodu/,
  ],
  [
    'card-expiry',
    /expir|\bexp\b|\bexp ?(date|month|year|mm|yy)|valid (thru|through|until)|\bmm ?(yy|aa|jj)\b|ablaufdatum|gultig bis|verfall|date de validite|caducidad|vencimiento|\bvence|scadenza|vervaldatum|geldig tot|validade|waznosc|son kullanma/,
  ],
  [
    'name',
    /card ?holder|name on (the )?card|cc ?name|karteninhaber|titulaire|porteur|titular|intestatario|kaarthouder|op de kaart|posiadacz|kart sahibi|nome (no|do) cartao/,
  ],
  [
    'card-number',
    /(?<!\b(?:id|identity|identification) )card ?(number|no|num|nr)|\bcc ?(number|num|no)\b|ccnum|credit ?card|debit ?card|kreditkart|kartennummer|numero de (la )?carte|carte (bancaire|de credit)|tarjeta|numero (della )?carta|carta di credito|kaartnummer|creditcard|cartao|numer karty|kart numarasi|kredi karti|\bpan\b/,
  ],
  [
    'bank-account',
    /iban|\bbic\b|swift|account ?(number|no|nr)|bank ?account|routing|sort ?code|kontonummer|bankleitzahl|\bblz\b|bankverbindung|numero de compte|\brib\b|cuenta bancaria|numero de cuenta|\bclabe\b|conto corrente|rekeningnummer|bankrekening|conta bancaria|numer (konta|rachunku)|hesap (numarasi|no)/,
  ],
  [
    'national-id',
    /\bssn\b|social ?security|national ?(id|identi|insurance)|\bid ?(card|number|no|nr)\b|identity|passport|driv\w* licen|licen[cs]e (number|no)|personalausweis|ausweis|reisepass|fuhrerschein|sozialversicherung|carte d'?identite|securite sociale|passeport|permis de conduire|\bdni\b|\bnie\b|\bnif\b|documento|cedula|\bcurp\b|carta d'?identita|codice fiscale|passaporto|\bbsn\b|burgerservicenummer|paspoort|rijbewijs|identiteitskaart|\bcpf\b|\brg\b|cartao de cidadao|\bpesel\b|dowod|paszport|prawo jazdy|kimlik|\btckn?\b|\btc no|personnummer|henkilotunnus/,
  ],
  [
    'tax-id',
    /\bvat|tax ?(id|number|no|code|nr)|taxid|\btin\b|\bust ?(id|nr|idnr)|umsatzsteuer|steuer ?(nummer|nr|id)|steuernummer|\btva\b|\bsiret\b|\bsiren\b|\bcif\b|partita iva|\bp ?iva\b|\bbtw\b|\bnip\b|vergi|\bvkn\b|\bcnpj\b|contribuinte|\buid ?nr|\bcvr\b|\bdic\b|cod fiscal|\bcuit\b|\brfc\b|\bgst(in)?\b|\babn\b/,
  ],
  [
    'birth-date',
    /birth|bday|\bdob\b|geburt|naissance|\bnee? le\b|nacimiento|nascita|geboorte|\bgeboren|nascimento|urodzeni|dogum|fodsel|syntym|narozen/,
  ],
  ['age', /\bages?\b|\balter\b|\bedad\b|\beta\b|leeftijd|\bidade\b|\bwiek\b|\byas(iniz)?\b/],
  [
    'gender',
    /gender|\bsexe?\b|geschlecht|\bgenre\b|\bsexo\b|\bgenero\b|\bsesso\b|geslacht|\bplec\b|cinsiyet|\bkon\b|sukupuoli|pohlavi/,
  ],
  [
    'password',
    /pass ?word|passwd|\bpwd\b|\bpw\b|passwort|kennwort|mot de passe|\bmdp\b|contrasena|\bclave\b|wachtwoord|\bsenha\b|\bhaslo\b|\bsifre|\bparola\b|salasana|\bheslo|adgangskode|losenord/,
  ],
  [
    'username',
    /user ?name|login ?name|benutzername|nom d'?utilisateur|nombre de usuario|nome utente|gebruikersnaam|nome de usuario|nazwa uzytkownika|kullanici adi|screen ?name/,
  ],
  ['email', /e ?mail|courriel|correo|posta elettronica|\be ?posta\b|\bmail\b|\bepost|sahkoposti/],
  [
    'username',
    /\buser\b|\buser ?id|\blogin\b|benutzer|identifiant|usuario|\butente\b|gebruiker|uzytkownik|kullanici|\bnick|\balias\b/,
  ],
  [
    'organization',
    /company|organi[sz]ation|business ?name|\bfirm\b|\bfirma\b|firmen|unternehmen|societe|entreprise|raison sociale|empresa|razon social|azienda|ragione sociale|societa|bedrijf|organisatie|\bsirket|\bkurum|employer/,
  ],
  [
    'phone',
    /phone(?!tic)|\btel\b|telef|\bmobile?\b|\bcell\b|cellular|\bhandy|rufnummer|\bportable\b|movil|celular|cellulare|mobiel|telemovel|komork|\bgsm\b|cep tel|\bfax\b|\bmob\b|(dial|calling|phone) ?code|prefisso|puhelin/,
  ],
  [
    'postal-code',
    /\bzip|postal ?(code|cd)|post ?code|postcode|\bplz\b|postleitzahl|code postal|\bcp\b|codigo postal|\bcap\b|\bcep\b|kod pocztowy|posta kodu|postnummer|postinumero|\bpsc\b|pin ?code|eircode/,
  ],
  [
    'street-address',
    /street|strasse|\bstr\b|hausn|haus ?nr|\brue\b|\bvoie\b|\bcalle\b|\bvia\b|civico|straat|huisn|toevoeging|\brua\b|\bulica\b|nr domu|lokalu|mieszkan|sokak|cadde|\bapt\b|apartment|appartement|suite|\bunit\b|\bfloor\b|building|batiment|house ?(number|no|nr)|\b(address|line|addr) ?[1-3]\b|\bflat\b|\betage\b|wohnung|\bpiso\b|puerta|\bnumero\b/,
  ],
  [
    'region',
    /city|town|\bstate\b|province|county|country|region|suburb|locality|district|\bort\b|\bstadt\b|wohnort|bundesland|\bland\b|\bville\b|\bpays\b|departement|ciudad|localidad|provincia|\bpais\b|\bestado\b|comuna|municipio|colonia|barrio|citta|comune|paese|nazione|\bstad\b|woonplaats|plaats|provincie|cidade|distrito|concelho|bairro|miasto|miejscowosc|wojewodztwo|\bkraj\b|\bilce\b|sehir|\bulke\b|mahalle|kaupunki/,
  ],
  [
    'name',
    /name|\bnom\b|prenom|vorname|nachname|zuname|nombre|apellido|\bnome\b|cognome|\bnaam\b|voornaam|achternaam|tussenvoegsel|sobrenome|apelido|\bimie\b|nazwisko|\bad\b|soyad|\badi\b|\bisim\b|surname|forename|given|family|initial|\b[fl]name\b|\bnavn\b|\bnimi\b|jmeno|prijmeni/,
  ],
  [
    'street-address',
    /address|\baddr|anschrift|adresse|direccion|domicilio|indirizzo|\badres|endereco|morada|complemento|adresa/,
  ],
  [
    'sensitive',
    /health|medical|diagnos|disabilit|religio|\bfaith\b|ethnic|\brace\b|sexual|political|biometric|fingerprint|gesundheit|krankheit|behinderung|konfession|sante|maladie|handicap|ethnique|salud|enfermedad|discapacidad|\betnia|salute|malattia|gezondheid|ziekte|geloof|etniciteit|geaardheid|saude|doenca|deficiencia|zdrowie|choroba|niepelnosprawn|wyznanie|saglik|hastalik|engelli|etnik|cinsel/,
  ],
];

/** Options of a gender select or radio group (salutations like Mr/Mrs are deliberately not). */
export const GENDER_OPTION =
  /^(male|female|man|woman|men|women|mannlich|weiblich|homme|femme|hombre|mujer|masculino|femenino|feminino|maschio|femmina|uomo|donna|vrouw|mezczyzna|kobieta|erkek|kadin|non binary|divers)$/;

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|fev|mars|avr|mai|juin|juil|aout|ene|abr|ago|dic|gen|mag|giu|lug|ott|okt|mrt|mei|fev|out|dez|sty|lut|kwi|cze|lip|sie|wrz|paz|lis|gru|oca|sub|nis|haz|tem|agu|eyl|eki|kas|ara';
/** A month option, by name (any of the nine languages) or number. */
export const MONTH_OPTION = new RegExp(`^(0?[1-9]|1[0-2]|(${MONTHS})[a-z]*)$`);

export const PURPOSE_WORDS: [FormPurpose | 'change', RegExp][] = [
  [
    'change',
    /change (your )?password|new password|update password|reset password|passwort (andern|zurucksetzen)|neues passwort|changer (le|votre) mot de passe|nouveau mot de passe|cambiar contrasena|nueva contrasena|cambia password|nuova password|wachtwoord wijzigen|nieuw wachtwoord|alterar senha|nova senha|zmien haslo|nowe haslo|sifre(yi)? degistir|yeni sifre/,
  ],
  [
    'signup',
    /sign ?up|register|registr|create (an |your )?account|join|get started|konto erstellen|anmelden und|inscri|s'inscrire|creer (un )?compte|crear (una )?cuenta|crea (un )?account|account aanmaken|criar conta|cadastr|zaloz konto|zarejestruj|uye ol|kayit ol|hesap olustur/,
  ],
  [
    'login',
    /sign ?in|log ?in|logon|anmelden|einloggen|se connecter|connexion|iniciar sesion|acceder|accedi|entra|inloggen|aanmelden|entrar|zaloguj|logowanie|giris yap|oturum ac/,
  ],
  [
    'newsletter',
    /newsletter|subscribe|subscription|mailing list|updates|abonnier|s'abonner|abonne|suscri|iscriviti|iscrizione|inschrijven|assinar|assine|subskrypc|zapisz sie|bulten|abone/,
  ],
  [
    'contact',
    /contact|get in touch|enquir|inquir|kontakt|nous contacter|contacto|contactar|contatt|contatto|neem contact|fale conosco|iletisim|support|feedback|message|nachricht|mensaje|messaggio|bericht|mensagem|wiadomosc|mesaj/,
  ],
  ['search', /search|suche|suchen|recherch|buscar|busca|cerca|ricerca|zoek|pesquis|szukaj|\bara\b/],
  [
    'checkout',
    /checkout|check out|place (your )?order|order|purchase|\bbuy\b|\bpay\b|payment|kasse|bestell|zahlung|kaufen|commande|commander|paiement|pedido|comprar|pago|ordine|acquista|pagamento|bestelling|afrekenen|betalen|encomenda|finalizar|zamow|zaplac|platnosc|siparis|odeme|satin al/,
  ],
];
