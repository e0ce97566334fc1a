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

/** The package's files besides the tables' and documents': the checksum list and the description of the package. */
export const CHECKSUM_FILE = 'checksums.sha256';
export const MANIFEST_FILE = 'manifest.json';

/** A table's file in the package. */
export const tableFile = (name: string): string => `tables/${name}.csv`;

/** What manifest.json says, for a program reading the package back (tools/db/restore-tenant-export.ts). */
export interface ArchiveManifest {
  /** The package format: 2 since the tables carry everything a restore needs for the same figures. */
  format: number;
  packageId: string;
  scope: 'period' | 'everything';
  period: { from: string; to: string };
  madeAt: string;
}

export const ARCHIVE_FORMAT = 2;

const CATALOGUE_COLUMNS = [
  col('name', 'text', 'Navn'),
  col('national_code', 'text', 'Kode i den nationale taksonomi'),
  col('active', 'boolean', 'I brug'),
  col('sort_order', 'integer', 'Plads i rækkefølgen'),
];

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
      col('anonymised_at', 'timestamp', 'Anonymiseret (slettefristen nået)'),
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
      col('anonymised_at', 'timestamp', 'Anonymiseret (slettefristen nået)'),
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
    columns: [ID('Kategorien'), ...CATALOGUE_COLUMNS],
  },
  outcome: {
    name: 'outcome',
    description: 'Kommunens udfald',
    columns: [ID('Udfaldet'), ...CATALOGUE_COLUMNS],
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
      col('sort_order', 'integer', 'Plads i rækkefølgen blandt søskende'),
      col('national_area', 'text', 'Forvaltningsområde i den nationale sammenligning'),
      col('note', 'text', 'Notat'),
      col('is_demo', 'boolean', 'Opdigtet enhed (demodata)'),
    ],
  },
  org_unit_event: {
    name: 'org_unit_event',
    description: 'Enhedernes historik: oprettet, omdøbt, flyttet, lukket, lagt sammen og genåbnet',
    columns: [
      ID('Hændelsen'),
      col('org_unit_id', 'uuid', 'Enheden (org_unit.id)'),
      col('action', 'text', 'Hændelsen: created, renamed, moved, closed, merged eller reopened'),
      col('from_name', 'text', 'Navn før'),
      col('to_name', 'text', 'Navn efter'),
      col('from_parent_id', 'uuid', 'Overordnet enhed før (org_unit.id)'),
      col('to_parent_id', 'uuid', 'Overordnet enhed efter (org_unit.id)'),
      col('related_unit_id', 'uuid', 'Den anden enhed ved en sammenlægning (org_unit.id)'),
      col('effective_date', 'date', 'Gælder fra'),
      col('occurred_at', 'timestamp', 'Registreret'),
      col('actor_id', 'uuid', 'Hvem (user.id)'),
    ],
  },
  org_unit_link: {
    name: 'org_unit_link',
    description: 'Sammenlægninger og opdelinger af enheder',
    columns: [
      col('predecessor_id', 'uuid', 'Den tidligere enhed (org_unit.id)'),
      col('successor_id', 'uuid', 'Den nye enhed (org_unit.id)'),
      col('kind', 'text', 'merged (lagt sammen) eller split (delt)'),
      col('effective_date', 'date', 'Gælder fra'),
    ],
  },
  decided_case_volume: {
    name: 'decided_case_volume',
    description: 'Antal afgjorte sager pr. enhed og år (grundlag for den nationale sammenligning)',
    columns: [
      col('org_unit_id', 'uuid', 'Enheden (org_unit.id)'),
      col('year', 'integer', 'År'),
      col('decided_cases', 'integer', 'Antal afgjorte sager'),
      col('updated_at', 'timestamp', 'Senest ændret'),
      col('updated_by', 'uuid', 'Hvem (user.id)'),
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
      col('can_recur', 'text', 'Kan gentage sig: yes, no eller unknown'),
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
      col('comparison_from', 'date', 'Sammenligningsperiodens første dag'),
      col('comparison_to', 'date', 'Sammenligningsperiodens sidste dag'),
      col('foreword', 'text', 'Forord'),
      col('themes', 'text', 'Temaer'),
      col('examples', 'text', 'Eksempler'),
      col('follow_up_intro', 'text', 'Indledning til opfølgningen'),
      col('created_by', 'uuid', 'Oprettet af (user.id)'),
      col('created_at', 'timestamp', 'Oprettet'),
    ],
  },
  report_version: {
    name: 'report_version',
    description: 'Beretningernes dannede versioner med de tal, dokumenterne viser',
    columns: [
      col('report_id', 'uuid', 'Beretningen (report.id)'),
      col('version', 'integer', 'Versionen'),
      col('status', 'text', 'Status: generating, ready eller failed'),
      col('progress', 'integer', 'Fremdrift i procent'),
      col('error', 'text', 'Fejlkode'),
      col('figures', 'json', 'Beretningens tal som JSON'),
      col('created_at', 'timestamp', 'Dannet'),
    ],
  },
  recommendation: {
    name: 'recommendation',
    description: 'Beretningernes anbefalinger',
    columns: [
      ID('Anbefalingen'),
      col('report_id', 'uuid', 'Beretningen (report.id)'),
      col('title', 'text', 'Titel'),
      col('text', 'text', 'Tekst'),
      col('sort_order', 'integer', 'Plads i beretningen'),
      col('due_on', 'date', 'Frist'),
      col('status', 'text', 'Status'),
      col('status_set_at', 'timestamp', 'Status sat'),
      col('status_set_by', 'uuid', 'Status sat af (user.id)'),
    ],
  },
  recommendation_org_unit: {
    name: 'recommendation_org_unit',
    description: 'De enheder en anbefaling er rettet til',
    columns: [col('recommendation_id', 'uuid', 'Anbefalingen (recommendation.id)'), col('org_unit_id', 'uuid', 'Enheden (org_unit.id)')],
  },
  recommendation_status_change: {
    name: 'recommendation_status_change',
    description: 'Anbefalingernes statusændringer',
    columns: [
      ID('Ændringen'),
      col('recommendation_id', 'uuid', 'Anbefalingen (recommendation.id)'),
      col('status', 'text', 'Ny status'),
      col('set_at', 'timestamp', 'Tidspunkt'),
      col('set_by', 'uuid', 'Hvem (user.id)'),
    ],
  },
  recommendation_follow_up: {
    name: 'recommendation_follow_up',
    description: 'Enhedernes opfølgning på anbefalingerne',
    columns: [
      ID('Opfølgningen'),
      col('recommendation_id', 'uuid', 'Anbefalingen (recommendation.id)'),
      col('org_unit_id', 'uuid', 'Enheden (org_unit.id)'),
      col('text', 'text', 'Tekst'),
      col('proposed_status', 'text', 'Foreslået status'),
      col('written_by', 'uuid', 'Skrevet af (user.id)'),
      col('created_at', 'timestamp', 'Skrevet'),
      col('updated_at', 'timestamp', 'Senest ændret'),
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
    columns: [ID('Brugeren'), col('display_name', 'text', 'Navn'), col('email', 'text', 'E-mailadresse (kun i den fulde eksport)')],
  },
  membership: {
    name: 'membership',
    description: 'Brugernes roller i kommunen',
    columns: [
      col('user_id', 'uuid', 'Brugeren (user.id)'),
      col('role', 'text', 'Rollen'),
      col('created_at', 'timestamp', 'Givet'),
      col('deactivated_at', 'timestamp', 'Deaktiveret'),
    ],
  },
  membership_org_unit: {
    name: 'membership_org_unit',
    description: 'De enheder en bruger er knyttet til',
    columns: [col('user_id', 'uuid', 'Brugeren (user.id)'), col('org_unit_id', 'uuid', 'Enheden (org_unit.id)')],
  },
  tenant: {
    name: 'tenant',
    description: 'Kommunen selv og dens indstillinger',
    columns: [
      ID('Kommunen'),
      col('name', 'text', 'Navn'),
      col('slug', 'text', 'Kort navn i adresser'),
      col('kommunekode', 'text', 'Kommunekode'),
      col('locale', 'text', 'Sprog'),
      col('settings', 'json', 'Indstillinger (fx svarfrister) som JSON'),
      col('benchmark_opt_in', 'boolean', 'Deltager i den nationale sammenligning med navn'),
      col('benchmark_peer_group', 'text', 'Sammenligningsgruppe'),
      col('created_at', 'timestamp', 'Oprettet'),
    ],
  },
  tenant_retention: {
    name: 'tenant_retention',
    description: 'Kommunens slettefrister',
    columns: [
      col('inquiry_years', 'integer', 'Henvendelser gemmes i år'),
      col('audit_years', 'integer', 'Logningen gemmes i år'),
      col('wait_for_archive', 'boolean', 'Sletning venter på arkivering'),
      col('updated_at', 'timestamp', 'Senest ændret'),
      col('updated_by', 'uuid', 'Hvem (user.id)'),
    ],
  },
  tenant_population: {
    name: 'tenant_population',
    description: 'Kommunens indbyggertal pr. år (den nationale sammenligning)',
    columns: [col('year', 'integer', 'År'), col('inhabitants', 'integer', 'Indbyggere')],
  },
  national_mapping_change: {
    name: 'national_mapping_change',
    description: 'Ændringer af kategoriers, udfalds og enheders placering i den nationale taksonomi',
    columns: [
      ID('Ændringen'),
      col('kind', 'text', 'category, outcome eller department_area'),
      col('entry_id', 'uuid', 'Kategorien, udfaldet eller enheden'),
      col('old_code', 'text', 'Kode før'),
      col('new_code', 'text', 'Kode efter'),
      col('changed_at', 'timestamp', 'Tidspunkt'),
    ],
  },
  benchmark_comment: {
    name: 'benchmark_comment',
    description: 'Kommunens kommentarer til sine tal i den nationale sammenligning',
    columns: [
      col('year', 'integer', 'År'),
      col('text', 'text', 'Kommentaren'),
      col('written_at', 'timestamp', 'Skrevet'),
      col('written_by', 'uuid', 'Skrevet af (user.id)'),
    ],
  },
} as const satisfies Record<string, ArchiveTable>;

export type ArchiveTableName = keyof typeof ARCHIVE_TABLES;

/** The tables in the order the index and the package list them. */
export const ARCHIVE_TABLE_NAMES = Object.keys(ARCHIVE_TABLES) as ArchiveTableName[];

/** A table's rows as the repository reads them: each column's PostgreSQL text value, or null. */
export type ArchiveRow = Record<string, string | null>;
