import { createServer } from 'node:net';
import { AppProcess, spawnAppProcess, untilReady } from './app-process';
import { testApiEnvironment } from './test-api';

export interface ApiProcess extends AppProcess {
  /** http://127.0.0.1:<port>, the API's origin. */
  url: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real API (apps/api/src/main.ts) as its own process on a free port, with the in-process test API's settings
 * (startTestApi) and the local Redis; `env` adds to or overrides them and must name DATABASE_URL. Resolves once it
 * answers HTTP.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const api = spawnAppProcess('apps/api/src/main.ts', {
    PORT: String(port),
    HOST: '127.0.0.1',
    ...testApiEnvironment(),
    ...env,
  });
  const answers = () => fetch(`${url}/health`).then(() => true, () => false);
  return Object.assign(await untilReady(api, 'API', answers, 60), { url });
}
