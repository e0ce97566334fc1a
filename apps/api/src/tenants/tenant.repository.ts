import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { InferResult, sql } from 'kysely';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

const TENANT_COLUMNS = ['id', 'name', 'kommunekode', 'slug', 'locale'] as const;

/** The operator's queries on the platform's municipalities (their SQL is in tenant.repository.sql, checked by `npm test`). */
export const tenantRegistryQueries = {
  list: defineQuery([], () => qb.selectFrom('tenant').select(TENANT_COLUMNS).orderBy('name')),
  isMunicipality: defineQuery(['350'], (code: string) => qb.selectFrom('municipality').select('code').where('code', '=', code).limit(1)),
  byKommunekode: defineQuery(['350'], (kommunekode: string) => qb.selectFrom('tenant').select('id').where('kommunekode', '=', kommunekode).limit(1)),
  bySlug: defineQuery(['lejre'], (slug: string) => qb.selectFrom('tenant').select('id').where('slug', '=', slug).limit(1)),
  add: defineQuery(['Lejre Kommune', '350', 'lejre', 'da'], (name: string, kommunekode: string, slug: string, locale: string) =>
    qb.insertInto('tenant').values({ name, kommunekode, slug, locale, settings: sql`'{}'::jsonb` }).returning(TENANT_COLUMNS),
  ),
  /** Puts the transaction in a tenant's context ('' for none), as row-level security needs for that tenant's rows. */
  enterTenant: defineQuery([ID], (tenantId: string) => qb.selectNoFrom(sql<string>`set_config('app.tenant_id', ${tenantId}, true)`.as('tenant_id'))),
  addPopulation: defineQuery([ID, 2024, 27000], (tenantId: string, year: number, inhabitants: number) =>
    qb.insertInto('tenant_population').values({ tenant_id: tenantId, year, inhabitants }),
  ),
};

export type TenantRow = InferResult<ReturnType<typeof tenantRegistryQueries.list>>[number];

/** The operator's registry of municipalities; each method runs in the caller's transaction. */
export const tenantRegistry = {
  list(em: EntityManager): Promise<TenantRow[]> {
    return runQuery(em, tenantRegistryQueries.list());
  },

  async isMunicipality(em: EntityManager, code: string): Promise<boolean> {
    return (await runQuery(em, tenantRegistryQueries.isMunicipality(code))).length > 0;
  },

  async kommunekodeTaken(em: EntityManager, kommunekode: string): Promise<boolean> {
    return (await runQuery(em, tenantRegistryQueries.byKommunekode(kommunekode))).length > 0;
  },

  async slugTaken(em: EntityManager, slug: string): Promise<boolean> {
    return (await runQuery(em, tenantRegistryQueries.bySlug(slug))).length > 0;
  },

  async add(em: EntityManager, tenant: { name: string; kommunekode: string; slug: string; locale: string }): Promise<TenantRow> {
    const [row] = await runQuery(em, tenantRegistryQueries.add(tenant.name, tenant.kommunekode, tenant.slug, tenant.locale));
    return row;
  },

  /** The population row belongs to the new tenant: written in that tenant's context, which ends with it. */
  async addPopulation(em: EntityManager, tenantId: string, year: number, inhabitants: number): Promise<void> {
    await runQuery(em, tenantRegistryQueries.enterTenant(tenantId));
    await runWrite(em, tenantRegistryQueries.addPopulation(tenantId, year, inhabitants));
    await runQuery(em, tenantRegistryQueries.enterTenant(''));
  },
};
