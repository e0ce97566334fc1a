import { INestApplicationContext } from '@nestjs/common';
import { aReport, createTestDatabase, redisUrl, TestDatabase, uniqueName, withoutSeededReport } from '@raadgiver/testing';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { DatabaseConnection } from '../database/database.module';
import { createWorkerApp } from '../worker';
import { CHECKSUM_FILE, README_FILE, TABLE_INDEX_FILE } from './archive-contents';
import { ArchivePackageService } from './archive-package.service';
import { ARCHIVE_TABLES } from '@raadgiver/db';

type Row = Record<string, string>;

const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** A fake PDF document of a report; the archive carries report documents byte for byte. */
const FAKE_PDF = Buffer.from('%PDF-1.7\n% the 2019 report\n%%EOF\n');

/** Counts as "key → n", sorted, so two tallies compare as equal objects. */
function tally(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys.sort()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

describe('the archives.build job', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let service: ArchivePackageService;
  let tenantId: string;
  let adminId: string;
  let reportId: string;

  async function aPackage(scope: 'period' | 'everything', from: string, to: string): Promise<string> {
    const { rows } = await db.admin.query<{ id: string }>(
      `INSERT INTO archive_package (tenant_id, scope, period_from, period_to, requested_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [tenantId, scope, from, to, adminId],
    );
    return rows[0].id;
  }

  async function built(packageId: string): Promise<{ zip: JSZip; row: { status: string; size_bytes: string; sha256: string; content: Buffer } }> {
    const { rows } = await db.admin.query('SELECT status, size_bytes, sha256, content FROM archive_package WHERE id = $1', [packageId]);
    return { zip: await JSZip.loadAsync(rows[0].content), row: rows[0] };
  }

  const csv = async (zip: JSZip, table: string): Promise<Row[]> =>
    parse(await zip.file(`tables/${table}.csv`)!.async('string'), { columns: true, skip_empty_lines: true }) as Row[];

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    app = await createWorkerApp({ redisUrl: redisUrl(), databaseUrl: db.appUrl, queuePrefix: uniqueName('test_archives'), concurrency: 1, lockMs: 30_000 }, { logger: false });
    await app.get(DatabaseConnection).open();
    service = app.get(ArchivePackageService);
    const { rows } = await db.admin.query<{ tenant_id: string; user_id: string }>(
      `SELECT m.tenant_id, m.user_id FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE t.slug = 'lejre' AND m.role = 'tenant_admin' LIMIT 1`,
    );
    ({ tenant_id: tenantId, user_id: adminId } = rows[0]);
    await withoutSeededReport(db, 'lejre', '2019-01-01');
    reportId = (await aReport(db, tenantId, adminId).forYear(2019).withStatus('ready').withVersion({ version: 1, status: 'ready', progress: 100 }).build()).id;
    await db.admin.query(
      `INSERT INTO report_document (tenant_id, report_id, version, format, content, byte_size, sha256) VALUES ($1, $2, 1, 'pdf', $3, $4, $5)`,
      [tenantId, reportId, FAKE_PDF, FAKE_PDF.length, sha256(FAKE_PDF)],
    );
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it("re-reads to the period's inquiries and figures: ids, counts per category, outcome and year, learning entries, log and documents", async () => {
    const packageId = await aPackage('period', '2019-01-01', '2019-12-31');
    expect(await service.build(tenantId, packageId)).toMatchObject({ packageId, built: true });
    const { zip, row } = await built(packageId);
    expect(row.status).toBe('ready');
    expect(Number(row.size_bytes)).toBe(row.content.length);
    expect(row.sha256).toBe(sha256(row.content));

    // Every file is in the checksum list with its own SHA-256, and the list names nothing else.
    const listed = (await zip.file(CHECKSUM_FILE)!.async('string')).trim().split('\n').map((line) => line.split('  '));
    const files = Object.values(zip.files).filter((file) => !file.dir && file.name !== CHECKSUM_FILE).map((file) => file.name).sort();
    expect(listed.map(([, path]) => path).sort()).toEqual(files);
    for (const [hash, path] of listed) expect(sha256(await zip.file(path)!.async('uint8array'))).toBe(hash);

    // The inquiries are exactly those received or closed in 2019.
    const inquiries = await csv(zip, 'inquiry');
    const expected = await db.admin.query<{ id: string }>(
      `SELECT id FROM inquiry WHERE tenant_id = $1 AND (received_on BETWEEN '2019-01-01' AND '2019-12-31' OR closed_on BETWEEN '2019-01-01' AND '2019-12-31') ORDER BY id`,
      [tenantId],
    );
    expect(expected.rows.length).toBeGreaterThan(50);
    expect(inquiries.map((i) => i.id).sort()).toEqual(expected.rows.map((r) => r.id).sort());
    const inScope = `tenant_id = $1 AND (received_on BETWEEN '2019-01-01' AND '2019-12-31' OR closed_on BETWEEN '2019-01-01' AND '2019-12-31')`;

    // Counts per year received, kind and outcome, from the files against the database.
    const outcomes = new Map((await csv(zip, 'outcome')).map((o) => [o.id, o.name]));
    const fileByYearKindOutcome = tally(inquiries.map((i) => `${i.received_on.slice(0, 4)}|${i.kind}|${i.outcome_id ? outcomes.get(i.outcome_id) : '-'}`));
    const dbByYearKindOutcome = await db.admin.query<{ key: string; n: number }>(
      `SELECT extract(year FROM i.received_on)::text || '|' || i.kind || '|' || coalesce(o.name, '-') AS key, count(*)::int AS n
       FROM inquiry i LEFT JOIN outcome o ON o.tenant_id = i.tenant_id AND o.id = i.outcome_id WHERE i.${inScope.replace(/(received_on|closed_on)/g, 'i.$1')} GROUP BY 1`,
      [tenantId],
    );
    expect(fileByYearKindOutcome).toEqual(Object.fromEntries(dbByYearKindOutcome.rows.map((r) => [r.key, r.n]).sort(([a], [b]) => String(a).localeCompare(String(b)))));

    // Counts per category.
    const categories = new Map((await csv(zip, 'category')).map((c) => [c.id, c.name]));
    const fileByCategory = tally((await csv(zip, 'inquiry_category')).map((link) => categories.get(link.category_id)!));
    const dbByCategory = await db.admin.query<{ name: string; n: number }>(
      `SELECT c.name, count(*)::int AS n FROM inquiry_category ic JOIN category c ON c.tenant_id = ic.tenant_id AND c.id = ic.category_id
       WHERE ic.inquiry_id IN (SELECT id FROM inquiry WHERE ${inScope}) GROUP BY c.name`,
      [tenantId],
    );
    expect(Object.keys(fileByCategory).length).toBeGreaterThan(1);
    expect(fileByCategory).toEqual(Object.fromEntries(dbByCategory.rows.map((r) => [r.name, r.n]).sort(([a], [b]) => String(a).localeCompare(String(b)))));

    // The citizens are the inquiries' citizens, with their personal data.
    const citizens = await csv(zip, 'citizen');
    expect(citizens.map((c) => c.id).sort()).toEqual([...new Set(inquiries.map((i) => i.citizen_id))].sort());
    const aCitizen = (await db.admin.query('SELECT id, display_name FROM citizen WHERE id = $1', [inquiries[0].citizen_id])).rows[0];
    expect(citizens.find((c) => c.id === aCitizen.id)?.display_name).toBe(aCitizen.display_name);

    // Learning entries of those inquiries, the period's log, the report's document byte for byte.
    const learning = await db.admin.query<{ id: string }>(`SELECT id FROM learning_entry WHERE inquiry_id IN (SELECT id FROM inquiry WHERE ${inScope})`, [tenantId]);
    expect((await csv(zip, 'learning_entry')).map((l) => l.id).sort()).toEqual(learning.rows.map((r) => r.id).sort());
    const events = await db.admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = $1 AND occurred_at >= '2019-01-01T00:00:00+01:00' AND occurred_at < '2020-01-01T00:00:00+01:00'`,
      [tenantId],
    );
    expect((await csv(zip, 'audit_event')).length).toBe(events.rows[0].n);
    const documents = await csv(zip, 'report_document');
    const document = documents.find((d) => d.report_id === reportId)!;
    expect(Buffer.from(await zip.file(document.file)!.async('uint8array')).equals(FAKE_PDF)).toBe(true);

    // The index names every table with its file, row count and every column with a type and description.
    const index = await zip.file(TABLE_INDEX_FILE)!.async('string');
    for (const table of Object.values(ARCHIVE_TABLES)) {
      const block = new RegExp(`<table>\\s*<name>${table.name}</name>\\s*<file>tables/${table.name}\\.csv</file>[\\s\\S]*?</table>`).exec(index)?.[0] ?? '';
      expect(block).toContain(`<rows>${(await csv(zip, table.name)).length}</rows>`);
      for (const column of table.columns) expect(block).toMatch(new RegExp(`<name>${column.name}</name>\\s*<columnID>c\\d+</columnID>\\s*<type>xs:\\w+</type>`));
    }
    const readme = await zip.file(README_FILE)!.async('string');
    expect(readme).toContain('Lejre');
    expect(readme).toContain('Perioden 2019-01-01 til 2019-12-31');
    expect(readme).toMatch(/Bestilt af: \S+/);

    // Built once: the audit says so with sizes only.
    const audit = await db.admin.query(`SELECT user_id, details FROM audit_event WHERE action = 'archive.built' AND subject_id = $1`, [packageId]);
    expect(audit.rows).toEqual([{ user_id: null, details: { bytes: row.content.length, sha256: row.sha256 } }]);
    expect(await service.build(tenantId, packageId)).toEqual({ packageId, built: false, bytes: 0 });
  });

  it("exports everything of the municipality, and nothing of another's", async () => {
    const packageId = await aPackage('everything', '2000-01-01', '2030-12-31');
    await service.build(tenantId, packageId);
    const { zip } = await built(packageId);
    const all = await db.admin.query<{ id: string }>('SELECT id FROM inquiry WHERE tenant_id = $1', [tenantId]);
    expect((await csv(zip, 'inquiry')).map((i) => i.id).sort()).toEqual(all.rows.map((r) => r.id).sort());
    const others = await db.admin.query<{ n: number }>('SELECT count(*)::int AS n FROM citizen WHERE tenant_id <> $1', [tenantId]);
    expect(others.rows[0].n).toBeGreaterThan(0);
    const citizens = await db.admin.query<{ id: string }>('SELECT id FROM citizen WHERE tenant_id = $1', [tenantId]);
    expect((await csv(zip, 'citizen')).map((c) => c.id).sort()).toEqual(citizens.rows.map((r) => r.id).sort());
    expect(await zip.file(README_FILE)!.async('string')).toContain('Alle kommunens data');
  });
});
