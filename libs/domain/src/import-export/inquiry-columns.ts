import { INQUIRY_CHANNELS, INQUIRY_KIND_DANISH, INQUIRY_KINDS, InquiryChannel, InquiryKind } from '../catalog/inquiry-kind';
import { unsafeTextIn } from '../text/unsafe-text';
import type { Language } from '../errors/language';
import { MessageCode, MessageParams } from '../errors/messages';
import type { ImportRowProblem } from './import-problems';
import { InquiryDraft, inquiryProblems, INQUIRY_LIMITS } from '../inquiries/inquiry-draft';

/**
 * The columns of an inquiry import or export file, in export order. The eleven columns come
 * first; `channel` is an optional extra so an export imports again without losing how the citizen got
 * in touch (a file without it imports with channel "other").
 */
export const INQUIRY_FILE_COLUMNS = [
  'reference',
  'received',
  'citizen',
  'kind',
  'org_unit',
  'categories',
  'outcome',
  'follow_up_of',
  'first_contact',
  'closed',
  'summary',
  'channel',
] as const;
export type InquiryFileColumn = (typeof INQUIRY_FILE_COLUMNS)[number];

/** Columns a file must have; every other column may be left out. */
export const REQUIRED_INQUIRY_FILE_COLUMNS: readonly InquiryFileColumn[] = ['reference', 'received', 'citizen', 'kind', 'summary'];

/** Danish header names (and spellings with æøå), matched like the English ones: case-insensitive, trimmed. */
const DANISH_HEADERS: Record<InquiryFileColumn, string[]> = {
  reference: ['sagsnummer'],
  received: ['modtaget'],
  citizen: ['borger'],
  kind: ['type'],
  org_unit: ['enhed'],
  categories: ['forhold'],
  outcome: ['udfald'],
  follow_up_of: ['foelgesag_til', 'følgesag_til'],
  first_contact: ['foerste_kontakt', 'første_kontakt'],
  closed: ['afsluttet'],
  summary: ['resume', 'resumé'],
  channel: ['kanal'],
};

/** A column's Danish name as a reader sees it: its spelling with æøå where it has one. */
export function danishColumnName(column: InquiryFileColumn): string {
  return DANISH_HEADERS[column].at(-1)!;
}

const HEADER_ALIASES = new Map<string, InquiryFileColumn>(
  INQUIRY_FILE_COLUMNS.flatMap((column) => [column, ...DANISH_HEADERS[column]].map((name) => [name, column] as const)),
);

/** The kinds and channels a file may name, as a problem lists them. */
const KIND_NAMES = INQUIRY_KINDS.map((k) => `${k}/${INQUIRY_KIND_DANISH[k]}`).join(', ');
const CHANNEL_NAMES = INQUIRY_CHANNELS.join(', ');

