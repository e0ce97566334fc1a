import { sql } from 'kysely';
import { Client } from 'pg';
import { qb } from '../query/query-builder';
import { APP_ROLE, OWNER_ROLE, RETENTION_ROLE, SEARCH_ROLE } from './roles';

/** Whether the cluster has a role or a database of that name (the catalogue is outside the generated table types). */
async function clusterHas(admin: Client, catalogue: 'role' | 'database', name: string): Promise<boolean> {
  const query = catalogue === 'role' ? sql`SELECT 1 FROM pg_roles WHERE rolname = ${name}` : sql`SELECT 1 FROM pg_database WHERE datname = ${name}`;
  const { sql: text, parameters } = query.compile(qb);
  return Boolean((await admin.query(text, [...parameters])).rowCount);
}

export interface DatabaseUrls {
  /** The owner's connection: migrations. */
  ownerUrl: string;
  /** The app role's connection: API and worker. */
  appUrl: string;
}

export interface BootstrapOptions {
  /** A superuser connection to the cluster (any database). */
  adminUrl: string;
  database: string;
  ownerPassword?: string;
  appPassword?: string;
}

function withCredentials(base: string, user: string, password: string, database: string): string {
  const url = new URL(base);
  url.username = user;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Creates the two roles and the database if missing (development and tests; production
 * provisions them in infra). Idempotent.
 */
export async function bootstrapDatabase(options: BootstrapOptions): Promise<DatabaseUrls> {
  const ownerPassword = options.ownerPassword ?? 'raadgiver_owner';
  const appPassword = options.appPassword ?? 'raadgiver_app';
  const admin = new Client({ connectionString: options.adminUrl });
  await admin.connect();
  try {
    for (const [role, password, extra] of [
      [OWNER_ROLE, ownerPassword, ''],
      [APP_ROLE, appPassword, ' NOBYPASSRLS NOCREATEDB NOCREATEROLE'],
    ] as const) {
      const verb = (await clusterHas(admin, 'role', role)) ? 'ALTER' : 'CREATE';
      await admin.query(`${verb} ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER${extra} PASSWORD ${quoteLiteral(password)}`);
    }
    await admin.query(`${(await clusterHas(admin, 'role', SEARCH_ROLE)) ? 'ALTER' : 'CREATE'} ROLE ${quoteIdent(SEARCH_ROLE)} NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE`);
    await admin.query(`${(await clusterHas(admin, 'role', RETENTION_ROLE)) ? 'ALTER' : 'CREATE'} ROLE ${quoteIdent(RETENTION_ROLE)} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`);
    // The owner hands the search and retention functions to their roles in a migration (ALTER FUNCTION … OWNER TO).
    await admin.query(`GRANT ${quoteIdent(SEARCH_ROLE)} TO ${quoteIdent(OWNER_ROLE)}`);
    await admin.query(`GRANT ${quoteIdent(RETENTION_ROLE)} TO ${quoteIdent(OWNER_ROLE)}`);
    if (!(await clusterHas(admin, 'database', options.database))) {
      await admin.query(`CREATE DATABASE ${quoteIdent(options.database)} OWNER ${quoteIdent(OWNER_ROLE)} ENCODING 'UTF8' TEMPLATE template0`);
    }
  } finally {
    await admin.end();
  }
  // The owner needs the schema; on PostgreSQL 15+ public is no longer writable by everyone.
  const adminInDb = new Client({ connectionString: withCredentials(options.adminUrl, new URL(options.adminUrl).username, decodeURIComponent(new URL(options.adminUrl).password), options.database) });
  await adminInDb.connect();
  try {
    await adminInDb.query(`ALTER SCHEMA public OWNER TO ${quoteIdent(OWNER_ROLE)}`);
    await adminInDb.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  } finally {
    await adminInDb.end();
  }
  return {
    ownerUrl: withCredentials(options.adminUrl, OWNER_ROLE, ownerPassword, options.database),
    appUrl: withCredentials(options.adminUrl, APP_ROLE, appPassword, options.database),
  };
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
