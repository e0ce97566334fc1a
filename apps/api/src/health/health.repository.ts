import { defineQuery, NO_CONTEXT, qb, runQueryInContext } from '@raadgiver/db';
import { sql } from 'kysely';
import { DataSource } from 'typeorm';

/** The health check's query (its SQL is in health.repository.sql, checked by `npm test`). */
export const healthQueries = {
  ping: defineQuery([], () => qb.selectNoFrom(sql<number>`1`.as('one'))),
};

export const healthRepository = {
  /** Resolves when the database answers a statement. */
  async ping(dataSource: DataSource): Promise<void> {
    await runQueryInContext(dataSource, NO_CONTEXT, healthQueries.ping());
  },
};
