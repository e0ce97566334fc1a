import { defineQuery, qb, rawQuery, runQuery } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

/** A leaving municipality: what the operator confirms by, its deletion and the operator's record of it. */
export const leavingQueries = {
  tenant: defineQuery([ID], (tenantId: string) => qb.selectFrom('tenant').select(['id', 'name', 'kommunekode']).where('id', '=', tenantId)),
  /** tenant_delete() refuses anyone but the operator, and a municipality without a ready export of everything. */
  delete: defineQuery([ID], (tenantId: string) => rawQuery(sql<{ table_name: string; deleted: string }>`SELECT table_name, deleted::text FROM tenant_delete(${tenantId}::uuid)`)),
  record: defineQuery([ID, 'Lejre Kommune', '350', ID, '{}', 'account'], (tenantId: string, name: string, kommunekode: string, userId: string, counts: string, account: string) =>
    qb
      .insertInto('tenant_deletion')
      .values({ deleted_tenant: tenantId, tenant_name: name, kommunekode, deleted_by: userId, row_counts: sql`${counts}::jsonb`, account })
      .returning(['id', 'deleted_at']),
  ),
};

export const leavingRepository = {
  async tenant(em: EntityManager, tenantId: string): Promise<{ id: string; name: string; kommunekode: string } | undefined> {
    const [row] = await runQuery(em, leavingQueries.tenant(tenantId));
    return row;
  },

  async delete(em: EntityManager, tenantId: string): Promise<Record<string, number>> {
    const rows = await runQuery(em, leavingQueries.delete(tenantId));
    return Object.fromEntries(rows.map((row) => [row.table_name, Number(row.deleted)]));
  },

  async record(em: EntityManager, tenant: { id: string; name: string; kommunekode: string }, userId: string, counts: Record<string, number>, account: string): Promise<Date> {
    const [row] = await runQuery(em, leavingQueries.record(tenant.id, tenant.name, tenant.kommunekode, userId, JSON.stringify(counts), account));
    return row.deleted_at;
  },
};
