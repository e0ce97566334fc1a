import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

/** A package as the admin lists it: no content. */
export interface ArchivePackageRow {
  id: string;
  scope: string;
  period_from: string;
  period_to: string;
  status: string;
  requested_at: Date;
  finished_at: Date | null;
  size_bytes: string | null;
  sha256: string | null;
  delivered_at: Date | null;
  delivered_by_name: string | null;
}

function packages() {
  return qb
    .selectFrom('archive_package as p')
    .leftJoin('app_user as u', 'u.id', 'p.delivered_by')
    .select(['p.id', 'p.scope', 'p.status', 'p.requested_at', 'p.finished_at', 'p.size_bytes', 'p.sha256', 'p.delivered_at', 'u.display_name as delivered_by_name'])
    .select([sql<string>`p.period_from::text`.as('period_from'), sql<string>`p.period_to::text`.as('period_to')]);
}

export const archiveQueries = {
  list: defineQuery([], () => packages().orderBy('p.requested_at', 'desc').orderBy('p.id')),
  one: defineQuery([ID], (id: string) => packages().where('p.id', '=', id)),
  latestEverything: defineQuery([], () => packages().where('p.scope', '=', 'everything').orderBy('p.requested_at', 'desc').limit(1)),
  add: defineQuery([ID, 'period', '2019-01-01', '2019-12-31'], (userId: string, scope: 'period' | 'everything', from: string, to: string) =>
    qb
      .insertInto('archive_package')
      .values({ tenant_id: sql<string>`app_tenant_id()`, scope, period_from: from, period_to: to, requested_by: userId })
      .returning('id'),
  ),
  content: defineQuery([ID], (id: string) => qb.selectFrom('archive_package').select(['content', 'status', 'scope', sql<string>`period_from::text`.as('period_from'), sql<string>`period_to::text`.as('period_to')]).where('id', '=', id)),
  deliver: defineQuery([ID, ID], (id: string, userId: string) =>
    qb.updateTable('archive_package').set({ delivered_at: sql`now()`, delivered_by: userId }).where('id', '=', id).where('status', '=', 'ready').where('delivered_at', 'is', null),
  ),
  /** The first day anything of the municipality's happened, for the period an export of everything names. */
  firstDay: defineQuery([], () =>
    qb.selectNoFrom(sql<string>`coalesce(least((SELECT min(received_on) FROM inquiry), (SELECT (created_at AT TIME ZONE 'Europe/Copenhagen')::date FROM tenant WHERE id = app_tenant_id())), current_date)::text`.as('day')),
  ),
};

/** The tenant's archive packages, under its row-level security. */
export const archiveRepository = {
  list: (em: EntityManager): Promise<ArchivePackageRow[]> => runQuery(em, archiveQueries.list()),

  async one(em: EntityManager, id: string): Promise<ArchivePackageRow | undefined> {
    const [row] = await runQuery(em, archiveQueries.one(id));
    return row;
  },

  async latestEverything(em: EntityManager): Promise<ArchivePackageRow | undefined> {
    const [row] = await runQuery(em, archiveQueries.latestEverything());
    return row;
  },

  async add(em: EntityManager, userId: string, scope: 'period' | 'everything', from: string, to: string): Promise<string> {
    const [row] = await runQuery(em, archiveQueries.add(userId, scope, from, to));
    return row.id;
  },

  async content(em: EntityManager, id: string) {
    const [row] = await runQuery(em, archiveQueries.content(id));
    return row;
  },

  async deliver(em: EntityManager, id: string, userId: string): Promise<boolean> {
    return (await runWrite(em, archiveQueries.deliver(id, userId))) === 1;
  },

  async firstDay(em: EntityManager): Promise<string> {
    const [row] = await runQuery(em, archiveQueries.firstDay());
    return row.day;
  },
};
