import ExcelJS from 'exceljs';
import { DEMO_PASSWORD } from '@raadgiver/db';
import { QUEUES } from '@raadgiver/domain';
import { anInquiry, aTenant, aUser, createTestDatabase, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';
import { Queue } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Session, startTestApi, TestApi } from '../testing/test-api';

const ROOT = join(__dirname, '../../../..');

/** Every column of every inquiry of a tenant, with links by reference and names for catalog entries. */
async function snapshot(db: TestDatabase, tenantId: string): Promise<unknown[]> {
  const { rows } = await db.admin.query(
    `SELECT i.reference, i.received_on::text, i.channel, c.reference AS citizen, i.kind, o.name AS org_unit,
            coalesce((SELECT array_agg(cat.name ORDER BY cat.name) FROM inquiry_category ic JOIN category cat ON cat.id = ic.category_id
                       WHERE ic.tenant_id = i.tenant_id AND ic.inquiry_id = i.id), '{}') AS categories,
            oc.name AS outcome, m.reference AS main, i.first_contact_on::text, i.closed_on::text, i.status, i.summary
       FROM inquiry i JOIN citizen c ON c.tenant_id = i.tenant_id AND c.id = i.citizen_id
       LEFT JOIN org_unit o ON o.tenant_id = i.tenant_id AND o.id = i.org_unit_id
       LEFT JOIN outcome oc ON oc.tenant_id = i.tenant_id AND oc.id = i.outcome_id
       LEFT JOIN inquiry m ON m.tenant_id = i.tenant_id AND m.id = i.main_inquiry_id
      WHERE i.tenant_id = $1 ORDER BY i.reference`,
    [tenantId],
  );
  return rows;
}

function waitForOutput(child: ChildProcess, text: string, ms: number, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${text}" after ${ms} ms; output:\n${output()}`)), ms);
    const check = () => {
      if (!output().includes(text)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on('data', check);
    child.once('exit', () => reject(new Error(`worker exited; output:\n${output()}`)));
  });
}

