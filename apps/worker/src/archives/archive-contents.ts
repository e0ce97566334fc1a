import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import {
  ARCHIVE_FORMAT, ARCHIVE_TABLE_NAMES, ARCHIVE_TABLES, ArchiveColumnType, ArchiveManifest, ArchiveRow, ArchiveTable, ArchiveTableName, CHECKSUM_FILE, MANIFEST_FILE, tableFile,
} from '@raadgiver/db';

/** Everything a package is made from, read in one transaction. */
export interface ArchiveContent {
  tenantName: string;
  kommunekode: string;
  packageId: string;
  scope: 'period' | 'everything';
  period: { from: string; to: string };
  requestedBy: string | null;
  /** When the package was made (ISO 8601). */
  madeAt: string;
  tables: Record<ArchiveTableName, ArchiveRow[]>;
  /** The report documents as PDF, by their path in the package. */
  documents: { file: string; content: Buffer }[];
}

export const TABLE_INDEX_FILE = 'tableIndex.xml';
export const README_FILE = 'LÆSMIG.txt';
export { CHECKSUM_FILE, MANIFEST_FILE, tableFile };

const XML_TYPES: Record<ArchiveColumnType, string> = {
  uuid: 'xs:string',
  text: 'xs:string',
  date: 'xs:date',
  timestamp: 'xs:dateTime',
  integer: 'xs:integer',
  boolean: 'xs:boolean',
  json: 'xs:string',
};

/**
 * A table as CSV (RFC 4180, UTF-8 without byte order mark, comma, CRLF), the header first. Text is always quoted, so
 * an empty text is `""` and an absent value (NULL) an empty field without quotes.
 */
