import { createTestDatabase, TestDatabase, until } from '@raadgiver/testing';
import { request } from 'node:http';
import { connect } from 'node:net';
import { ApiProcess, startApiProcess } from '../testing/api-process';
import { killAppProcesses } from '../testing/app-process';

/** Whether a new TCP connection to the port is taken (not refused). */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A GraphQL request from a slow client: the headers and half the body now, the rest when `finish` is called, as a
 * large upload over a slow line. Resolves with the status and body once the API answered.
 */
function slowGraphqlRequest(url: string, token: string, query: string): { finish(): void; answer: Promise<{ status: number; body: string }> } {
  const body = Buffer.from(JSON.stringify({ query }));
  const half = Math.floor(body.length / 2);
  let finish = () => undefined as void;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length), authorization: `Bearer ${token}` },
    });
    req.once('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.once('error', reject);
    req.write(body.subarray(0, half));
    req.flushHeaders();
    finish = () => void req.end(body.subarray(half));
  });
  return { finish: () => finish(), answer };
}

describe('the API shutting down on SIGTERM', () => {
  let db: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    // One second of readiness answering 503 before the listener closes, as a load balancer needs to take it out.
    api = await startApiProcess(db, { SHUTDOWN_DELAY_SECONDS: '1' });
  }, 120_000);

  afterAll(async () => {
    killAppProcesses();
    await db?.drop();
  });

  it('answers not ready at once, refuses new connections, finishes the request in flight, and exits 0', async () => {
    const port = Number(new URL(api.url).port);
    const { token } = await api.login('advisor@lejre.demo');
    const slow = slowGraphqlRequest(api.url, token, '{ me { user { email } } }');
    // The request is in flight: the API has its headers and is reading the body.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));

    api.child.kill('SIGTERM');
    await until('readiness did not answer 503 after SIGTERM', 5_000, async () => (await fetch(`${api.url}/health/ready`)).status === 503);
    expect(((await (await fetch(`${api.url}/health/ready`)).json()) as { error: unknown }).error).toEqual({ shutdown: { status: 'down' } });
    await until('the API still took connections after the delay', 10_000, async () => !(await accepts(port)));

    slow.finish();
    const answered = await slow.answer;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toEqual({ data: { me: { user: { email: 'advisor@lejre.demo' } } } });
    expect(await exited).toBe(0);
    expect(api.output()).toContain('Requests finished; closing queues, PostgreSQL and Redis');
    expect(await accepts(port)).toBe(false);
  }, 60_000);
});
