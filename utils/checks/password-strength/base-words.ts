/** @module The base words password-spraying attacks start from (NCSC "Spray you, spray me";
 * Microsoft Entra Password Protection's banned list; Specops' season + year reports), in the
 * nine languages the forms classifier knows: EN, DE, FR, ES, IT, NL, PT, PL, TR. Written
 * lowercase without accents; `base-word.ts` folds the password the same way. Kept to the words
 * that are really tried: this ships only in the background, the demo page and the CLI. */

export type BaseWordFamily =
  'season' | 'month' | 'weekday' | 'holiday' | 'first-name' | 'common-word';

const SEASONS = `spring summer autumn fall winter fruhling fruehling sommer herbst printemps ete automne
hiver primavera verano otono invierno estate autunno inverno lente voorjaar zomer herfst najaar
verao outono wiosna lato jesien zima ilkbahar bahar yaz sonbahar kis`;

const MONTHS = `january february march april may june july august september october november december
januar februar marz maerz mai juni juli oktober dezember janvier fevrier mars avril juin juillet
aout septembre octobre novembre decembre enero febrero marzo abril mayo junio julio agosto
septiembre setiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio
settembre ottobre dicembre januari februari maart mei augustus janeiro fevereiro marco maio junho
julho setembro outubro novembro dezembro styczen luty marzec kwiecien maj czerwiec lipiec sierpien
wrzesien pazdziernik listopad grudzien ocak subat mart nisan mayis haziran temmuz agustos eylul
ekim kasim aralik`;

const WEEKDAYS = `monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
donnerstag freitag samstag sonnabend sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
lunes martes miercoles jueves viernes sabado domingo lunedi martedi mercoledi giovedi venerdi
sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag segunda terca quarta
quinta sexta poniedzialek wtorek sroda czwartek piatek sobota niedziela pazartesi sali carsamba
persembe cuma cumartesi pazar`;

const HOLIDAYS = `christmas xmas easter halloween thanksgiving newyear newyears valentine valentines
weihnachten ostern silvester neujahr pfingsten fasching karneval nikolaus noel paques toussaint
nouvelan reveillon navidad pascua nochebuena nochevieja anonuevo carnaval natale pasqua capodanno
ferragosto befana carnevale kerstmis kerst pasen oudejaar nieuwjaar sinterklaas koningsdag natal
pascoa anonovo wigilia wielkanoc sylwester bozenarodzenie bayram ramazan kurban yilbasi
happynewyear merrychristmas froheweihnachten joyeuxnoel feliznavidad buonnatale feliznatal
vrolijkkerstfeest wesolychswiat`;

/** The most common given names in each of the nine countries (national statistics offices'
 * top lists, plus the names that top breach-corpus frequency tables). */