describe('inquiry export and import over REST', () => {
  const queuePrefix = uniqueName('test_impexp');
  let db: TestDatabase;
  let api: TestApi;
  let worker: ChildProcess;
  let lejreAdvisor: Session;
  let contact: Session;
  let lejreId: string;
  let empty: { id: string; session: Session }[];

  /** A tenant without any inquiries, units, categories or outcomes, and an advisor of it. */
  async function emptyTenant(slug: string): Promise<{ id: string; session: Session }> {
    const tenant = await aTenant(db).named(slug).build();
    const advisor = await aUser(db).withEmail(`advisor@${slug}.test`).named('Test').withPassword(DEMO_PASSWORD).in(tenant.id, 'advisor').build();
    return { id: tenant.id, session: await api.login(advisor.email) };
  }

  const auth = (session?: Session): Record<string, string> => (session ? { authorization: `Bearer ${session.token}` } : {});

  async function download(format: 'csv' | 'xlsx', session: Session, filter?: unknown, language?: string): Promise<Buffer> {
    const query = filter === undefined ? '' : `?filter=${encodeURIComponent(JSON.stringify(filter))}`;
    const response = await fetch(`${api.url}/exports/inquiries.${format}${query}`, { headers: { ...auth(session), ...(language && { 'accept-language': language }) } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="inquiries.${format}"`);
    return Buffer.from(await response.arrayBuffer());
  }

  function upload(session: Session | undefined, content: Buffer, fileName: string, createMissing?: string): Promise<Response> {
    const form = new FormData();
    form.append('file', new Blob([content]), fileName);
    if (createMissing !== undefined) form.append('createMissing', createMissing);
    return fetch(`${api.url}/imports/inquiries`, { method: 'POST', headers: auth(session), body: form });
  }

  async function importAndWait(session: Session, content: Buffer, fileName: string): Promise<Record<string, unknown>> {
    const response = await upload(session, content, fileName, 'true');
    expect(response.status).toBe(202);
    const { importJobId } = (await response.json()) as { importJobId: string };
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const result = await api.gql<{ importJob: Record<string, unknown> }>(
        'query ($id: ID!) { importJob(id: $id) { id fileName status totalRows processedRows insertedRows skippedRows errors { row column reason } finishedAt } }',
        { id: importJobId },
        session,
      );
      const job = result.data?.importJob;
      if (!job) throw new Error(JSON.stringify(result.errors));
      if (job.status === 'succeeded' || job.status === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The import did not finish in 30 s');
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.QUEUE_PREFIX = queuePrefix;
    api = await startTestApi(db);
    let output = '';
    worker = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', DATABASE_URL: db.appUrl, REDIS_URL: redisUrl(), QUEUE_PREFIX: queuePrefix, NO_COLOR: '1', WORKER_HTTP_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    worker.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForOutput(worker, 'Worker started', 30_000, () => output);

    lejreAdvisor = await api.login('advisor@lejre.demo');
    contact = await api.login('contact@lejre.demo');
    lejreId = (await db.admin.query(`SELECT id FROM tenant WHERE slug = 'lejre'`)).rows[0].id;
    // Text that must survive exactly, on a main case and its follow-up.
    const main = await anInquiry(db, lejreId)
      .withReference('RT-1 "quoted"')
      .withCitizen('RT-Æblegård 🙂', 'X')
      .receivedOn('2019-05-02')
      .via('digital_post')
      .ofKind('guidance')
      .withSummary(`<script>alert('x')</script> "quotes", 'single'; semi, comma — Ærø Øst Å 👩🏽‍⚖️\nsecond line`)
      .build();
    await anInquiry(db, lejreId)
      .withReference('RT-2')
      .forCitizen(main.citizenId)
      .receivedOn('2019-05-03')
      .via('letter')
      .ofKind('other')
      .followingUp(main.id)
      .firstContactOn('2019-05-03')
      .closedOn('2019-06-01')
      .withStatus('closed')
      .withSummary('=HYPERLINK("https://example.com")  ')
      .build();
    empty = [await emptyTenant('tom-csv'), await emptyTenant('tom-xlsx')];
  }, 120_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await api?.close();
    const queue = new Queue(QUEUES.imports, { connection: { host: new URL(redisUrl()).hostname, port: Number(new URL(redisUrl()).port || 6379) }, prefix: queuePrefix });
    await queue.obliterate({ force: true });
    await queue.close();
    await db?.drop();
  });

  it('round trip: a tenant’s data exported as CSV and as XLSX imports into an empty tenant with identical rows', async () => {
    const source = await snapshot(db, lejreId);
    expect(source.length).toBeGreaterThan(2);
    const files = { csv: await download('csv', lejreAdvisor), xlsx: await download('xlsx', lejreAdvisor) };
    // A typed formula reaches a spreadsheet as text, behind an apostrophe the import removes again.
    expect(files.csv.toString('utf8')).toContain(`"'=HYPERLINK(""https://example.com"")  "`);
    for (const [index, format] of (['csv', 'xlsx'] as const).entries()) {
      const target = empty[index];
      const job = await importAndWait(target.session, files[format], `lejre.${format}`);
      expect(job).toMatchObject({ status: 'succeeded', fileName: `lejre.${format}`, totalRows: source.length, insertedRows: source.length, skippedRows: 0, errors: [] });
      expect(await snapshot(db, target.id)).toEqual(source);
      // And back out again: the same file.
      if (format === 'csv') expect((await download('csv', target.session)).toString('utf8')).toBe(files.csv.toString('utf8'));
    }
    const audits = await db.admin.query(`SELECT details FROM audit_event WHERE tenant_id = $1 AND action = 'inquiry.exported' ORDER BY occurred_at`, [lejreId]);
    expect(audits.rows.map((r) => r.details)).toEqual([
      { format: 'csv', language: 'da', criteria: {}, rowCount: source.length },
      { format: 'xlsx', language: 'da', criteria: {}, rowCount: source.length },
    ]);
  });

  it('exports only what the filter selects, and audits the criteria', async () => {
    const csv = (await download('csv', lejreAdvisor, { kinds: ['COMPLAINT'], from: '2019-01-01', to: '2019-12-31' })).toString('utf8');
    const lines = csv.trim().split('\r\n');
    const { rows } = await db.admin.query(
      `SELECT count(*)::int AS n FROM inquiry WHERE tenant_id = $1 AND kind = 'complaint' AND received_on BETWEEN '2019-01-01' AND '2019-12-31'`,
      [lejreId],
    );
    expect(rows[0].n).toBeGreaterThan(0);
    expect(lines.length - 1).toBe(rows[0].n);
    // Danish by default: a byte order mark, ';' between cells, Danish headers, kinds and dates (trim() took the mark off).
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Sagsnummer;Modtaget;Borger;Type;Enhed;Forhold;Udfald;Følgesag til;Første kontakt;Afsluttet;Resumé;Kanal');
    expect(lines.slice(1).every((line) => line.split(';')[3] === 'Klageforhold' && /^\d{2}\.\d{2}\.2019$/.test(line.split(';')[1]))).toBe(true);
    const audit = await db.admin.query(`SELECT details FROM audit_event WHERE tenant_id = $1 AND action = 'inquiry.exported' ORDER BY occurred_at DESC LIMIT 1`, [lejreId]);
    expect(audit.rows[0].details).toEqual({ format: 'csv', language: 'da', criteria: { kinds: ['complaint'], from: '2019-01-01', to: '2019-12-31' }, rowCount: rows[0].n });

    const bad = await fetch(`${api.url}/exports/inquiries.csv?filter=${encodeURIComponent('{"kinds":["nope"]}')}`, { headers: auth(lejreAdvisor) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.kinds' });
  });

  it('writes English when asked for, and real date cells in the spreadsheet', async () => {
    const filter = { kinds: ['COMPLAINT'], from: '2019-01-01', to: '2019-12-31' };
    const english = (await download('csv', lejreAdvisor, filter, 'en')).toString('utf8').trim().split('\r\n');
    expect(english[0]).toBe('reference,received,citizen,kind,org_unit,categories,outcome,follow_up_of,first_contact,closed,summary,channel');
    expect(english.slice(1).every((line) => /^[^,]*,2019-\d{2}-\d{2},/.test(line) && line.includes(',Complaint,'))).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('xlsx', lejreAdvisor, filter)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Henvendelser')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Modtaget');
    const received = sheet.getRow(2).getCell(2);
    expect(received.value).toBeInstanceOf(Date);
    expect((received.value as Date).getUTCFullYear()).toBe(2019);
    expect(received.numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getRow(2).getCell(4).value).toBe('Klageforhold');
  });

  it('refuses an upload that is not .csv or .xlsx, or too large, naming the field in Danish', async () => {
    const text = await upload(lejreAdvisor, Buffer.from('reference\n'), 'notes.txt');
    expect(text.status).toBe(400);
    expect(await text.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: 'Filen skal være af typen CSV eller XLSX' });
    const missing = await fetch(`${api.url}/imports/inquiries`, { method: 'POST', headers: auth(lejreAdvisor), body: new FormData() });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ field: 'file', message: 'Vælg en fil af typen CSV eller XLSX' });
    const tooLarge = await upload(lejreAdvisor, Buffer.alloc(50 * 1024 * 1024 + 1, 0x41), 'big.csv');
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: 'Filen må højst fylde 50 MB' });
    const emptyFile = await upload(lejreAdvisor, Buffer.alloc(0), 'tom.csv');
    expect(await emptyFile.json()).toMatchObject({ field: 'file', message: 'Filen er tom' });
    const flag = await upload(lejreAdvisor, Buffer.from('reference\n'), 'a.csv', 'yes');
    expect(flag.status).toBe(400);
    expect(await flag.json()).toMatchObject({ field: 'createMissing' });
  });

  it('rejects a file with bad rows, each problem at its row and column, in Danish unless English is asked for', async () => {
    const file = Buffer.from('\uFEFFSagsnummer;Modtaget;Borger;Type;Resumé\r\nDÅ-1;32.13.2019;B-1;Klageforhold;Klage\r\nDÅ-2;01.02.2019;B-2;Ukendt;Spørgsmål\r\n', 'utf8');
    const target = await emptyTenant('forkert-fil');
    const job = await importAndWait(target.session, file, 'forkert.csv');
    expect(job).toMatchObject({ status: 'failed', insertedRows: 0 });
    const rows = (await db.admin.query(`SELECT count(*)::int AS n FROM inquiry WHERE tenant_id = $1`, [target.id])).rows[0].n;
    expect(rows).toBe(0);
    const kinds = 'complaint/klageforhold, guidance/vejledning, wayfinding/vejvisning, information/orientering, other/andet';
    expect(job.errors).toEqual([
      { row: 2, column: 'Modtaget', reason: '"32.13.2019" i Modtaget er ikke en rigtig dato som ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ' },
      // A column the file lacks is named as the export's header names it.
      { row: 2, column: 'Forhold', reason: 'En klage skal have mindst én kategori' },
      { row: 3, column: 'Type', reason: `"Ukendt" i Type er ikke en af ${kinds}` },
    ]);

    const english = await api.gql<{ importJob: { errors: { row: number; column: string; reason: string }[] } }>(
      'query ($id: ID!) { importJob(id: $id) { errors { row column reason } } }',
      { id: job.id },
      { ...target.session, language: 'en' },
    );
    expect(english.data?.importJob.errors).toEqual([
      { row: 2, column: 'Modtaget', reason: '"32.13.2019" in Modtaget is not a real date as YYYY-MM-DD or DD-MM-YYYY' },
      { row: 2, column: 'categories', reason: 'A complaint needs at least one category' },
      { row: 3, column: 'Type', reason: `"Ukendt" in Type is not one of ${kinds}` },
    ]);

  });

  it('refuses a missing token (401) and a department contact (403), on REST and GraphQL', async () => {
    const csvFile = Buffer.from('reference,received,citizen,kind\n');
    for (const [session, status, code] of [[undefined, 401, 'UNAUTHENTICATED'], [contact, 403, 'FORBIDDEN']] as const) {
      const posted = await upload(session, csvFile, 'a.csv');
      expect(posted.status).toBe(status);
      expect(await posted.json()).toMatchObject({ code });
      for (const format of ['csv', 'xlsx']) {
        const got = await fetch(`${api.url}/exports/inquiries.${format}`, { headers: auth(session) });
        expect(got.status).toBe(status);
        expect(await got.json()).toMatchObject({ code });
      }
      const listed = await api.gql('{ importJobs { edges { node { id } } } }', {}, session);
      expect(listed.errors?.[0].extensions.code).toBe(code);
    }
    const { rows } = await db.admin.query(`SELECT count(*)::int AS n FROM import_job WHERE tenant_id = $1`, [lejreId]);
    expect(rows[0].n).toBe(0);
  });

  const IMPORT_PAGE = `query P($first: Int!, $after: String) { importJobs(first: $first, after: $after) {
    edges { cursor node { id fileName status insertedRows errorCount uploadedBy createdAt } } pageInfo { endCursor hasNextPage } } }`;
  interface ImportPage {
    edges: { cursor: string; node: { id: string; fileName: string; status: string; insertedRows: number; errorCount: number; uploadedBy: string | null; createdAt: string } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  }
  const importPage = async (session: Session, first: number, after: string | null = null) => {
    const result = await api.gql<{ importJobs: ImportPage }>(IMPORT_PAGE, { first, after }, session);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.importJobs;
  };

  it('lists the imports of the tenant and only those, with who uploaded them', async () => {
    const mine = await importPage(empty[0].session, 25);
    expect(mine.edges.map((edge) => edge.node)).toEqual([
      { id: expect.any(String), fileName: 'lejre.csv', status: 'succeeded', insertedRows: expect.any(Number), errorCount: 0, uploadedBy: 'Test', createdAt: expect.any(String) },
    ]);
    expect(mine.pageInfo.hasNextPage).toBe(false);
    // Given the other tenant's cursor, still only the caller's own.
    const theirs = await importPage(empty[1].session, 25, mine.pageInfo.endCursor);
    for (const edge of theirs.edges) expect(edge.node.id).not.toBe(mine.edges[0].node.id);
    const unknown = await api.gql('query { importJob(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, empty[0].session);
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('pages the imports newest first: pages of any size walk them once, ties on the same moment broken by the id', async () => {
    const target = await emptyTenant('mange-importer');
    const [user] = (await db.admin.query(`SELECT u.id FROM app_user u WHERE u.email = 'advisor@mange-importer.test'`)).rows;
    // Seven imports: three at one moment (to the microsecond), the others a day apart.
    for (const [index, at] of ['2026-01-01 10:00:00.123456+00', '2026-01-02 10:00:00.123456+00', '2026-01-02 10:00:00.123456+00', '2026-01-02 10:00:00.123456+00', '2026-01-03 09:00:00.5+00', '2026-01-04 08:00:00+00', '2026-01-05 07:00:00.000001+00'].entries()) {
      await db.admin.query(
        `INSERT INTO import_job (tenant_id, user_id, file_name, format, status, total_rows, inserted_rows, created_at, finished_at) VALUES ($1, $2, $3, 'csv', 'succeeded', 1, 1, $4, $4)`,
        [target.id, user.id, `fil-${index}.csv`, at],
      );
    }
    const everything = (await importPage(target.session, 100)).edges.map((edge) => edge.node);
    expect(everything).toHaveLength(7);
    expect(everything.map((job) => job.fileName).slice(0, 3)).toEqual(['fil-6.csv', 'fil-5.csv', 'fil-4.csv']);
    expect(everything.at(-1)!.fileName).toBe('fil-0.csv');
    expect(everything.map((job) => job.createdAt)).toEqual([...everything.map((job) => job.createdAt)].sort().reverse());
    for (const size of [1, 2, 3]) {
      const walked: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages += 1) {
        const current: ImportPage = await importPage(target.session, size, after);
        walked.push(...current.edges.map((edge) => edge.node.id));
        if (!current.pageInfo.hasNextPage) break;
        expect(current.edges).toHaveLength(size);
        after = current.pageInfo.endCursor;
      }
      expect(walked).toEqual(everything.map((job) => job.id));
    }
    const beyond = await importPage(target.session, 5, (await importPage(target.session, 100)).pageInfo.endCursor);
    expect(beyond).toEqual({ edges: [], pageInfo: { endCursor: null, hasNextPage: false } });
  });

  it('refuses a page size out of range and a cursor it did not give, in Danish at the argument', async () => {
    const tooMany = await api.gql(IMPORT_PAGE, { first: 101 }, empty[0].session);
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    expect(tooMany.errors?.[0].message).toBe('Antal skal være mellem 1 og 100');
    for (const after of ['nonsense', Buffer.from(JSON.stringify(['i går', '00000000-0000-4000-8000-000000000000'])).toString('base64url')]) {
      const bad = await api.gql(IMPORT_PAGE, { first: 10, after }, empty[0].session);
      expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after', messageCode: 'not_a_cursor' } });
      expect(bad.errors?.[0].message).not.toMatch(/cursor/i);
    }
  });
});
