import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import { defineQuery, qb } from '../query/query-builder';
import { NO_CONTEXT } from '../tenancy/db-context';
import { runQueryInContext } from '../tenancy/statement-in-context';

/** The readiness checks' queries (their SQL is in health.repository.sql, checked by `npm test`). */
export const healthQueries = {
  ping: defineQuery([], () => qb.selectNoFrom(sql<number>`1`.as('one'))),
  appliedMigrations: defineQuery([], () => qb.selectFrom('schema_migration').select('name')),
};

export const healthRepository = {
  /** Resolves when the database answers a statement. */
  async ping(dataSource: DataSource): Promise<void> {
    await runQueryInContext(dataSource, NO_CONTEXT, healthQueries.ping());
  },

  /** The names of the migrations the database has run. */
  async appliedMigrationNames(dataSource: DataSource): Promise<string[]> {
    const rows = await runQueryInContext(dataSource, NO_CONTEXT, healthQueries.appliedMigrations());
    return rows.map((row) => row.name);
  },
};
