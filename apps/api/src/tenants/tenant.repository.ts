import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { InferResult, sql } from 'kysely';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

const TENANT_COLUMNS = ['id', 'name', 'kommunekode', 'slug', 'locale'] as const;

/** One municipality's use of the platform, as tenant_usage() counts it: numbers and dates, no case content. */
interface UsageRow {
  tenant_id: string;
  active_users: number;
  inquiries_since: number;
  last_login_at: Date | null;
  last_registration_at: Date | null;
}

/** The operator's queries on the platform's municipalities (their SQL is in tenant.repository.sql, checked by `npm test`). */
export const tenantRegistryQueries = {
  list: defineQuery([], () => qb.selectFrom('tenant').select(TENANT_COLUMNS).orderBy('name')),
  /** Every municipality with its use since a day (tenant_usage() refuses anyone but the operator). */
  overview: defineQuery(['2026-01-01'], (since: string) =>
    qb
      .selectFrom('tenant as t')
      .innerJoin(sql<UsageRow>`tenant_usage(${since}::date)`.as('u'), (join) => join.onRef('u.tenant_id', '=', 't.id'))
      .select(['t.id', 't.name', 't.kommunekode', 't.slug', 't.locale', 't.benchmark_peer_group', 't.deactivated_at'])
      .select(['u.active_users', 'u.inquiries_since', 'u.last_login_at', 'u.last_registration_at'])
      .orderBy('t.name'),
  ),
  /** The reference list of the 98 municipalities, each with its tenant when it has one. */
  municipalities: defineQuery([], () =>
    qb
      .selectFrom('municipality as m')
      .leftJoin('tenant as t', 't.kommunekode', 'm.code')
      .select(['m.code', 'm.name', 'm.region', 't.id as tenant_id'])
      .orderBy('m.name'),
  ),
  municipality: defineQuery(['350'], (code: string) => qb.selectFrom('municipality').select(['code', 'name']).where('code', '=', code).limit(1)),
  byKommunekode: defineQuery(['350'], (kommunekode: string) => qb.selectFrom('tenant').select('id').where('kommunekode', '=', kommunekode).limit(1)),
  bySlug: defineQuery(['lejre'], (slug: string) => qb.selectFrom('tenant').select('id').where('slug', '=', slug).limit(1)),
  add: defineQuery(['Lejre Kommune', '350', 'lejre', 'da', 'land'], (name: string, kommunekode: string, slug: string, locale: string, peerGroup: string | null) =>
    qb
      .insertInto('tenant')
      .values({ name, kommunekode, slug, locale, benchmark_peer_group: peerGroup, settings: sql`'{}'::jsonb` })
      .returning(TENANT_COLUMNS),
  ),
  /** Deactivates (a time) or reactivates (null) a municipality; its id when it exists. */
  setDeactivated: defineQuery([ID, true], (tenantId: string, deactivated: boolean) =>
    qb
      .updateTable('tenant')
      .set({ deactivated_at: deactivated ? sql<Date>`coalesce(deactivated_at, now())` : null })
      .where('id', '=', tenantId)
      .returning('id'),
  ),
  /** Puts the transaction in a tenant's context ('' for none), as row-level security needs for that tenant's rows. */
  enterTenant: defineQuery([ID], (tenantId: string) => qb.selectNoFrom(sql<string>`set_config('app.tenant_id', ${tenantId}, true)`.as('tenant_id'))),
  addPopulation: defineQuery([ID, 2024, 27000], (tenantId: string, year: number, inhabitants: number) =>
    qb.insertInto('tenant_population').values({ tenant_id: tenantId, year, inhabitants }),
  ),
};

export type TenantRow = InferResult<ReturnType<typeof tenantRegistryQueries.list>>[number];
export type TenantOverviewRow = InferResult<ReturnType<typeof tenantRegistryQueries.overview>>[number];
export type MunicipalityRow = InferResult<ReturnType<typeof tenantRegistryQueries.municipalities>>[number];

/** The operator's registry of municipalities; each method runs in the caller's transaction. */
export const tenantRegistry = {
  list(em: EntityManager): Promise<TenantRow[]> {
    return runQuery(em, tenantRegistryQueries.list());
  },

  overview(em: EntityManager, since: string): Promise<TenantOverviewRow[]> {
    return runQuery(em, tenantRegistryQueries.overview(since));
  },

  municipalities(em: EntityManager): Promise<MunicipalityRow[]> {
    return runQuery(em, tenantRegistryQueries.municipalities());
  },

  async municipality(em: EntityManager, code: string): Promise<{ code: string; name: string } | undefined> {
    const [row] = await runQuery(em, tenantRegistryQueries.municipality(code));
    return row;
  },

  async kommunekodeTaken(em: EntityManager, kommunekode: string): Promise<boolean> {
    return (await runQuery(em, tenantRegistryQueries.byKommunekode(kommunekode))).length > 0;
  },

  async slugTaken(em: EntityManager, slug: string): Promise<boolean> {
    return (await runQuery(em, tenantRegistryQueries.bySlug(slug))).length > 0;
  },

  async add(em: EntityManager, tenant: { name: string; kommunekode: string; slug: string; locale: string; peerGroup: string | null }): Promise<TenantRow> {
    const [row] = await runQuery(em, tenantRegistryQueries.add(tenant.name, tenant.kommunekode, tenant.slug, tenant.locale, tenant.peerGroup));
    return row;
  },

  /** False when no municipality has the id. */
  async setDeactivated(em: EntityManager, tenantId: string, deactivated: boolean): Promise<boolean> {
    return (await runQuery(em, tenantRegistryQueries.setDeactivated(tenantId, deactivated))).length > 0;
  },

  /**
   * Runs `work` in a tenant's context (for the rows of that tenant: its population, its first invitation, its audit
   * rows), which ends with it.
   */
  async inTenant<T>(em: EntityManager, tenantId: string, work: () => Promise<T>): Promise<T> {
    await runQuery(em, tenantRegistryQueries.enterTenant(tenantId));
    const result = await work();
    await runQuery(em, tenantRegistryQueries.enterTenant(''));
    return result;
  },

  async addPopulation(em: EntityManager, tenantId: string, year: number, inhabitants: number): Promise<void> {
    await runWrite(em, tenantRegistryQueries.addPopulation(tenantId, year, inhabitants));
  },
};
