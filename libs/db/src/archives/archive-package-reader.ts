import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import {
  ARCHIVE_FORMAT, ARCHIVE_TABLE_NAMES, ARCHIVE_TABLES, ArchiveColumnType, ArchiveManifest, ArchiveRow, ArchiveTableName, CHECKSUM_FILE, MANIFEST_FILE, tableFile,
} from './archive-tables';

/** A package that cannot be read back; the message names the file (and row) and says what is wrong, never a value. */
export class ArchivePackageError extends Error {
  override readonly name = 'ArchivePackageError';
}

/** A package read back: its manifest, every table's rows (text or null, as exported) and its files by path. */
export interface ArchivePackageContent {
  manifest: ArchiveManifest;
  tables: Record<ArchiveTableName, ArchiveRow[]>;
  files: Map<string, Buffer>;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const VALUE_FORMATS: Record<ArchiveColumnType, ((value: string) => boolean) | null> = {
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
  timestamp: (value) => /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/.test(value),
  integer: (value) => /^-?\d{1,18}$/.test(value),
  boolean: (value) => value === 'true' || value === 'false',
  json: (value) => {
    try {
      JSON.parse(value);
      return true;
    } catch {
      return false;
    }
  },
  text: null,
};

/** Every file in the package by path, each checked against checksums.sha256, and no file the list does not name. */
async function verifiedFiles(zip: JSZip): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  const list = files.get(CHECKSUM_FILE);
  if (!list) throw new ArchivePackageError(`${CHECKSUM_FILE} is missing: the package cannot be verified`);
  const listed = new Map<string, string>();
  for (const [index, line] of list.toString('utf8').split('\n').entries()) {
    if (line.trim() === '') continue;
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!match) throw new ArchivePackageError(`${CHECKSUM_FILE}, line ${index + 1}: not "<sha256>  <file>"`);
    listed.set(match[2], match[1]);
  }
  for (const [path, hash] of listed) {
    const bytes = files.get(path);
    if (!bytes) throw new ArchivePackageError(`${path} is named in ${CHECKSUM_FILE} but missing from the package`);
    if (sha256(bytes) !== hash) throw new ArchivePackageError(`${path} does not match its checksum in ${CHECKSUM_FILE}: the package is damaged or altered`);
  }
  for (const path of files.keys()) {
    if (path !== CHECKSUM_FILE && !listed.has(path)) throw new ArchivePackageError(`${path} is not named in ${CHECKSUM_FILE}`);
  }
  return files;
}

function readManifest(files: Map<string, Buffer>): ArchiveManifest {
  const bytes = files.get(MANIFEST_FILE);
  if (!bytes) throw new ArchivePackageError(`${MANIFEST_FILE} is missing: the package is older than restorable packages (format ${ARCHIVE_FORMAT})`);
  let manifest: Partial<ArchiveManifest>;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as Partial<ArchiveManifest>;
  } catch {
    throw new ArchivePackageError(`${MANIFEST_FILE} is not JSON`);
  }
  if (manifest.format !== ARCHIVE_FORMAT) throw new ArchivePackageError(`${MANIFEST_FILE}: format ${String(manifest.format)}, where this version reads format ${ARCHIVE_FORMAT}`);
  return manifest as ArchiveManifest;
}

/** A table's rows: the header must name the columns this version exports, and each value must have its column's form. */
function readTable(name: ArchiveTableName, files: Map<string, Buffer>): ArchiveRow[] {
  const file = tableFile(name);
  const bytes = files.get(file);
  if (!bytes) throw new ArchivePackageError(`${file} is missing`);
  let records: (string | null)[][];
  try {
    // An unquoted empty field is an absent value (NULL); a quoted one an empty text.
    records = parse(bytes, { cast: (value, context) => (value === '' && !context.quoting ? null : value), relax_column_count: true }) as (string | null)[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ArchivePackageError(`${file}${line ? `, line ${line}` : ''}: not CSV as the package writes it`);
  }
  const [header = [], ...data] = records;
  const columns = ARCHIVE_TABLES[name].columns;
  const expected = columns.map((column) => column.name);
  if (header.join(',') !== expected.join(',')) {
    throw new ArchivePackageError(`${file}: the columns are "${header.join(',')}", where this version reads "${expected.join(',')}"`);
  }
  return data.map((values, index) => {
    const row = `${file}, row ${index + 1}`;
    if (values.length !== columns.length) throw new ArchivePackageError(`${row}: ${values.length} values for ${columns.length} columns`);
    const record: ArchiveRow = {};
    for (const [i, column] of columns.entries()) {
      const value = values[i];
      const valid = VALUE_FORMATS[column.type];
      if (value !== null && valid && !valid(value)) throw new ArchivePackageError(`${row}: ${column.name} is not a valid ${column.type}`);
      record[column.name] = value;
    }
    return record;
  });
}

/**
 * Reads an archive package back: every file checked against its SHA-256 in checksums.sha256 first, then the manifest
 * and each table's CSV. Throws an ArchivePackageError naming the file (and row) when anything is off.
 */
export async function readArchivePackage(zipBytes: Buffer): Promise<ArchivePackageContent> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(zipBytes);
  } catch {
    throw new ArchivePackageError('The file is not a ZIP archive package');
  }
  const files = await verifiedFiles(zip);
  const manifest = readManifest(files);
  const tables = Object.fromEntries(ARCHIVE_TABLE_NAMES.map((name) => [name, readTable(name, files)])) as Record<ArchiveTableName, ArchiveRow[]>;
  return { manifest, tables, files };
}
