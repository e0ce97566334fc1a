import { INestApplicationContext } from '@nestjs/common';
import { defaultJobOptions, exportHeader, formatExportRow, importJobQueueId, ImportRowProblem, InquiryExportRow, JOBS, presentImportProblem, QUEUES } from '@raadgiver/domain';
import { anImportJob, createTestDatabase, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { Queue, QueueEvents } from 'bullmq';
import { redisConnectionOptions } from '../job-runner/redis-connection';
import { createWorkerApp, startWorker } from '../worker';
import { ImportResult, InquiryImportService, PROGRESS_EVERY } from './inquiry-import.service';

interface StoredJob {
  status: string;
  total_rows: number | null;
  processed_rows: number;
  inserted_rows: number;
  skipped_rows: number;
  errors: ImportRowProblem[];
  error_total: number;
  has_content: boolean;
}

function csv(rows: string[][], delimiter = ','): Buffer {
  return Buffer.from(stringify(rows, { delimiter }), 'utf8');
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Henvendelser');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const row = (overrides: Partial<InquiryExportRow> = {}): InquiryExportRow => ({
  reference: 'IMP-1',
  receivedOn: '2024-03-01',
  channel: 'phone',
  citizenReference: 'CIT-1',
  kind: 'guidance',
  orgUnitName: null,
  categoryNames: [],
  outcomeName: null,
  mainReference: null,
  firstContactOn: null,
  closedOn: null,
  summary: '',
  ...overrides,
});