const FIRST_NAMES = `james john robert michael william david richard joseph thomas charles christopher
daniel matthew anthony mark donald steven paul andrew joshua kevin brian george timothy jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
frank gregory alexander patrick jack dennis jerry tyler aaron henry douglas peter adam nathan zachary
oliver harry charlie noah leo arthur freddie mary patricia jennifer linda elizabeth barbara susan
jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy
carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley
anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan
evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances
kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
isabella theresa diana natalie brittany charlotte marie kayla alexis lori amelia isla ava mia
jessie jordan taylor morgan ashley alex chris sam tom mike dave steve bob bill jim joe tony nick
matt ben dan max ella lily ruby sophie chloe lucy grace poppy ellie daisy freya evie florence
lukas leon finn jonas elias luis felix paul maximilian ben noah luca emil anton theo jan tim niklas
moritz julian fabian sebastian tobias stefan andreas markus thomas michael wolfgang klaus jurgen
uwe dieter hans peter heinz gunter horst sabine ursula monika petra andrea claudia birgit susanne
julia laura lea lena leonie hannah mia sophia emilia marie lina johanna katharina anja nicole
jean pierre michel philippe alain nicolas christophe patrick daniel bernard eric laurent frederic
julien thierry olivier stephane david sebastien francois pascal gabriel raphael louis arthur hugo
jules adam lucas nathan enzo mathis marie nathalie isabelle sylvie catherine martine christine
francoise valerie sandrine veronique celine chloe camille manon jade louise alice lea ines
antonio jose manuel francisco juan javier carlos jesus alejandro miguel rafael pedro pablo angel
sergio fernando jorge luis alberto alvaro diego adrian mario ivan ruben oscar andres hugo martin
maria carmen ana isabel dolores pilar josefa teresa rosa cristina lucia paula elena marta sofia
raquel laura beatriz alba claudia carla valentina daniela noelia patricia silvia irene
giuseppe giovanni francesco antonio mario luigi angelo vincenzo pietro salvatore carlo franco
domenico bruno paolo michele giorgio aldo sergio luciano leonardo alessandro lorenzo mattia
andrea gabriele riccardo tommaso edoardo federico matteo marco davide simone stefano roberto
giulia chiara francesca federica sara martina valentina alessia giorgia anna aurora ginevra
beatrice alice rita angela giuseppina rosa lucia elena silvia daniela paola roberta
jan johannes cornelis hendrik willem pieter gerrit jacobus daan sem lucas levi finn bram luuk
thijs jesse sven ruben lars kees henk gert bas joost maarten emma julia tess sophie zoe sara
mila saar lotte eva fleur anouk sanne lisa femke iris ingrid marieke annemarie
joao pedro gabriel miguel rafael lucas matheus gustavo bernardo arthur heitor davi enzo tiago
rodrigo ricardo bruno diogo andre luis paulo carlos fernando manuel jose antonio francisco
maria ana beatriz mariana leonor matilde carolina alice sofia laura helena valentina julia
fernanda juliana patricia camila larissa leticia bruna amanda vanessa adriana aline
piotr krzysztof andrzej tomasz pawel michal marcin jakub adam lukasz mateusz grzegorz jozef
marek kacper bartosz szymon filip wojciech dawid kamil antoni stanislaw zbigniew
anna maria katarzyna malgorzata agnieszka barbara ewa krystyna magdalena elzbieta joanna
aleksandra zofia monika natalia julia zuzanna maja hanna lena oliwia alicja wiktoria
mehmet mustafa ahmet ali huseyin hasan ibrahim ismail osman yusuf murat omer ramazan halil
suleyman abdullah mahmut recep emre burak yusuf eymen emir mert can kerem ayse fatma emine hatice
zeynep elif meryem sultan zehra hulya esra merve busra ozlem asya defne ecem irem ebru derya`;

/** Common words that top cracked-password and spray lists, across the nine languages. */
const COMMON_WORDS = `password passwort passord motdepasse contrasena senha wachtwoord haslo sifre
parola parolamia welcome willkommen bienvenue bienvenido bienvenida benvenuto welkom bemvindo
witaj hosgeldin admin administrator root login letmein qwerty monkey dragon sunshine football
soccer baseball basketball hockey princess master shadow superman batman spiderman iloveyou
trustno freedom whatever starwars computer internet secret changeme default guest welcome
hello hallo hola ciao bonjour merhaba czesc ola love liebe amour amor amore liefde kocham ask
sevgilim askim schatz tesoro cheri cherie carino querida angel angelo engel anjo aniolek
mustang ferrari porsche chelsea arsenal liverpool barcelona realmadrid juventus milan inter bayern
dortmund schalke ajax feyenoord benfica porto sporting legia galatasaray fenerbahce besiktas
trabzonspor fussball futbol calcio voetbal futebol pilka ninja pokemon minecraft killer jordan
michael charlie buster tigger pepper ginger cookie summer winter family familia famille familie
company office service support manager student school teacher hockey rainbow flower blossom
butterfly chocolate coffee banana cheese orange purple silver golden diamond soleil sole sonne
zon estrella stella stern etoile gwiazda yildiz cielo himmel ciel hemel niebo deniz mare mer
zee morze casa haus maison huis dom ev`;

export const BASE_WORD_LISTS: Record<BaseWordFamily, string> = {
  season: SEASONS,
  month: MONTHS,
  weekday: WEEKDAYS,
  holiday: HOLIDAYS,
  'first-name': FIRST_NAMES,
  'common-word': COMMON_WORDS,
};

/** Keyboard rows and the common column walks, for QWERTY, QWERTZ and AZERTY: a run of four or
 * more neighbouring keys (forwards or backwards) inside one of these is a keyboard walk. */
export const KEYBOARD_WALKS = [
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertzuiopasdfghjklyxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
  'qazwsxedcrfvtgbyhnujmikolp',
  'zaqxswcdevfrbgtnhymjukilop',
  'qweasdzxc',
  'qwerasdfzxcv',
  'qwertasdfgzxcvb',
];
