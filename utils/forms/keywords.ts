/** @module The multilingual word tables (EN, DE, FR, ES, IT, NL, PT, PL, TR, plus a few Nordic
 * and Slavic words seen on shop forms). Matched against normalised text (see `text.ts`):
 * lowercase, no accents, `ß`→`ss`, words split. Order is priority: the first kind whose words
 * appear wins a signal, so specific kinds ("card holder name", "company name", "email address")
 * come before the generic ones ("name", "address"). Background, CLI and demo only: the content
 * script extracts plain data and never loads these tables (a bundle test keeps it that way). */
import type { FieldKind, FormPurpose } from './types';

/** Words that mark a field as none of the kinds (search boxes, coupons, comments). */
const NOT_PERSONAL =
  /search|\bsuche|recherch|buscar|busqueda|ricerca|\bzoek|pesquis|szukaj|wyszuk|arama|coupon|voucher|promo|discount|rabatt|gutschein|gift ?(card|certificate|voucher)|giftcertificate|geschenkkarte|carte cadeau|cheque cadeau|tarjeta regalo|carta regalo|cadeaukaart|cartao presente|vale presente|karta podarunkowa|hediye (karti|ceki)|cadeau|\bpin\b(?! ?code)|\bisic\b|plussa|(archive|product|item|article|booking|reservation|reference|ticket|transaction|tracking|serial|device|record|case|request|event|session) ?(id|number|no|nr)\b|cupon|sconto|korting|kupon|indirim|captcha|quantity|\bqty\b|\bmenge\b|comment|message|nachricht|remark|\bnotes?\b|bemerkung|web ?site|\burl\b|homepage|one time|\botp\b|verification code|\bsms code|(card|document|address|identity|id) ?type|kartentyp|type de (carte|document)|tipo de (tarjeta|documento|cartao)|tipo (di )?carta|typ karty|kart tipi|(plus|club|loyalty|bonus|member|customer) ?card|loyalty|kundenkarte|payback|fidelit|order ?(number|no|id)|commande|bestellnummer|invoice ?number|numero de pedido|numero ordine|bestelnummer/;

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
    /(?<!\b(?:id|identity|identification) )card ?(number|no|num|nr)|\bcc ?(number|num|no)\b|ccnum|credit ?card|debit ?card|kreditkart|kartennummer|numero de (la )?carte|carte (bancaire|de credit)|tarjeta(?! (de )?identi)|numero (della )?carta|carta di credito|kaartnummer|creditcard|cartao(?! de cidadao)|numer karty|kart numarasi|kredi karti|\bpan\b/,
  ],
  [
    'bank-account',
    /iban|\bbic\b|swift|account ?(number|no|nr)|bank ?account|routing|sort ?code|kontonummer|bankleitzahl|\bblz\b|bankverbindung|numero de compte|\brib\b|cuenta bancaria|numero de cuenta|\bclabe\b|conto corrente|rekeningnummer|bankrekening|conta bancaria|numer (konta|rachunku)|hesap (numarasi|no)/,
  ],
  [
    'national-id',
    /\bssn\b|social ?security|national ?(id|identi|insurance)|\baadhaa?r\b|\bpan card\b|\bnie\b|\bnif\b|\bcnic?\b|\bniss\b|\bnir\b|rijksregister|sofi ?nummer|identiteitsnummer|paspoortnummer|identificatie ?nummer|ausweisnummer|personalausweisnummer|id nummer|numero (de |d')?(identite|identidad|identificacion|identificacao|passeport|pasaporte|passaporte|passaporto|securite sociale|seguridad social|seguranca social)|documento (de |d')?identi\w*|numero (del |de )?documento|carta d'?identita|codice fiscale|numer (dowodu|paszportu|pesel)|dowod osobisty|tc kimlik|kimlik (no|numarasi)|nufus|pasaport (no|numarasi)|cartao de cidadao|\bid ?(card|number|no|nr)\b|identity|passport|driv\w* licen|licen[cs]e (number|no)|personalausweis|ausweis|reisepass|fuhrerschein|sozialversicherung|carte d'?identite|securite sociale|passeport|permis de conduire|\bdni\b|\bnie\b|\bnif\b|documento|cedula|\bcurp\b|carta d'?identita|codice fiscale|passaporto|\bbsn\b|burgerservicenummer|paspoort|rijbewijs|identiteitskaart|\bcpf\b|\brg\b|cartao de cidadao|\bpesel\b|dowod|paszport|prawo jazdy|kimlik|\btckn?\b|\btc no|personnummer|henkilotunnus/,
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

/** What a form says it is for, in priority order: a specific phrase is matched and taken out
 * of the text before the generic words are tried ("sign up for our newsletter" is a newsletter,
 * not a sign-up; "apply coupon" next to "place order" leaves the order). `change` is a
 * password change by its wording. Each pattern is global (it is used with `replace`). */
export const PURPOSE_WORDS: [FormPurpose | 'change' | 'none', RegExp][] = [
  [
    // Applying a code is a step inside a checkout, not what the form is for.
    'none',
    /(apply|add|redeem|use|enter|have an?|submit) (a |your |the )?(coupon|discount|promo|voucher|gift ?card|gift certificate|code)\w*( code)?|(coupon|discount|promo|voucher|gutschein|rabatt|sconto|cupon|descuento|code promo|korting|cupom|desconto|rabat|indirim|kupon)\w* ?(code|codice|codigo|kod|kodu)? ?(apply|anwenden|einlosen|hinzufugen|appliquer|aplicar|applica|toepassen|zastosuj|uygula|ekle)|(gutschein|rabattcode|code|codice|codigo) (einlosen|anwenden|applica\w*|aplicar)|(appliquer|aplicar|applica|utilizza|usa|inserisci|toepassen|zastosuj|kullan|einlosen|anwenden) (le |la |el |il |lo |o |de |den |kod |un )?(code|codice|codigo|cupon|coupon|sconto|descuento|desconto|rabatt|gutschein|korting|reduction|remise|kortingscode|rabat|kupon|indirim)\w*/g,
  ],
  [
    'unsubscribe',
    /unsubscrib\w*|opt ?out|abbestell\w*|newsletter abmelden|vom newsletter abmelden|desabonn\w*|desinscri\w*|darse de baja|dar de baja|cancelar (la |a )?(suscripcion|subscricao|inscricao)|disiscri\w*|cancella (l')?iscrizione|uitschrijven|afmelden voor|descadastr\w*|wypisz sie|rezygnuj z (subskrypcji|newslettera)|abonelikten? cik\w*|aboneligi iptal/g,
  ],
  [
    'account-recovery',
    /forgot\w* (your |my )?(password|username|login)|reset (your |my )?password|password reset|recover (your |my )?(account|password)|account recovery|(trouble|problems?) (signing|logging) in|passwort vergessen|passwort zurucksetzen|kennwort vergessen|zugang wiederherstellen|mot de passe oublie|reinitialis\w* (votre |le |mon )?mot de passe|olvid\w* (tu |su |mi )?contrasena|restablece\w* (la |tu |su )?contrasena|recupera\w* (la |tu |su )?(contrasena|cuenta|password|senha|conta)|password dimenticata|reimposta (la )?password|wachtwoord vergeten|wachtwoord (herstellen|resetten)|esquec\w* (a |sua )?senha|esqueci (a |minha )?senha|redefinir (a |sua )?senha|nie pamietasz hasla|zapomnial\w* hasla|resetuj haslo|odzyskaj (haslo|konto)|sifremi unuttum|sifre\w* sifirla|sifremi? yenile/g,
  ],
  [
    'change',
    /change (your |my )?password|update (your |my )?password|set (a |your )?new password|new password|passwort andern|neues passwort|changer (le |votre |mon )?mot de passe|nouveau mot de passe|cambia\w* (la |tu )?contrasena|nueva contrasena|cambia (la )?password|nuova password|wachtwoord wijzigen|nieuw wachtwoord|alterar (a )?senha|nova senha|zmien haslo|nowe haslo|sifre\w* degistir|yeni sifre/g,
  ],
  [
    'age-gate',
    /are you (over |at least )?(18|19|21)|(18|19|21) or older|of (legal )?(drinking )?age|legal age|age verification|verify your age|confirm (your |that you are of )?age|enter your (date of birth|birthday|age) to|you must be (18|19|21)|altersverifikation|altersprufung|alter bestatigen|volljahrig|(bist du|sind sie) (uber |mindestens )?18|verifi\w* (votre |ton )?age|(avez vous|as tu) (plus de )?18|majeur|verificacion de (la )?edad|verifica (tu |su )?edad|mayor de (edad|18)|eta minima|verifica (la tua )?eta|maggiorenne|hai (almeno )?18|leeftijdsverificatie|leeftijdscontrole|(ben je|bent u) (ouder dan |minimaal )?18|verificacao de idade|maior de (idade|18)|weryfikacja wieku|(masz|ukonczone) 18|pelnoletni|yas dogrulama|18 yas\w*/g,
  ],
  [
    'identity-verification',
    /verif\w* (your |my )?identity|identity (verification|check)|confirm (your |my )?identity|open (an? |your )?(new |free )?(bank |savings |checking |current |brokerage |investment )?account|account opening|\bkyc\b|know your customer|identitat (bestatigen|verifizieren|prufen|nachweisen)|identitatsprufung|legitimation|konto eroffnen|verifi\w* (votre |mon )?identite|verification d'?identite|ouvrir un compte|ouverture de compte|verifica\w* (tu |su |mi )?identidad|verificacion de identidad|abr\w* (una |tu |su )?cuenta|verifica (la tua )?identita|verifica dell'?identita|apri\w* (un |il tuo )?conto|apertura (del )?conto|identiteit (verifieren|bevestigen|controleren)|identificatie|rekening openen|verificar (a |sua )?identidade|verificacao de identidade|abr\w* (uma |sua )?conta|weryfikacja tozsamosci|potwierdz tozsamosc|zaloz rachunek|otworz (konto|rachunek)|kimlik dogrula\w*|kimliginizi dogrula\w*|hesap ac\w*/g,
  ],
  [
    'government',
    /tax (return|filing|declaration)|file (your )?tax(es)?|self assessment|income tax|government|benefits? claim|apply for (a )?(passport|visa|benefits?|permit|driving licen[cs]e)|visa application|census|steuererklarung|\belster\b|finanzamt|behorde|burgeramt|einkommensteuer|declaration (de revenus|d'?impots?)|impots|impot sur le revenu|administration fiscale|declaracion de (la )?renta|agencia tributaria|hacienda|sede electronica|dichiarazione dei redditi|agenzia delle entrate|\bspid\b|belastingaangifte|belastingdienst|\baangifte\b|inkomstenbelasting|imposta sul reddito|imposto de renda|podatek dochodowy|gelir vergisi|\bdigid\b|declaracao de (irs|imposto)|portal das financas|receita federal|\bgov\b|zeznanie podatkowe|urzad skarbowy|e deklaracje|vergi beyan\w*|e devlet|gelir idaresi/g,
  ],
  [
    'job-application',
    /job application|apply (now|for (this|the|a) (job|position|role|vacancy))|submit (your |my )?application|application form|career\w*|vacanc\w*|\bjobs?\b|curriculum|\bcv\b|cover letter|upload (your |a )?resume|bewerb\w*|stellenangebot|lebenslauf|candidature|postuler|offre d'?emploi|solicitud de empleo|empleo|postula\w*|trabaja con nosotros|candidatura|candidati|candidarsi|lavora con noi|offerta di lavoro|sollicit\w*|vacature\w*|werken bij|candidat\w*|trabalhe conosco|vaga de emprego|aplikuj|rekrutacj\w*|kariera|oferta pracy|is basvuru\w*|basvur\w*|kariyer/g,
  ],
  [
    'giveaway',
    /giveaway|give away|sweepstake\w*|\bcontests?\b|competition|enter (to|for a chance to|the draw to) win|chance to win|win (a|an|one|free)\b|prize draw|raffle|gewinnspiel|gewinnen|verlosung|jeu concours|concours|tirage au sort|\bgagne[rz]?\b|sorteo|concurso|participa y gana|concorso|\bvinci\b|estrazione|prijsvraag|winactie|win een|maak kans|sorteio|ganhe|konkurs|wygraj|losowanie|cekilis|kazan\w*|yarisma/g,
  ],
  [
    'coupon',
    /coupon|voucher|promo ?code|\bdiscount\b|\b\d+ ?(off|rabatt)\b|save \d+|unlock (your )?(offer|code|discount)|rabatt\w*|gutschein\w*|code promo|code de reduction|reduction|remise|cupon|descuento|codigo promocional|sconto|codice (sconto|promozionale)|buono|korting\w*|cupom|desconto|kod rabatowy|\brabat\b|znizk\w*|\bkupon|\bindirim\w*/g,
  ],
  [
    'quiz',
    /quiz|survey|questionnaire|\bpolls?\b|your results|see (your |my )?results|get (your |my )?results|umfrage|fragebogen|ergebnis\w*|sondage|enquete|questionnaire|resultats|encuesta|cuestionario|resultados|sondaggio|questionario|risultati|enquete|vragenlijst|uitslag|resultaten|pesquisa de opiniao|ankieta|wyniki|anket|sonuclar\w*/g,
  ],
  [
    'download',
    /download|e ?book|white ?paper|webinar|free (guide|report|trial of the report)|get (the|your|our) (free )?(guide|report|checklist|template|toolkit|brochure)|case study|brochure|herunterladen|kostenlos(er|en)? (leitfaden|ratgeber)|telecharg\w*|livre blanc|guide gratuit|descarga\w*|guia gratuita|libro blanco|scarica\w*|guida gratuita|downloaden|gratis (e ?book|gids)|baixar|baixe|guia gratuito|pobierz|darmowy (e ?book|poradnik)|\bindir\b|indirin|ucretsiz rehber/g,
  ],
  [
    'guest-access',
    /wi ?fi|wlan|hotspot|guest (access|network|internet)|free internet|connect to (the )?(internet|network)|captive portal|internet access|internetzugang|gastzugang|acces (a )?internet|reseau invite|acceso (a )?internet|red de invitados|conectar(se)? a (la )?red|accesso (a )?internet|rete ospiti|gastnetwerk|internettoegang|acesso (a )?internet|rede de convidados|dostep do internetu|siec gosci|internet erisimi|misafir ag\w*/g,
  ],
  [
    'store-finder',
    /store (finder|locator)|find (a |your |the )?(nearest |nearby |local )?(store|shop|branch|dealer|location|retailer|stockist|pharmacy|restaurant)|stores? near (you|me)|filialfinder|filialsuche|handlersuche|marktsuche|filiale finden|trouver (un |une |le |votre )?(magasin|boutique|agence)|nos magasins|magasins? (pres de|a proximite)|localizador de tiendas|encontrar (una )?tienda|buscar tienda|tiendas cercanas|trova\w* (un |il |i )?negoz\w*|cerca (il )?negozio|negozi vicini|(store|shop|branch|negozio|tienda|loja|magasin|winkel|filiale|sklep|magaza)s? (piu vicino|mas cercana|mais proxima|le plus proche|dichtstbijzijnde|in (ihrer|deiner) nahe|najblizszy|near (you|me)|nearby)|(nearest|closest) (store|shop|branch)|winkelzoeker|vind een winkel|zoek een winkel|encontr\w* (uma |a )?loja|localizar loja|lojas proximas|znajdz sklep|wyszukaj sklep|lokalizator sklepow|magaza bul|en yakin magaza|magazalar\w*/g,
  ],
  [
    'newsletter',
    /((sign ?up|join|register|subscribe|opt in)( now)? (for|to) (our |the |my )?)?(newsletter|nieuwsbrief|boletin|infolettre|lettre d'?information|rundbrief|mailing list|email list|e ?mail updates|news and offers)|subscribe\b|subscribing|stay (in touch|up to date|updated|informed)|keep me (posted|updated)|updates|abonnier\w*|newsletter anmelden|s'?abonner|abonne\w*|suscri\w*|iscriviti|iscrizione|inschrijven|assin\w*|subskrypc\w*|zapisz sie|bulten\w*|abone/g,
  ],
  [
    'signup',
    /sign ?up|register|registr\w*|create (an |your |my |new )?account|join\b|get started|konto erstellen|kundenkonto anlegen|inscri\w*|creer (un |mon |votre )?compte|crea\w* (una |tu )?cuenta|crea (un |il tuo )?account|account aanmaken|criar (uma |sua )?conta|cadastr\w*|zaloz konto|zarejestruj\w*|uye ol|kayit ol|hesap olustur/g,
  ],
  [
    'login',
    /sign ?in|log ?in|logon|anmelden|einloggen|se connecter|connexion|iniciar sesion|acceder|accedi|inloggen|aanmelden|entrar|zaloguj\w*|logowanie|giris yap|oturum ac/g,
  ],
  [
    'checkout',
    /checkout|check out|place (your |my )?order|complete (your |my )?order|order now|purchase|\bbuy\b|kasse|zur kasse|bestellen|bestellung|zahlungspflichtig|kaufen|commander|commande|valider (la |ma )?commande|finalizar (la |el )?(compra|pedido)|realizar pedido|comprar|procedi all'?ordine|acquista|conferma ordine|afrekenen|bestelling|finalizar compra|zamow\w*|zamowienie|kup teraz|siparis\w*|satin al/g,
  ],
  [
    'payment',
    /\bpay\b|pay now|payment|card details|zahlung|bezahlen|paiement|payer|pago|pagar|pagamento|paga\b|betalen|betaling|pagamento|zaplac|platnosc|odeme|ode\b/g,
  ],
  [
    'shipping',
    /shipping (address|details|information)|delivery (address|details)|where should we (send|deliver)|lieferadresse|versandadresse|lieferanschrift|adresse de livraison|direccion de (envio|entrega)|indirizzo di (spedizione|consegna)|bezorgadres|afleveradres|leveringsadres|endereco de entrega|adres (dostawy|wysylki)|teslimat adresi/g,
  ],
  [
    'contact',
    /contact (us|form|me|our)|get in touch|enquir\w*|inquir\w*|send (us )?(a |your )?message|kontaktformular|kontakt aufnehmen|kontaktieren|nous contacter|contactez|formulaire de contact|contactanos|contacta con|formulario de contacto|contattaci|modulo di contatto|neem contact|contactformulier|fale conosco|entre em contato|formulario de contato|formularz kontaktowy|skontaktuj|bize ulasin|iletisim formu|\bsupport\b|feedback|nachricht senden|envoyer (le |un )?message|enviar mensaje|invia messaggio|bericht (sturen|versturen)|enviar mensagem|wyslij wiadomosc|mesaj gonder/g,
  ],
  [
    'search',
    /search|suche\w*|recherch\w*|buscar|busca|ricerca|cerca\b|zoek\w*|pesquis\w*|szukaj|wyszukaj|\bara\b/g,
  ],
];