/** A header cell as compared: byte order mark removed, trimmed, lower case, spaces and hyphens as '_'. */
export function normalizeHeader(raw: string): string {
  return raw.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Where each known column sits in a row (0-based), and the header text the file used for it. */
export interface HeaderMap {
  index: Partial<Record<InquiryFileColumn, number>>;
  label: Partial<Record<InquiryFileColumn, string>>;
}

/** Bad rows an import keeps and shows (the first ones by row); every problem is still counted. */
export const MAX_STORED_IMPORT_ERRORS = 1_000;


/** Reads the header row: unknown, repeated and missing required columns are problems of row 1. */
export function parseHeader(cells: readonly unknown[]): { map: HeaderMap; problems: ImportRowProblem[] } {
  const map: HeaderMap = { index: {}, label: {} };
  const problems: ImportRowProblem[] = [];
  cells.forEach((cell, position) => {
    const raw = cellText(cell).replace(/^\uFEFF/, '').trim();
    if (raw === '') return;
    const column = HEADER_ALIASES.get(normalizeHeader(raw));
    if (!column) {
      problems.push({ row: 1, column: raw, code: 'import_unknown_column', params: { expected: INQUIRY_FILE_COLUMNS.join(', ') } });
    } else if (map.index[column] !== undefined) {
      problems.push({ row: 1, column: raw, code: 'import_column_twice', params: { also: map.label[column]! } });
    } else {
      map.index[column] = position;
      map.label[column] = raw;
    }
  });
  for (const column of REQUIRED_INQUIRY_FILE_COLUMNS) {
    if (map.index[column] === undefined) problems.push({ row: 1, column, code: 'import_column_missing' });
  }
  return { map, problems };
}

/** The header map of an exported file: English names in export order. */
export function exportHeaderMap(): HeaderMap {
  return parseHeader(INQUIRY_FILE_COLUMNS).map;
}

/**
 * A row of an import file after parsing: an inquiry draft (libs/domain/src/inquiries' InquiryDraft) with
 * names where the draft has ids, resolved against the tenant's catalog by the importer.
 */
export interface InquiryImportDraft {
  row: number;
  reference: string;
  receivedOn: string;
  channel: InquiryChannel;
  citizenReference: string;
  kind: InquiryKind;
  orgUnitName: string | null;
  categoryNames: string[];
  outcomeName: string | null;
  /** Reference of the main case this inquiry follows up. */
  mainReference: string | null;
  firstContactOn: string | null;
  closedOn: string | null;
  summary: string;
}

/** An inquiry as exported: the same fields as the draft, without the row number. */
export type InquiryExportRow = Omit<InquiryImportDraft, 'row'>;

export type ParsedImportRow = { ok: true; draft: InquiryImportDraft } | { ok: false; problems: ImportRowProblem[] };

const KIND_BY_NAME = new Map<string, InquiryKind>(
  INQUIRY_KINDS.flatMap((kind) => [[kind, kind] as const, [INQUIRY_KIND_DANISH[kind], kind] as const]),
);

const CHANNEL_DANISH: Record<InquiryChannel, string[]> = {
  phone: ['telefon'],
  email: ['e-mail', 'mail'],
  letter: ['brev'],
  meeting: ['møde', 'moede'],
  digital_post: ['digital post', 'digital-post', 'e-boks'],
  other: ['andet'],
};
const CHANNEL_BY_NAME = new Map<string, InquiryChannel>(
  INQUIRY_CHANNELS.flatMap((channel) => [channel, ...CHANNEL_DANISH[channel]].map((name) => [name, channel] as const)),
);

export const MAX_CATALOG_NAME_LENGTH = 200;

/** The file column of each InquiryDraft field, to name the column of a problem inquiryProblems finds. */
const COLUMN_OF_FIELD: Record<keyof InquiryDraft, InquiryFileColumn> = {
  reference: 'reference',
  receivedOn: 'received',
  channel: 'channel',
  citizenReference: 'citizen',
  kind: 'kind',
  orgUnitId: 'org_unit',
  categoryIds: 'categories',
  outcomeId: 'outcome',
  mainInquiryId: 'follow_up_of',
  firstContactOn: 'first_contact',
  closedOn: 'closed',
  summary: 'summary',
};

/** Text of a cell as read by a CSV or spreadsheet reader; spreadsheet dates become YYYY-MM-DD. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return String(cell);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** YYYY-MM-DD, or DD-MM-YYYY and DD.MM.YYYY as Danes write it, a real calendar date, as YYYY-MM-DD; null otherwise. */
export function parseFileDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const danish = /^(\d{2})([-.])(\d{2})\2(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[4], danish[3], danish[1]] : [];
  if (!year || !month || !day) return null;
  if (!isRealDate(Number(year), Number(month), Number(day))) return null;
  return `${year}-${month}-${day}`;
}

