import { EntityManager } from 'typeorm';
import { defineQuery, qb, runQuery } from '../query/query-builder';

/** The tenant table's queries (SQL in tenant.repository.sql, checked by `npm test`). */
export const tenantQueries = {
  all: defineQuery([], () => qb.selectFrom('tenant').select(['id', 'name']).orderBy('id')),
};

/** Tenants as the platform's jobs see them: the tenant table is readable in any context. */
export const tenantRepository = {
  /** Every tenant, in id order: the order jobs that visit all tenants take them in. */
  all(em: EntityManager): Promise<{ id: string; name: string }[]> {
    return runQuery(em, tenantQueries.all());
  },
};