describe('the inquiries.import job', () => {
  const queuePrefix = uniqueName('test_import');
  const connection = redisConnectionOptions(redisUrl());
  let db: TestDatabase;
  let app: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;
  let tenantId: string;
  let userId: string;
  let category: string;
  let outcome: string;
  let unit: { name: string; shortName: string };

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    app = await createWorkerApp({ redisUrl: redisUrl(), databaseUrl: db.appUrl, queuePrefix, concurrency: 2, lockMs: 30_000 }, { logger: false });
    await startWorker(app);
    queue = new Queue(QUEUES.imports, { connection, prefix: queuePrefix, defaultJobOptions });
    events = new QueueEvents(QUEUES.imports, { connection, prefix: queuePrefix });
    await events.waitUntilReady();
    const { rows } = await db.admin.query<{ tenant_id: string; user_id: string }>(
      `SELECT m.tenant_id, m.user_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = 'advisor@lejre.demo' AND m.role = 'advisor'`,
    );
    ({ tenant_id: tenantId, user_id: userId } = rows[0]);
    category = (await db.admin.query('SELECT name FROM category WHERE tenant_id = $1 ORDER BY sort_order LIMIT 1', [tenantId])).rows[0].name;
    outcome = (await db.admin.query('SELECT name FROM outcome WHERE tenant_id = $1 ORDER BY sort_order LIMIT 1', [tenantId])).rows[0].name;
    const units = await db.admin.query(
      `SELECT name, short_name FROM org_unit WHERE tenant_id = $1 AND valid_to IS NULL AND short_name IS NOT NULL ORDER BY sort_order LIMIT 1`,
      [tenantId],
    );
    unit = { name: units.rows[0].name, shortName: units.rows[0].short_name };
  });

  afterAll(async () => {
    await app?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await events?.close();
    await db?.drop();
  });

  async function createImportJob(content: Buffer, format: 'csv' | 'xlsx', createMissing = false): Promise<string> {
    return (await anImportJob(db, tenantId, userId, { content, format }).creatingMissing(createMissing).build()).id;
  }

  async function runImport(content: Buffer, format: 'csv' | 'xlsx', createMissing = false, attempts?: number, waitMs = 60_000) {
    const importJobId = await createImportJob(content, format, createMissing);
    const job = await queue.add(JOBS.importInquiries.name, { tenantId, importJobId }, { jobId: importJobQueueId(tenantId, importJobId), ...(attempts ? { attempts } : {}) });
    const result = (await job.waitUntilFinished(events, waitMs)) as ImportResult;
    return { importJobId, jobId: job.id as string, result, stored: await storedJob(importJobId) };
  }

  async function storedJob(id: string): Promise<StoredJob> {
    const { rows } = await db.admin.query<StoredJob>(
      `SELECT status, total_rows, processed_rows, inserted_rows, skipped_rows, errors, error_total, content IS NOT NULL AS has_content FROM import_job WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  const countWhere = async (sql: string, params: unknown[]) => Number((await db.admin.query(`SELECT count(*) AS n FROM ${sql}`, [tenantId, ...params])).rows[0].n);
  const inquiriesLike = (prefix: string) => countWhere('inquiry WHERE tenant_id = $1 AND reference LIKE $2', [`${prefix}%`]);
  /** The tenant's tenant_version.inquiry_version: an import stores with it deferred and moves it once, at its end. */
  const inquiryVersion = async () =>
    BigInt((await db.admin.query('SELECT coalesce((SELECT inquiry_version FROM tenant_version WHERE tenant_id = $1), 0)::text AS v', [tenantId])).rows[0].v);

  it('rejects a file with 10 good and 3 bad rows whole, naming each bad row and column, and stores nothing', async () => {
    const good = Array.from({ length: 10 }, (_, i) =>
      formatExportRow(row({ reference: `MIX-${i}`, citizenReference: `MIX-C${i}`, kind: 'complaint', categoryNames: [category], orgUnitName: unit.name })),
    );
    const rows = [
      exportHeader(),
      ...good.slice(0, 4),
      formatExportRow(row({ reference: 'MIX-BAD-DATE', receivedOn: '2024-02-30' })),
      ...good.slice(4, 8),
      [...formatExportRow(row({ reference: 'MIX-BAD-KIND' }))].map((cell, i) => (i === 3 ? 'klage' : cell)),
      ...good.slice(8),
      formatExportRow(row({ reference: 'MIX-BAD-MAIN', mainReference: 'NO-SUCH-CASE' })),
    ];
    const citizensBefore = await countWhere('citizen WHERE tenant_id = $1', []);
    const versionBefore = await inquiryVersion();
    const { result, stored } = await runImport(csv(rows), 'csv');

    expect(result).toEqual({ status: 'failed', totalRows: 13, insertedRows: 0, skippedRows: 0, errorCount: 3 });
    expect(stored.status).toBe('failed');
    expect(stored.errors).toEqual([
      { row: 6, column: 'received', code: 'import_not_a_date', params: { value: '2024-02-30' } },
      { row: 11, column: 'kind', code: 'import_not_one_of', params: { value: 'klage', allowed: expect.any(String) } },
      { row: 14, column: 'follow_up_of', code: 'import_unknown_main', params: { reference: 'NO-SUCH-CASE' } },
    ]);
    // As the advisor reads them: in Danish, the columns by their Danish names.
    expect(stored.errors.map((problem) => presentImportProblem(problem, 'da').reason)).toEqual([
      '"2024-02-30" i Modtaget er ikke en rigtig dato som ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ',
      expect.stringMatching(/^"klage" i Type er ikke en af complaint\/klageforhold, /),
      'Der er ingen henvendelse med sagsnummeret "NO-SUCH-CASE" i filen eller i forvejen',
    ]);
    expect(stored.has_content).toBe(false);
    expect(await inquiriesLike('MIX-')).toBe(0);
    expect(await countWhere('citizen WHERE tenant_id = $1', [])).toBe(citizensBefore);
    expect(await inquiryVersion()).toBe(versionBefore);
  });

  it('imports 10,000 XLSX rows with progress events, and a second import of the file adds nothing', async () => {
    const rows = [exportHeader()];
    for (let i = 0; i < 10_000; i += 1) {
      // Every tenth row follows up the row before it; the first row follows up one near the end (batches later).
      const main = i % 10 === 9 ? `BIG-${String(i - 1).padStart(5, '0')}` : i === 0 ? 'BIG-09998' : null;
      rows.push(
        formatExportRow(
          row({
            reference: `BIG-${String(i).padStart(5, '0')}`,
            receivedOn: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
            citizenReference: `BIG-C${i === 0 ? 4999 : Math.floor(i / 2)}`,
            kind: i % 3 === 0 ? 'complaint' : 'guidance',
            categoryNames: i % 3 === 0 ? [category] : [],
            orgUnitName: i % 2 === 0 ? unit.shortName : unit.name,
            outcomeName: i % 4 === 0 ? outcome : null,
            mainReference: main,
          }),
        ),
      );
    }
    // Rows 2k and 2k+1 share a citizen.
    const content = await xlsx(rows);
    const progress: unknown[] = [];
    const onProgress = ({ jobId, data }: { jobId: string; data: unknown }) => {
      if (jobId.startsWith('import:')) progress.push(data);
    };
    events.on('progress', onProgress);
    const versionBefore = await inquiryVersion();
    const first = await runImport(content, 'xlsx');
    events.off('progress', onProgress);

    expect(first.stored.errors).toEqual([]);
    expect(first.result).toEqual({ status: 'succeeded', totalRows: 10_000, insertedRows: 10_000, skippedRows: 0, errorCount: 0 });
    expect(first.stored).toMatchObject({ status: 'succeeded', total_rows: 10_000, processed_rows: 10_000, inserted_rows: 10_000, has_content: false });
    const validating = progress.filter((p) => (p as { phase: string }).phase === 'validating');
    expect(validating.length).toBeGreaterThanOrEqual(10_000 / PROGRESS_EVERY);
    expect(progress).toContainEqual({ phase: 'inserting', processedRows: 10_000, totalRows: 10_000, insertedRows: 10_000 });
    expect(await inquiriesLike('BIG-')).toBe(10_000);
    // 10,000 inquiries and 3,334 category links in batches, one move of the version.
    expect(await inquiryVersion()).toBe(versionBefore + 1n);
    expect(await countWhere(`inquiry i WHERE i.tenant_id = $1 AND i.reference LIKE 'BIG-%' AND i.main_inquiry_id IS NOT NULL`, [])).toBe(1_001);
    const [forward] = (await db.admin.query(`SELECT m.reference FROM inquiry i JOIN inquiry m ON m.id = i.main_inquiry_id WHERE i.tenant_id = $1 AND i.reference = 'BIG-00000'`, [tenantId])).rows;
    expect(forward).toEqual({ reference: 'BIG-09998' });
    expect(await countWhere(`inquiry_category ic JOIN inquiry i ON i.tenant_id = ic.tenant_id AND i.id = ic.inquiry_id WHERE ic.tenant_id = $1 AND i.reference LIKE 'BIG-%'`, [])).toBe(3_334);
    const audit = await db.admin.query(`SELECT user_id, details FROM audit_event WHERE tenant_id = $1 AND action = 'inquiry.imported' AND subject_id = $2`, [tenantId, first.importJobId]);
    expect(audit.rows).toEqual([{ user_id: userId, details: expect.objectContaining({ insertedRows: 10_000, skippedRows: 0, totalRows: 10_000 }) }]);

    const second = await runImport(content, 'xlsx');
    expect(second.result).toEqual({ status: 'succeeded', totalRows: 10_000, insertedRows: 0, skippedRows: 10_000, errorCount: 0 });
    expect(await inquiriesLike('BIG-')).toBe(10_000);
   }, 120_000);

  it("reads ';'-separated CSV with Danish headers in another order, Danish kinds and DD-MM-YYYY dates", async () => {
    const content = csv(
      [
        ['\uFEFFType', 'Sagsnummer', 'Modtaget', 'Borger', 'Forhold', 'Enhed', 'Udfald', 'Første_kontakt', 'Afsluttet', 'Resume', 'Foelgesag_til'],
        ['klageforhold', 'DK-1', '05-01-2024', 'DK-C1', `${category.toUpperCase()}; `, unit.name.toLowerCase(), outcome, '06-01-2024', '2024-01-31', 'Første; sag', ''],
        ['Vejledning', 'DK-2', '2024-02-01', 'DK-C1', '', unit.shortName, '', '', '', '', 'DK-1'],
      ],
      ';',
    );
    const { result } = await runImport(content, 'csv');
    expect(result).toMatchObject({ status: 'succeeded', insertedRows: 2 });
    const { rows } = await db.admin.query(
      `SELECT i.reference, i.kind, i.channel, i.received_on::text, i.first_contact_on::text, i.closed_on::text, i.status, i.summary,
              o.short_name, oc.name AS outcome, m.reference AS main, c.reference AS citizen,
              (SELECT array_agg(cat.name) FROM inquiry_category ic JOIN category cat ON cat.id = ic.category_id WHERE ic.inquiry_id = i.id) AS categories
         FROM inquiry i JOIN citizen c ON c.id = i.citizen_id LEFT JOIN org_unit o ON o.id = i.org_unit_id
         LEFT JOIN outcome oc ON oc.id = i.outcome_id LEFT JOIN inquiry m ON m.id = i.main_inquiry_id
        WHERE i.tenant_id = $1 AND i.reference LIKE 'DK-%' ORDER BY i.reference`,
      [tenantId],
    );
    expect(rows).toEqual([
      {
        reference: 'DK-1', kind: 'complaint', channel: 'other', received_on: '2024-01-05', first_contact_on: '2024-01-06', closed_on: '2024-01-31',
        status: 'closed', summary: 'Første; sag', short_name: unit.shortName, outcome, main: null, citizen: 'DK-C1', categories: [category],
      },
      {
        reference: 'DK-2', kind: 'guidance', channel: 'other', received_on: '2024-02-01', first_contact_on: null, closed_on: null,
        status: 'open', summary: '', short_name: unit.shortName, outcome: null, main: 'DK-1', citizen: 'DK-C1', categories: null,
      },
    ]);
  });

  it('refuses an unknown org unit, category or outcome, and creates them when asked to', async () => {
    const rows = [
      exportHeader(),
      formatExportRow(row({ reference: 'NEW-1', kind: 'complaint', orgUnitName: 'Helt Ny Enhed', categoryNames: ['Helt nyt forhold', category], outcomeName: 'Nyt udfald' })),
      formatExportRow(row({ reference: 'NEW-2', receivedOn: '2020-06-01', orgUnitName: 'helt ny enhed', outcomeName: 'NYT UDFALD' })),
    ];
    const refused = await runImport(csv(rows), 'csv');
    expect(refused.stored.errors).toEqual([
      { row: 2, column: 'org_unit', code: 'import_unknown_name', params: { kind: 'org_unit', name: 'Helt Ny Enhed' } },
      { row: 2, column: 'categories', code: 'import_unknown_name', params: { kind: 'category', name: 'Helt nyt forhold' } },
      { row: 2, column: 'outcome', code: 'import_unknown_name', params: { kind: 'outcome', name: 'Nyt udfald' } },
      { row: 3, column: 'org_unit', code: 'import_unknown_name', params: { kind: 'org_unit', name: 'helt ny enhed' } },
      { row: 3, column: 'outcome', code: 'import_unknown_name', params: { kind: 'outcome', name: 'NYT UDFALD' } },
    ]);
    expect(await inquiriesLike('NEW-')).toBe(0);

    const created = await runImport(csv(rows), 'csv', true);
    expect(created.result).toMatchObject({ status: 'succeeded', insertedRows: 2 });
    const units = await db.admin.query(`SELECT id, name, valid_from::text, kind FROM org_unit WHERE tenant_id = $1 AND lower(name) = 'helt ny enhed'`, [tenantId]);
    expect(units.rows).toEqual([{ id: expect.any(String), name: 'Helt Ny Enhed', valid_from: '2020-06-01', kind: 'department' }]);
    expect(await countWhere(`org_unit_event WHERE tenant_id = $1 AND org_unit_id = $2 AND action = 'created'`, [units.rows[0].id])).toBe(1);
    expect(await countWhere(`category WHERE tenant_id = $1 AND name = 'Helt nyt forhold'`, [])).toBe(1);
    expect(await countWhere(`outcome WHERE tenant_id = $1 AND lower(name) = 'nyt udfald'`, [])).toBe(1);
    expect(await countWhere(`inquiry WHERE tenant_id = $1 AND reference LIKE 'NEW-%' AND org_unit_id = $2`, [units.rows[0].id])).toBe(2);
  });

  it('keeps <script>, quotes, emoji, Danish letters and line breaks exactly', async () => {
    const summaries = [
      '<script>alert("x")</script> & \'quoted\' "double" — Ærø, Østerbro, Århus 🙂👩🏽‍⚖️',
      '  leading and trailing spaces, a ; and a , and a tab\there  ',
      'line one\nline two\r\n"line three"',
    ];
    const rows = [exportHeader(), ...summaries.map((summary, i) => formatExportRow(row({ reference: `TXT-${i}`, citizenReference: `Borger «${i}» æøå`, summary })))];
    for (const [format, content] of [['csv', csv(rows)], ['xlsx', await xlsx(rows.map((r) => r.map((c) => c.replace(/^TXT-/, 'TXX-'))))]] as const) {
      const { result } = await runImport(content, format);
      expect(result).toMatchObject({ status: 'succeeded', insertedRows: 3 });
    }
    for (const prefix of ['TXT-', 'TXX-']) {
      const { rows: stored } = await db.admin.query(
        `SELECT i.summary, c.reference AS citizen FROM inquiry i JOIN citizen c ON c.id = i.citizen_id WHERE i.tenant_id = $1 AND i.reference LIKE $2 ORDER BY i.reference`,
        [tenantId, `${prefix}%`],
      );
      // XML, and so XLSX, keeps a line break as LF: a CR LF written into a workbook reads back as LF.
      const expected = prefix === 'TXT-' ? summaries : summaries.map((s) => s.replace(/\r\n/g, '\n'));
      expect(stored).toEqual(expected.map((summary, i) => ({ summary, citizen: `Borger «${i}» æøå` })));
    }
  });

  it('changes nothing when a finished import job runs again (a retry)', async () => {
    const rows = [exportHeader(), formatExportRow(row({ reference: 'RETRY-1' }))];
    const first = await runImport(csv(rows), 'csv');
    expect(first.result).toMatchObject({ status: 'succeeded', insertedRows: 1 });
    const again = await app.get(InquiryImportService).run(tenantId, first.importJobId);
    expect(again).toEqual(first.result);
    expect(await inquiriesLike('RETRY-')).toBe(1);
    expect(await countWhere(`audit_event WHERE tenant_id = $1 AND action = 'inquiry.imported' AND subject_id = $2`, [first.importJobId])).toBe(1);
  });

  it('runs several imports given at once to the end, each whole', async () => {
    const files = [0, 1, 2, 3].map((n) => csv([exportHeader(), ...[0, 1, 2].map((i) => formatExportRow(row({ reference: `PAR-${n}-${i}`, citizenReference: `PAR-C${n}` })))]));
    const results = await Promise.all(files.map((content) => runImport(content, 'csv')));
    expect(results.map((r) => r.result)).toEqual(files.map(() => ({ status: 'succeeded', totalRows: 3, insertedRows: 3, skippedRows: 0, errorCount: 0 })));
    expect(await inquiriesLike('PAR-')).toBe(12);
  });

  it('reports a header it does not know, and an unreadable file, as errors of row 1', async () => {
    const badHeader = await runImport(csv([['reference', 'modtagt', 'citizen', 'kind'], ['X', '2024-01-01', 'C', 'other']]), 'csv');
    expect(badHeader.stored.errors).toEqual([
      { row: 1, column: 'modtagt', code: 'import_unknown_column', params: { expected: expect.any(String) } },
      { row: 1, column: 'received', code: 'import_column_missing' },
    ]);
    const notXlsx = await runImport(Buffer.from('PK\u0003\u0004 not really a zip'), 'xlsx');
    expect(notXlsx.stored).toMatchObject({ status: 'failed', errors: [{ row: 1, column: 'file', code: 'import_unreadable', params: { format: 'XLSX', row: 1 } }] });
  });

  it('keeps the first 1,000 of 200,000 bad rows and counts them all', async () => {
    const lines = ['reference,received,citizen,kind'];
    for (let i = 0; i < 200_000; i++) lines.push(`BAD-${i},2024-01-10,C-${i},klage`);
    // The biggest job of the suite: on a busy machine it may need more than a minute.
    const { result, stored } = await runImport(Buffer.from(lines.join('\n')), 'csv', false, undefined, 150_000);
    expect(result).toEqual({ status: 'failed', totalRows: 200_000, insertedRows: 0, skippedRows: 0, errorCount: 200_000 });
    expect(stored.status).toBe('failed');
    expect(stored.error_total).toBe(200_000);
    expect(stored.errors).toHaveLength(1_000);
    expect(stored.errors[0]).toEqual({ row: 2, column: 'kind', code: 'import_not_one_of', params: { value: 'klage', allowed: expect.any(String) } });
    expect(stored.errors[999].row).toBe(1_001);
    expect(await inquiriesLike('BAD-')).toBe(0);
  }, 180_000);

  it('ends a file with NUL bytes as failed, naming the rows, never left running', async () => {
    const content = Buffer.concat([csv([exportHeader(), formatExportRow(row({ reference: 'NUL-1' }))]), Buffer.from('NUL-2,2024-01-10,C\u0000X,guidance,,,,,,,,phone\n')]);
    const { result, stored } = await runImport(content, 'csv');
    expect(result).toMatchObject({ status: 'failed', errorCount: 1 });
    expect(stored).toMatchObject({ status: 'failed', has_content: false, errors: [{ row: 3, column: 'citizen', code: 'unsafe_text', params: { character: 'control character', codePoint: 'U+0000' } }] });
    expect(await inquiriesLike('NUL-')).toBe(0);
  });

  describe('when storing fails', () => {
    // A trigger stands in for what the checks cannot foresee: PostgreSQL refusing a value (a data exception,
    // class 22) or any other error while the rows are stored.
    beforeAll(async () => {
      await db.admin.query(`
        CREATE FUNCTION refuse_test_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.reference LIKE 'STORE-DATA-%' THEN RAISE EXCEPTION 'refused by the test' USING ERRCODE = '22021'; END IF;
          IF NEW.reference LIKE 'STORE-OTHER-%' THEN RAISE EXCEPTION 'refused by the test' USING ERRCODE = 'P0001'; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER refuse_test_rows BEFORE INSERT ON inquiry FOR EACH ROW EXECUTE FUNCTION refuse_test_rows();`);
    });
    afterAll(async () => {
      await db.admin.query('DROP TRIGGER refuse_test_rows ON inquiry; DROP FUNCTION refuse_test_rows()');
    });

    it('marks the import failed at once when the data is refused, storing nothing', async () => {
      const { result, stored } = await runImport(csv([exportHeader(), formatExportRow(row({ reference: 'STORE-DATA-1' }))]), 'csv');
      expect(result).toMatchObject({ status: 'failed', errorCount: 1 });
      expect(stored).toMatchObject({ status: 'failed', has_content: false, errors: [{ row: 1, column: 'file', code: 'import_not_stored' }] });
      expect(await inquiriesLike('STORE-DATA-')).toBe(0);
    });

    it('retries any other failure and marks the import failed on the last attempt', async () => {
      const { result, stored } = await runImport(csv([exportHeader(), formatExportRow(row({ reference: 'STORE-OTHER-1' }))]), 'csv', false, 2);
      expect(result).toMatchObject({ status: 'failed', errorCount: 1 });
      expect(stored.status).toBe('failed');
      expect(await inquiriesLike('STORE-OTHER-')).toBe(0);
    });
  });
});
