import {
  anyOf, CALLER_TENANT_VERSIONS, CATALOGUE_VERSION, defineQuery, INQUIRY_LIST_VERSION, IS_CALLER_TENANT, orgUnitScope, qb, rawQuery, runQuery, runWrite,
} from '@raadgiver/db';
import { DEFAULT_RESPONSE_TARGETS, InquiryChannel, InquiryKind, InquiryStatus } from '@raadgiver/domain';
import { RawBuilder, sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { AuditEntry, auditQueries } from '../audit/audit.repository';
import { CategoryType } from '../catalog/catalog.types';
import { InquiryFilterValues, likePattern } from './inquiry-filter';
import { InquiryRow } from './inquiry.rows';

const ID = '00000000-0000-4000-8000-000000000001';

export interface InquiryFilterOptions {
  /** Alias of the inquiry table in the surrounding query; `i` unless given. */
  alias?: string;
  /** YYYY-MM-DD the overdue rule counts to; today (UTC) unless given. */
  today?: string;
}

/** An inquiry's stored fields as a registration or an update writes them. */
export interface InquiryFields {
  reference: string;
  receivedOn: string;
  channel: InquiryChannel;
  citizenId: string;
  kind: InquiryKind;
  orgUnitId: string | null;
  outcomeId: string | null;
  mainInquiryId: string | null;
  firstContactOn: string | null;
  closedOn: string | null;
  status: InquiryStatus;
  summary: string;
}

export type InquiryOrderKey = 'received_on' | 'reference';
export type SortDirection = 'ASC' | 'DESC';

const ALIAS = /^[a-z_][a-z0-9_]*$/;

function aliasOf(options: InquiryFilterOptions): string {
  const alias = options.alias ?? 'i';
  if (!ALIAS.test(alias)) throw new Error('alias must be a plain SQL identifier');
  return alias;
}

/** True when the inquiry (alias `a`) is overdue today: the SQL form of responseTimes' rule in @raadgiver/domain. */
export function inquiryOverdue(options: InquiryFilterOptions = {}): RawBuilder<boolean> {
  const a = sql.raw(aliasOf(options));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const target = (key: 'firstContactDays' | 'closeDays') =>
    sql`coalesce((SELECT (t.settings -> 'responseTargets' ->> '${sql.raw(key)}')::int FROM tenant t WHERE t.id = app_tenant_id()), ${DEFAULT_RESPONSE_TARGETS[key]}::int)`;
  return sql<boolean>`(${a}.closed_on IS NULL AND (${a}.received_on < ${today}::date - ${target('closeDays')}
    OR (${a}.first_contact_on IS NULL AND ${a}.received_on < ${today}::date - ${target('firstContactDays')})))`;
}

/**
 * The inquiry list's filter as a condition on the inquiry table (alias `i`, or `options.alias`), shared by the list,
 * its counts and the CSV/XLSX export, so an export holds exactly the rows the advisor saw. Run it inside the
 * tenant's transaction: RLS limits the rows to the tenant, and the overdue rule reads the tenant's response targets.
 * An empty filter is TRUE.
 *
 * Filters: received period (from/to inclusive), kinds, org unit with its sub-units and predecessors
 * (org_unit_link, at any depth, so CUBA's cases count under its successor CBAK), categories (any of),
 * outcomes, statuses, overdue (same rule as responseTimes) and search (a case-insensitive substring of reference
 * or summary, served by the pg_trgm indexes through inquiry_ids_matching).
 */
export function inquiryFilter(filter: InquiryFilterValues | null | undefined, options: InquiryFilterOptions = {}): RawBuilder<boolean> {
  const a = sql.raw(aliasOf(options));
  const conditions: RawBuilder<unknown>[] = [];
  if (!filter) return sql<boolean>`TRUE`;
  if (filter.from) conditions.push(sql`${a}.received_on >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`${a}.received_on <= ${filter.to}::date`);
  // One kind (the usual case) as an equality, so an index on (tenant_id, kind, received_on) also gives the order.
  if (filter.kinds?.length === 1) conditions.push(sql`${a}.kind = ${filter.kinds[0]}::text`);
  else if (filter.kinds?.length) conditions.push(sql`${a}.kind = ${anyOf(filter.kinds, 'text')}`);
  if (filter.statuses?.length) conditions.push(sql`${a}.status = ${anyOf(filter.statuses, 'text')}`);
  if (filter.outcomeIds?.length) conditions.push(sql`${a}.outcome_id = ${anyOf(filter.outcomeIds, 'uuid')}`);
  if (filter.categoryIds?.length) {
    conditions.push(sql`EXISTS (SELECT 1 FROM inquiry_category ic WHERE ic.tenant_id = ${a}.tenant_id AND ic.inquiry_id = ${a}.id
      AND ic.category_id = ${anyOf(filter.categoryIds, 'uuid')})`);
  }
  // As an array computed once: an index condition on (tenant_id, org_unit_id), instead of a join the
  // planner would size blind and answer by reading every inquiry's unit.
  if (filter.orgUnitId) conditions.push(sql`${a}.org_unit_id = ANY(ARRAY(${orgUnitScope(sql`SELECT ${filter.orgUnitId}::uuid`)}))`);
  // Matched by the trigram indexes in the tenant-bound search function (migration 1732300000012); RLS still holds here.
  if (filter.search) conditions.push(sql`${a}.id = ANY(ARRAY(SELECT inquiry_ids_matching(${likePattern(filter.search)})))`);
  if (filter.citizenId) conditions.push(sql`${a}.citizen_id = ${filter.citizenId}::uuid`);
  if (filter.mainCasesOnly) conditions.push(sql`${a}.main_inquiry_id IS NULL`);
  if (filter.overdue === true) conditions.push(inquiryOverdue(options));
  if (filter.overdue === false) conditions.push(sql`NOT ${inquiryOverdue(options)}`);
  return conditions.length ? sql<boolean>`${sql.join(conditions, sql`\n  AND `)}` : sql<boolean>`TRUE`;
}

/**
 * The page statement's columns by name, in the order a row (RawRow) holds their values: the head (repeated on
 * every row), the inquiry (`p`), its citizen (`c`) and its category ids.
 */
function pageColumns(orderKey: InquiryOrderKey) {
  return {
    total: 'h.total',
    targets: 'h.targets',
    catalogueVersion: 'h.catalogue_version',
    listVersion: 'h.version',
    id: 'p.id',
    reference: 'p.reference',
    receivedOn: 'p.received_on::text',
    channel: 'p.channel',
    kind: 'p.kind',
    status: 'p.status',
    summary: 'p.summary',
    firstContactOn: 'p.first_contact_on::text',
    closedOn: 'p.closed_on::text',
    createdAtMs: 'floor(extract(epoch FROM p.created_at) * 1000)',
    updatedAtMs: 'floor(extract(epoch FROM p.updated_at) * 1000)',
    citizenId: 'p.citizen_id',
    orgUnitId: 'p.org_unit_id',
    outcomeId: 'p.outcome_id',
    mainInquiryId: 'p.main_inquiry_id',
    sortKey: `p.${orderKey}::text`,
    citizenReference: 'c.reference',
    citizenName: 'c.display_name',
    citizenEmail: 'c.email',
    citizenPhone: 'c.phone',
    categoryIds: "(SELECT string_agg(ic.category_id::text, ',') FROM inquiry_category ic WHERE ic.tenant_id = p.tenant_id AND ic.inquiry_id = p.id)",
  };
}

/** Where each of the page statement's columns is in a row. */
export const PAGE_COLUMN = Object.fromEntries(Object.keys(pageColumns('received_on')).map((name, i) => [name, i])) as Record<keyof ReturnType<typeof pageColumns>, number>;

/** One page of the inquiry list (inquiry-page.ts). */
export interface InquiryPageArgs {
  /** The list's filter (inquiryFilter), alias i. */
  where: RawBuilder<boolean>;
  /** The sort key and id of the last row of the page before. */
  after: { key: string; id: string } | null;
  orderKey: InquiryOrderKey;
  direction: SortDirection;
  /**
   * Rows to read, written into the SQL as a number: the statement runs on its generic plan, and with the limit
   * a parameter that plan is made for any number of rows (it joined the citizens by reading them all).
   */
  limit: number;
  /** The audit row written with the read, or null. */
  audit: AuditEntry | null;
  /** The list version under which the caller holds this filter's total ('' for none): then no count. */
  heldVersion: string;
}

const EXAMPLE_FIELDS: InquiryFields = {
  reference: 'H-1', receivedOn: '2025-01-02', channel: 'phone', citizenId: ID, kind: 'complaint', orgUnitId: ID, outcomeId: ID,
  mainInquiryId: null, firstContactOn: '2025-01-03', closedOn: null, status: 'open', summary: 'Resumé',
};

function inquiries() {
  return qb
    .selectFrom('inquiry as i')
    .select([
      'i.id', 'i.reference', sql<string>`i.received_on::text`.as('receivedOn'), 'i.channel', 'i.kind', 'i.status', 'i.summary',
      sql<string | null>`i.first_contact_on::text`.as('firstContactOn'), sql<string | null>`i.closed_on::text`.as('closedOn'),
      'i.created_at as createdAt', 'i.updated_at as updatedAt', 'i.citizen_id as citizenId', 'i.org_unit_id as orgUnitId',
      'i.outcome_id as outcomeId', 'i.main_inquiry_id as mainInquiryId',
    ])
    .$castTo<InquiryRow>();
}

function columnsOf(fields: InquiryFields) {
  return {
    reference: fields.reference, received_on: fields.receivedOn, channel: fields.channel, citizen_id: fields.citizenId, kind: fields.kind,
    org_unit_id: fields.orgUnitId, outcome_id: fields.outcomeId, main_inquiry_id: fields.mainInquiryId, first_contact_on: fields.firstContactOn,
    closed_on: fields.closedOn, status: fields.status, summary: fields.summary,
  };
}

/** The inquiries' queries (their SQL is in inquiry.repository.sql, checked by `npm test`). */
export const inquiryQueries = {
  /**
   * One page of the list in a single statement: the audit row, the page's rows with their citizen, the total for
   * the filter unless the caller holds it for the current list version (InquiryTotals), and from the tenant row the
   * response targets and the catalogue version. Units, outcomes and categories come as ids, named from the API's
   * catalogue cache: joining and serialising the same few catalogue rows on every page was a third of what a page
   * cost PostgreSQL. Every row repeats the head; an empty page is one row with the head only.
   */
  page: defineQuery(
    [{ where: inquiryFilter({ kinds: ['complaint'], search: 'vej' }), after: { key: '2025-01-02', id: ID }, orderKey: 'received_on', direction: 'DESC', limit: 51,
      audit: { tenantId: ID, userId: ID, action: 'inquiry.search', subjectType: 'inquiry', subjectId: null, details: {} }, heldVersion: '3.2.abc' } as InquiryPageArgs],
    (q: InquiryPageArgs) => {
      if (!Number.isSafeInteger(q.limit) || q.limit < 1) throw new Error('limit must be a positive integer');
      if (q.orderKey !== 'received_on' && q.orderKey !== 'reference') throw new Error('unknown order key');
      if (q.direction !== 'ASC' && q.direction !== 'DESC') throw new Error('unknown direction');
      const key = sql.raw(q.orderKey);
      const direction = sql.raw(q.direction);
      const pageWhere = q.after
        ? sql`${q.where} AND (i.${key}, i.id) ${sql.raw(q.direction === 'DESC' ? '<' : '>')} (${q.after.key}::${sql.raw(q.orderKey === 'received_on' ? 'date' : 'text')}, ${q.after.id}::uuid)`
        : q.where;
      return rawQuery(sql`WITH ${q.audit ? sql`side_effect AS (${auditQueries.insert(q.audit)}),` : sql``}
    head AS (SELECT CASE WHEN v.version = ${q.heldVersion} THEN NULL ELSE (SELECT count(*)::int FROM inquiry i WHERE ${q.where}) END AS total,
        t.settings -> 'responseTargets' AS targets, ${CATALOGUE_VERSION} AS catalogue_version, v.version
      FROM ${CALLER_TENANT_VERSIONS},
        LATERAL (SELECT ${INQUIRY_LIST_VERSION} AS version) v
      WHERE ${IS_CALLER_TENANT})
  SELECT ${sql.raw(Object.values(pageColumns(q.orderKey)).join(', '))}
  FROM head h
  LEFT JOIN LATERAL (SELECT i.* FROM inquiry i WHERE ${pageWhere} ORDER BY i.${key} ${direction}, i.id ${direction} LIMIT ${sql.lit(q.limit)}) p ON true
  LEFT JOIN citizen c ON c.tenant_id = p.tenant_id AND c.id = p.citizen_id
  ORDER BY p.${key} ${direction}, p.id ${direction}`);
    },
  ),
  counts: defineQuery([{ kinds: ['complaint'] } as InquiryFilterValues | null, '2025-01-02'], (filter: InquiryFilterValues | null, today: string) =>
    qb
      .selectFrom('inquiry as i')
      .select(['i.kind', 'i.status', sql<number>`count(*)::int`.as('count'), sql<number>`(count(*) FILTER (WHERE ${inquiryOverdue({ today })}))::int`.as('overdue')])
      .where(inquiryFilter(filter, { today }))
      .groupBy(['i.kind', 'i.status']),
  ),
  byIds: defineQuery([[ID]], (ids: readonly string[]) => inquiries().where('i.id', '=', anyOf(ids, 'uuid'))),
  followUpsOf: defineQuery([[ID]], (mainIds: readonly string[]) =>
    inquiries().where('i.main_inquiry_id', '=', anyOf(mainIds, 'uuid')).orderBy('i.received_on').orderBy('i.reference'),
  ),
  followUpCount: defineQuery([ID], (mainId: string) =>
    qb.selectFrom('inquiry').select(sql<number>`count(*)::int`.as('count')).where('main_inquiry_id', '=', mainId),
  ),
  categoriesOf: defineQuery([[ID]], (inquiryIds: readonly string[]) =>
    qb
      .selectFrom('inquiry_category as ic')
      .innerJoin('category as c', (join) => join.onRef('c.tenant_id', '=', 'ic.tenant_id').onRef('c.id', '=', 'ic.category_id'))
      .select(['ic.inquiry_id as inquiryId', 'c.id', 'c.name', 'c.national_code as nationalCode', 'c.active', 'c.sort_order as sortOrder'])
      .where('ic.inquiry_id', '=', anyOf(inquiryIds, 'uuid'))
      .orderBy('c.sort_order')
      .orderBy('c.name'),
  ),
  categoryIdsOf: defineQuery([ID], (inquiryId: string) => qb.selectFrom('inquiry_category').select('category_id as id').where('inquiry_id', '=', inquiryId)),
  referenceTaken: defineQuery(['H-1', ID as string | null], (reference: string, exceptId: string | null) =>
    qb.selectNoFrom((eb) =>
      eb.exists(qb.selectFrom('inquiry').select(sql`1`.as('one')).where('reference', '=', reference).where(sql<boolean>`id IS DISTINCT FROM ${exceptId}`)).as('taken'),
    ),
  ),
  orgUnitExists: defineQuery([ID], (id: string) => qb.selectFrom('org_unit').select('id').where('id', '=', id)),
  insert: defineQuery([ID, EXAMPLE_FIELDS], (tenantId: string, fields: InquiryFields) =>
    qb.insertInto('inquiry').values({ tenant_id: tenantId, ...columnsOf(fields) }).returning('id'),
  ),
  update: defineQuery([ID, EXAMPLE_FIELDS], (id: string, fields: InquiryFields) =>
    qb.updateTable('inquiry').set({ ...columnsOf(fields), updated_at: sql<Date>`now()` }).where('id', '=', id),
  ),
  /** Removes the inquiry's categories other than `keptIds`. */
  removeCategoriesExcept: defineQuery([ID, [ID]], (inquiryId: string, keptIds: readonly string[]) =>
    qb.deleteFrom('inquiry_category').where('inquiry_id', '=', inquiryId).where(sql<boolean>`NOT (category_id = ${anyOf(keptIds, 'uuid')})`),
  ),
  addCategories: defineQuery([ID, ID, [ID]], (tenantId: string, inquiryId: string, categoryIds: readonly string[]) =>
    qb
      .insertInto('inquiry_category')
      .columns(['tenant_id', 'inquiry_id', 'category_id'])
      .expression(qb.selectNoFrom([sql<string>`${tenantId}::uuid`.as('tenant_id'), sql<string>`${inquiryId}::uuid`.as('inquiry_id'), sql<string>`unnest(${categoryIds}::uuid[])`.as('category_id')]))
      .onConflict((conflict) => conflict.doNothing()),
  ),
  delete: defineQuery([ID], (id: string) => qb.deleteFrom('inquiry').where('id', '=', id)),
};

/** Groups rows by key in the order of `ids`, for a DataLoader. */
function grouped<T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return ids.map((id) => groups.get(id) ?? []);
}

/** The inquiries' reads and writes, each in the caller's transaction: another tenant's inquiry is invisible under RLS. */
export const inquiryRepository = {
  counts(em: EntityManager, filter: InquiryFilterValues | null, today: string): Promise<{ kind: string; status: string; count: number; overdue: number }[]> {
    return runQuery(em, inquiryQueries.counts(filter, today));
  },

  async find(em: EntityManager, id: string): Promise<InquiryRow | null> {
    const [row] = await runQuery(em, inquiryQueries.byIds([id]));
    return row ?? null;
  },

  /** The inquiries with these ids, in their order; null where none is visible. */
  async byIds(em: EntityManager, ids: readonly string[]): Promise<(InquiryRow | null)[]> {
    const found = new Map((await runQuery(em, inquiryQueries.byIds(ids))).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  },

  /** The follow-up cases of each main case, oldest first. */
  async followUpsOf(em: EntityManager, mainIds: readonly string[]): Promise<InquiryRow[][]> {
    return grouped(mainIds, await runQuery(em, inquiryQueries.followUpsOf(mainIds)), (row) => row.mainInquiryId ?? '');
  },

  async followUpCount(em: EntityManager, mainId: string): Promise<number> {
    const [{ count }] = await runQuery(em, inquiryQueries.followUpCount(mainId));
    return count;
  },

  /** Each inquiry's categories in the catalogue's order. */
  async categoriesOf(em: EntityManager, inquiryIds: readonly string[]): Promise<CategoryType[][]> {
    const rows = await runQuery(em, inquiryQueries.categoriesOf(inquiryIds));
    return grouped(inquiryIds, rows, (row) => row.inquiryId).map((group) => group.map(({ inquiryId: _, ...category }) => category));
  },

  async categoryIdsOf(em: EntityManager, inquiryId: string): Promise<string[]> {
    return (await runQuery(em, inquiryQueries.categoryIdsOf(inquiryId))).map((row) => row.id);
  },

  async referenceTaken(em: EntityManager, reference: string, exceptId: string | null): Promise<boolean> {
    const [{ taken }] = await runQuery(em, inquiryQueries.referenceTaken(reference, exceptId));
    return Boolean(taken);
  },

  async orgUnitExists(em: EntityManager, id: string): Promise<boolean> {
    return (await runQuery(em, inquiryQueries.orgUnitExists(id))).length > 0;
  },

  /** Registers the inquiry with its categories; its id. */
  async insert(em: EntityManager, tenantId: string, fields: InquiryFields, categoryIds: readonly string[]): Promise<string> {
    const [{ id }] = await runQuery(em, inquiryQueries.insert(tenantId, fields));
    await runWrite(em, inquiryQueries.addCategories(tenantId, id, categoryIds));
    return id;
  },

  /** Replaces the inquiry's fields, then its categories (`categoryIds`, without repeats). */
  async update(em: EntityManager, tenantId: string, id: string, fields: InquiryFields, categoryIds: readonly string[]): Promise<void> {
    await runWrite(em, inquiryQueries.update(id, fields));
    await runWrite(em, inquiryQueries.removeCategoriesExcept(id, categoryIds));
    await runWrite(em, inquiryQueries.addCategories(tenantId, id, categoryIds));
  },

  async delete(em: EntityManager, id: string): Promise<void> {
    await runWrite(em, inquiryQueries.delete(id));
  },
};
