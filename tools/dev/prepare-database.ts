/**
 * Brings the development database up to date for `npm start`: roles and database (bootstrap, as
 * the superuser), migrations (as the owner) and the demo seed (as the app role) when the database
 * has no tenant yet. Run by tools/dev/start.mjs as a child process; reports back over IPC, or
 * prints JSON when run by hand.
 *
 * Env: RAADGIVER_ADMIN_DATABASE_URL (superuser URL), RAADGIVER_DB_NAME, RAADGIVER_FRESH=1.
 */
import * as db from '@raadgiver/db';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** The demo seed lands in @raadgiver/db separately; it is optional until then. */
interface DemoSeed {
  seedDemo?: (ds: DataSource) => Promise<unknown>;
  DEMO_LOGINS?: unknown;
  DEMO_PASSWORD?: string;
}

export interface PreparedDatabase {
  appUrl: string;
  ownerUrl: string;
  created: boolean;
  seed: 'seeded' | 'present' | 'unavailable';
  demoLogins?: unknown;
  demoPassword?: string;
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'raadgiver-dev' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function databaseExists(adminUrl: string, database: string): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    return result.rowCount === 1;
  });
}

/** The superuser sees past row-level security; any tenant means the database is in use. */
async function hasTenants(adminUrl: string, database: string): Promise<boolean> {
  return withClient(databaseUrl(adminUrl, database), async (client) => {
    const result = await client.query('SELECT EXISTS (SELECT 1 FROM tenant) AS present');
    return result.rows[0].present === true;
  });
}

async function seedAsApp(appUrl: string, seedDemo: NonNullable<DemoSeed['seedDemo']>): Promise<void> {
  const ds = db.createDataSource({ url: appUrl, poolSize: 2, applicationName: 'raadgiver-seed' });
  await ds.initialize();
  try {
    await seedDemo(ds);
  } finally {
    await ds.destroy();
  }
}

export async function prepareDatabase(adminUrl: string, database: string, fresh: boolean): Promise<PreparedDatabase> {
  if (fresh) await db.dropDatabase(adminUrl, database);
  const created = !(await databaseExists(adminUrl, database));
  const { ownerUrl, appUrl } = await db.bootstrapDatabase({ adminUrl, database });
  await db.migrate(ownerUrl);

  const demo = db as unknown as DemoSeed;
  const demoInfo = { demoLogins: demo.DEMO_LOGINS, demoPassword: demo.DEMO_PASSWORD };
  if (typeof demo.seedDemo !== 'function') return { appUrl, ownerUrl, created, seed: 'unavailable', ...demoInfo };
  if (await hasTenants(adminUrl, database)) return { appUrl, ownerUrl, created, seed: 'present', ...demoInfo };
  await seedAsApp(appUrl, demo.seedDemo);
  return { appUrl, ownerUrl, created, seed: 'seeded', ...demoInfo };
}

async function main(): Promise<void> {
  const adminUrl = process.env.RAADGIVER_ADMIN_DATABASE_URL;
  if (!adminUrl) throw new Error('RAADGIVER_ADMIN_DATABASE_URL is not set');
  const database = process.env.RAADGIVER_DB_NAME || 'raadgiver';
  const result = await prepareDatabase(adminUrl, database, process.env.RAADGIVER_FRESH === '1');
  if (process.send) {
    await new Promise<void>((resolve) => process.send?.(result, () => resolve()));
    process.disconnect();
  } else {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
