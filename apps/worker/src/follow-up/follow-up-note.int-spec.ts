import { INestApplicationContext } from '@nestjs/common';
import { inContext, loadFollowUpNoteModel } from '@raadgiver/db';
import { FollowUpNoteModel } from '@raadgiver/domain';
import { aReport, createTestDatabase, docxText, pdfText, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';
import { Job, UnrecoverableError } from 'bullmq';
import { DatabaseConnection } from '../database/database.module';
import { createWorkerApp } from '../worker';
import { FollowUpNoteService } from './follow-up-note.service';

/** As a department typed it: Danish letters, quotes, markup and a line break. */
const TYPED = 'Vi inviterer borgerrådgiveren til personalemøde.\nMaterialet om "sagsforløb" <script>x</script> & æøå ÆØÅ afprøves.';

describe('the follow-up.generate-note job', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let service: FollowUpNoteService;
  let tenantId: string;
  let reportId: string;
  let model: FollowUpNoteModel;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    app = await createWorkerApp({ redisUrl: redisUrl(), databaseUrl: db.appUrl, queuePrefix: uniqueName('test_note'), concurrency: 1, lockMs: 30_000 }, { logger: false });
    await app.get(DatabaseConnection).open();
    service = app.get(FollowUpNoteService);
    const { rows: [who] } = await db.admin.query<{ tenant_id: string; user_id: string }>(
      `SELECT m.tenant_id, m.user_id FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE t.slug = 'norddjurs' AND m.role = 'advisor' LIMIT 1`,
    );
    tenantId = who.tenant_id;
    // A report of its own (2021), so the seed's reports and recommendations do not matter here.
    const unit = async (name: string) =>
      (await db.admin.query<{ id: string }>('SELECT id FROM org_unit WHERE tenant_id = $1 AND name = $2', [tenantId, name])).rows[0].id;
    const [social, children, citizenService] = [await unit('Socialområdet'), await unit('Børne- og Familieområdet'), await unit('Borgerservice, IT og Digitalisering')];
    const report = await aReport(db, tenantId, who.user_id)
      .forYear(2021)
      .titled('Borgerrådgiverens beretning 2021')
      .published()
      .withFollowUpIntro('Fagområderne har læst beretningen.\nHer er deres svar.\n\nTabellen viser eksempler.')
      .withRecommendation({
        title: 'Styrk dialogen',
        sortOrder: 10,
        units: [social, children, citizenService],
        followUps: [{ unit: social, text: TYPED }, { unit: children, text: 'Møde i efteråret med chef, aftaleholder og jurist.' }],
      })
      .withRecommendation({ title: 'Tydelige sagsforløb', sortOrder: 20, units: [social], followUps: [{ unit: social, text: 'Et visuelt sagsforløb udleveres ved første møde.' }] })
      .withFollowUpNote({ version: 1 })
      .build();
    reportId = report.id;
    model = await inContext(db.app, { tenantId, userId: null }, (em) => loadFollowUpNoteModel(em, reportId));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('stores DOCX and PDF with one row per addressed department in tree order, texts as typed, and the ready status; a second run writes nothing', async () => {
    const progress: number[] = [];
    const result = await service.generate(tenantId, reportId, 1, async (p) => {
      progress.push(p);
    });
    expect(result.generated).toBe(true);
    expect(progress).toEqual([10, 50, 90, 100]);
    const { rows: [note] } = await db.admin.query('SELECT status, progress, error FROM follow_up_note WHERE report_id = $1', [reportId]);
    expect(note).toEqual({ status: 'ready', progress: 100, error: null });

    const stored = async () =>
      (await db.admin.query<{ format: string; content: Buffer; byte_size: number; sha256: string }>('SELECT format, content, byte_size, sha256 FROM follow_up_note_document WHERE report_id = $1 AND version = 1 ORDER BY format', [reportId])).rows;
    const first = await stored();
    expect(first.map((d) => d.format)).toEqual(['docx', 'pdf']);
    expect(result.bytes).toEqual({ docx: first[0].byte_size, pdf: first[1].byte_size });

    // The three addressed departments, each once, in the department tree's order.
    const names = model.rows.map((row) => row.orgUnitName);
    expect([...names].sort()).toEqual(['Borgerservice, IT og Digitalisering', 'Børne- og Familieområdet', 'Socialområdet']);
    const docx = await docxText(first[0].content);
    const at = names.map((name) => docx.indexOf(`${name}\n`));
    expect(at.every((position, i) => position > docx.indexOf('Eksempler på opfølgning') && (i === 0 || position > at[i - 1]))).toBe(true);
    expect(docx).toContain('Fagområderne har læst beretningen.\nHer er deres svar.');
    expect(docx).toContain(`Socialområdet\nStyrk dialogen\n${TYPED}\nTydelige sagsforløb\nEt visuelt sagsforløb udleveres ved første møde.`);
    expect(docx).toContain('Børne- og Familieområdet\nMøde i efteråret med chef, aftaleholder og jurist.');
    expect(docx).toContain('Borgerservice, IT og Digitalisering\nIntet svar');

    const pdf = (await pdfText(first[1].content)).replace(/\s+/g, ' ');
    const pdfAt = names.map((name) => pdf.indexOf(name));
    expect(pdfAt.every((position, i) => position >= 0 && (i === 0 || position > pdfAt[i - 1]))).toBe(true);
    expect(pdf).toContain('Materialet om "sagsforløb" <script>x</script> & æøå ÆØÅ afprøves.');

    const again = await service.generate(tenantId, reportId, 1);
    expect(again).toEqual({ ...result, generated: false });
    expect((await stored()).map((d) => d.sha256)).toEqual(first.map((d) => d.sha256));
    const { rows: audit } = await db.admin.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'follow_up_note.generated' AND subject_id = $1`, [reportId]);
    expect(audit[0].n).toBe(1);
  }, 60_000);

  it('a retry after a crash (version generating, no documents) does it all again', async () => {
    await db.admin.query(`INSERT INTO follow_up_note (tenant_id, report_id, version, progress) VALUES ($1, $2, 2, 50)`, [tenantId, reportId]);
    expect((await service.generate(tenantId, reportId, 2)).generated).toBe(true);
    const { rows } = await db.admin.query('SELECT format FROM follow_up_note_document WHERE report_id = $1 AND version = 2 ORDER BY format', [reportId]);
    expect(rows.map((r) => r.format)).toEqual(['docx', 'pdf']);
  }, 60_000);

  it('refuses, for good, a version that does not exist, a payload without ids, and another tenant\'s report', async () => {
    await expect(service.generate(tenantId, reportId, 7)).rejects.toBeInstanceOf(UnrecoverableError);
    const job = (data: unknown) => ({ data, opts: { attempts: 5 }, attemptsMade: 0, updateProgress: async () => undefined }) as unknown as Job;
    await expect(service.handle(job({ tenantId, reportId: 'x', version: 1 }))).rejects.toBeInstanceOf(UnrecoverableError);
    const { rows: [other] } = await db.admin.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'lejre'`);
    await expect(service.generate(other.id, reportId, 1)).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