/** Category names of a cell: separated by ';', trimmed, empty ones dropped, repeats (ignoring case) dropped. */
export function splitCategories(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of text.split(';')) {
    const name = part.trim();
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

/**
 * One data row of an import file: the draft it describes, or every problem with it (each naming the
 * row and the column as the file's header wrote it). Only the summary keeps its surrounding spaces.
 */
export function parseImportRow(headerMap: HeaderMap, cells: readonly unknown[], rowNumber: number): ParsedImportRow {
  const problems: ImportRowProblem[] = [];
  const label = (column: InquiryFileColumn) => headerMap.label[column] ?? column;
  const raw = (column: InquiryFileColumn): string => {
    const position = headerMap.index[column];
    return position === undefined ? '' : cellText(cells[position]);
  };
  const text = (column: InquiryFileColumn) => raw(column).trim();
  const problem = (column: InquiryFileColumn, code: MessageCode, params?: MessageParams) => problems.push({ row: rowNumber, column: label(column), code, ...(params && { params }) });

  const optionalName = (column: InquiryFileColumn, maxLength: number): string | null => {
    const value = text(column);
    if (value.length > maxLength) problem(column, 'too_long', { max: maxLength });
    return value === '' ? null : value;
  };
  const date = (column: InquiryFileColumn, isRequired: boolean): string | null => {
    const value = text(column);
    if (value === '') {
      if (isRequired) problem(column, 'required');
      return null;
    }
    const parsed = parseFileDate(value);
    if (!parsed) problem(column, 'import_not_a_date', { value: value.slice(0, 20) });
    return parsed;
  };

  // No cell may hold what cannot be stored (NUL and other controls, lone surrogates): a row error, before anything else.
  for (const column of Object.keys(headerMap.index) as InquiryFileColumn[]) {
    const unsafe = unsafeTextIn(raw(column));
    if (unsafe) problem(column, 'unsafe_text', { character: unsafe.character, codePoint: unsafe.codePoint });
  }
  if (problems.length > 0) return { ok: false, problems };

  // Cell by cell: what the file format decides (dates, kind and channel names, name lengths).
  const reference = text('reference');
  const receivedOn = date('received', true);
  const citizenReference = text('citizen');

  const kindText = text('kind');
  const kind = KIND_BY_NAME.get(kindText.toLowerCase());
  if (!kind) {
    if (kindText === '') problem('kind', 'required');
    else problem('kind', 'import_not_one_of', { value: kindText.slice(0, 30), allowed: KIND_NAMES });
  }

  const channelText = text('channel');
  const channel = channelText === '' ? 'other' : CHANNEL_BY_NAME.get(channelText.toLowerCase());
  if (!channel) problem('channel', 'import_not_one_of', { value: channelText.slice(0, 30), allowed: CHANNEL_NAMES });

  const orgUnitName = optionalName('org_unit', MAX_CATALOG_NAME_LENGTH);
  const categoryNames = splitCategories(raw('categories'));
  if (categoryNames.some((name) => name.length > MAX_CATALOG_NAME_LENGTH)) problem('categories', 'import_name_too_long', { max: MAX_CATALOG_NAME_LENGTH });
  const outcomeName = optionalName('outcome', MAX_CATALOG_NAME_LENGTH);
  const mainReference = optionalName('follow_up_of', INQUIRY_LIMITS.reference);
  if (mainReference !== null && mainReference === reference) problem('follow_up_of', 'follow_up_of_itself');
  const firstContactOn = date('first_contact', false);
  const closedOn = date('closed', false);
  const summary = raw('summary');

  // Then the rules every inquiry meets, shared with the API; a column already reported is not reported twice.
  const reported = new Set(problems.map((p) => p.column));
  const draft: InquiryDraft = {
    reference,
    receivedOn: receivedOn ?? '',
    channel: channel ?? 'other',
    citizenReference,
    kind: kind ?? 'other',
    orgUnitId: orgUnitName,
    categoryIds: categoryNames.map((name) => name.toLowerCase()),
    outcomeId: outcomeName,
    mainInquiryId: mainReference,
    firstContactOn,
    closedOn,
    summary,
  };
  for (const found of inquiryProblems(draft)) {
    const column = COLUMN_OF_FIELD[found.field];
    if (reported.has(label(column))) continue;
    if (found.field === 'categoryIds' && !kind) continue;
    if ((found.field === 'firstContactOn' || found.field === 'closedOn') && !receivedOn) continue;
    reported.add(label(column));
    problem(column, found.code, found.params);
  }

  if (problems.length > 0 || !receivedOn || !kind || !channel) return { ok: false, problems };
  return {
    ok: true,
    draft: {
      row: rowNumber,
      reference,
      receivedOn,
      channel,
      citizenReference,
      kind,
      orgUnitName,
      categoryNames,
      outcomeName,
      mainReference,
      firstContactOn,
      closedOn,
      summary,
    },
  };
}

/** True when a row has nothing in any cell (blank lines are skipped, not errors). */
export function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((cell) => cellText(cell).trim() === '');
}

