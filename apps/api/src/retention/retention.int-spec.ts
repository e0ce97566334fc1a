import { createHash } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import JSZip from 'jszip';
import { buildPublishedBenchmark, benchmarkYears, DEMO_PASSWORD, inContext, loadBenchmarkData, loadReportInput, refreshTenantBenchmarkInContext } from '@raadgiver/db';
import { computeReportFigures, JOBS, QUEUES, ReportFigures } from '@raadgiver/domain';
import { aLearningEntry, anInquiry, createTestDatabase, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';
import { findPersonalData, listTenantDataColumns } from '../testing/personal-data-scan';
import { Session, startTestApi, TestApi } from '../testing/test-api';
import { killWorkerProcesses, startWorkerProcess, WorkerProcess } from '../testing/worker-process';

/** A day `years` years and `days` days before today (UTC), as YYYY-MM-DD. */
function yearsAgo(years: number, days = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Distinct digits per seeded citizen, so no two share a phone number or a CPR-like text. */
let seeded = 10;

/** `read`'s value once `done` holds of it, asked every half second for up to two minutes. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 120_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

interface SeededCitizen {
  inquiryId: string;
  citizenId: string;
  /** What identifies the citizen or the case, anywhere: name, e-mail, phone, CPR-like text, the summary's words. */
  needles: string[];
}

describe('retention: personal data of old inquiries removed, every figure kept (issue 18, points 7 and 9)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let worker: WorkerProcess;
  let queue: Queue;
  let events: QueueEvents;
  let lejre: string;
  let admin: Session;
  let advisor: Session;
  let authorId: string;
  let unitId: string;
  const queuePrefix = uniqueName('test_retention');
  const saved = process.env.QUEUE_PREFIX;

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, session: Session) =>
    api.gql<T>(query, variables, { token: session.token });

  /** One tenant's nightly run, through the worker's job. */
  async function runRetention(tenantId: string): Promise<{ inquiries: number; importJobs: number; auditEvents: number }> {
    const job = await queue.add(JOBS.runTenantRetention.name, { tenantId }, { jobId: `retention-test-${uniqueName('run')}` });
    return job.waitUntilFinished(events, 120_000);
  }

  const figures2019 = (): Promise<ReportFigures> =>
    inContext(db.app, { tenantId: lejre, userId: null }, async (em) =>
      computeReportFigures(await loadReportInput(em, { from: '2019-01-01', to: '2019-12-31' }, { from: '2018-01-01', to: '2018-12-31' })),
    );

  /** The national benchmark of every year, as published, after refreshing Lejre's aggregates. */
  async function nationalBenchmark(): Promise<unknown[]> {
    await refreshTenantBenchmarkInContext(db.app, lejre);
    const data = await inContext(db.app, { tenantId: null, userId: null }, (em) => loadBenchmarkData(em));
    return benchmarkYears(data).map((year) => buildPublishedBenchmark(data, year, null));
  }

  /** A citizen with an inquiry closed `closedYearsAgo` years ago, a learning entry, a follow-up answer with an attachment, an import row. */
  async function seedCitizen(tag: string, closedOn: string): Promise<SeededCitizen> {
    const name = `${tag} Quistgaard-Vindum`;
    const email = `${tag.toLowerCase()}.quistgaard@example.dk`;
    seeded += 1;
    const phone = `+45 31 ${seeded} 59 26`;
    const cpr = `0102${seeded}-4567`;
    const words = [`${tag}zebrafinke`, `Ugglebakken${tag}`];
    const received = new Date(Date.parse(`${closedOn}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
    const inquiry = await anInquiry(db, lejre)
      .withReference(`SAG-RET-${tag}`)
      .withCitizen(`B-RET-${tag}`, name)
      .ofKind('complaint')
      .inUnit(unitId)
      .receivedOn(received)
      .firstContactOn(received)
      .closedOn(closedOn)
      .withStatus('closed')
      .withSummary(`Borgeren (cpr ${cpr}) klager over ${words[0]} i ${words[1]}`)
      .build();
    await db.admin.query(`UPDATE citizen SET email = $2, phone = $3 WHERE id = $1`, [inquiry.citizenId, email, phone]);
    await aLearningEntry(db, lejre, { inquiryId: inquiry.id, orgUnitId: unitId, authorId })
      .saying({ whatWentWrong: `${name} fik ikke svar om ${words[0]}`, why: `Sagen ${cpr} lå stille`, prevention: `Ring til ${phone}` })
      .build();
    // A department's answer to a recommendation addressed to the unit, naming the citizen, with a text attachment.
    const [link] = (
      await db.admin.query<{ recommendation_id: string; org_unit_id: string }>(
        `WITH r AS (INSERT INTO recommendation (tenant_id, report_id, title, text)
           SELECT tenant_id, id, 'Svar borgerne i tide', '' FROM report WHERE tenant_id = $1 ORDER BY period_from LIMIT 1 RETURNING tenant_id, id)
         INSERT INTO recommendation_org_unit (tenant_id, recommendation_id, org_unit_id) SELECT tenant_id, id, $2 FROM r
         RETURNING recommendation_id, org_unit_id`,
        [lejre, unitId],
      )
    ).rows;
    // The report's follow-up note as generated from that answer: a DOCX (a ZIP) that names the citizen.
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document><w:body><w:p><w:r><w:t>Svar: vi har talt med ${name.split(' ')[0]}</w:t></w:r><w:r><w:t xml:space="preserve"> ${name.split(' ')[1]}</w:t></w:r></w:p></w:body></w:document>`);
    const docx = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await db.admin.query(
      `WITH n AS (INSERT INTO follow_up_note (tenant_id, report_id, version, status, progress)
         SELECT r.tenant_id, r.report_id, coalesce((SELECT max(version) FROM follow_up_note x WHERE x.tenant_id = r.tenant_id AND x.report_id = r.report_id), 0) + 1, 'ready', 100
         FROM recommendation r WHERE r.tenant_id = $1 AND r.id = $2 RETURNING tenant_id, report_id, version)
       INSERT INTO follow_up_note_document (tenant_id, report_id, version, format, content, byte_size, sha256)
       SELECT tenant_id, report_id, version, 'docx', $3, $4, $5 FROM n`,
      [lejre, link.recommendation_id, docx, docx.length, createHash('sha256').update(docx).digest('hex')],
    );
    const [followUp] = (
      await db.admin.query<{ id: string }>(
        `INSERT INTO recommendation_follow_up (tenant_id, recommendation_id, org_unit_id, text, written_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [lejre, link.recommendation_id, link.org_unit_id, `Vi har talt med ${name} (${email}) om anbefalingen.`, authorId],
      )
    ).rows;
    const attachment = Buffer.from(`Notat: ${name}, ${email}, telefon ${phone}\n`, 'utf8');
    await db.admin.query(
      `INSERT INTO recommendation_follow_up_attachment (tenant_id, follow_up_id, file_name, content_type, byte_size, sha256, content, uploaded_by)
       VALUES ($1, $2, 'notat.txt', 'text/plain', $3, $4, $5, $6)`,
      [lejre, followUp.id, attachment.length, createHash('sha256').update(attachment).digest('hex'), attachment, authorId],
    );
    const csv = Buffer.from(`reference;citizen;summary\nSAG-RET-${tag};${name};${words[0]} ${email}\n`, 'utf8');
    await db.admin.query(
      `INSERT INTO import_job (tenant_id, user_id, file_name, format, content, status, errors, error_total, created_at, finished_at)
       VALUES ($1, $2, 'import.csv', 'csv', $3, 'failed', $4::jsonb, 1, $5::date, $5::date)`,
      [lejre, authorId, csv, JSON.stringify([{ row: 2, column: 'citizen', reason: `Ukendt borger ${name}` }]), closedOn],
    );
    return { inquiryId: inquiry.id, citizenId: inquiry.citizenId, needles: [name, email, phone, cpr, ...words] };
  }

  const search = async (text: string) => {
    const result = await gql<{ inquiries: { totalCount: number } }>(
      `query S($filter: InquiryFilter) { inquiries(filter: $filter) { totalCount } }`,
      { filter: { search: text } },
      advisor,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.inquiries.totalCount;
  };
  const citizenSearch = async (text: string) => {
    const result = await gql<{ citizens: unknown[] }>(`query C($search: String) { citizens(search: $search) { id } }`, { search: text }, advisor);
    return result.data?.citizens.length ?? -1;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    lejre = (await db.admin.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'lejre'`)).rows[0].id;
    authorId = (await db.admin.query<{ id: string }>(`SELECT id FROM app_user WHERE email = 'contact@lejre.demo'`)).rows[0].id;
    unitId = (await db.admin.query<{ org_unit_id: string }>(`SELECT org_unit_id FROM membership_org_unit WHERE tenant_id = $1 AND user_id = $2 LIMIT 1`, [lejre, authorId])).rows[0]
      .org_unit_id;
    process.env.QUEUE_PREFIX = queuePrefix;
    api = await startTestApi(db);
    worker = await startWorkerProcess(db.appUrl, queuePrefix);
    queue = new Queue(QUEUES.retention, { connection: { url: redisUrl() }, prefix: queuePrefix });
    events = new QueueEvents(QUEUES.retention, { connection: { url: redisUrl() }, prefix: queuePrefix });
    await events.waitUntilReady();
    admin = await api.login('admin@lejre.demo', DEMO_PASSWORD);
    advisor = await api.login('advisor@lejre.demo', DEMO_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    process.env.QUEUE_PREFIX = saved;
    await events?.close();
    await queue?.close();
    await worker?.stop();
    killWorkerProcesses();
    await api?.close();
    await db?.drop();
  });

  it('finds every text, JSON and binary column of every tenant table in the catalogue', async () => {
    const columns = await listTenantDataColumns(db.admin);
    const names = columns.map((c) => `${c.table}.${c.column}`);
    expect(names).toEqual(expect.arrayContaining([
      'citizen.display_name', 'citizen.email', 'inquiry.summary', 'learning_entry.what_went_wrong', 'import_job.content', 'import_job.errors',
      'recommendation_follow_up.text', 'recommendation_follow_up_attachment.content', 'report_document.content', 'audit_event.details',
      'archive_package.content', 'inquiry_hold.reason', 'citizen_erasure.reason',
    ]));
    expect(names).not.toContain('inquiry.received_on');
  });

  it('removes, after a nightly run, every trace of a citizen whose inquiry closed 6 years ago, keeps the held and the unarchived, and changes no figure', async () => {
    const removed = await seedCitizen('Xenia', yearsAgo(6));
    const held = await seedCitizen('Yngvild', yearsAgo(6, 3));
    const unarchived = await seedCitizen('Tyra', yearsAgo(7));
    // The delivered archive covers the first two inquiries' closing dates, not the third's.
    await db.admin.query(
      `INSERT INTO archive_package (tenant_id, period_from, period_to, status, finished_at, delivered_at) VALUES ($1, $2, $3, 'ready', now(), now())`,
      [lejre, yearsAgo(6, 60), yearsAgo(6, -1)],
    );
    // An audit event older than the audit retention (5 years by default) and one inside it.
    await db.admin.query(
      `INSERT INTO audit_event (tenant_id, occurred_at, action, subject_type) VALUES ($1, now() - interval '6 years', 'inquiry.read', 'inquiry'),
         ($1, now() - interval '4 years', 'inquiry.read', 'inquiry')`,
      [lejre],
    );
    const hold = await gql(
      `mutation H($input: InquiryHoldInput!) { setInquiryHold(input: $input) { hold { reason } } }`,
      { input: { inquiryId: held.inquiryId, reason: 'Verserende sag ved Ankestyrelsen' } },
      admin,
    );
    expect(hold.errors).toBeUndefined();
    expect(await search('Xeniazebrafinke')).toBe(1);
    // The scan reads the files: the attachment and the import as text, the generated DOCX inside its ZIP.
    expect(await findPersonalData(db.admin, lejre, removed.needles)).toEqual(expect.arrayContaining([
      { table: 'recommendation_follow_up_attachment', column: 'content', needle: removed.needles[1], where: 'binary' },
      { table: 'import_job', column: 'content', needle: removed.needles[0], where: 'binary' },
      { table: 'follow_up_note_document', column: 'content', needle: removed.needles[0], where: 'zip:word/document.xml' },
    ]));
    const before = { figures: await figures2019(), benchmark: await nationalBenchmark() };

    // The published report the answers were written to, whose documents the worker made at start.
    const report = async () =>
      (await db.admin.query<{ id: string; version: number; status: string; documents: number }>(
        `SELECT r.id, r.current_version AS version, v.status,
           (SELECT count(*)::int FROM report_document d WHERE d.tenant_id = r.tenant_id AND d.report_id = r.id AND d.version = r.current_version) AS documents
         FROM report r JOIN report_version v ON v.tenant_id = r.tenant_id AND v.report_id = r.id AND v.version = r.current_version
         WHERE r.tenant_id = $1 ORDER BY r.period_from LIMIT 1`,
        [lejre],
      )).rows[0];
    const made = await eventually(report, (r) => r?.documents === 3);
    expect(made.documents).toBe(3);
    const first = await runRetention(lejre);
    expect(first.inquiries).toBe(1);
    expect(first.auditEvents).toBe(1);
    expect(await findPersonalData(db.admin, lejre, removed.needles)).toEqual([]);
    // The documents made from the answer that named the citizen were removed, and the worker made the report anew.
    const note = await db.admin.query(`SELECT status, error FROM follow_up_note WHERE tenant_id = $1 AND report_id = $2 ORDER BY version`, [lejre, made.id]);
    expect(note.rows).toContainEqual({ status: 'failed', error: 'personal_data_removed' });
    expect(await eventually(report, (r) => r.status === 'ready' && r.version > made.version && r.documents === 3)).toEqual({
      id: made.id, version: made.version + 1, status: 'ready', documents: 3,
    });
    expect(await findPersonalData(db.admin, lejre, removed.needles)).toEqual([]);
    for (const needle of [removed.needles[0], removed.needles[1], removed.needles[4]]) {
      expect(await search(needle)).toBe(0);
      expect(await citizenSearch(needle)).toBe(0);
    }
    // The hold and the missing archive kept every trace of the other two, in the files too.
    for (const kept of [held, unarchived]) {
      const traces = await findPersonalData(db.admin, lejre, kept.needles);
      expect(new Set(traces.map((t) => t.needle))).toEqual(new Set(kept.needles));
      expect(traces).toEqual(expect.arrayContaining([
        { table: 'recommendation_follow_up_attachment', column: 'content', needle: kept.needles[1], where: 'binary' },
        { table: 'import_job', column: 'content', needle: kept.needles[0], where: 'binary' },
      ]));
    }
    // The statistics stay: the pseudonymous citizen, dates, kind, unit, status.
    const row = (await db.admin.query(`SELECT i.kind, i.status, i.closed_on::text, i.org_unit_id, i.citizen_id, i.anonymised_at IS NOT NULL AS gone, c.display_name
      FROM inquiry i JOIN citizen c ON c.tenant_id = i.tenant_id AND c.id = i.citizen_id WHERE i.id = $1`, [removed.inquiryId])).rows[0];
    expect(row).toEqual({ kind: 'complaint', status: 'closed', closed_on: yearsAgo(6), org_unit_id: unitId, citizen_id: removed.citizenId, gone: true, display_name: 'Anonymiseret borger' });
    const audit = await db.admin.query(`SELECT action, details FROM audit_event WHERE tenant_id = $1 AND subject_id = $2 AND action = 'inquiry.anonymised'`, [lejre, removed.inquiryId]);
    expect(audit.rows).toEqual([{ action: 'inquiry.anonymised', details: expect.objectContaining({ cause: 'retention', citizenId: removed.citizenId, citizenAnonymised: true, learningEntries: 1, attachments: 1 }) }]);
    const oldAudit = await db.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = $1 AND occurred_at < now() - interval '5 years'`, [lejre]);
    expect(oldAudit.rows[0].n).toBe(0);

    // Without the wait every closed inquiry past retention goes, Lejre's 2018 and 2019 too; the held one stays.
    const settings = await gql<{ setRetentionSettings: { waitForArchive: boolean } }>(
      `mutation R($input: RetentionSettingsInput!) { setRetentionSettings(input: $input) { inquiryYears auditYears waitForArchive } }`,
      { input: { inquiryYears: 5, auditYears: 5, waitForArchive: false } },
      admin,
    );
    expect(settings.data?.setRetentionSettings.waitForArchive).toBe(false);
    const second = await runRetention(lejre);
    expect(second.inquiries).toBeGreaterThan(300);
    expect(await findPersonalData(db.admin, lejre, unarchived.needles)).toEqual([]);
    expect(new Set((await findPersonalData(db.admin, lejre, held.needles)).map((t) => t.needle))).toEqual(new Set(held.needles));
    const old = await db.admin.query<{ n: number; summaries: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE summary <> '')::int AS summaries FROM inquiry WHERE tenant_id = $1 AND received_on < '2020-01-01' AND anonymised_at IS NULL`,
      [lejre],
    );
    expect(old.rows[0]).toEqual({ n: 0, summaries: 0 });

    expect(await figures2019()).toEqual(before.figures);
    expect(await nationalBenchmark()).toEqual(before.benchmark);
    expect((await runRetention(lejre)).inquiries).toBe(0);
  }, 600_000);

  it('erases one citizen on request (Article 17) the same way, audited, and refuses while a hold stands', async () => {
    const citizen = await seedCitizen('Zoltan', yearsAgo(1));
    const year = yearsAgo(1).slice(0, 4);
    const yearFigures = () =>
      inContext(db.app, { tenantId: lejre, userId: null }, async (em) => computeReportFigures(await loadReportInput(em, { from: `${year}-01-01`, to: `${year}-12-31` }, null)));
    const before = { figures: await yearFigures(), benchmark: await nationalBenchmark() };
    const erase = (citizenId: string, session: Session, reason = 'Borgerens anmodning efter artikel 17') =>
      gql<{ eraseCitizen: { inquiries: number } }>(
        `mutation E($input: EraseCitizenInput!) { eraseCitizen(input: $input) { citizenId inquiries } }`,
        { input: { citizenId, reason } },
        session,
      );

    expect((await erase(citizen.citizenId, advisor)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const empty = await erase(citizen.citizenId, admin, '   ');
    expect(empty.errors?.[0]).toMatchObject({ message: 'Begrundelse skal være 1 til 500 tegn', extensions: { field: 'reason' } });
    expect(await findPersonalData(db.admin, lejre, citizen.needles)).not.toEqual([]);

    const done = await erase(citizen.citizenId, admin);
    expect(done.errors).toBeUndefined();
    expect(done.data?.eraseCitizen.inquiries).toBe(1);
    expect(await findPersonalData(db.admin, lejre, citizen.needles)).toEqual([]);
    expect(await search(citizen.needles[4])).toBe(0);
    expect(await yearFigures()).toEqual(before.figures);
    expect(await nationalBenchmark()).toEqual(before.benchmark);
    const audit = await db.admin.query(`SELECT action, details FROM audit_event WHERE tenant_id = $1 AND subject_id = $2 AND action = 'citizen.erased'`, [lejre, citizen.citizenId]);
    expect(audit.rows).toEqual([{ action: 'citizen.erased', details: { citizenId: citizen.citizenId, inquiries: 1 } }]);
    expect((await erase(citizen.citizenId, admin)).errors?.[0].extensions.code).toBe('CONFLICT');

    // A held inquiry stops the erasure, with the reason in Danish; nothing is removed.
    const held = await seedCitizen('Wilma', yearsAgo(1, 5));
    await gql(`mutation H($input: InquiryHoldInput!) { setInquiryHold(input: $input) { hold { id } } }`, { input: { inquiryId: held.inquiryId, reason: 'Retssag' } }, admin);
    const found = await gql<{ inquiryRetention: unknown }>(
      `query F($reference: String) { inquiryRetention(reference: $reference) { inquiryId citizenId anonymisedAt hold { reason } } }`,
      { reference: 'SAG-RET-Wilma' },
      admin,
    );
    expect(found.data?.inquiryRetention).toEqual({ inquiryId: held.inquiryId, citizenId: held.citizenId, anonymisedAt: null, hold: { reason: 'Retssag' } });
    const refused = await erase(held.citizenId, admin);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Borgeren har en henvendelse med arkiveringshold; ophæv holdet først', extensions: { field: 'citizenId' } });
    expect(new Set((await findPersonalData(db.admin, lejre, held.needles)).map((t) => t.needle))).toEqual(new Set(held.needles));
    const lifted = await gql<{ liftInquiryHold: { hold: null } }>(
      `mutation L($input: InquiryHoldInput!) { liftInquiryHold(input: $input) { hold { id } } }`,
      { input: { inquiryId: held.inquiryId, reason: 'Sagen er afgjort' } },
      admin,
    );
    expect(lifted.data?.liftInquiryHold.hold).toBeNull();
    expect((await erase(held.citizenId, admin)).data?.eraseCitizen.inquiries).toBe(1);
    expect(await findPersonalData(db.admin, lejre, held.needles)).toEqual([]);
  }, 300_000);

  it('keeps retention inside the operator\'s bounds, with the field named in Danish', async () => {
    const set = (input: Record<string, unknown>) =>
      gql(`mutation R($input: RetentionSettingsInput!) { setRetentionSettings(input: $input) { inquiryYears } }`, { input }, admin);
    const wrong = await set({ inquiryYears: 11, auditYears: 0, waitForArchive: true });
    expect(wrong.errors?.map((e) => [e.extensions.field, e.message])).toEqual([
      ['inquiryYears', 'Opbevaring af persondata efter afslutning (år) skal være mellem 1 og 10'],
      ['auditYears', 'Opbevaring af log (år) skal være mellem 1 og 10'],
    ]);
    const operator = await api.login('operator@raadgiver.demo', DEMO_PASSWORD);
    const bounds = await gql(
      `mutation B($input: RetentionBoundsInput!) { setRetentionBounds(input: $input) { inquiryMinYears inquiryMaxYears auditMinYears auditMaxYears } }`,
      { input: { inquiryMinYears: 2, inquiryMaxYears: 12, auditMinYears: 3, auditMaxYears: 8 } },
      operator,
    );
    expect(bounds.data).toEqual({ setRetentionBounds: { inquiryMinYears: 2, inquiryMaxYears: 12, auditMinYears: 3, auditMaxYears: 8 } });
    expect((await set({ inquiryYears: 11, auditYears: 8, waitForArchive: true })).errors).toBeUndefined();
    const inverted = await gql(
      `mutation B($input: RetentionBoundsInput!) { setRetentionBounds(input: $input) { inquiryMinYears } }`,
      { input: { inquiryMinYears: 6, inquiryMaxYears: 4, auditMinYears: 1, auditMaxYears: 10 } },
      operator,
    );
    expect(inverted.errors?.map((e) => e.extensions.field)).toEqual(['inquiryMaxYears']);
    expect((await gql(`{ retentionBounds { inquiryMinYears } }`, {}, admin)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const read = await gql<{ retentionSettings: unknown }>(`{ retentionSettings { inquiryYears auditYears waitForArchive bounds { inquiryMaxYears } } }`, {}, admin);
    expect(read.data?.retentionSettings).toEqual({ inquiryYears: 11, auditYears: 8, waitForArchive: true, bounds: { inquiryMaxYears: 12 } });
  });
});
