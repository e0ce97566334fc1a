import { INQUIRY_KINDS, ReportCatalogueEntry, ReportDecidedCases, ReportOrgUnit, ReportOrgUnitLink, ReportOrgUnitRename } from '@raadgiver/domain';
import { sql } from 'kysely';
import { EntityManager } from 'typeorm';
import { defineQuery, qb, runQuery, rawQuery } from '../query/query-builder';

/** The registrations of both periods as one row of columns (see `registrations` below). */
export interface RegistrationsRow {
  length: number;
  citizen: string;
  received: string;
  kind: string;
  follow_up: string;
  unit: string;
  outcome: string;
  categories: string;
  first_contact: string;
  closed: string;
  unit_ids: string[];
  outcome_ids: string[];
  category_ids: string[];
}

/** An org unit as the report reads it, its kind as stored. */
export type StoredReportOrgUnit = Omit<ReportOrgUnit, 'kind'> & { kind: string };

const catalogue = (table: 'category' | 'outcome') =>
  qb.selectFrom(table).select(['id', 'name', 'sort_order as sortOrder']).orderBy('sort_order').orderBy('name');

/** What a report is computed from (SQL in registration.repository.sql, checked by `npm test`). */
export const registrationQueries = {
  /** The tenant of the context and its settings; a null id outside a tenant's context. */
  tenant: defineQuery([], () =>
    qb.selectNoFrom([
      sql<string | null>`app_tenant_id()`.as('id'),
      (eb) => eb.selectFrom('tenant').select('settings').where('id', '=', sql<string>`app_tenant_id()`).as('settings'),
    ]),
  ),
  /**
   * The registrations of both periods as ONE row of columns, each a text of comma-separated small integers:
   * a report reads up to hundreds of thousands of registrations, and a row (or a JSON value) per registration
   * costs far more to build, send and parse than the figures need. Units, outcomes and categories are
   * numbered by their place in the `…_ids` arrays, kinds by their place in `kinds`, dates are days since
   * 1970-01-01 and response times days after receipt. Citizens come as their ids back to back (36 characters
   * each) and are numbered by the caller: numbering them in SQL means sorting or hashing every id on the server.
   * The string_aggs read the same rows in the same order, so entry i of every column is registration i.
   */
  registrations: defineQuery(
    ['2024-01-01', '2024-12-31', '2023-01-01', '2023-12-31', [...INQUIRY_KINDS]],
    (from: string, to: string, otherFrom: string, otherTo: string, kinds: string[]) =>
      rawQuery(sql<RegistrationsRow>`
  WITH units AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM org_unit),
       outcomes AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM outcome),
       categories AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM category),
       inquiry_categories AS (
         SELECT ic.inquiry_id, string_agg(k.n::text, ' ') AS ns
         FROM inquiry_category ic JOIN categories k ON k.id = ic.category_id
         GROUP BY ic.inquiry_id),
       chosen AS (
         SELECT i.citizen_id, i.received_on - DATE '1970-01-01' AS received, array_position(${kinds}::text[], i.kind) - 1 AS kind,
                i.main_inquiry_id IS NOT NULL AS follow_up, u.n AS unit, o.n AS outcome, ic.ns AS categories,
                i.first_contact_on - i.received_on AS first_contact, i.closed_on - i.received_on AS closed
         FROM inquiry i
         LEFT JOIN units u ON u.id = i.org_unit_id
         LEFT JOIN outcomes o ON o.id = i.outcome_id
         LEFT JOIN inquiry_categories ic ON ic.inquiry_id = i.id
         WHERE i.tenant_id = app_tenant_id()
           AND (i.received_on BETWEEN ${from}::date AND ${to}::date OR i.received_on BETWEEN ${otherFrom}::date AND ${otherTo}::date))
  SELECT count(*)::int AS length,
         coalesce(string_agg(citizen_id::text, ''), '') AS citizen,
         coalesce(string_agg(received::text, ','), '') AS received,
         coalesce(string_agg(coalesce(kind::text, ''), ','), '') AS kind,
         coalesce(string_agg(CASE WHEN follow_up THEN '1' ELSE '0' END, ','), '') AS follow_up,
         coalesce(string_agg(coalesce(unit::text, ''), ','), '') AS unit,
         coalesce(string_agg(coalesce(outcome::text, ''), ','), '') AS outcome,
         coalesce(string_agg(coalesce(categories, ''), ','), '') AS categories,
         coalesce(string_agg(coalesce(first_contact::text, ''), ','), '') AS first_contact,
         coalesce(string_agg(coalesce(closed::text, ''), ','), '') AS closed,
         (SELECT coalesce(array_agg(id::text ORDER BY n), '{}') FROM units) AS unit_ids,
         (SELECT coalesce(array_agg(id::text ORDER BY n), '{}') FROM outcomes) AS outcome_ids,
         (SELECT coalesce(array_agg(id::text ORDER BY n), '{}') FROM categories) AS category_ids
  FROM chosen`),
  ),
  orgUnits: defineQuery([], () =>
    qb
      .selectFrom('org_unit')
      .select(['id', 'name', 'short_name as shortName', 'parent_id as parentId', 'kind'])
      .select([sql<string>`valid_from::text`.as('validFrom'), sql<string | null>`valid_to::text`.as('validTo')])
      .orderBy('sort_order')
      .orderBy('name'),
  ),
  links: defineQuery([], () =>
    qb
      .selectFrom('org_unit_link')
      .select(['predecessor_id as predecessorId', 'successor_id as successorId', 'kind'])
      // The column's CHECK allows these two.
      .$narrowType<{ kind: 'merged' | 'split' }>()
      .orderBy('effective_date'),
  ),
  renames: defineQuery([], () =>
    qb
      .selectFrom('org_unit_event')
      .select(['org_unit_id as orgUnitId', 'from_name as fromName', 'to_name as toName', sql<string>`effective_date::text`.as('effectiveDate')])
      .where('action', '=', 'renamed')
      .where('from_name', 'is not', null)
      .where('to_name', 'is not', null)
      .$narrowType<{ fromName: string; toName: string }>()
      .orderBy('effective_date')
      .orderBy('occurred_at'),
  ),
  categories: defineQuery([], () => catalogue('category')),
  outcomes: defineQuery([], () => catalogue('outcome')),
  decidedCases: defineQuery([[2024, 2023]], (years: number[]) =>
    qb
      .selectFrom('decided_case_volume')
      .select(['org_unit_id as orgUnitId', 'year', 'decided_cases as decidedCases'])
      .where('year', '=', sql<number>`ANY(${years}::int[])`),
  ),
};

