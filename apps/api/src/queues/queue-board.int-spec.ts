import { JOBS, QUEUES } from '@raadgiver/domain';
import { redisUrl, uniqueName } from '@raadgiver/testing';
import { Queue, Worker } from 'bullmq';
import { sign } from 'jsonwebtoken';
import { Session, startTestApi, TEST_JWT_SECRET, TestApi, useTestApi } from '../testing/test-api';
import { QUEUE_BOARD_CSP } from './queue-board';

const OPEN = 'mutation { openQueueDashboard }';

describe("the operator's queue board", () => {
  const queuePrefix = uniqueName('rgqb');
  process.env.QUEUE_PREFIX = queuePrefix;
  const t = useTestApi();
  const connection = { url: redisUrl() };
  let maintenance: Queue;
  let operator: Session;
  let advisor: Session;
  let tenantAdmin: Session;

  /** A request to the board, with the browser's cookie header and any other headers. */
  const board = (path: string, init: { cookie?: string; token?: string; method?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${t.api.url}/ops/queues${path}`, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: { ...(init.cookie ? { cookie: init.cookie } : {}), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers },
    });

  /** The operator's pass cookie as the browser sends it back (name=value), and the whole Set-Cookie line. */
  async function openBoard(session: Session, api: TestApi = t.api): Promise<{ cookie: string; setCookie: string; path: string }> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ query: OPEN }),
    });
    const body = (await response.json()) as { data: { openQueueDashboard: string } | null; errors?: unknown };
    const setCookie = response.headers.get('set-cookie') ?? '';
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return { cookie: setCookie.split(';')[0], setCookie, path: body.data.openQueueDashboard };
  }

  /** What the API answers for a path it does not have, with the path and the stack trace (tests run in development) taken out. */
  async function notFoundAnswer(response: Response, path: string) {
    // Each answer carries its own request id; the rest must not tell the board's paths from unknown ones.
    const body = (await response.text()).replaceAll(path, '<path>').replace(/<br>[\s\S]*<\/pre>/, '</pre>').replace(/"requestId":"[^"]+"/, '"requestId":"<id>"');
    return { status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), body };
  }

  beforeAll(async () => {
    maintenance = new Queue(QUEUES.maintenance, { connection, prefix: queuePrefix });
    [operator, advisor, tenantAdmin] = await Promise.all([t.api.login('operator@raadgiver.demo'), t.api.login('advisor@lejre.demo'), t.api.login('admin@lejre.demo')]);
  });

  afterAll(async () => {
    await maintenance?.obliterate({ force: true });
    await maintenance?.close();
  });

  it('opens for the operator: a short-lived httpOnly, SameSite=Strict cookie for the board path only, then the page and every queue with its counts', async () => {
    const { cookie, setCookie, path } = await openBoard(operator);
    expect(path).toBe('/ops/queues/');
    expect(setCookie).toMatch(/^rg_queue_board=[^;]+; Max-Age=900; Path=\/ops\/queues; Expires=[^;]+; HttpOnly; SameSite=Strict$/);

    const page = await board('/', { cookie });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(QUEUE_BOARD_CSP);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<base href="/ops/queues/" />');
    expect(html).toContain('"boardTitle":"Raadgiver: køer"');
    const script = /<script defer src="(static\/js\/main\.[^"]+\.js)"/.exec(html)?.[1];
    expect((await board(`/${script}`, { cookie })).status).toBe(200);

    const api = await board('/api/queues', { cookie });
    expect(api.status).toBe(200);
    const { queues } = (await api.json()) as { queues: { name: string; counts: Record<string, number> }[] };
    expect(queues.map((queue) => queue.name).sort()).toEqual(Object.values(QUEUES).sort());
    for (const queue of queues) expect(queue.counts).toEqual(expect.objectContaining({ waiting: expect.any(Number), active: 0, failed: expect.any(Number), completed: expect.any(Number), delayed: 0 }));
  });

  it('answers everyone else as for a path the API does not have: anonymous, an advisor, a tenant admin, a forged or borrowed pass', async () => {
    const unknown = await notFoundAnswer(await fetch(`${t.api.url}/ops/queuez/api/queues`), '/ops/queuez/api/queues');
    expect(unknown.status).toBe(404);
    // Access tokens are not passes, and a pass signed like an access token is not one either.
    const forged = sign({ sub: 'x', tid: null, sid: 'y', gen: 0, ims: Date.now(), oat: Date.now(), op: true }, TEST_JWT_SECRET, { algorithm: 'HS256', expiresIn: 60 });
    const callers = [
      { who: 'anonymous' },
      { who: 'advisor', token: advisor.token, cookie: advisor.cookie },
      { who: 'tenant admin', token: tenantAdmin.token, cookie: tenantAdmin.cookie },
      { who: "the operator's access token", token: operator.token, cookie: `rg_queue_board=${operator.token}` },
      { who: 'forged pass', cookie: `rg_queue_board=${forged}` },
    ];
    for (const caller of callers) {
      for (const path of ['', '/', '/api/queues', '/api/queues/maintenance/1/retry']) {
        const response = await board(path, caller);
        expect({ who: caller.who, path, answer: await notFoundAnswer(response, `/ops/queues${path}`) }).toEqual({ who: caller.who, path, answer: unknown });
      }
    }
    for (const session of [advisor, tenantAdmin]) {
      const refused = await t.api.gql(OPEN, {}, session);
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(refused.setCookie).toBeNull();
    }
  });

  it("retries a failed job through Bull Board's API, for a change from the board's own origin only", async () => {
    const { cookie } = await openBoard(operator);
    const job = await maintenance.add(JOBS.ping.name, {}, { attempts: 1, jobId: uniqueName('failing-ping') });
    const failing = new Worker(QUEUES.maintenance, async () => { throw new Error('refused on purpose'); }, { connection: { ...connection, maxRetriesPerRequest: null }, prefix: queuePrefix });
    await new Promise<void>((resolve) => failing.on('failed', () => resolve()));
    await failing.close();
    expect(await job.getState()).toBe('failed');

    const listed = (await (await board(`/api/queues?activeQueue=${QUEUES.maintenance}&status=failed`, { cookie })).json()) as { queues: { name: string; counts: { failed: number }; jobs: { id: string; failedReason: string; data: unknown }[] }[] };
    const queue = listed.queues.find((q) => q.name === QUEUES.maintenance);
    expect(queue?.counts.failed).toBe(1);
    expect(queue?.jobs).toEqual([expect.objectContaining({ id: job.id, failedReason: 'refused on purpose', data: {} })]);

    const retry = (headers: Record<string, string>) => board(`/api/queues/${QUEUES.maintenance}/${job.id}/retry`, { cookie, method: 'PUT', headers });
    // Another site's page, or a request that does not say where it comes from, changes nothing.
    const foreign: Record<string, string>[] = [{}, { origin: 'https://evil.example' }, { origin: t.api.url, 'sec-fetch-site': 'cross-site' }];
    for (const headers of foreign) {
      expect((await retry(headers)).status).toBe(403);
    }
    expect(await job.getState()).toBe('failed');
    // Adding a job (a payload typed in) is refused even from the board.
    const add = await board(`/api/queues/${QUEUES.maintenance}/add`, { cookie, method: 'POST', headers: { origin: t.api.url, 'content-type': 'application/json' } });
    expect(add.status).toBe(403);

    expect((await retry({ origin: t.api.url, 'sec-fetch-site': 'same-origin' })).status).toBe(204);
    expect(await job.getState()).toBe('waiting');
  });

  it("ends with the operator's session", async () => {
    const session = await t.api.login('operator@raadgiver.demo');
    const { cookie } = await openBoard(session);
    expect((await board('/api/queues', { cookie })).status).toBe(200);
    await t.api.gql('mutation { logout }', {}, session);
    expect((await board('/api/queues', { cookie })).status).toBe(404);
  });

  it('renews the pass past half its life while the user is still an operator; an old pass ends at its expiry', async () => {
    // Passes live as long as access tokens: 4 s here.
    const api = await startTestApi(t.db, { ACCESS_TOKEN_TTL_SECONDS: '4' });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const ask = (cookie: string) => fetch(`${api.url}/ops/queues/api/queues`, { headers: { cookie } });
    try {
      const { cookie: first, setCookie } = await openBoard(await api.login('operator@raadgiver.demo'), api);
      expect(setCookie).toContain('Max-Age=4;');
      const early = await ask(first);
      expect(early.status).toBe(200);
      expect(early.headers.get('set-cookie')).toBeNull();
      await sleep(2_100);
      const late = await ask(first);
      expect(late.status).toBe(200);
      const second = late.headers.get('set-cookie')?.split(';')[0] ?? '';
      expect(second).toMatch(/^rg_queue_board=/);
      expect(second).not.toBe(first);
      await sleep(2_100);
      expect((await ask(first)).status).toBe(404);
      // No longer an operator: the pass holds until its expiry, and is not renewed.
      await t.db.admin.query("UPDATE app_user SET is_operator = false WHERE email = 'operator@raadgiver.demo'");
      const unrenewed = await ask(second);
      expect(unrenewed.status).toBe(200);
      expect(unrenewed.headers.get('set-cookie')).toBeNull();
    } finally {
      await t.db.admin.query("UPDATE app_user SET is_operator = true WHERE email = 'operator@raadgiver.demo'");
      await api.close();
    }
  });
});
