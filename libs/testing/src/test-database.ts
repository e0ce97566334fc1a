import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_ROLE, createDataSource, dropDatabase, OWNER_ROLE } from '@raadgiver/db';
import { adminDatabaseUrl, TEMPLATE_DATABASE_ENV, uniqueName } from './test-env';

export interface TestDatabase {
  name: string;
  appUrl: string;
  ownerUrl: string;
  /** A data source connected as the app role (RLS applies). */
  app: DataSource;
  /** A superuser client for assertions that must see past RLS. */
  admin: Client;
  drop(): Promise<void>;
}

function urlFor(user: string, password: string, database: string): string {
  const url = new URL(adminDatabaseUrl());
  url.username = user;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

/** A private copy of the seeded template database for one test file. */
export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_DATABASE_ENV];
  if (!template) throw new Error(`${TEMPLATE_DATABASE_ENV} is not set: run integration tests through jest's int project`);
  const name = uniqueName('raadgiver_test');
  const root = new Client({ connectionString: adminDatabaseUrl() });
  await root.connect();
  try {
    await root.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" OWNER ${OWNER_ROLE}`);
  } finally {
    await root.end();
  }
  const appUrl = urlFor(APP_ROLE, 'raadgiver_app', name);
  const ownerUrl = urlFor(OWNER_ROLE, 'raadgiver_owner', name);
  const app = createDataSource({ url: appUrl, poolSize: options.poolSize ?? 4, applicationName: 'raadgiver-test' });
  await app.initialize();
  const admin = new Client({ connectionString: urlFor(new URL(adminDatabaseUrl()).username, decodeURIComponent(new URL(adminDatabaseUrl()).password), name) });
  await admin.connect();
  return {
    name,
    appUrl,
    ownerUrl,
    app,
    admin,
    async drop() {
      await app.destroy();
      await admin.end();
      await dropDatabase(adminDatabaseUrl(), name);
    },
  };
}
