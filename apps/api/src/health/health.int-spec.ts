import { Readiness } from '@raadgiver/db';
import { useTestApi } from '../testing/test-api';

describe('the API health probes', () => {
  const context = useTestApi();

  it('answers liveness without asking anything, publicly', async () => {
    const response = await fetch(`${context.api.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers readiness (and /health, its alias) with each check up, and nothing more', async () => {
    for (const path of ['/health/ready', '/health']) {
      const response = await fetch(`${context.api.url}${path}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { status: string; info: unknown; error: unknown };
      expect(body).toMatchObject({ status: 'ok', error: {} });
      expect(body.info).toEqual({ shutdown: { status: 'up' }, database: { status: 'up' }, migrations: { status: 'up' }, redis: { status: 'up' } });
    }
  });

  it('serves no metrics without METRICS_TOKEN, whatever token is sent', async () => {
    expect((await fetch(`${context.api.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${context.api.url}/metrics`, { headers: { authorization: 'Bearer ' } })).status).toBe(404);
    expect((await fetch(`${context.api.url}/metrics`, { headers: { authorization: 'Bearer undefined' } })).status).toBe(404);
  });

  it('answers 503 naming the failed check once the API is shutting down', async () => {
    context.api.app.get(Readiness).beginShutdown();
    const response = await fetch(`${context.api.url}/health/ready`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; error: unknown };
    expect(body.status).toBe('error');
    expect(body.error).toEqual({ shutdown: { status: 'down' } });
    expect((await fetch(`${context.api.url}/health/live`)).status).toBe(200);
  });
});
