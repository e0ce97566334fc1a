import { OwnPostgres, OwnRedis, startOwnPostgres, startOwnRedis, uniqueName } from '@raadgiver/testing';
import { ApiProcess, startApiProcess } from '../testing/api-process';
import { Session } from '../testing/test-api';
import { killWorkerProcesses, startWorkerProcess, WorkerProcess } from '../testing/worker-process';

const OUTAGE_MS = 10_000;
/** How long every acknowledged job has, after Redis is back, to end done or failed. */
const SETTLE_MS = 90_000;
const UNAVAILABLE_DA = 'Login og adgang er midlertidigt utilgængelige; prøv igen om lidt';

const CREATE = 'mutation C($input: CreateReportInput!) { createReport(input: $input) { id } }';
const GENERATE = 'mutation G($id: ID!) { generateReport(id: $id) { id status currentVersion } }';
const LOGIN = 'mutation L($input: LoginInput!) { login(input: $input) { accessToken } }';
const PUBLIC = 'query { publicBenchmark { year } }';

/** What the API answered to a mutation that starts a job: acknowledged (with what it started) or refused with its status. */
type Answer = { acknowledged: true; id: string; version?: number } | { acknowledged: false; status: number; message: string };

/**
 * Issue 19: "Redis killed for 10 s during imports and report generation: no job lost or stuck (each ends done or failed
 * after Redis returns), and requests during the outage answered as point 6 says". API and worker run as processes of
 * their own over a PostgreSQL and a Redis of this test's own (the shared servers are never touched).
 */
