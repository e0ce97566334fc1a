/** A column's type as the package's table index names it (an XML Schema type). */
export type ArchiveColumnType = 'uuid' | 'text' | 'date' | 'timestamp' | 'integer' | 'boolean' | 'json';

export interface ArchiveColumn {
  name: string;
  type: ArchiveColumnType;
  /** What the column holds, in Danish, as the archive authority reads it. */
  description: string;
}

/** One table of the package: its file, what it holds and its columns in file order. */
export interface ArchiveTable {
  name: string;
  description: string;
  columns: readonly ArchiveColumn[];
}

const col = (name: string, type: ArchiveColumnType, description: string): ArchiveColumn => ({ name, type, description });

const ID = (what: string) => col('id', 'uuid', `${what}s entydige id`);

/**
 * The tables of an archive package, in the order the index lists them. The repository's queries return exactly these
 * columns (as text); archive-package.int-spec reads the files back against the database.
 */
export const ARCHIVE_TABLES = {
  inquiry: {
    name: 'inquiry',
    description: 'Henvendelserne: hver registrering hos borgerrådgiveren (klage, henvendelse eller andet) modtaget eller afsluttet i perioden',
    columns: [
      ID('Henvendelsen'),
      col('reference', 'text', 'Sagsnummer'),
      col('received_on', 'date', 'Dato for modtagelse'),
      col('channel', 'text', 'Kanal: phone, email, letter, meeting, digital_post eller other'),
      col('kind', 'text', 'Type: complaint (klage), guidance, wayfinding, information eller other'),
      col('status', 'text', 'Status: open eller closed'),
      col('citizen_id', 'uuid', 'Borgeren (citizen.id)'),
      col('org_unit_id', 'uuid', 'Enheden henvendelsen angår (org_unit.id)'),
      col('outcome_id', 'uuid', 'Udfaldet (outcome.id)'),
      col('main_inquiry_id', 'uuid', 'Hovedsagen, når henvendelsen er en opfølgningssag (inquiry.id)'),
      col('first_contact_on', 'date', 'Dato for første kontakt med borgeren'),
      col('closed_on', 'date', 'Dato for afslutning'),
      col('summary', 'text', 'Resumé (fritekst, kan indeholde personoplysninger)'),
      col('created_at', 'timestamp', 'Registreret i systemet'),
      col('updated_at', 'timestamp', 'Senest ændret i systemet'),
    ],
  },
  citizen: {
    name: 'citizen',
    description: 'Borgerne bag henvendelserne, med deres personoplysninger',
    columns: [
      ID('Borgeren'),
      col('reference', 'text', 'Borgerens reference (fx et journalnummer)'),
      col('display_name', 'text', 'Navn'),
      col('email', 'text', 'E-mailadresse'),
      col('phone', 'text', 'Telefonnummer'),
      col('created_at', 'timestamp', 'Registreret i systemet'),
    ],
  },
  inquiry_category: {
    name: 'inquiry_category',
    description: 'Henvendelsernes kategorier (klagetyper); en henvendelse kan have flere',
    columns: [col('inquiry_id', 'uuid', 'Henvendelsen (inquiry.id)'), col('category_id', 'uuid', 'Kategorien (category.id)')],
  },
  category: {
    name: 'category',
    description: 'Kommunens kategorier (klagetyper)',
    columns: [ID('Kategorien'), col('name', 'text', 'Navn'), col('national_code', 'text', 'Kode i den nationale taksonomi'), col('active', 'boolean', 'I brug')],
  },
  outcome: {
    name: 'outcome',
    description: 'Kommunens udfald',
    columns: [ID('Udfaldet'), col('name', 'text', 'Navn'), col('national_code', 'text', 'Kode i den nationale taksonomi'), col('active', 'boolean', 'I brug')],
  },
  org_unit: {
    name: 'org_unit',
    description: 'Kommunens organisation: forvaltninger, centre og afdelinger',
    columns: [
      ID('Enheden'),
      col('name', 'text', 'Navn'),
      col('short_name', 'text', 'Kort navn'),
      col('kind', 'text', 'Slags enhed'),
      col('parent_id', 'uuid', 'Overordnet enhed (org_unit.id)'),
      col('valid_from', 'date', 'Gyldig fra'),
      col('valid_to', 'date', 'Gyldig til (lukket)'),
    ],
  },
  learning_entry: {
    name: 'learning_entry',
    description: 'Læringsvæggens indlæg om henvendelserne',
    columns: [
      ID('Indlægget'),
      col('inquiry_id', 'uuid', 'Henvendelsen (inquiry.id)'),
      col('org_unit_id', 'uuid', 'Enheden (org_unit.id)'),
      col('what_went_wrong', 'text', 'Hvad gik galt'),
      col('why', 'text', 'Hvorfor'),
      col('what_was_learnt', 'text', 'Hvad blev lært'),
      col('prevention', 'text', 'Forebyggelse'),
      col('can_recur', 'boolean', 'Kan gentage sig'),
      col('author_id', 'uuid', 'Forfatteren (user.id)'),
      col('created_at', 'timestamp', 'Skrevet'),
    ],
  },
  report: {
    name: 'report',
    description: 'Beretningerne hvis periode overlapper pakkens periode',
    columns: [
      ID('Beretningen'),
      col('title', 'text', 'Titel'),
      col('period_from', 'date', 'Beretningens første dag'),
      col('period_to', 'date', 'Beretningens sidste dag'),
      col('status', 'text', 'Status'),
      col('published_at', 'timestamp', 'Udgivet'),
      col('current_version', 'integer', 'Seneste version'),
    ],
  },
  report_document: {
    name: 'report_document',
    description: 'Beretningernes dokumenter som PDF; filen ligger i mappen documents',
    columns: [
      col('report_id', 'uuid', 'Beretningen (report.id)'),
      col('version', 'integer', 'Versionen'),
      col('byte_size', 'integer', 'Filens størrelse i bytes'),
      col('file', 'text', 'Filens sti i pakken'),
    ],
  },
  audit_event: {
    name: 'audit_event',
    description: 'Logningen: hvem læste eller ændrede hvad, hændelser i perioden (dansk tid)',
    columns: [
      ID('Hændelsen'),
      col('occurred_at', 'timestamp', 'Tidspunkt'),
      col('user_id', 'uuid', 'Brugeren (user.id); tom for systemet'),
      col('action', 'text', 'Handlingen (kode)'),
      col('subject_type', 'text', 'Slags emne'),
      col('subject_id', 'uuid', 'Emnets id'),
      col('details', 'json', 'Detaljer (id’er og kriterier) som JSON'),
    ],
  },
  user: {
    name: 'user',
    description: 'Kommunens brugere, som logningen og læringsvæggen nævner',
    columns: [ID('Brugeren'), col('display_name', 'text', 'Navn')],
  },
} as const satisfies Record<string, ArchiveTable>;

export type ArchiveTableName = keyof typeof ARCHIVE_TABLES;

/** A table's rows as the repository reads them: each column's PostgreSQL text value, or null. */
export type ArchiveRow = Record<string, string | null>;