/** A report's input as stored, each read in the caller's transaction under the tenant's RLS. */
export const registrationRepository = {
  async tenant(em: EntityManager): Promise<{ id: string | null; settings: unknown } | undefined> {
    const [row] = await runQuery(em, registrationQueries.tenant());
    return row;
  },
  async registrations(em: EntityManager, from: string, to: string, otherFrom: string, otherTo: string): Promise<RegistrationsRow> {
    const [row] = await runQuery(em, registrationQueries.registrations(from, to, otherFrom, otherTo, [...INQUIRY_KINDS]));
    return row;
  },
  orgUnits: (em: EntityManager): Promise<StoredReportOrgUnit[]> => runQuery(em, registrationQueries.orgUnits()),
  links: (em: EntityManager): Promise<ReportOrgUnitLink[]> => runQuery(em, registrationQueries.links()),
  renames: (em: EntityManager): Promise<ReportOrgUnitRename[]> => runQuery(em, registrationQueries.renames()),
  categories: (em: EntityManager): Promise<ReportCatalogueEntry[]> => runQuery(em, registrationQueries.categories()),
  outcomes: (em: EntityManager): Promise<ReportCatalogueEntry[]> => runQuery(em, registrationQueries.outcomes()),
  decidedCases: (em: EntityManager, years: number[]): Promise<ReportDecidedCases[]> => runQuery(em, registrationQueries.decidedCases(years)),
};
