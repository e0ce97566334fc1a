import { defineQuery, INQUIRY_VERSION_DEFERRED, qb, runQuery, runWrite } from '@raadgiver/db';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { ImportCatalog } from './resolve-import';

const ID = '00000000-0000-4000-8000-000000000001';
const DAY = '2031-03-10';

/** A new inquiry as one row of a multi-row INSERT. */
export interface NewInquiryRow {
  id: string;
  reference: string;
  receivedOn: string;
  channel: string;
  citizenId: string | undefined;
  kind: string;
  orgUnitId: string | null;
  outcomeId: string | null;
  mainInquiryId: string | null;
  firstContactOn: string | null;
  closedOn: string | null;
  summary: string;
}

type CatalogTable = 'category' | 'outcome';

/** The same columns of many rows as one array each, for `unnest`. */
function columnsOf<R, K extends keyof R>(rows: readonly R[], keys: readonly K[]): { [P in K]: R[P][] } {
  return Object.fromEntries(keys.map((key) => [key, rows.map((row) => row[key])])) as { [P in K]: R[P][] };
}

const EXAMPLE_ROW: NewInquiryRow = {
  id: ID, reference: 'H-1', receivedOn: DAY, channel: 'email', citizenId: ID, kind: 'complaint', orgUnitId: ID, outcomeId: null, mainInquiryId: null,
  firstContactOn: null, closedOn: null, summary: 'Resumé',
};