describe('a Redis outage during imports and report generation', () => {
  let postgres: OwnPostgres;
  let redis: OwnRedis;
  let api: ApiProcess;
  let worker: WorkerProcess;
  let advisor: Session;
  let reportIds: string[];

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startOwnPostgres(), startOwnRedis()]);
    const queuePrefix = uniqueName('outage');
    // One after the other: each compiles its sources when it starts, on a machine that may be busy.
    api = await startApiProcess(postgres, { REDIS_URL: redis.url, QUEUE_PREFIX: queuePrefix, OUTBOX_POLL_MS: '500' });
    // A short lock: a job whose worker lost Redis is taken up again soon after Redis is back.
    worker = await startWorkerProcess(postgres.appUrl, queuePrefix, { REDIS_URL: redis.url, WORKER_LOCK_MS: '3000' });
    advisor = await api.login('advisor@lejre.demo');
    reportIds = [];
    for (let year = 2001; year <= 2010; year++) {
      const created = await api.gql<{ createReport: { id: string } }>(CREATE, { input: { title: `Beretning ${year}`, period: { from: `${year}-01-01`, to: `${year}-12-31` } } }, advisor);
      if (!created.data) throw new Error(`Creating the ${year} report failed: ${JSON.stringify(created.errors)}`);
      reportIds.push(created.data.createReport.id);
    }
  }, 180_000);

  afterAll(async () => {
    // Nothing to keep: no graceful shutdown needed.
    await api?.stop('SIGKILL');
    await worker?.stop('SIGKILL');
    killWorkerProcesses();
    await Promise.all([postgres?.stop(), redis?.stop()]);
  }, 60_000);

  const bearer = () => ({ authorization: `Bearer ${advisor.token}` });

  async function startImport(n: number): Promise<Answer> {
    const form = new FormData();
    form.append('file', new Blob([`reference;kind;received_on\nOUT-${n};inquiry;2019-03-0${(n % 9) + 1}\n`]), `udfald-${n}.csv`);
    const response = await fetch(`${api.url}/imports/inquiries`, { method: 'POST', headers: bearer(), body: form });
    const body = (await response.json()) as { importJobId?: string; message?: string };
    if (response.ok && body.importJobId) return { acknowledged: true, id: body.importJobId };
    return { acknowledged: false, status: response.status, message: body.message ?? '' };
  }

  async function generate(id: string): Promise<Answer> {
    const result = await api.gql<{ generateReport: { id: string; currentVersion: number } }>(GENERATE, { id }, advisor);
    if (result.data?.generateReport) return { acknowledged: true, id, version: result.data.generateReport.currentVersion };
    return { acknowledged: false, status: result.status, message: result.errors?.[0]?.message ?? '' };
  }

  /** A GraphQL request as the browser sends it, with its status, Retry-After and first error. */
  async function graphql(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), data: body.data, error: body.errors?.[0] };
  }

  async function settled(imports: string[], versions: { id: string; version: number }[]): Promise<{ imports: string[]; versions: string[] }> {
    const importStates = await postgres.admin.query<{ status: string }>('SELECT status FROM import_job WHERE id = ANY($1::uuid[])', [imports]);
    const versionStates = await postgres.admin.query<{ status: string }>(
      `SELECT v.status FROM report_version v JOIN unnest($1::uuid[], $2::int[]) AS asked (report_id, version) USING (report_id, version)`,
      [versions.map((v) => v.id), versions.map((v) => v.version)],
    );
    return { imports: importStates.rows.map((r) => r.status), versions: versionStates.rows.map((r) => r.status) };
  }

  it('loses no acknowledged job, refuses logins and token checks with 503 meanwhile, and keeps the public benchmark', async () => {
    const started = Date.now();
    // Jobs running and waiting when Redis goes.
    const before = await Promise.all([...[1, 2, 3, 4].map(startImport), ...reportIds.slice(0, 3).map(generate)]);
    expect(before.every((answer) => answer.acknowledged)).toBe(true);
    // More asked for, one every 25 ms, while Redis goes: each is either acknowledged (and must run) or refused, never
    // acknowledged and lost. One whose token was checked before and committed after is in the outbox then.
    const asks = [5, 6, 7, 8, 9, 10].flatMap((n, i) => [() => startImport(n), () => generate(reportIds[3 + i])]);
    const racing = Promise.all(asks.map((ask, i) => new Promise<void>((resolve) => setTimeout(resolve, i * 25)).then(ask)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await redis.kill();
    const killedAt = Date.now();
    const during = await racing;
    const outboxed = (await postgres.admin.query('SELECT 1 FROM job_outbox')).rows.length;

    // Logins fail closed, with the Danish message, a 503 and Retry-After.
    const login = await graphql(LOGIN, { input: { email: 'advisor@lejre.demo', password: 'irrelevant-while-down' } }, { 'x-forwarded-for': '10.9.9.9' });
    expect(login).toMatchObject({ status: 503, data: null, error: { message: UNAVAILABLE_DA, extensions: { code: 'SERVICE_UNAVAILABLE', messageCode: 'session_store_unavailable' } } });
    expect(Number(login.retryAfter)).toBeGreaterThan(0);
    // So does every request with a token: its session cannot be checked.
    const me = await graphql('{ me { isOperator } }', {}, bearer());
    expect(me).toMatchObject({ status: 503, error: { message: UNAVAILABLE_DA, extensions: { code: 'SERVICE_UNAVAILABLE' } } });
    const refusedImport = await startImport(11);
    expect(refusedImport).toEqual({ acknowledged: false, status: 503, message: UNAVAILABLE_DA });
    const refusedReport = await generate(reportIds[9]);
    expect(refusedReport).toEqual({ acknowledged: false, status: 503, message: UNAVAILABLE_DA });
    // The public benchmark needs no Redis.
    const benchmark = await graphql(PUBLIC, {});
    expect(benchmark.status).toBe(200);
    expect(benchmark.error).toBeUndefined();

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - killedAt))));
    await redis.start();

    const acknowledged = [...before, ...during].filter((answer) => answer.acknowledged === true);
    for (const answer of during) if (!answer.acknowledged) expect(answer).toEqual({ acknowledged: false, status: 503, message: UNAVAILABLE_DA });
    const imports = acknowledged.filter((answer) => answer.version === undefined).map((answer) => answer.id);
    const versions = acknowledged.filter((answer) => answer.version !== undefined).map((answer) => ({ id: answer.id, version: answer.version! }));

    // Every acknowledged import and report version exists and ends done or failed; none stays queued, running or generating.
    const deadline = Date.now() + SETTLE_MS;
    let states = await settled(imports, versions);
    const finished = () => states.imports.every((s) => s === 'succeeded' || s === 'failed') && states.versions.every((s) => s === 'ready' || s === 'failed');
    while (!finished() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      states = await settled(imports, versions);
    }
    expect(states.imports).toHaveLength(imports.length);
    expect(states.versions).toHaveLength(versions.length);
    expect({ finished: finished(), states }).toEqual({ finished: true, states });
    // Nothing is left in the outbox, and a refused request stored nothing.
    expect((await postgres.admin.query('SELECT 1 FROM job_outbox')).rows).toEqual([]);
    const untouched = await postgres.admin.query<{ status: string; current_version: number }>('SELECT status, current_version FROM report WHERE id = $1', [reportIds[9]]);
    expect(untouched.rows).toEqual([{ status: 'draft', current_version: 0 }]);
    // Logins work again.
    expect((await api.login('advisor@lejre.demo')).token).toBeTruthy();
    console.info(`Redis outage test: ${imports.length} imports and ${versions.length} report versions acknowledged (${outboxed} waited in the outbox), settled ${Math.round((Date.now() - started) / 1000)} s after the first`);
  }, 240_000);
});
