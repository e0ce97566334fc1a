/**
 * Brings the development database up to date for `npm start`: roles and database (bootstrap, as
 * the superuser), migrations (as the owner) and the demo seed (as the app role). The seed only adds
 * what is missing, so it runs on every start. Run by tools/dev/start.mjs as a child process;
 * reports back over IPC, or prints JSON when run by hand.
 *
 * Env: RAADGIVER_ADMIN_DATABASE_URL (superuser URL), RAADGIVER_DB_NAME, RAADGIVER_FRESH=1.
 */
import { Client } from 'pg';
import {
  bootstrapDatabase,
  createDataSource,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DemoLogin,
  dropDatabase,
  migrate,
  seedDemo,
} from '@raadgiver/db';

export interface PreparedDatabase {
  appUrl: string;
  created: boolean;
  /** Rows the demo seed added; 0 when the demo data was already in place. */
  seededRows: number;
  demoLogins: readonly DemoLogin[];
  demoPassword: string;
}

async function databaseExists(adminUrl: string, database: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl, application_name: 'raadgiver-dev' });
  await client.connect();
  try {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

async function seedAsApp(appUrl: string): Promise<number> {
  const ds = createDataSource({ url: appUrl, poolSize: 2, applicationName: 'raadgiver-seed' });
  await ds.initialize();
  try {
    const summary = await seedDemo(ds);
    return Object.values(summary.inserted).reduce((sum, rows) => sum + rows, 0);
  } finally {
    await ds.destroy();
  }
}

export async function prepareDatabase(adminUrl: string, database: string, fresh: boolean): Promise<PreparedDatabase> {
  if (fresh) await dropDatabase(adminUrl, database);
  const created = !(await databaseExists(adminUrl, database));
  const { ownerUrl, appUrl } = await bootstrapDatabase({ adminUrl, database });
  await migrate(ownerUrl);
  const seededRows = await seedAsApp(appUrl);
  return { appUrl, created, seededRows, demoLogins: DEMO_LOGINS, demoPassword: DEMO_PASSWORD };
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