/** The queries of an import (their SQL is in import.repository.sql, checked by `npm test`); arrays go through `unnest`. */
export const importQueries = {
  orgUnits: defineQuery([], () => qb.selectFrom('org_unit').select(['id', 'name', 'short_name']).select(sql<boolean>`valid_to IS NOT NULL`.as('closed'))),
  catalogEntries: defineQuery(['category' as CatalogTable], (table: CatalogTable) => qb.selectFrom(table).select(['id', 'name'])),
  inquiriesByReference: defineQuery([['H-1']], (references: string[]) =>
    qb
      .selectFrom('inquiry as i')
      .innerJoin('citizen as c', (join) => join.onRef('c.tenant_id', '=', 'i.tenant_id').onRef('c.id', '=', 'i.citizen_id'))
      .select(['i.id', 'i.reference', 'c.reference as citizen_reference'])
      .where('i.tenant_id', '=', sql<string>`app_tenant_id()`)
      .where('i.reference', '=', sql<string>`ANY(${references}::text[])`),
  ),
  nextTopLevelSortOrder: defineQuery([ID], (tenantId: string) =>
    qb.selectFrom('org_unit').select(sql<number>`coalesce(max(sort_order) + 1, 0)`.as('next')).where('tenant_id', '=', tenantId).where('parent_id', 'is', null),
  ),
  addDepartments: defineQuery([ID, ['Borgerservice'], [DAY], 0], (tenantId: string, names: string[], validFrom: string[], firstSortOrder: number) =>
    qb
      .insertInto('org_unit')
      .columns(['tenant_id', 'name', 'kind', 'valid_from', 'sort_order'])
      .expression(
        qb
          .selectFrom(sql<{ name: string; valid_from: string; ord: number }>`unnest(${names}::text[], ${validFrom}::date[]) WITH ORDINALITY`.as<'u'>(sql`u(name, valid_from, ord)`))
          .select([sql<string>`${tenantId}`.as('tenant_id'), 'u.name', sql.lit('department').as('kind'), 'u.valid_from', sql<number>`${firstSortOrder} + u.ord - 1`.as('sort_order')]),
      )
      .returning(['id', 'name'])
      .returning(sql<string>`to_char(valid_from, 'YYYY-MM-DD')`.as('valid_from')),
  ),
  addCreatedEvents: defineQuery(
    [ID, ID, { id: [ID], name: ['Borgerservice'], valid_from: [DAY] }],
    (tenantId: string, actorId: string, units: { id: string[]; name: string[]; valid_from: string[] }) =>
      qb
        .insertInto('org_unit_event')
        .columns(['tenant_id', 'org_unit_id', 'action', 'to_name', 'effective_date', 'actor_id'])
        .expression(
          qb
            .selectFrom(
              sql<{ id: string; name: string; valid_from: string }>`unnest(${units.id}::uuid[], ${units.name}::text[], ${units.valid_from}::date[])`.as<'u'>(
                sql`u(id, name, valid_from)`,
              ),
            )
            .select([sql<string>`${tenantId}`.as('tenant_id'), 'u.id', sql.lit('created').as('action'), 'u.name', 'u.valid_from', sql<string>`${actorId}`.as('actor_id')]),
        ),
  ),
  nextCatalogSortOrder: defineQuery(['category' as CatalogTable, ID], (table: CatalogTable, tenantId: string) =>
    qb.selectFrom(table).select(sql<number>`coalesce(max(sort_order) + 1, 0)`.as('next')).where('tenant_id', '=', tenantId),
  ),
  /** New entries with national code "other", after the existing ones. */
  addCatalogEntries: defineQuery(['category' as CatalogTable, ID, ['Andet'], 0], (table: CatalogTable, tenantId: string, names: string[], firstSortOrder: number) =>
    qb
      .insertInto(table)
      .columns(['tenant_id', 'name', 'national_code', 'sort_order'])
      .expression(
        qb
          .selectFrom(sql<{ name: string; ord: number }>`unnest(${names}::text[]) WITH ORDINALITY`.as<'n'>(sql`n(name, ord)`))
          .select([sql<string>`${tenantId}`.as('tenant_id'), 'n.name', sql.lit('other').as('national_code'), sql<number>`${firstSortOrder} + n.ord - 1`.as('sort_order')]),
      )
      .returning(['id', 'name']),
  ),
  /** Citizens not yet known, with the reference as display name (a pseudonym). */
  addCitizens: defineQuery([ID, ['C-1']], (tenantId: string, references: string[]) =>
    qb
      .insertInto('citizen')
      .columns(['tenant_id', 'reference', 'display_name'])
      .expression(
        qb
          .selectFrom(sql<{ r: string }>`unnest(${references}::text[])`.as<'r'>(sql`r(r)`))
          .select([sql<string>`${tenantId}`.as('tenant_id'), 'r.r', sql<string>`left(r.r, 200)`.as('display_name')]),
      )
      .onConflict((conflict) => conflict.columns(['tenant_id', 'reference']).doNothing())
      .returning('id'),
  ),
  citizensByReference: defineQuery([ID, ['C-1']], (tenantId: string, references: string[]) =>
    qb.selectFrom('citizen').select(['id', 'reference']).where('tenant_id', '=', tenantId).where('reference', '=', sql<string>`ANY(${references}::text[])`),
  ),
  /** The inquiries whose reference is new; the ids of those inserted. */
  addInquiries: defineQuery([ID, [EXAMPLE_ROW]], (tenantId: string, rows: NewInquiryRow[]) => {
    const c = columnsOf(rows, [
      'id', 'reference', 'receivedOn', 'channel', 'citizenId', 'kind', 'orgUnitId', 'outcomeId', 'mainInquiryId', 'firstContactOn', 'closedOn', 'summary',
    ] as const);
    const unnested = sql<{
      id: string; reference: string; received_on: string; channel: string; citizen_id: string | null; kind: string; org_unit_id: string | null;
      outcome_id: string | null; main_inquiry_id: string | null; first_contact_on: string | null; closed_on: string | null; summary: string;
    }>`unnest(${c.id}::uuid[], ${c.reference}::text[], ${c.receivedOn}::date[], ${c.channel}::text[], ${c.citizenId}::uuid[], ${c.kind}::text[],
              ${c.orgUnitId}::uuid[], ${c.outcomeId}::uuid[], ${c.mainInquiryId}::uuid[], ${c.firstContactOn}::date[], ${c.closedOn}::date[], ${c.summary}::text[])`;
    return qb
      .insertInto('inquiry')
      .columns([
        'tenant_id', 'id', 'reference', 'received_on', 'channel', 'citizen_id', 'kind', 'org_unit_id', 'outcome_id', 'main_inquiry_id', 'first_contact_on', 'closed_on',
        'status', 'summary',
      ])
      .expression(
        qb
          .selectFrom(
            unnested.as<'r'>(
              sql`r(id, reference, received_on, channel, citizen_id, kind, org_unit_id, outcome_id, main_inquiry_id, first_contact_on, closed_on, summary)`,
            ),
          )
          .select([
            sql<string>`${tenantId}`.as('tenant_id'), 'r.id', 'r.reference', 'r.received_on', 'r.channel', 'r.citizen_id', 'r.kind', 'r.org_unit_id', 'r.outcome_id',
            'r.main_inquiry_id', 'r.first_contact_on', 'r.closed_on', sql<string>`CASE WHEN r.closed_on IS NULL THEN 'open' ELSE 'closed' END`.as('status'), 'r.summary',
          ]),
      )
      .onConflict((conflict) => conflict.columns(['tenant_id', 'reference']).doNothing())
      .returning('id');
  }),
  linkCategories: defineQuery([ID, [ID], [ID]], (tenantId: string, inquiryIds: string[], categoryIds: (string | null)[]) =>
    qb
      .insertInto('inquiry_category')
      .columns(['tenant_id', 'inquiry_id', 'category_id'])
      .expression(
        qb
          .selectFrom(sql<{ i: string; c: string }>`unnest(${inquiryIds}::uuid[], ${categoryIds}::uuid[])`.as<'l'>(sql`l(i, c)`))
          .select([sql<string>`${tenantId}`.as('tenant_id'), 'l.i', 'l.c']),
      ),
  ),
  linkMainInquiries: defineQuery([ID, [ID], [ID]], (tenantId: string, ids: string[], mainIds: string[]) =>
    qb
      .updateTable('inquiry as i')
      .from(sql<{ id: string; main: string }>`unnest(${ids}::uuid[], ${mainIds}::uuid[])`.as<'f'>(sql`f(id, main)`))
      .set((eb) => ({ main_inquiry_id: eb.ref('f.main') }))
      .where('i.tenant_id', '=', tenantId)
      .whereRef('i.id', '=', 'f.id'),
  ),
  /** Holds the tenant's inquiry version back (`on`) or lets it move again (''). */
  deferInquiryVersion: defineQuery(['on'], (deferred: string) =>
    qb.selectNoFrom(sql<string>`set_config(${INQUIRY_VERSION_DEFERRED}, ${deferred}, true)`.as('deferred')),
  ),
  moveInquiryVersion: defineQuery([], () =>
    qb.selectNoFrom([sql<string>`set_config(${INQUIRY_VERSION_DEFERRED}, '', true)`.as('deferred'), sql<unknown>`inquiry_version_moved()`.as('moved')]),
  ),
};

