import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

/** The tenant's response-time targets in tenant.settings (SQL in response-target.repository.sql). */
export const responseTargetQueries = {
  settings: defineQuery([ID], (tenantId: string) => qb.selectFrom('tenant').select('settings').where('id', '=', tenantId)),
  set: defineQuery([ID, '{"firstContactDays":5,"closeDays":30}'], (tenantId: string, targets: string) =>
    qb.updateTable('tenant').set({ settings: sql`jsonb_set(settings, '{responseTargets}', ${targets}::jsonb)` }).where('id', '=', tenantId),
  ),
};

/** The targets' read and write, in the caller's transaction; RLS lets a tenant update only its own row. */
export const responseTargetRepository = {
  async settings(em: EntityManager, tenantId: string): Promise<unknown> {
    const [row] = await runQuery(em, responseTargetQueries.settings(tenantId));
    return row?.settings;
  },
  async set(em: EntityManager, tenantId: string, targets: object): Promise<void> {
    await runWrite(em, responseTargetQueries.set(tenantId, JSON.stringify(targets)));
  },
};