export function tableCsv(table: ArchiveTable, rows: readonly ArchiveRow[]): string {
  const field = (value: string | null) => (value === null ? '' : `"${value.replace(/"/g, '""')}"`);
  const lines = [table.columns.map((column) => field(column.name)), ...rows.map((row) => table.columns.map((column) => field(row[column.name] ?? null)))];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The index of the tables, modelled on an arkiveringsversion's tableIndex.xml: every table, column, type and description. */
export function tableIndexXml(content: ArchiveContent): string {
  const tables = ARCHIVE_TABLE_NAMES.map((name) => {
    const table: ArchiveTable = ARCHIVE_TABLES[name];
    const columns = table.columns
      .map(
        (column, i) =>
          `      <column>\n        <name>${xml(column.name)}</name>\n        <columnID>c${i + 1}</columnID>\n        <type>${XML_TYPES[column.type]}</type>\n` +
          `        <typeOriginal>${column.type}</typeOriginal>\n        <nullable>true</nullable>\n        <description>${xml(column.description)}</description>\n      </column>`,
      )
      .join('\n');
    return (
      `  <table>\n    <name>${xml(table.name)}</name>\n    <file>${tableFile(table.name)}</file>\n    <description>${xml(table.description)}</description>\n` +
      `    <rows>${content.tables[name].length}</rows>\n    <columns>\n${columns}\n    </columns>\n  </table>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<siardDiark xmlns:xs="http://www.w3.org/2001/XMLSchema">\n` +
    `  <archiveInformationPackageID>${xml(content.packageId)}</archiveInformationPackageID>\n` +
    `  <dbName>Raadgiver: ${xml(content.tenantName)}</dbName>\n` +
    `  <databaseProduct>PostgreSQL</databaseProduct>\n` +
    `  <tables>\n${tables.join('\n')}\n  </tables>\n</siardDiark>\n`
  );
}

/** The package's description in Danish: what it is, whose, which period, when and by whom, and how to read it. */
export function readme(content: ArchiveContent, files: { path: string; bytes: number }[]): string {
  const scope =
    content.scope === 'everything'
      ? 'Alle kommunens data (eksport før kommunen forlader Raadgiver), uanset periode.'
      : `Perioden ${content.period.from} til ${content.period.to} (begge dage medregnet).`;
  const tableLines = ARCHIVE_TABLE_NAMES.map(
    (name) => `  ${tableFile(name)}: ${ARCHIVE_TABLES[name].description} (${content.tables[name].length} rækker)`,
  );
  return [
    'ARKIVPAKKE FRA RAADGIVER',
    '',
    `Kommune: ${content.tenantName} (kommunekode ${content.kommunekode})`,
    `Pakkens id: ${content.packageId}`,
    `Omfang: ${scope}`,
    `Dannet: ${content.madeAt}`,
    `Bestilt af: ${content.requestedBy ?? 'ukendt bruger'}`,
    '',
    'Pakken er opbygget efter forbillede af en arkiveringsversion (bekendtgørelse om arkiveringsversioner), men er',
    'ikke en godkendt arkiveringsversion. Den beskriver sig selv:',
    '',
    `  ${TABLE_INDEX_FILE}: tabellerne, deres kolonner, typer (XML Schema) og beskrivelser, og antallet af rækker.`,
    '  tables/: én CSV-fil pr. tabel (RFC 4180, UTF-8, komma som skilletegn, linjeskift CRLF, første linje er',
    '    kolonnernes navne). Tekst står altid i anførselstegn; et tomt felt uden anførselstegn betyder "ingen værdi".',
    '    Datoer er ÅÅÅÅ-MM-DD, tidspunkter ISO 8601 med tidszone, id’er UUID.',
    '  documents/: beretningernes dokumenter som PDF (tilgængelige, tagget PDF), navngivet efter beretning og version.',
    `  ${MANIFEST_FILE}: pakkens omfang og format til programmer, der læser den (fx genindlæsning i en anden installation).`,
    `  ${CHECKSUM_FILE}: SHA-256 for hver fil i pakken (formatet fra sha256sum), så pakken kan kontrolleres.`,
    '',
    'En henvendelse hører til perioden, når den er modtaget eller afsluttet i perioden. Logningen omfatter hændelser',
    'i perioden (dansk tid). Beretninger medtages, når deres periode overlapper pakkens.',
    '',
    'Tabeller:',
    ...tableLines,
    '',
    'Filer:',
    ...files.map((file) => `  ${file.path} (${file.bytes} bytes)`),
    '',
    'Pakken indeholder personoplysninger og skal behandles derefter.',
    '',
  ].join('\r\n');
}

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** What a program reading the package back needs to know first. */
export function manifest(content: ArchiveContent): ArchiveManifest {
  return { format: ARCHIVE_FORMAT, packageId: content.packageId, scope: content.scope, period: content.period, madeAt: content.madeAt };
}

/** The package as a ZIP: tables, index, manifest, documents, README and the checksum list of every other file. */
export async function buildArchiveZip(content: ArchiveContent): Promise<Buffer> {
  const files: { path: string; bytes: Buffer }[] = [];
  for (const name of ARCHIVE_TABLE_NAMES) {
    files.push({ path: tableFile(name), bytes: Buffer.from(tableCsv(ARCHIVE_TABLES[name], content.tables[name]), 'utf8') });
  }
  files.push({ path: TABLE_INDEX_FILE, bytes: Buffer.from(tableIndexXml(content), 'utf8') });
  files.push({ path: MANIFEST_FILE, bytes: Buffer.from(`${JSON.stringify(manifest(content), null, 2)}\n`, 'utf8') });
  for (const document of content.documents) files.push({ path: document.file, bytes: document.content });
  files.push({ path: README_FILE, bytes: Buffer.from(readme(content, files.map((file) => ({ path: file.path, bytes: file.bytes.length }))), 'utf8') });
  const checksums = files.map((file) => `${sha256(file.bytes)}  ${file.path}\n`).join('');

  const zip = new JSZip();
  const date = new Date(content.madeAt);
  for (const file of files) zip.file(file.path, file.bytes, { date });
  zip.file(CHECKSUM_FILE, checksums, { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export { sha256 as sha256Hex };
