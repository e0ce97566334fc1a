import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { ADMIN_PORT, API_PORT, E2E_DATABASE, MAIL_HTTP_PORT, MAIL_SMTP_PORT } from './ports';
import { E2E_TOTP_PERIOD_SECONDS } from './second-factor';

const workspaceRoot = resolve(__dirname, '..');

interface TestBrowser {
  executablePath: string;
  env: Record<string, string>;
  args: string[];
}

// The Chromium inside the @sparticuz/chromium npm package, or CHROMIUM_PATH (tools/test/browser.cjs): nothing is
// downloaded. `npm test` prepares it first, so this finds it unpacked.
const browser = JSON.parse(
  execFileSync(process.execPath, [resolve(workspaceRoot, 'tools/test/browser.cjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
) as TestBrowser;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${ADMIN_PORT}`,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: browser.executablePath,
      args: browser.args,
      env: { ...(process.env as Record<string, string>), ...browser.env },
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // Postgres, Redis, migrations, a fresh demo seed, API, worker and the admin dev server.
    command: 'node tools/dev/start.mjs',
    cwd: workspaceRoot,
    // Through the admin's proxy to the API's health check: ready only when both answer.
    url: `http://127.0.0.1:${ADMIN_PORT}/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    // The start script runs its children in their own process groups; a signal lets it stop them.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      ...(process.env as Record<string, string>),
      RAADGIVER_DB_NAME: E2E_DATABASE,
      RAADGIVER_FRESH: '1',
      // Warnings and errors only: a line per request, pretty-printed, costs the shared cores of the browsers' machine.
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      // Every test logs in from this machine, one after another: more than a person's requests without a login.
      PUBLIC_RATE_LIMIT_PER_MINUTE: '10000',
      // The demo admins log in through their second factor many times a minute; each TOTP step is taken once.
      TOTP_PERIOD_SECONDS: String(E2E_TOTP_PERIOD_SECONDS),
      API_PORT: String(API_PORT),
      ADMIN_PORT: String(ADMIN_PORT),
      // The invitation test reads the caught e-mails here.
      MAIL_HTTP_PORT: String(MAIL_HTTP_PORT),
      MAIL_SMTP_PORT: String(MAIL_SMTP_PORT),
      DATABASE_URL: process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
  },
});
