/**
 * The inquiry list's filter as SQL, shared by the GraphQL list and counts and by the CSV/XLSX export,
 * so an export holds exactly the rows the advisor saw.
 *
 *   const params: unknown[] = [];
 *   const where = inquiryFilterSql(filter, params);            // e.g. "i.kind = ANY($1::text[]) AND ..."
 *   await em.query(`SELECT ... FROM inquiry i WHERE ${where} ORDER BY ...`, params);
 *
 * - The inquiry table must be aliased `i` (or pass `{ alias }`).
 * - Values go into `params` as positional parameters ($n continues after what is already there);
 *   no value is ever put into the SQL text.
 * - Run it inside the tenant's transaction (RequestContext.run or inContext): RLS limits the rows to
 *   the tenant, and the overdue rule reads the tenant's response targets from tenant.settings.
 * - An empty filter gives 'TRUE'.
 *
 * Filters: received period (from/to inclusive), kinds, org unit with its sub-units and predecessors
 * (org_unit_link, at any depth, so CUBA's cases count under its successor CBAK), categories (any of),
 * outcomes, statuses, overdue (same rule as responseTimes in @raadgiver/domain) and search (a
 * case-insensitive substring of reference or summary, served by the pg_trgm indexes through
 * inquiry_ids_matching).
 */
import { DEFAULT_RESPONSE_TARGETS } from '@raadgiver/domain';

export interface InquiryFilterValues {
  from?: string | null;
  to?: string | null;
  kinds?: readonly string[] | null;
  orgUnitId?: string | null;
  categoryIds?: readonly string[] | null;
  outcomeIds?: readonly string[] | null;
  statuses?: readonly string[] | null;
  overdue?: boolean | null;
  search?: string | null;
  citizenId?: string | null;
  mainCasesOnly?: boolean | null;
}

export interface InquiryFilterOptions {
  /** Alias of the inquiry table in the surrounding query; `i` unless given. */
  alias?: string;
  /** YYYY-MM-DD the overdue rule counts to; today (UTC) unless given. */
  today?: string;
}

const ALIAS = /^[a-z_][a-z0-9_]*$/;

function param(params: unknown[], value: unknown): string {
  params.push(value);
  return `$${params.length}`;
}

/** `%term%` for ILIKE with the term's own % _ and \ taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** True when the inquiry (alias `a`) is overdue today: the SQL form of responseTimes' rule. */
export function inquiryOverdueSql(params: unknown[], options: InquiryFilterOptions = {}): string {
  const a = aliasOf(options);
  const today = param(params, options.today ?? new Date().toISOString().slice(0, 10));
  const target = (key: 'firstContactDays' | 'closeDays') =>
    `coalesce((SELECT (t.settings -> 'responseTargets' ->> '${key}')::int FROM tenant t WHERE t.id = app_tenant_id()), ${param(params, DEFAULT_RESPONSE_TARGETS[key])}::int)`;
  return `(${a}.closed_on IS NULL AND (${a}.received_on < ${today}::date - ${target('closeDays')}
    OR (${a}.first_contact_on IS NULL AND ${a}.received_on < ${today}::date - ${target('firstContactDays')})))`;
}

