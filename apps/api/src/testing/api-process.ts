import { freePort, TestDatabase } from '@raadgiver/testing';
import { AppProcess, startAppProcess } from './app-process';
import { testApiEnv, testClient, TestClient } from './test-api';

export type ApiProcess = AppProcess & TestClient;

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

/**
 * The real API (apps/api/src/main.ts) as its own process on a free port, over `db` with the tests' settings
 * (testApiEnv; `env` overrides them, e.g. REDIS_URL of an own Redis), resolved once GET /health answers 200.
 */
export async function startApiProcess(db: TestDatabase, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = await startAppProcess('api', testApiEnv(db, { HOST: '127.0.0.1', PORT: String(port), ...env }), () => answers(`${url}/health`));
  return { ...started, ...testClient(url, db) };
}
