import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { InferResult, sql } from 'kysely';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';
const DAY = '2031-03-10';

const UNIT_COLUMNS = [
  'tenant_id as tenantId', 'id', 'parent_id as parentId', 'name', 'short_name as shortName', 'kind', 'sort_order as sortOrder', 'is_demo as isDemo',
  'national_area as nationalArea', 'note',
] as const;
/** Dates as the calendar days they are (YYYY-MM-DD), not instants. */
const UNIT_DATES = [sql<string>`valid_from::text`.as('validFrom'), sql<string | null>`valid_to::text`.as('validTo')] as const;

const units = () => qb.selectFrom('org_unit').select(UNIT_COLUMNS).select(UNIT_DATES);

/** A change to record in a unit's history. */
export interface OrgUnitEventRecord {
  tenantId: string;
  orgUnitId: string;
  action: string;
  effectiveDate: string;
  actorId: string;
  fromName?: string | null;
  toName?: string | null;
  fromParentId?: string | null;
  toParentId?: string | null;
  relatedUnitId?: string | null;
}

/** The department tree's queries (their SQL is in org-unit.repository.sql, checked by `npm test`). */
export const orgUnitQueries = {
  list: defineQuery([false], (includeClosed: boolean) =>
    units()
      .$if(!includeClosed, (query) => query.where('valid_to', 'is', null))
      .orderBy('sort_order')
      .orderBy('name'),
  ),
  byIds: defineQuery([[ID]], (ids: string[]) => units().where('id', 'in', ids)),
  childrenOf: defineQuery([[ID]], (parentIds: string[]) => units().where('parent_id', 'in', parentIds).orderBy('sort_order').orderBy('name')),
  openChildren: defineQuery([ID], (parentId: string) => units().where('parent_id', '=', parentId).where('valid_to', 'is', null)),
  /** Every unit's place in the tree, to check a move keeps it a tree. */
  tree: defineQuery([], () => qb.selectFrom('org_unit').select(['id', 'parent_id as parentId'])),
  /** The sort order after the last sibling under a parent (null: the top level). */
  nextSortOrder: defineQuery([ID], (parentId: string | null) =>
    qb
      .selectFrom('org_unit')
      .select(sql<number>`coalesce(max(sort_order), 0) + 10`.as('next'))
      .where(sql<boolean>`parent_id IS NOT DISTINCT FROM ${parentId}`),
  ),
  add: defineQuery(
    [ID, null, 'Borgerservice', null, 'department', DAY, 10],
    (tenantId: string, parentId: string | null, name: string, shortName: string | null, kind: string, validFrom: string, sortOrder: number) =>
      qb
        .insertInto('org_unit')
        .values({ tenant_id: tenantId, parent_id: parentId, name, short_name: shortName, kind, valid_from: validFrom, valid_to: null, sort_order: sortOrder, is_demo: false })
        .returning(UNIT_COLUMNS)
        .returning(UNIT_DATES),
  ),
  rename: defineQuery([ID, 'Borgerservice', null], (id: string, name: string, shortName: string | null) =>
    qb.updateTable('org_unit').set({ name, short_name: shortName }).where('id', '=', id),
  ),
  move: defineQuery([ID, ID], (id: string, parentId: string | null) => qb.updateTable('org_unit').set({ parent_id: parentId }).where('id', '=', id)),
  close: defineQuery([ID, DAY], (id: string, validTo: string) => qb.updateTable('org_unit').set({ valid_to: validTo }).where('id', '=', id)),
  setNote: defineQuery([ID, 'Tekst'], (id: string, note: string | null) => qb.updateTable('org_unit').set({ note }).where('id', '=', id)),
  addMergeLink: defineQuery([ID, ID, ID, DAY], (tenantId: string, predecessorId: string, successorId: string, effectiveDate: string) =>
    qb.insertInto('org_unit_link').values({ tenant_id: tenantId, predecessor_id: predecessorId, successor_id: successorId, kind: 'merged', effective_date: effectiveDate }),
  ),
  addEvent: defineQuery(
    [{ tenantId: ID, orgUnitId: ID, action: 'renamed', effectiveDate: DAY, actorId: ID, fromName: 'Før', toName: 'Efter' } as OrgUnitEventRecord],
    (event: OrgUnitEventRecord) =>
      qb.insertInto('org_unit_event').values({
        tenant_id: event.tenantId, org_unit_id: event.orgUnitId, action: event.action, effective_date: event.effectiveDate, actor_id: event.actorId,
        from_name: event.fromName ?? null, to_name: event.toName ?? null, from_parent_id: event.fromParentId ?? null, to_parent_id: event.toParentId ?? null,
        related_unit_id: event.relatedUnitId ?? null,
      }),
  ),
  historyOf: defineQuery([[ID]], (orgUnitIds: string[]) =>
    qb
      .selectFrom('org_unit_event')
      .select([
        'tenant_id as tenantId', 'id', 'org_unit_id as orgUnitId', 'action', 'from_name as fromName', 'to_name as toName', 'from_parent_id as fromParentId',
        'to_parent_id as toParentId', 'related_unit_id as relatedUnitId', 'actor_id as actorId', 'occurred_at as occurredAt',
      ])
      .select(sql<string>`effective_date::text`.as('effectiveDate'))
      .where('org_unit_id', 'in', orgUnitIds)
      .orderBy('occurred_at'),
  ),
  linksFrom: defineQuery([[ID]], (predecessorIds: string[]) =>
    qb.selectFrom('org_unit_link').select(['predecessor_id as predecessorId', 'successor_id as successorId']).where('predecessor_id', 'in', predecessorIds),
  ),
  linksTo: defineQuery([[ID]], (successorIds: string[]) =>
    qb.selectFrom('org_unit_link').select(['predecessor_id as predecessorId', 'successor_id as successorId']).where('successor_id', 'in', successorIds),
  ),
  userNames: defineQuery([[ID]], (ids: string[]) => qb.selectFrom('app_user').select(['id', 'display_name as displayName']).where('id', 'in', ids)),
};

