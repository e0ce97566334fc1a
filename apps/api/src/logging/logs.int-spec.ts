import { randomUUID } from 'node:crypto';
import { JOBS } from '@raadgiver/domain';
import { createTestDatabase, TestDatabase, uniqueName } from '@raadgiver/testing';
import { ApiProcess, startApiProcess } from '../testing/api-process';
import { killAppProcesses } from '../testing/app-process';
import { startWorkerProcess, WorkerProcess } from '../testing/worker-process';

/** What the citizen and the inquiry are made of: none of it may reach a log line. */
const NAME = 'Quirinus Zebulonsen';
const EMAIL = 'quirinus.zebulonsen@example.dk';
const SUMMARY_WORDS = ['Xylofonlejlighed', 'Kvadrillepension'];
const CPR = '241083-4471';
const SECRETS = [NAME, ...NAME.split(' '), EMAIL, ...SUMMARY_WORDS, CPR, CPR.replace('-', '')];

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

interface Answer {
  status: number;
  requestId: string | null;
  body: { data?: Record<string, { id: string } | null> | null; errors?: { extensions: Record<string, unknown> }[] };
}

type LogLine = Record<string, unknown> & { msg?: string };

describe('logs of the API and the worker', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  let worker: WorkerProcess;
  let token = '';

  const post = async (path: string, body: string | FormData, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${api.url}${path}`, { method: 'POST', headers: { ...(token && { authorization: `Bearer ${token}` }), ...headers }, body });
    const text = await response.text();
    return { status: response.status, requestId: response.headers.get('x-request-id'), body: (response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : { text }) as Answer['body'] };
  };
  const gql = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) =>
    post('/graphql', JSON.stringify({ query, variables }), { 'content-type': 'application/json', ...headers });

  /** Every line a process printed, each parsed as JSON (a line that is not JSON fails the test with it). */
  const linesOf = (output: string): LogLine[] =>
    output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        try {
          return JSON.parse(line) as LogLine;
        } catch {
          throw new Error(`Not a JSON line: ${line}`);
        }
      });

  beforeAll(async () => {
    db = await createTestDatabase();
    const queuePrefix = uniqueName('rglogs');
    // One after the other: each compiles its sources at start, which two at once on a busy machine may not do in time.
    api = await startApiProcess(db, { QUEUE_PREFIX: queuePrefix, LOG_LEVEL: 'debug' });
    worker = await startWorkerProcess(db.appUrl, queuePrefix, { LOG_LEVEL: 'debug' });
  }, 90_000);

  afterAll(async () => {
    killAppProcesses();
    await db?.drop();
  });

  it('carry request and job ids, and neither the name, the summary, the e-mail nor the CPR-like text of a citizen', async () => {
    token = (await api.login('advisor@lejre.demo')).token;

    // A registration for a named citizen, with a summary holding a confirmed CPR-like text.
    const citizen = await gql('mutation RegisterCitizen($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }', {
      input: { reference: `B-${randomUUID().slice(0, 8)}`, displayName: NAME, email: EMAIL },
    });
    const citizenId = citizen.body.data?.createCitizen?.id;
    expect(citizenId).toBeTruthy();
    const inquiry = {
      receivedOn: '2024-01-10', channel: 'PHONE', citizenId, kind: 'GUIDANCE', categoryIds: [], reference: `H-${randomUUID().slice(0, 8)}`,
      summary: `${NAME} ringede om ${SUMMARY_WORDS.join(' og ')}, cpr ${CPR}`, confirmCprLike: true,
    };
    const registered = await gql('mutation RegisterInquiry($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }', { input: inquiry });
    expect(registered.body.data?.createInquiry?.id).toBeTruthy();

    // Failing mutations whose input holds the name: a rule of the input refuses it, graphql-js refuses a value.
    const tooLong = await gql('mutation RenameCitizen($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }', {
      input: { reference: `B-${randomUUID().slice(0, 8)}`, displayName: `${NAME} ${'x'.repeat(400)}` },
    }, { 'x-request-id': 'support-case-12345678' });
    const notAChannel = await gql('mutation RegisterInquiry($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }', { input: { ...inquiry, channel: NAME, confirmCprLike: false } });
    const unconfirmed = await gql('mutation RegisterInquiry($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }', { input: { ...inquiry, confirmCprLike: false } });
    // A body that is no JSON at all, made of the name; and an incoming request id that is refused for a new one.
    const garbage = await post('/graphql', `{"query": "${NAME} ${CPR}`, { 'content-type': 'application/json', 'x-request-id': `${NAME} ${CPR}` });

    for (const failed of [tooLong, notAChannel, unconfirmed]) {
      expect(failed.body.errors?.length).toBeGreaterThan(0);
      expect(failed.requestId).toMatch(REQUEST_ID);
      for (const error of failed.body.errors ?? []) expect(error.extensions.requestId).toBe(failed.requestId);
      for (const secret of SECRETS) expect(JSON.stringify(failed.body)).not.toContain(secret);
    }
    expect(tooLong.requestId).toBe('support-case-12345678');
    expect(garbage.status).toBeGreaterThanOrEqual(400);
    expect(garbage.requestId).toMatch(REQUEST_ID);
    expect(garbage.requestId).not.toContain('Quirinus');

    // An import whose bad row holds the name, run by the worker.
    const form = new FormData();
    const csv = `Sagsnummer;Modtaget;Borger;Type;Resumé\r\nL-1;${NAME};B-1;${NAME};${SUMMARY_WORDS[0]} ${CPR}\r\n`;
    form.append('file', new Blob([Buffer.from(csv, 'utf8')]), 'fejl.csv');
    form.append('createMissing', 'true');
    const upload = await post('/imports/inquiries', form);
    expect(upload.status).toBe(202);
    const importJobId = (upload.body as unknown as { importJobId: string }).importJobId;
    let status = '';
    for (let attempt = 0; attempt < 300 && status !== 'failed' && status !== 'succeeded'; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      const job = await gql('query Import($id: ID!) { importJob(id: $id) { id status } }', { id: importJobId });
      status = (job.body.data?.importJob as unknown as { status: string }).status;
    }
    expect(status).toBe('failed');

    // Stopping flushes the last lines.
    await Promise.all([api.stop(), worker.stop()]);
    const apiLines = linesOf(api.output());
    const workerLines = linesOf(worker.output());

    const requests = apiLines.filter((line) => line.msg === 'request completed' || line.msg === 'request failed');
    expect(requests.length).toBeGreaterThanOrEqual(9);
    for (const line of requests) expect(line).toMatchObject({ requestId: expect.stringMatching(REQUEST_ID), method: expect.stringMatching(/^(GET|POST)$/), route: expect.any(String), status: expect.any(Number), durationMs: expect.any(Number) });
    const lineOf = (answer: Answer) => requests.find((line) => line.requestId === answer.requestId);
    const { tenantId, userId } = (await db.admin.query(`SELECT (SELECT id FROM tenant WHERE slug = 'lejre') AS "tenantId", (SELECT id FROM app_user WHERE email = 'advisor@lejre.demo') AS "userId"`)).rows[0];
    expect(lineOf(registered)).toEqual(expect.objectContaining({ route: '/graphql', operation: 'RegisterInquiry', status: 200, tenantId, userId }));
    expect(lineOf(tooLong)).toEqual(expect.objectContaining({ operation: 'RenameCitizen', tenantId, userId }));
    expect(lineOf(upload)).toEqual(expect.objectContaining({ route: '/imports/inquiries', status: 202, tenantId, userId }));
    // Refused before routing: the line names no route, nor the path it was sent to.
    expect(lineOf(garbage)).toEqual(expect.objectContaining({ route: 'unmatched', status: 400 }));

    const jobLine = workerLines.find((line) => line.msg === 'job completed' && line.jobName === JOBS.importInquiries.name);
    expect(jobLine).toEqual(expect.objectContaining({ queue: JOBS.importInquiries.queue, jobId: expect.any(String), tenantId, outcome: 'completed', durationMs: expect.any(Number) }));

    // Neither as written nor in any case nor as JSON escapes would write it.
    for (const [process, output, lines] of [['api', api.output(), apiLines], ['worker', worker.output(), workerLines]] as const) {
      const decoded = lines.map((line) => JSON.stringify(line)).join('\n');
      for (const secret of SECRETS) {
        for (const text of [output, decoded, JSON.stringify(output)]) {
          expect({ process, found: text.toLowerCase().includes(secret.toLowerCase()) ? secret : null }).toEqual({ process, found: null });
        }
      }
    }
  }, 120_000);
});
