import { anyOf, CALLER_TENANT_VERSIONS, CATALOGUE_VERSION, defineQuery, IS_CALLER_TENANT, qb, rawQuery, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { OrgUnitType } from '../org-units/org-unit.types';
import { CategoryType, OutcomeType } from './catalog.types';

const ID = '00000000-0000-4000-8000-000000000001';

/** The tenant's two catalogues; both have the same shape and rules. */
export type CatalogKind = 'category' | 'outcome';

/** A catalogue entry's own fields. */
export interface CatalogEntryFields {
  name: string;
  nationalCode: string;
  active: boolean;
  sortOrder: number;
}

/** The tenant's units, outcomes and categories (by sort order, then name) as one row, with their catalogue version. */
export interface CatalogueRow {
  version: string;
  orgUnits: OrgUnitType[];
  outcomes: OutcomeType[];
  categories: CategoryType[];
}

const EXAMPLE: CatalogEntryFields = { name: 'Sagsbehandlingstid', nationalCode: 'case_time', active: true, sortOrder: 10 };

/** Either table, typed as category: the two have the same columns. */
function table(kind: CatalogKind): 'category' {
  return kind as 'category';
}

function entries(kind: CatalogKind) {
  return qb.selectFrom(`${table(kind)} as c`).select(['c.id', 'c.name', 'c.national_code as nationalCode', 'c.active', 'c.sort_order as sortOrder']);
}

/** The catalogues' queries (their SQL is in catalogue.repository.sql, checked by `npm test`). */
export const catalogueQueries = {
  list: defineQuery(['category' as CatalogKind], (kind: CatalogKind) => entries(kind).orderBy('c.sort_order').orderBy('c.name')),
  byIds: defineQuery(['outcome' as CatalogKind, [ID]], (kind: CatalogKind, ids: readonly string[]) => entries(kind).where('c.id', '=', anyOf(ids, 'uuid'))),
  /** Another entry of the kind with the name, whatever its case. */
  named: defineQuery(['category' as CatalogKind, 'Sagsbehandlingstid'], (kind: CatalogKind, name: string) =>
    entries(kind).where(sql<boolean>`lower(c.name) = lower(${name})`).limit(1),
  ),
  maxSortOrder: defineQuery(['category' as CatalogKind], (kind: CatalogKind) => qb.selectFrom(table(kind)).select((eb) => eb.fn.max('sort_order').as('max'))),
  insert: defineQuery(['category' as CatalogKind, ID, EXAMPLE], (kind: CatalogKind, tenantId: string, entry: CatalogEntryFields) =>
    qb
      .insertInto(table(kind))
      .values({ tenant_id: tenantId, name: entry.name, national_code: entry.nationalCode, active: entry.active, sort_order: entry.sortOrder })
      .returning('id'),
  ),
  update: defineQuery(['category' as CatalogKind, ID, EXAMPLE], (kind: CatalogKind, id: string, entry: CatalogEntryFields) =>
    qb.updateTable(table(kind)).set({ name: entry.name, national_code: entry.nationalCode, active: entry.active, sort_order: entry.sortOrder }).where('id', '=', id),
  ),
  /** Every entry of the kind takes its place in `ids` as its sort order (10, 20, …), in one statement. */
  reorder: defineQuery(['category' as CatalogKind, [ID]], (kind: CatalogKind, ids: readonly string[]) =>
    qb
      .updateTable(`${table(kind)} as c`)
      .from(sql<{ id: string; ord: number }>`unnest(${ids}::uuid[]) WITH ORDINALITY`.as<'o'>(sql`o(id, ord)`))
      .set({ sort_order: sql<number>`o.ord * 10` })
      .whereRef('c.id', '=', 'o.id'),
  ),
  /** The caller's tenant's whole catalogue and its version (tenant_version.catalogue_version), for CatalogueCache. */
  catalogue: defineQuery([], () =>
    rawQuery(sql<CatalogueRow>`SELECT ${CATALOGUE_VERSION}::text AS version,
    coalesce((SELECT json_agg(json_build_object('id', o.id, 'tenantId', o.tenant_id, 'parentId', o.parent_id, 'name', o.name,
        'shortName', o.short_name, 'kind', o.kind, 'validFrom', o.valid_from, 'validTo', o.valid_to, 'sortOrder', o.sort_order,
        'isDemo', o.is_demo, 'nationalArea', o.national_area)) FROM org_unit o), '[]') AS "orgUnits",
    coalesce((SELECT json_agg(json_build_object('id', oc.id, 'name', oc.name, 'nationalCode', oc.national_code, 'active', oc.active,
        'sortOrder', oc.sort_order)) FROM outcome oc), '[]') AS outcomes,
    coalesce((SELECT json_agg(json_build_object('id', k.id, 'name', k.name, 'nationalCode', k.national_code, 'active', k.active,
        'sortOrder', k.sort_order) ORDER BY k.sort_order, k.name, k.id) FROM category k), '[]') AS categories
  FROM ${CALLER_TENANT_VERSIONS} WHERE ${IS_CALLER_TENANT}`),
  ),
};

/** The catalogues' reads and writes, each in the caller's transaction under the tenant's RLS. */
export const catalogueRepository = {
  list(em: EntityManager, kind: CatalogKind): Promise<CategoryType[]> {
    return runQuery(em, catalogueQueries.list(kind));
  },

  /** The entries with these ids, in the ids' order; null where there is none. */
  async byIds(em: EntityManager, kind: CatalogKind, ids: readonly string[]): Promise<(CategoryType | null)[]> {
    const found = new Map((await runQuery(em, catalogueQueries.byIds(kind, ids))).map((entry) => [entry.id, entry]));
    return ids.map((id) => found.get(id) ?? null);
  },

  async find(em: EntityManager, kind: CatalogKind, id: string): Promise<CategoryType | null> {
    const [entry] = await catalogueRepository.byIds(em, kind, [id]);
    return entry;
  },

  async named(em: EntityManager, kind: CatalogKind, name: string): Promise<CategoryType | null> {
    const [entry] = await runQuery(em, catalogueQueries.named(kind, name));
    return entry ?? null;
  },

  async maxSortOrder(em: EntityManager, kind: CatalogKind): Promise<number | null> {
    const [{ max }] = await runQuery(em, catalogueQueries.maxSortOrder(kind));
    return max;
  },

  async insert(em: EntityManager, kind: CatalogKind, tenantId: string, entry: CatalogEntryFields): Promise<string> {
    const [{ id }] = await runQuery(em, catalogueQueries.insert(kind, tenantId, entry));
    return id;
  },

  async reorder(em: EntityManager, kind: CatalogKind, ids: readonly string[]): Promise<void> {
    await runWrite(em, catalogueQueries.reorder(kind, ids));
  },
  async update(em: EntityManager, kind: CatalogKind, id: string, entry: CatalogEntryFields): Promise<void> {
    await runWrite(em, catalogueQueries.update(kind, id, entry));
  },
};
