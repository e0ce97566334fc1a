import { INestApplicationContext } from '@nestjs/common';
import { inContext } from '@raadgiver/db';
import { aReport, createTestDatabase, docxText, docxXml, redisUrl, TestDatabase, uniqueName, withoutSeededReport } from '@raadgiver/testing';
import { UnrecoverableError } from 'bullmq';
import { DatabaseConnection } from '../database/database.module';
import { createWorkerApp } from '../worker';
import { renderDelayFromEnv, ReportGenerationService } from './report-generation.service';

/** A valid PNG of one pixel, as the API stores a logo. */
const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('the reports.generate job', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let service: ReportGenerationService;
  let tenantId: string;
  let reportId: string;
  let unitNames: string[];
  let advisorName: string;
  let renamed: { from: string; to: string };

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 2 });
    await withoutSeededReport(db, 'lejre', '2019-01-01');
    app = await createWorkerApp({ redisUrl: redisUrl(), databaseUrl: db.appUrl, queuePrefix: uniqueName('test_reportgen'), concurrency: 1, lockMs: 30_000 }, { logger: false });
    await app.get(DatabaseConnection).open();
    service = app.get(ReportGenerationService);
    const { rows } = await db.admin.query<{ tenant_id: string; user_id: string }>(
      `SELECT m.tenant_id, m.user_id FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE t.slug = 'lejre' AND m.role = 'advisor' LIMIT 1`,
    );
    tenantId = rows[0].tenant_id;
    const advisorId = rows[0].user_id;
    const unit = await db.admin.query<{ id: string; name: string }>('SELECT id, name FROM org_unit WHERE tenant_id = $1 ORDER BY name LIMIT 1', [tenantId]);
    const report = await aReport(db, tenantId, advisorId)
      .forYear(2019)
      .comparedWith(2018)
      .withStatus('generating')
      .withForeword('Forord <b>& æøå</b>')
      .withVersion({ version: 1, status: 'generating', figures: null })
      .withRecommendation({ title: 'Svar hurtigere', text: 'Inden for fristen', sortOrder: 10, units: [unit.rows[0].id] })
      .build();
    reportId = report.id;

    // The cover's advisor and logo, and a category renamed during 2019 by a tenant admin (the trigger keeps it).
    advisorName = (await db.admin.query<{ display_name: string }>('SELECT display_name FROM app_user WHERE id = $1', [advisorId])).rows[0].display_name;
    await db.admin.query(
      `INSERT INTO tenant_logo (tenant_id, png, width, height, updated_by) VALUES ($1, $2, 1, 1, $3)
       ON CONFLICT (tenant_id) DO UPDATE SET png = EXCLUDED.png, width = 1, height = 1`,
      [tenantId, ONE_PIXEL_PNG, advisorId],
    );
    const category = (await db.admin.query<{ id: string; name: string }>('SELECT id, name FROM category WHERE tenant_id = $1 ORDER BY sort_order, name LIMIT 1', [tenantId])).rows[0];
    renamed = { from: category.name, to: `${category.name} (nyt navn)` };
    await inContext(db.app, { tenantId, userId: advisorId }, (em) => em.query('UPDATE category SET name = $2 WHERE id = $1', [category.id, renamed.to]));
    await db.admin.query(`UPDATE catalogue_rename SET renamed_at = '2019-03-01T12:00:00+01:00' WHERE entry_id = $1`, [category.id]);

    // Last year's report: four recommendations, to one unit, to both, to the other, and a general one.
    const units = (await db.admin.query<{ id: string; name: string }>('SELECT id, name FROM org_unit WHERE tenant_id = $1 AND parent_id IS NULL ORDER BY name LIMIT 2', [tenantId])).rows;
    unitNames = units.map((u) => u.name);
    await aReport(db, tenantId, advisorId)
      .forYear(2018)
      .published()
      .withRecommendation({ title: 'Aktindsigt til tiden', status: 'implemented', units: [units[0].id], followUps: [{ unit: units[0].id, text: 'Frist på 7 dage & "tjekliste".\nIndført i marts.' }] })
      .withRecommendation({ title: 'Partshøring før afgørelse', status: 'partly_implemented', units: [units[0].id, units[1].id] })
      .withRecommendation({ title: 'Klagevejledning i alle afgørelser', status: 'implemented', units: [units[1].id] })
      .withRecommendation({ title: 'Generel: bedre notater', status: 'not_taken_up' })
      .build();
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('stores the figures, three documents and the ready status together, reporting progress; a second run changes nothing', async () => {
    const progress: number[] = [];
    const result = await service.generate(tenantId, reportId, 1, async (p) => {
      progress.push(p);
    });
    expect(result.generated).toBe(true);
    expect(progress).toEqual([10, 40, 70, 90, 100]);
    const { rows: version } = await db.admin.query(
      `SELECT status, progress, error, figures -> 'citizens' AS citizens FROM report_version WHERE report_id = $1`,
      [reportId],
    );
    expect(version).toEqual([{ status: 'ready', progress: 100, error: null, citizens: expect.objectContaining({ current: 130, comparison: 132 }) }]);
    expect((await db.admin.query('SELECT status FROM report WHERE id = $1', [reportId])).rows[0].status).toBe('ready');
    const documents = async () =>
      (await db.admin.query('SELECT format, byte_size, sha256, octet_length(content) AS length FROM report_document WHERE report_id = $1 ORDER BY format', [reportId])).rows;
    const first = await documents();
    expect(first.map((d) => d.format)).toEqual(['docx', 'pdf', 'xlsx']);
    for (const d of first) {
      expect(d.byte_size).toBe(d.length);
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(result.bytes).toEqual({ docx: first[0].byte_size, pdf: first[1].byte_size, xlsx: first[2].byte_size });

    const again = await service.generate(tenantId, reportId, 1);
    expect(again).toEqual({ ...result, generated: false });
    expect(await documents()).toEqual(first);
    const { rows: audit } = await db.admin.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'report.generated' AND subject_id = $1`, [reportId]);
    expect(audit[0].n).toBe(1);
  }, 60_000);

  it('lists last year\'s recommendations with status and follow-up, and the share implemented as counted by hand', async () => {
    const { rows: [doc] } = await db.admin.query<{ content: Buffer }>(`SELECT content FROM report_document WHERE report_id = $1 AND version = 1 AND format = 'docx'`, [reportId]);
    const text = await docxText(doc.content);
    expect(text).toContain('Opfølgning på tidligere anbefalinger');
    expect(text).toContain('Anbefalingerne i Beretning 2018 (1.1.2018–31.12.2018)');
    expect(text).toContain('Aktindsigt til tiden');
    expect(text).toContain(`${unitNames[0]}\nFrist på 7 dage & "tjekliste".\nIndført i marts.`);
    expect(text).toContain('Delvist gennemført');
    expect(text).toContain('Ikke fulgt');
    // By hand: the first unit has 1 implemented of 2, the second 1 of 2; all four recommendations: 2 of 4.
    for (const name of unitNames) expect(text).toContain(`${name}\n2\n1\n1\n50,0 %`);
    expect(text).toContain('Alle anbefalinger\n4\n2\n1\n50,0 %');
  });

  it('puts the advisor and the logo on the cover, and names the category renamed during the period', async () => {
    const { rows: [doc] } = await db.admin.query<{ content: Buffer }>(`SELECT content FROM report_document WHERE report_id = $1 AND version = 1 AND format = 'docx'`, [reportId]);
    const text = await docxText(doc.content);
    expect(text).toContain(`Borgerrådgiver ${advisorName}`);
    expect(text).toContain(`Klagetypen "${renamed.from}" blev omdøbt til "${renamed.to}" den 1.3.2019; tallene står under det nye navn.`);
    expect((await docxXml(doc.content)).xml).toContain('descr="Lejre Kommune logo"');
    // The renames are history: the app role can add them (through the trigger) but never change or remove them.
    await expect(inContext(db.app, { tenantId, userId: null }, (em) => em.query('DELETE FROM catalogue_rename'))).rejects.toThrow(/permission denied/);
    await expect(inContext(db.app, { tenantId, userId: null }, (em) => em.query(`UPDATE catalogue_rename SET new_name = 'x'`))).rejects.toThrow(/permission denied/);
  });

  it('refuses a version that does not exist, for good', async () => {
    await expect(service.generate(tenantId, reportId, 7)).rejects.toBeInstanceOf(UnrecoverableError);
  });

  it('reads the test-only render delay from the environment, and nothing else', () => {
    expect(renderDelayFromEnv({})).toBe(0);
    expect(renderDelayFromEnv({ REPORT_RENDER_DELAY_MS: '250' })).toBe(250);
    expect(renderDelayFromEnv({ REPORT_RENDER_DELAY_MS: 'soon' })).toBe(0);
    expect(renderDelayFromEnv({ REPORT_RENDER_DELAY_MS: '-5' })).toBe(0);
  });
});
