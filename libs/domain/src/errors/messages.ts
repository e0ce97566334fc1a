import type { Language } from './language';

export type MessageParams = Readonly<Record<string, string | number>>;

/** What a message is built from: the field's label (as the user sees it) and the error's parameters. */
interface MessageInput {
  field: string;
  /** Parameters; `other`, when given, is another field's label. */
  p: MessageParams;
}
type Message = (input: MessageInput) => string;

const DANISH_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-03-01` → "1. marts 2024" (da) or "1 March 2024" (en); anything else as it is. */
export function formatDate(value: string | number | undefined, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value ?? ''));
  if (!match) return String(value ?? '');
  const [, year, month, day] = match;
  return language === 'da' ? `${Number(day)}. ${DANISH_MONTHS[Number(month) - 1]} ${year}` : `${Number(day)} ${ENGLISH_MONTHS[Number(month) - 1]} ${year}`;
}

const da = (p: MessageParams, key: string) => formatDate(p[key], 'da');
const en = (p: MessageParams, key: string) => formatDate(p[key], 'en');
const seconds = (value: string | number | undefined, language: Language) => {
  const s = Number(value ?? 0);
  if (s < 120) return language === 'da' ? `${s} sekund${s === 1 ? '' : 'er'}` : `${s} second${s === 1 ? '' : 's'}`;
  const m = Math.ceil(s / 60);
  return language === 'da' ? `${m} minutter` : `${m} minutes`;
};
/** File kinds as the messages name them; the API passes them in English (`plain text`), as lists joined by ", ". */
const FILE_KINDS_DA: Readonly<Record<string, string>> = { 'plain text': 'ren tekst' };
const fileKinds = (value: string | number | undefined, language: Language) => {
  const kinds = String(value ?? '').split(', ').map((kind) => (language === 'da' ? (FILE_KINDS_DA[kind] ?? kind) : kind));
  return kinds.length < 2 ? kinds.join('') : `${kinds.slice(0, -1).join(', ')} ${language === 'da' ? 'eller' : 'or'} ${kinds[kinds.length - 1]}`;
};
const number = (value: string | number | undefined, language: Language) => (typeof value === 'number' ? value.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB') : String(value ?? ''));

/** What an import names when a name in its file is unknown. */
const IMPORT_NAME_KINDS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  org_unit: { da: 'Enheden', en: 'org unit' },
  category: { da: 'Forholdet', en: 'category' },
  outcome: { da: 'Udfaldet', en: 'outcome' },
};

/**
 * Every message a user can be shown for an error, in Danish and English, by its code. `field` is the field's label
 * ("Første kontakt"), never its internal name; `p` the error's parameters.
 */
export const MESSAGES = {
  // A field's value
  required: { da: ({ field }) => `${field} skal udfyldes`, en: ({ field }) => `${field} is required` },
  too_long: { da: ({ field, p }) => `${field} må højst være ${number(p.max, 'da')} tegn`, en: ({ field, p }) => `${field} must be at most ${number(p.max, 'en')} characters` },
  too_short: { da: ({ field, p }) => `${field} skal være mindst ${p.min} tegn`, en: ({ field, p }) => `${field} must be at least ${p.min} characters` },
  length_between: { da: ({ field, p }) => `${field} skal være ${p.min} til ${p.max} tegn`, en: ({ field, p }) => `${field} must be ${p.min} to ${p.max} characters` },
  not_text: { da: ({ field }) => `${field} skal være tekst`, en: ({ field }) => `${field} must be text` },
  not_email: { da: ({ field }) => `${field} skal være en gyldig e-mailadresse`, en: ({ field }) => `${field} must be a valid e-mail address` },
  not_an_id: { da: ({ field }) => `${field} skal være et gyldigt id`, en: ({ field }) => `${field} must be a valid id` },
  not_integer: { da: ({ field }) => `${field} skal være et helt tal`, en: ({ field }) => `${field} must be a whole number` },
  not_boolean: { da: ({ field }) => `${field} skal være ja eller nej`, en: ({ field }) => `${field} must be yes or no` },
  not_in_list: { da: ({ field }) => `${field} har ikke en af de tilladte værdier`, en: ({ field }) => `${field} is not one of the allowed values` },
  invalid_format: { da: ({ field }) => `${field} har ikke den rigtige form`, en: ({ field }) => `${field} is not in the right form` },
  out_of_range: { da: ({ field, p }) => `${field} skal være mellem ${number(p.min, 'da')} og ${number(p.max, 'da')}`, en: ({ field, p }) => `${field} must be between ${number(p.min, 'en')} and ${number(p.max, 'en')}` },
  too_small: { da: ({ field, p }) => `${field} må ikke være mindre end ${number(p.min, 'da')}`, en: ({ field, p }) => `${field} must not be less than ${number(p.min, 'en')}` },
  too_large: { da: ({ field, p }) => `${field} må højst være ${number(p.max, 'da')}`, en: ({ field, p }) => `${field} must be at most ${number(p.max, 'en')}` },
  too_few: { da: ({ field, p }) => `${field} skal have mindst ${p.min}`, en: ({ field, p }) => `${field} must have at least ${p.min}` },
  too_many: { da: ({ field, p }) => `${field} må højst have ${p.max}`, en: ({ field, p }) => `${field} must have at most ${p.max}` },
  no_repeats: { da: ({ field }) => `${field} må ikke have den samme værdi to gange`, en: ({ field }) => `${field} must not repeat a value` },
  not_less_than: { da: ({ field, p }) => `${field} må ikke være mindre end ${String(p.other).toLowerCase()}`, en: ({ field, p }) => `${field} must not be less than ${String(p.other).toLowerCase()}` },
  goes_with: { da: ({ field, p }) => `${field} og ${String(p.other).toLowerCase()} skal udfyldes sammen`, en: ({ field, p }) => `${field} and ${String(p.other).toLowerCase()} go together` },
  invalid: { da: ({ field }) => `${field} er ikke gyldig`, en: ({ field }) => `${field} is not valid` },
  not_a_cursor: { da: ({ field }) => `${field} stammer ikke fra denne liste`, en: ({ field }) => `${field} is not from this list` },
  unsafe_text: {
    da: ({ field, p }) => `${field} indeholder ${p.character === 'lone surrogate' ? 'et ufuldstændigt tegn' : 'et kontroltegn'} (${p.codePoint}), som ikke kan gemmes`,
    en: ({ field, p }) => `${field} contains a ${p.character === 'lone surrogate' ? 'lone surrogate' : 'control character'} (${p.codePoint}), which cannot be stored`,
  },
  cpr_like: { da: ({ field }) => `${field} ligner et CPR-nummer, og CPR-numre gemmes ikke her`, en: ({ field }) => `${field} looks like a CPR number, which is not stored here` },
  cpr_needs_confirmation: {
    da: ({ field }) => `${field} ser ud til at indeholde et CPR-nummer; fjern det, eller bekræft at teksten skal gemmes`,
    en: ({ field }) => `${field} looks like it holds a CPR number; remove it, or confirm to save the text as it is`,
  },
  // Dates
  not_a_date: { da: ({ field }) => `${field} skal være en dato (ÅÅÅÅ-MM-DD)`, en: ({ field }) => `${field} must be a date (YYYY-MM-DD)` },
  date_out_of_range: { da: ({ field, p }) => `${field} skal ligge fra ${da(p, 'from')} til ${da(p, 'to')}`, en: ({ field, p }) => `${field} must be from ${en(p, 'from')} to ${en(p, 'to')}` },
  date_too_early: { da: ({ field, p }) => `${field} må ikke ligge før ${da(p, 'date')}`, en: ({ field, p }) => `${field} must not be before ${en(p, 'date')}` },
  date_too_late: { da: ({ field, p }) => `${field} må ikke ligge efter ${da(p, 'date')}`, en: ({ field, p }) => `${field} must not be after ${en(p, 'date')}` },
  date_before_field: {
    da: ({ field, p }) => `${field} må ikke ligge før ${String(p.other).toLowerCase()} (${da(p, 'date')})`,
    en: ({ field, p }) => `${field} must not be before ${String(p.other).toLowerCase()} (${en(p, 'date')})`,
  },
  period_too_long: { da: ({ field, p }) => `${field} må højst dække ${p.years} år`, en: ({ field, p }) => `${field} must cover at most ${p.years} years` },
  // Records
  not_found: { da: ({ p }) => `${p.subject} findes ikke`, en: ({ p }) => `${p.subject} was not found` },
  already_exists: { da: ({ field }) => `${field} er allerede i brug`, en: ({ field }) => `${field} is already in use` },
  no_longer_in_use: { da: ({ field }) => `${field} indeholder en værdi, der ikke længere er i brug`, en: ({ field }) => `${field} holds a value that is no longer in use` },
  unchanged: { da: ({ field }) => `${field} er det samme som før`, en: ({ field }) => `${field} is the same as before` },
  // Inquiries
  complaint_needs_category: { da: () => 'En klage skal have mindst én kategori', en: () => 'A complaint needs at least one category' },
  follow_up_of_itself: { da: () => 'En henvendelse kan ikke være opfølgning på sig selv', en: () => 'An inquiry cannot be a follow-up of itself' },
  main_of_other_citizen: { da: () => 'Hovedsagen skal være en henvendelse fra samme borger', en: () => 'The main case must be an inquiry of the same citizen' },
  main_is_follow_up: { da: () => 'Den valgte sag er selv en opfølgning; vælg dens hovedsag', en: () => 'That case is itself a follow-up case; choose its main case' },
  has_follow_ups_stays_main: { da: () => 'Henvendelsen har opfølgningssager og skal derfor forblive en hovedsag', en: () => 'The inquiry has follow-up cases and so must stay a main case' },
  has_follow_ups_keeps_citizen: { da: () => 'Henvendelsen har opfølgningssager for borgeren; borgeren kan ikke skiftes', en: () => 'The inquiry has follow-up cases of its citizen; the citizen cannot change' },
  inquiry_has_follow_ups: {
    da: ({ p }) => `Henvendelsen har ${p.count} opfølgningssag(er); slet dem eller gør dem til hovedsager først`,
    en: ({ p }) => `The inquiry has ${p.count} follow-up case(s); delete them or make them main cases first`,
  },
  // Org units
  unit_already_there: { da: () => 'Enheden ligger der allerede', en: () => 'The unit already sits there' },
  unit_under_itself: { da: () => 'En enhed kan ikke flyttes ind under sig selv eller en af sine underenheder', en: () => 'A unit cannot be moved under itself or one of its own sub-units' },
  unit_has_open_children: { da: () => 'Luk, flyt eller læg underenhederne sammen først', en: () => 'Close, move or merge the sub-units first' },
  merge_into_closed: { da: () => 'Enheder kan ikke lægges sammen i en lukket enhed', en: () => 'Units cannot be merged into a closed unit' },
  merge_into_itself: { da: () => 'En enhed kan ikke lægges sammen med sig selv', en: () => 'A unit cannot be merged into itself' },
  merge_closed_again: { da: () => 'En lukket enhed kan ikke lægges sammen igen', en: () => 'A closed unit cannot be merged again' },
  merge_into_child: { da: () => 'En enhed kan ikke lægges sammen i en af sine egne underenheder', en: () => 'A unit cannot be merged into one of its own sub-units' },
  unit_closed: { da: ({ p }) => `Enheden blev lukket ${da(p, 'date')}`, en: ({ p }) => `The unit was closed on ${en(p, 'date')}` },
  // Retention, holds and erasure
  on_hold: { da: () => 'Henvendelsen har allerede arkiveringshold', en: () => 'The inquiry is on hold already' },
  not_on_hold: { da: () => 'Henvendelsen har ikke arkiveringshold', en: () => 'The inquiry is not on hold' },
  erasure_on_hold: {
    da: () => 'Borgeren har en henvendelse med arkiveringshold; ophæv holdet først',
    en: () => 'An inquiry of the citizen is on hold; lift the hold first',
  },
  already_anonymised: { da: () => 'Borgerens persondata er allerede slettet', en: () => "The citizen's personal data is erased already" },
  // Users and invitations
  own_admin_role: { da: () => 'Du kan ikke fjerne din egen administratorrolle', en: () => 'You cannot take your own tenant admin role away' },
  remove_self: { da: () => 'Du kan ikke fjerne dig selv', en: () => 'You cannot remove yourself' },
  deactivate_self: { da: () => 'Du kan ikke deaktivere dig selv', en: () => 'You cannot deactivate yourself' },
  contact_needs_unit: { da: () => 'En afdelingskontakt skal have mindst én enhed', en: () => 'A department contact needs at least one org unit' },
  not_https_url: { da: ({ field }) => `${field} skal være en https://-adresse`, en: ({ field }) => `${field} must be an https:// address` },
  not_pem_certificate: { da: ({ field }) => `${field} skal være et X.509-certifikat i PEM-form`, en: ({ field }) => `${field} must be an X.509 certificate in PEM form` },
  not_rsa_private_key: { da: ({ field }) => `${field} skal være en privat RSA-nøgle i PEM-form`, en: ({ field }) => `${field} must be an RSA private key in PEM form` },
  certificate_not_for_key: { da: ({ field }) => `${field} passer ikke til den private nøgle`, en: ({ field }) => `${field} does not match the private key` },
  only_contacts_have_units: { da: () => 'Kun afdelingskontakter knyttes til enheder', en: () => 'Only department contacts are bound to org units' },
  already_member: { da: () => 'Adressen tilhører allerede et medlem af kommunen', en: () => 'That address belongs to a member of this municipality already' },
  you_are_member: { da: () => 'Du er allerede medlem af kommunen', en: () => 'You are a member of this municipality already' },
  wrong_account_password: { da: () => 'Forkert adgangskode til kontoen med denne adresse', en: () => 'Wrong password for the account of this address' },
  // Municipalities
  not_a_municipality: { da: ({ field }) => `${field} er ikke en dansk kommune`, en: ({ field }) => `${field} is not a Danish municipality` },
  municipality_has_tenant: { da: () => 'Kommunen er allerede oprettet', en: () => 'That municipality already has a tenant' },
  not_a_peer_group: { da: ({ field }) => `${field} er ikke en kendt kommunegruppe`, en: ({ field }) => `${field} is not a known municipality group` },
  not_an_area: { da: ({ field }) => `${field} er ikke et område i den nationale taksonomi`, en: ({ field }) => `${field} is not a department area of the national taxonomy` },
  unit_given_twice: { da: ({ field }) => `${field} står mere end én gang`, en: ({ field }) => `${field} appears more than once` },
  not_in_taxonomy: { da: ({ field }) => `${field} er ikke en kode i den nationale taksonomi`, en: ({ field }) => `${field} is not a code of the national taxonomy` },
  not_whole_catalogue: {
    da: ({ field }) => `${field} skal nævne hver af kommunens poster præcis én gang`,
    en: ({ field }) => `${field} must name each of the municipality's entries exactly once`,
  },
  taxonomy_duplicate_code: { da: ({ p }) => `Koden ${p.code} står mere end én gang`, en: ({ p }) => `The code ${p.code} appears more than once` },
  taxonomy_missing_other: { da: ({ p }) => `Koden "${p.code}" mangler for ${p.kind}`, en: ({ p }) => `The code "${p.code}" is missing for ${p.kind}` },
  confirmation_mismatch: {
    da: ({ field }) => `${field} skal være kommunens navn, skrevet præcis som det står`,
    en: ({ field }) => `${field} must be the municipality's name, written exactly as it stands`,
  },
  export_before_delete: {
    da: () => 'Kommunens data skal være eksporteret (en færdig eksport af alt) før kommunen kan slettes',
    en: () => "The municipality's data must be exported (a finished export of everything) before it can be deleted",
  },
  archive_not_ready: { da: () => 'Arkivpakken er ikke færdig endnu', en: () => 'The archive package is not ready yet' },
  archive_already_delivered: { da: () => 'Arkivpakken er allerede markeret som afleveret', en: () => 'The archive package is already marked as delivered' },
  // Reports
  report_exists: { da: ({ p }) => `Der findes allerede en beretning for ${da(p, 'from')}–${da(p, 'to')}`, en: ({ p }) => `There is already a report for ${en(p, 'from')}–${en(p, 'to')}` },
  report_not_editable: {
    da: ({ p }) => (p.status === 'published' ? 'Beretningen er offentliggjort og kan ikke længere ændres' : p.status === 'generating' ? 'Beretningen er ved at blive dannet; vent til den er klar' : `Beretningen kan ikke ændres i status ${p.status}`),
    en: ({ p }) => (p.status === 'published' ? 'The report is published and can no longer be changed' : p.status === 'generating' ? 'The report is being generated; wait until it is ready' : `The report cannot be changed in status ${p.status}`),
  },
  report_not_ready: { da: () => 'Kun en færdig beretning kan offentliggøres', en: () => 'Only a ready report can be published' },
  // Files
  file_required: { da: ({ p }) => `Vælg en fil af typen ${fileKinds(p.allowed, 'da')}`, en: ({ p }) => `Choose a file of the type ${fileKinds(p.allowed, 'en')}` },
  file_empty: { da: () => 'Filen er tom', en: () => 'The file is empty' },
  file_too_large: { da: ({ p }) => `Filen må højst fylde ${p.megabytes} MB`, en: ({ p }) => `The file must be at most ${p.megabytes} MB` },
  file_wrong_type: { da: ({ p }) => `Filen skal være af typen ${fileKinds(p.allowed, 'da')}`, en: ({ p }) => `The file must be of the type ${fileKinds(p.allowed, 'en')}` },
  file_content_mismatch: {
    da: ({ p }) => `Filen er angivet som ${fileKinds(p.kind, 'da')}, men indholdet er ikke ${fileKinds(p.kind, 'da')}`,
    en: ({ p }) => `The file is declared as ${fileKinds(p.kind, 'en')} but its content is not ${fileKinds(p.kind, 'en')}`,
  },
  file_extension: {
    da: ({ p }) => `Filnavnet skal ende på ${p.extensions} for en fil af typen ${fileKinds(p.kind, 'da')}`,
    en: ({ p }) => `The file name must end in ${p.extensions} for a file of the type ${fileKinds(p.kind, 'en')}`,
  },
  file_no_name: { da: () => 'Filen skal have et navn', en: () => 'The file must have a name' },
  file_name_unsafe: {
    da: ({ p }) => `Filnavnet indeholder ${p.character === 'lone surrogate' ? 'et ufuldstændigt tegn' : 'et kontroltegn'} (${p.codePoint}), som ikke kan gemmes`,
    en: ({ p }) => `The file name contains a ${p.character === 'lone surrogate' ? 'lone surrogate' : 'control character'} (${p.codePoint}), which cannot be stored`,
  },
  file_not_workbook: { da: () => 'Filen er ikke en gyldig .xlsx-projektmappe', en: () => 'The file is not a valid .xlsx workbook' },
  // Pictures (the municipality's logo): the field's label names what was refused.
  image_wrong_type: {
    da: ({ field, p }) => `${field} skal være et billede af typen ${fileKinds(p.allowed, 'da')}`,
    en: ({ field, p }) => `${field} must be a picture of the type ${fileKinds(p.allowed, 'en')}`,
  },
  image_unreadable: {
    da: ({ field, p }) => `${field} kan ikke læses som et billede af typen ${fileKinds(p.allowed, 'da')}`,
    en: ({ field, p }) => `${field} cannot be read as a picture of the type ${fileKinds(p.allowed, 'en')}`,
  },
  image_too_large: { da: ({ field, p }) => `${field} må højst fylde ${p.megabytes} MB`, en: ({ field, p }) => `${field} must be at most ${p.megabytes} MB` },
  image_too_many_pixels: {
    da: ({ field, p }) => `${field} må højst være ${p.max} × ${p.max} pixel`,
    en: ({ field, p }) => `${field} must be at most ${p.max} × ${p.max} pixels`,
  },
  too_many_attachments: { da: ({ p }) => `Et svar kan højst have ${p.max} bilag; fjern et først`, en: ({ p }) => `An answer has at most ${p.max} attachments; remove one first` },
  not_json: { da: ({ field }) => `${field} skal være JSON`, en: ({ field }) => `${field} must be JSON` },
  given_once: { da: ({ field }) => `${field} må kun angives én gang`, en: ({ field }) => `${field} must be given once` },
  // Import files (the column is named by `field`, as the file's header wrote it)
  import_unknown_column: {
    da: ({ p }) => `Ukendt kolonne; brug en af ${p.expected} eller deres danske navne`,
    en: ({ p }) => `Unknown column; expected one of ${p.expected} or their Danish names`,
  },
  import_column_twice: { da: ({ p }) => `Kolonnen står to gange (også som "${p.also}")`, en: ({ p }) => `The column appears twice (also as "${p.also}")` },
  import_column_missing: { da: ({ field }) => `Den påkrævede kolonne ${field} mangler`, en: ({ field }) => `The required column ${field} is missing` },
  import_not_a_date: {
    da: ({ field, p }) => `"${p.value}" i ${field} er ikke en rigtig dato som ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ`,
    en: ({ field, p }) => `"${p.value}" in ${field} is not a real date as YYYY-MM-DD or DD-MM-YYYY`,
  },
  import_not_one_of: { da: ({ field, p }) => `"${p.value}" i ${field} er ikke en af ${p.allowed}`, en: ({ field, p }) => `"${p.value}" in ${field} is not one of ${p.allowed}` },
  import_name_too_long: {
    da: ({ field, p }) => `Et navn i ${field} er længere end ${number(p.max, 'da')} tegn`,
    en: ({ field, p }) => `A name in ${field} is longer than ${number(p.max, 'en')} characters`,
  },
  import_same_reference: { da: ({ p }) => `Samme sagsnummer som række ${p.row}`, en: ({ p }) => `The same reference as row ${p.row}` },
  import_not_utf8: { da: () => 'Filen er ikke UTF-8-tekst; gem den som "CSV UTF-8"', en: () => 'The file is not UTF-8 text; save it as "CSV UTF-8"' },
  import_unreadable: { da: ({ p }) => `${p.format}-filen kan ikke læses fra række ${p.row}`, en: ({ p }) => `The ${p.format} file cannot be read from row ${p.row}` },
  import_not_stored: { da: () => 'Filen kunne ikke gemmes; intet af den blev importeret', en: () => 'The file could not be stored; nothing of it was imported' },
  import_file_gone: { da: () => 'Den uploadede fil findes ikke længere', en: () => 'The uploaded file is gone' },
  import_not_started: { da: () => 'Importen kunne ikke startes; prøv igen', en: () => 'The import could not be started; try again' },
  import_unknown_name: {
    da: ({ p }) => `${IMPORT_NAME_KINDS[String(p.kind)]?.da ?? p.kind} "${p.name}" findes ikke; vælg "Opret manglende" for at oprette den`,
    en: ({ p }) => `Unknown ${IMPORT_NAME_KINDS[String(p.kind)]?.en ?? p.kind} "${p.name}"; tick "create missing" to create it`,
  },
  import_ambiguous_unit: {
    da: ({ p }) => `"${p.name}" passer på ${p.count} enheder; brug enhedens kortnavn`,
    en: ({ p }) => `"${p.name}" matches ${p.count} org units; use the short name`,
  },
  import_unknown_main: {
    da: ({ p }) => `Der er ingen henvendelse med sagsnummeret "${p.reference}" i filen eller i forvejen`,
    en: ({ p }) => `No inquiry with reference "${p.reference}" in the file or stored`,
  },
  import_main_loop: { da: () => 'Kæden af hovedsager går i ring', en: () => 'The chain of main cases goes round in a loop' },
  // Queries
  body_too_large: { da: () => 'Forespørgslen er for stor til at blive modtaget', en: () => 'The request is too large to be received' },
  query_too_large: { da: ({ p }) => `Forespørgslen er for stor: mere end ${p.max} felter`, en: ({ p }) => `The query is too large: more than ${p.max} fields` },
  query_too_complex: { da: ({ p }) => `Forespørgslen er for kompleks: ${p.complexity}; grænsen er ${p.max}`, en: ({ p }) => `The query is too complex: ${p.complexity}; the limit is ${p.max}` },
  query_field_repeated: {
    da: ({ p }) => `Forespørgslen spørger efter ${p.name} ${p.count} gange; grænsen er ${p.max}`,
    en: ({ p }) => `The query asks for ${p.name} ${p.count} times; the limit is ${p.max}`,
  },
  // Signing in and access
  not_logged_in: { da: () => 'Du skal være logget ind', en: () => 'You must be logged in' },
  wrong_credentials: { da: () => 'Forkert e-mailadresse eller adgangskode', en: () => 'Wrong e-mail or password' },
  credentials_required: { da: () => 'E-mailadresse og adgangskode skal udfyldes', en: () => 'E-mail and password are required' },
  token_invalid: { da: () => 'Adgangen er ugyldig eller udløbet; log ind igen', en: () => 'The access token is invalid or has expired' },
  token_replaced: { da: () => 'Adgangen er blevet fornyet; brug den nye', en: () => 'The access token was replaced; use the new one' },
  session_ended: { da: () => 'Sessionen er afsluttet; log ind igen', en: () => 'The session has ended; log in again' },
  database_unavailable: {
    da: () => 'Tjenesten er midlertidigt utilgængelig; prøv igen om lidt',
    en: () => 'The service is temporarily unavailable; try again shortly',
  },
  session_store_unavailable: {
    da: () => 'Login og adgang er midlertidigt utilgængelige; prøv igen om lidt',
    en: () => 'Signing in and access are temporarily unavailable; try again shortly',
  },
  access_changed: { da: () => 'Din adgang til kommunen er ændret; log ind igen', en: () => 'Your access to this municipality has changed; log in again' },
  no_refresh_token: { da: () => 'Der er ingen session at forny; log ind igen', en: () => 'No refresh token' },
  refresh_reused: { da: () => 'Sessionen blev allerede fornyet; log ind igen', en: () => 'The refresh token was already used; log in again' },
  user_gone: { da: () => 'Brugeren findes ikke længere eller er spærret', en: () => 'The user no longer exists or is disabled' },
  account_disabled: { da: () => 'Kontoen med denne adresse er spærret', en: () => 'The account of this address is disabled' },
  forbidden_role: { da: () => 'Din rolle giver ikke adgang til dette', en: () => 'Your role does not allow this' },
  no_access_policy: { da: () => 'Handlingen har ingen adgangsregel', en: () => 'This operation has no access policy' },
  operator_only: { da: () => 'Kun platformens driftsansvarlige må gøre dette', en: () => 'Only the platform operator may do this' },
  wrong_second_factor_code: {
    da: () => 'Koden er forkert eller allerede brugt; skriv den aktuelle kode fra din godkendelsesapp eller en ubrugt gendannelseskode',
    en: () => 'The code is wrong or already used; enter the current code from your authenticator app or an unused recovery code',
  },
  second_factor_challenge_expired: { da: () => 'Login er udløbet; log ind med din adgangskode igen', en: () => 'The login has expired; log in with your password again' },
  second_factor_setup_required: {
    da: () => 'Du skal sætte totrinsbekræftelse op, før du kan fortsætte',
    en: () => 'You must set up two-step verification before you can continue',
  },
  second_factor_exists: { da: () => 'Totrinsbekræftelse er allerede sat op', en: () => 'Two-step verification is already set up' },
  second_factor_not_started: { da: () => 'Start opsætningen af totrinsbekræftelse forfra', en: () => 'Start setting up two-step verification again' },
  second_factor_reset_operator: {
    da: () => 'Platformens driftsansvarlige kan ikke få nulstillet totrinsbekræftelsen her',
    en: () => "The platform operator's two-step verification cannot be reset here",
  },
  choose_municipality: { da: () => 'Vælg en kommune først', en: () => 'Choose a municipality first' },
  // A municipality's own login (SSO)
  sso_required: {
    da: () => 'Din kommune kræver, at du logger ind med kommunens eget login; brug knappen "Log ind med kommunens login"',
    en: () => 'Your municipality requires its own login; use the button "Log in with the municipality\'s login"',
  },
  invitation_needs_sso: {
    da: () => 'Kommunen kræver sit eget login: tag imod invitationen ved at logge ind med kommunens login',
    en: () => "The municipality requires its own login: accept the invitation by logging in with the municipality's login",
  },
  sso_secrets_unavailable: {
    da: () => 'Hemmeligheden kan ikke gemmes, fordi serveren ikke har en nøgle (SECRET_KEYS)',
    en: () => 'The secret cannot be stored: the server has no key (SECRET_KEYS)',
  },
  secret_required: { da: ({ field }) => `${field} skal udfyldes, første gang login sættes op`, en: ({ field }) => `${field} is required the first time the login is set up` },
  issuer_url: { da: ({ field }) => `${field} skal være en https-adresse`, en: ({ field }) => `${field} must be an https address` },
  email_domain: { da: ({ field, p }) => `${field}: "${p.domain}" er ikke et domæne (fx kommune.dk)`, en: ({ field, p }) => `${field}: "${p.domain}" is not a domain (e.g. kommune.dk)` },
  email_domain_taken: { da: ({ field, p }) => `${field}: "${p.domain}" bruges allerede af en anden kommune`, en: ({ field, p }) => `${field}: "${p.domain}" is already used by another municipality` },
  // Too many requests
  too_many_second_factor: {
    da: ({ p }) => `For mange forkerte koder; prøv igen om ${seconds(p.seconds, 'da')}`,
    en: ({ p }) => `Too many wrong codes; try again in ${seconds(p.seconds, 'en')}`,
  },
  too_many_logins: { da: ({ p }) => `For mange mislykkede logins; prøv igen om ${seconds(p.seconds, 'da')}`, en: ({ p }) => `Too many failed logins; try again in ${seconds(p.seconds, 'en')}` },
  too_many_expensive: {
    da: ({ p }) => `For mange tunge forespørgsler (beretninger, benchmarks, eksporter); prøv igen om ${seconds(p.seconds, 'da')}`,
    en: ({ p }) => `Too many expensive requests (reports, benchmarks, exports); try again in ${seconds(p.seconds, 'en')}`,
  },
  too_many_public: {
    da: ({ p }) => `For mange forespørgsler uden login fra denne adresse; prøv igen om ${seconds(p.seconds, 'da')}`,
    en: ({ p }) => `Too many requests without a login from this address; try again in ${seconds(p.seconds, 'en')}`,
  },
  // Anything unexpected
  request_refused: { da: () => 'Forespørgslen blev afvist', en: () => 'The request was refused' },
  internal: { da: () => 'Der opstod en intern fejl', en: () => 'Internal error' },
} as const satisfies Record<string, Readonly<Record<Language, Message>>>;

export type MessageCode = keyof typeof MESSAGES;
export const MESSAGE_CODES = Object.keys(MESSAGES) as MessageCode[];

/** The message of `code` in `language`, naming the field by `label`. */
export function message(code: MessageCode, language: Language, label: string, params: MessageParams = {}): string {
  return MESSAGES[code][language]({ field: label, p: params });
}