/**
 * An export is read by people: headers, kinds and channels in the reader's language, dates as Danes write them
 * (03.12.2026) in Danish and as ISO (2026-12-03) in English. The import reads both languages back.
 */
const KIND_LABEL: Record<Language, Record<InquiryKind, string>> = {
  da: { complaint: 'Klageforhold', guidance: 'Vejledning', wayfinding: 'Vejvisning', information: 'Orientering', other: 'Andet' },
  en: { complaint: 'Complaint', guidance: 'Guidance', wayfinding: 'Wayfinding', information: 'Information', other: 'Other' },
};
const CHANNEL_LABEL: Record<Language, Record<InquiryChannel, string>> = {
  da: { phone: 'Telefon', email: 'E-mail', letter: 'Brev', meeting: 'Møde', digital_post: 'Digital post', other: 'Andet' },
  en: { phone: 'Phone', email: 'E-mail', letter: 'Letter', meeting: 'Meeting', digital_post: 'Digital post', other: 'Other' },
};

/** The columns holding dates, which a spreadsheet export writes as date cells. */
export const INQUIRY_FILE_DATE_COLUMNS: ReadonlySet<InquiryFileColumn> = new Set(['received', 'first_contact', 'closed']);

/** A YYYY-MM-DD date as an export in `language` writes it. */
function exportDate(date: string, language: Language): string {
  return language === 'da' ? `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : date;
}

/** A column's Danish name as an export's header writes it ("Første kontakt"). */
export function danishColumnHeader(column: InquiryFileColumn): string {
  return capitalize(danishColumnName(column));
}

/** The header row of an export in the reader's language (English: the columns' own names). */
export function exportHeader(language: Language = 'en'): string[] {
  return INQUIRY_FILE_COLUMNS.map((column) => (language === 'da' ? danishColumnHeader(column) : column));
}

function capitalize(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1).replace(/_/g, ' ')}`;
}

/** One inquiry as an export row, in INQUIRY_FILE_COLUMNS order, in the reader's language; parseImportRow reads it back unchanged. */
export function formatExportRow(row: InquiryExportRow, language: Language = 'en'): string[] {
  const date = (value: string | null) => (value === null ? '' : exportDate(value, language));
  const values: Record<InquiryFileColumn, string> = {
    reference: row.reference,
    received: date(row.receivedOn),
    citizen: row.citizenReference,
    kind: KIND_LABEL[language][row.kind],
    org_unit: row.orgUnitName ?? '',
    categories: row.categoryNames.join('; '),
    outcome: row.outcomeName ?? '',
    follow_up_of: row.mainReference ?? '',
    first_contact: date(row.firstContactOn),
    closed: date(row.closedOn),
    summary: row.summary,
    channel: CHANNEL_LABEL[language][row.channel],
  };
  return INQUIRY_FILE_COLUMNS.map((column) => values[column]);
}

/** The delimiter of a CSV file from its header line: ';' when it has more semicolons than commas outside quotes. */
export function detectCsvDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}