export type OrgUnitRow = InferResult<ReturnType<typeof orgUnitQueries.byIds>>[number];
export type OrgUnitEventRow = InferResult<ReturnType<typeof orgUnitQueries.historyOf>>[number];
export type OrgUnitLinkRow = InferResult<ReturnType<typeof orgUnitQueries.linksTo>>[number];

/** What the department tree reads and writes; each method runs in the caller's transaction under the tenant's RLS. */
export const orgUnitRepository = {
  list(em: EntityManager, includeClosed: boolean): Promise<OrgUnitRow[]> {
    return runQuery(em, orgUnitQueries.list(includeClosed));
  },

  /** Another tenant's unit is invisible under RLS, as if it did not exist. */
  async byId(em: EntityManager, id: string): Promise<OrgUnitRow | undefined> {
    const [unit] = await runQuery(em, orgUnitQueries.byIds([id]));
    return unit;
  },

  async byIds(em: EntityManager, ids: string[]): Promise<OrgUnitRow[]> {
    return ids.length === 0 ? [] : runQuery(em, orgUnitQueries.byIds(ids));
  },

  childrenOf(em: EntityManager, parentIds: string[]): Promise<OrgUnitRow[]> {
    return runQuery(em, orgUnitQueries.childrenOf(parentIds));
  },

  openChildren(em: EntityManager, parentId: string): Promise<OrgUnitRow[]> {
    return runQuery(em, orgUnitQueries.openChildren(parentId));
  },

  tree(em: EntityManager): Promise<{ id: string; parentId: string | null }[]> {
    return runQuery(em, orgUnitQueries.tree());
  },

  async nextSortOrder(em: EntityManager, parentId: string | null): Promise<number> {
    const [row] = await runQuery(em, orgUnitQueries.nextSortOrder(parentId));
    return row.next;
  },

  async add(
    em: EntityManager,
    unit: { tenantId: string; parentId: string | null; name: string; shortName: string | null; kind: string; validFrom: string; sortOrder: number },
  ): Promise<OrgUnitRow> {
    const [row] = await runQuery(em, orgUnitQueries.add(unit.tenantId, unit.parentId, unit.name, unit.shortName, unit.kind, unit.validFrom, unit.sortOrder));
    return row;
  },

  async rename(em: EntityManager, id: string, name: string, shortName: string | null): Promise<void> {
    await runWrite(em, orgUnitQueries.rename(id, name, shortName));
  },

  async move(em: EntityManager, id: string, parentId: string | null): Promise<void> {
    await runWrite(em, orgUnitQueries.move(id, parentId));
  },

  async close(em: EntityManager, id: string, validTo: string): Promise<void> {
    await runWrite(em, orgUnitQueries.close(id, validTo));
  },

  async setNote(em: EntityManager, id: string, note: string | null): Promise<void> {
    await runWrite(em, orgUnitQueries.setNote(id, note));
  },

  async addMergeLink(em: EntityManager, tenantId: string, predecessorId: string, successorId: string, effectiveDate: string): Promise<void> {
    await runWrite(em, orgUnitQueries.addMergeLink(tenantId, predecessorId, successorId, effectiveDate));
  },

  async addEvent(em: EntityManager, event: OrgUnitEventRecord): Promise<void> {
    await runWrite(em, orgUnitQueries.addEvent(event));
  },

  historyOf(em: EntityManager, orgUnitIds: string[]): Promise<OrgUnitEventRow[]> {
    return runQuery(em, orgUnitQueries.historyOf(orgUnitIds));
  },

  /** Links whose `side` is one of the units. */
  links(em: EntityManager, side: 'predecessorId' | 'successorId', ids: string[]): Promise<OrgUnitLinkRow[]> {
    return runQuery(em, side === 'predecessorId' ? orgUnitQueries.linksFrom(ids) : orgUnitQueries.linksTo(ids));
  },

  userNames(em: EntityManager, ids: string[]): Promise<{ id: string; displayName: string }[]> {
    return runQuery(em, orgUnitQueries.userNames(ids));
  },
};