/**
 * The SQL an import reads the tenant's data with and stores a file with: each method runs in the caller's
 * transaction, under the tenant's RLS, as one statement over arrays (unnest) however many rows it gets.
 */
export const importRepository = {
  /** The units, categories and outcomes, and the inquiries with the given references, to resolve a file against. */
  async catalog(em: EntityManager, references: string[]): Promise<ImportCatalog> {
    // One after another: the queries share the transaction's connection.
    const orgUnits = await runQuery(em, importQueries.orgUnits());
    const categories = await runQuery(em, importQueries.catalogEntries('category'));
    const outcomes = await runQuery(em, importQueries.catalogEntries('outcome'));
    const inquiries = await runQuery(em, importQueries.inquiriesByReference(references));
    return {
      orgUnits: orgUnits.map((u) => ({ id: u.id, name: u.name, shortName: u.short_name, closed: u.closed })),
      categories,
      outcomes,
      existingInquiries: new Map(inquiries.map((i) => [i.reference, { id: i.id, citizenReference: i.citizen_reference }])),
    };
  },

  /** New top-level departments after the existing ones, each with its "created" event; ids by lower-cased name. */
  async createOrgUnits(em: EntityManager, tenantId: string, actorId: string, units: { name: string; validFrom: string }[]): Promise<Map<string, string>> {
    if (units.length === 0) return new Map();
    const [{ next }] = await runQuery(em, importQueries.nextTopLevelSortOrder(tenantId));
    const created = await runQuery(em, importQueries.addDepartments(tenantId, units.map((u) => u.name), units.map((u) => u.validFrom), next));
    await runWrite(em, importQueries.addCreatedEvents(tenantId, actorId, columnsOf(created, ['id', 'name', 'valid_from'] as const)));
    return new Map(created.map((unit) => [unit.name.trim().toLowerCase(), unit.id]));
  },

  /** New categories or outcomes (national code "other") after the existing ones; ids by lower-cased name. */
  async createCatalogEntries(em: EntityManager, tenantId: string, table: CatalogTable, names: string[]): Promise<Map<string, string>> {
    if (names.length === 0) return new Map();
    const [{ next }] = await runQuery(em, importQueries.nextCatalogSortOrder(table, tenantId));
    const rows = await runQuery(em, importQueries.addCatalogEntries(table, tenantId, names, next));
    return new Map(rows.map((row) => [row.name.trim().toLowerCase(), row.id]));
  },

  /** Citizens by reference, the missing ones created with the reference as display name (a pseudonym). */
  async ensureCitizens(em: EntityManager, tenantId: string, references: string[]): Promise<{ created: number; ids: { id: string; reference: string }[] }> {
    const created = await runQuery(em, importQueries.addCitizens(tenantId, references));
    const ids = await runQuery(em, importQueries.citizensByReference(tenantId, references));
    return { created: created.length, ids };
  },

  /** Inserts the inquiries whose reference is new; the ids of those inserted. */
  async insertInquiries(em: EntityManager, tenantId: string, rows: NewInquiryRow[]): Promise<string[]> {
    return (await runQuery(em, importQueries.addInquiries(tenantId, rows))).map((row) => row.id);
  },

  async linkCategories(em: EntityManager, tenantId: string, links: (readonly [inquiryId: string, categoryId: string | null])[]): Promise<void> {
    if (links.length === 0) return;
    await runWrite(em, importQueries.linkCategories(tenantId, links.map(([i]) => i), links.map(([, c]) => c)));
  },

  /** Points follow-ups at main cases stored after them. */
  async linkMainInquiries(em: EntityManager, tenantId: string, links: [id: string, mainId: string][]): Promise<void> {
    await runWrite(em, importQueries.linkMainInquiries(tenantId, links.map(([id]) => id), links.map(([, main]) => main)));
  },

  /** Holds the tenant's inquiry version back until moveInquiryVersion, so the import takes its row only at the end. */
  async deferInquiryVersion(em: EntityManager): Promise<void> {
    await runQuery(em, importQueries.deferInquiryVersion('on'));
  },

  async moveInquiryVersion(em: EntityManager): Promise<void> {
    await runQuery(em, importQueries.moveInquiryVersion());
  },
};