/** A WHERE fragment for the filter; see the top of the file. */
export function inquiryFilterSql(filter: InquiryFilterValues | null | undefined, params: unknown[], options: InquiryFilterOptions = {}): string {
  const a = aliasOf(options);
  const conditions: string[] = [];
  if (!filter) return 'TRUE';
  if (filter.from) conditions.push(`${a}.received_on >= ${param(params, filter.from)}::date`);
  if (filter.to) conditions.push(`${a}.received_on <= ${param(params, filter.to)}::date`);
  // One kind (the usual case) as an equality, so an index on (tenant_id, kind, received_on) also gives the order.
  if (filter.kinds?.length === 1) conditions.push(`${a}.kind = ${param(params, filter.kinds[0])}::text`);
  else if (filter.kinds?.length) conditions.push(`${a}.kind = ANY(${param(params, filter.kinds)}::text[])`);
  if (filter.statuses?.length) conditions.push(`${a}.status = ANY(${param(params, filter.statuses)}::text[])`);
  if (filter.outcomeIds?.length) conditions.push(`${a}.outcome_id = ANY(${param(params, filter.outcomeIds)}::uuid[])`);
  if (filter.categoryIds?.length) {
    conditions.push(`EXISTS (SELECT 1 FROM inquiry_category ic WHERE ic.tenant_id = ${a}.tenant_id AND ic.inquiry_id = ${a}.id
      AND ic.category_id = ANY(${param(params, filter.categoryIds)}::uuid[]))`);
  }
  // As an array computed once: an index condition on (tenant_id, org_unit_id), instead of a join the
  // planner would size blind and answer by reading every inquiry's unit.
  if (filter.orgUnitId) conditions.push(`${a}.org_unit_id = ANY(ARRAY(${orgUnitScopeSql(`SELECT ${param(params, filter.orgUnitId)}::uuid`)}))`);
  if (filter.search) {
    const pattern = param(params, likePattern(filter.search));
    // Matched by the trigram indexes in the tenant-bound search function (migration 1732300000012); RLS still holds here.
    conditions.push(`${a}.id = ANY(ARRAY(SELECT inquiry_ids_matching(${pattern})))`);
  }
  if (filter.citizenId) conditions.push(`${a}.citizen_id = ${param(params, filter.citizenId)}::uuid`);
  if (filter.mainCasesOnly) conditions.push(`${a}.main_inquiry_id IS NULL`);
  if (filter.overdue === true) conditions.push(inquiryOverdueSql(params, options));
  if (filter.overdue === false) conditions.push(`NOT ${inquiryOverdueSql(params, options)}`);
  return conditions.length ? conditions.join('\n  AND ') : 'TRUE';
}

/**
 * The ids of the units `startIds` selects, everything below them and everything merged or split into
 * them, at any depth (UNION stops at cycles). `startIds` is a SELECT of one uuid column.
 */
export function orgUnitScopeSql(startIds: string): string {
  return `WITH RECURSIVE scope(id) AS (
      ${startIds}
      UNION
      SELECT next.id FROM scope s CROSS JOIN LATERAL (
        SELECT o.id FROM org_unit o WHERE o.parent_id = s.id
        UNION ALL
        SELECT l.predecessor_id FROM org_unit_link l WHERE l.successor_id = s.id) next
    ) SELECT id FROM scope`;
}

function aliasOf(options: InquiryFilterOptions): string {
  const alias = options.alias ?? 'i';
  if (!ALIAS.test(alias)) throw new Error('alias must be a plain SQL identifier');
  return alias;
}

/** Which filters were set, for the audit log: names and counts, never the free text itself. */
export function filterCriteria(filter: InquiryFilterValues | null | undefined): Record<string, unknown> {
  if (!filter) return {};
  const criteria: Record<string, unknown> = {};
  if (filter.from) criteria.from = filter.from;
  if (filter.to) criteria.to = filter.to;
  if (filter.kinds?.length) criteria.kinds = filter.kinds;
  if (filter.orgUnitId) criteria.orgUnitId = filter.orgUnitId;
  if (filter.categoryIds?.length) criteria.categoryIds = filter.categoryIds;
  if (filter.outcomeIds?.length) criteria.outcomeIds = filter.outcomeIds;
  if (filter.statuses?.length) criteria.statuses = filter.statuses;
  if (filter.overdue != null) criteria.overdue = filter.overdue;
  if (filter.search) criteria.searchLength = filter.search.length;
  if (filter.citizenId) criteria.citizenId = filter.citizenId;
  if (filter.mainCasesOnly) criteria.mainCasesOnly = true;
  return criteria;
}
