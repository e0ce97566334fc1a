/* Test support: finds given pieces of personal data anywhere a tenant's rows are stored, driven by the database catalogue. */
import JSZip from 'jszip';
import { Client } from 'pg';
import { pdfText } from '@raadgiver/testing';

/** A table that holds a tenant's rows, and the column that names the tenant (tenant_id; the tenant table's own id). */
export interface TenantTable {
  table: string;
  tenantColumn: string;
}

/** A column of a tenant table that can hold text: text, varchar, char, json, jsonb, bytea, or an array of them. */
export interface TenantDataColumn extends TenantTable {
  column: string;
  /** The column's type as the catalogue names it (format_type), e.g. 'text', 'jsonb', 'bytea', 'text[]'. */
  type: string;
}

/** Where a piece of personal data was found. */
export interface PersonalDataTrace {
  table: string;
  column: string;
  needle: string;
  /** How it was found: in the value as text, or inside a ZIP entry or a PDF of a binary value. */
  where: 'text' | 'binary' | `zip:${string}` | 'pdf';
}

const TEXT_TYPES = /^(text|character varying(\(\d+\))?|character(\(\d+\))?|json|jsonb|bytea)(\[\])?$/;

/**
 * Every table of the public schema that holds a tenant's rows, from pg_catalog: each ordinary table with a tenant_id
 * column, and the tenant table itself (by its id). Nothing is listed by hand, so a table added later is covered.
 */
export async function listTenantTables(client: Client): Promise<TenantTable[]> {
  const { rows } = await client.query<{ table: string }>(`
    SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
    ORDER BY c.relname`);
  return [{ table: 'tenant', tenantColumn: 'id' }, ...rows.map((r) => ({ table: r.table, tenantColumn: 'tenant_id' }))];
}

/** Every column of every tenant table that can hold text or a file, from pg_catalog (see TEXT_TYPES). */
export async function listTenantDataColumns(client: Client): Promise<TenantDataColumn[]> {
  const tables = await listTenantTables(client);
  const { rows } = await client.query<{ table: string; column: string; type: string }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relname = ANY($1::text[]) AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY c.relname, a.attnum`,
    [tables.map((t) => t.table)],
  );
  const tenantColumn = new Map(tables.map((t) => [t.table, t.tenantColumn]));
  return rows.filter((r) => TEXT_TYPES.test(r.type)).map((r) => ({ ...r, tenantColumn: tenantColumn.get(r.table)! }));
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** An XML part's text: tags dropped, entities decoded (a DOCX's runs, an XLSX's shared strings). */
function xmlText(xml: string): string {
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|amp|quot|apos);/g, (entity) => XML_ENTITIES[entity])
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

const contains = (haystack: string, needle: string) => haystack.toLocaleLowerCase('da').includes(needle.toLocaleLowerCase('da'));

/** The needles found in one binary value: as UTF-8 and Latin-1, inside every entry of a ZIP (DOCX, XLSX), in a PDF's text. */
async function binaryTraces(bytes: Buffer, needles: readonly string[]): Promise<{ needle: string; where: PersonalDataTrace['where'] }[]> {
  const found: { needle: string; where: PersonalDataTrace['where'] }[] = [];
  const plain = [bytes.toString('utf8'), bytes.toString('latin1')];
  for (const needle of needles) if (plain.some((text) => contains(text, needle))) found.push({ needle, where: 'binary' });
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files)) {
      const entry = zip.files[name];
      if (entry.dir) continue;
      const content = await entry.async('string');
      const texts = [content, xmlText(content), xmlText(content.replace(/<\/w:p>|<\/a:p>|<\/si>|<\/c>/g, ' $&'))];
      for (const needle of needles) if (texts.some((text) => contains(text, needle))) found.push({ needle, where: `zip:${name}` });
    }
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    for (const needle of needles) if (contains(text, needle) || contains(text.replace(/-\s/g, ''), needle)) found.push({ needle, where: 'pdf' });
  }
  return found;
}

/**
 * Every place among the tenant's rows where any of the needles occurs (case-insensitively): every text, varchar, char,
 * json, jsonb and bytea column (and arrays of them) of every tenant table the catalogue lists; binary values are also
 * read as ZIP packages (DOCX, XLSX: every entry, as XML and as text) and as PDF text. Reads as the client's role:
 * pass a superuser client, which row-level security does not restrict.
 */
export async function findPersonalData(client: Client, tenantId: string, needles: readonly string[]): Promise<PersonalDataTrace[]> {
  const traces: PersonalDataTrace[] = [];
  for (const col of await listTenantDataColumns(client)) {
    const from = `FROM ${quote(col.table)} WHERE ${quote(col.tenantColumn)} = $1 AND ${quote(col.column)} IS NOT NULL`;
    if (col.type.startsWith('bytea')) {
      const { rows } = await client.query<{ value: Buffer | Buffer[] }>(`SELECT ${quote(col.column)} AS value ${from}`, [tenantId]);
      for (const row of rows) {
        for (const bytes of Array.isArray(row.value) ? row.value : [row.value]) {
          for (const trace of await binaryTraces(bytes, needles)) traces.push({ table: col.table, column: col.column, ...trace });
        }
      }
      continue;
    }
    for (const needle of needles) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n ${from} AND strpos(lower(${quote(col.column)}::text), lower($2)) > 0`,
        [tenantId, needle],
      );
      // JSON escapes non-ASCII characters only when asked to; the text form above is what it stores.
      if (rows[0].n > 0) traces.push({ table: col.table, column: col.column, needle, where: 'text' });
    }
  }
  return traces;
}
