import {
  decidedCasesYear,
  DEFAULT_FOLD_THRESHOLD,
  INQUIRY_KINDS,
  NOT_DONE,
  OrgUnitKind,
  RegistrationColumns,
  ReportCatalogueEntry,
  ReportDecidedCases,
  ReportInput,
  ReportOrgUnit,
  ReportOrgUnitLink,
  ReportOrgUnitRename,
  ReportPeriod,
  responseTargetsFrom,
} from '@raadgiver/domain';
import { EntityManager } from 'typeorm';
import { citizenNumbers, integerColumn, integerLists } from './integer-text';

export interface LoadReportInputOptions {
  /** Categories and outcomes below this many registrations are folded into "other". */
  foldThreshold?: number;
}

/**
 * The registrations of both periods as ONE row of columns, each a text of comma-separated small integers:
 * a report reads up to hundreds of thousands of registrations, and a row (or a JSON value) per registration
 * costs far more to build, send and parse than the figures need. Units, outcomes and categories are
 * numbered by their place in the `…_ids` arrays, kinds by their place in $5, dates are days since
 * 1970-01-01 and response times days after receipt. Citizens come as their ids back to back (36 characters
 * each) and are numbered here: numbering them in SQL means sorting or hashing every id on the server.
 * The string_aggs read the same rows in the same order, so entry i of every column is registration i.
 */
const REGISTRATIONS_SQL = `
  WITH units AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM org_unit),
       outcomes AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM outcome),
       categories AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM category),
       inquiry_categories AS (
         SELECT ic.inquiry_id, string_agg(k.n::text, ' ') AS ns
         FROM inquiry_category ic JOIN categories k ON k.id = ic.category_id
         GROUP BY ic.inquiry_id),
       chosen AS (
         SELECT i.citizen_id, i.received_on - DATE '1970-01-01' AS received, array_position($5::text[], i.kind) - 1 AS kind,
                i.main_inquiry_id IS NOT NULL AS follow_up, u.n AS unit, o.n AS outcome, ic.ns AS categories,
                i.first_contact_on - i.received_on AS first_contact, i.closed_on - i.received_on AS closed
         FROM inquiry i
         LEFT JOIN units u ON u.id = i.org_unit_id
         LEFT JOIN outcomes o ON o.id = i.outcome_id
         LEFT JOIN inquiry_categories ic ON ic.inquiry_id = i.id
         WHERE i.tenant_id = app_tenant_id()
           AND (i.received_on BETWEEN $1::date AND $2::date OR i.received_on BETWEEN $3::date AND $4::date))
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
  FROM chosen`;

interface RegistrationsRow {
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

const ORG_UNITS_SQL = `
  SELECT id, name, short_name AS "shortName", parent_id AS "parentId", kind,
         valid_from::text AS "validFrom", valid_to::text AS "validTo"
  FROM org_unit ORDER BY sort_order, name`;

const LINKS_SQL = `SELECT predecessor_id AS "predecessorId", successor_id AS "successorId", kind FROM org_unit_link ORDER BY effective_date`;

const RENAMES_SQL = `
  SELECT org_unit_id AS "orgUnitId", from_name AS "fromName", to_name AS "toName", effective_date::text AS "effectiveDate"
  FROM org_unit_event
  WHERE action = 'renamed' AND from_name IS NOT NULL AND to_name IS NOT NULL
  ORDER BY effective_date, occurred_at`;

const catalogueSql = (table: 'category' | 'outcome') =>
  `SELECT id, name, sort_order AS "sortOrder" FROM ${table} ORDER BY sort_order, name`;

/**
 * Everything the statistics engine needs for a report on `period` compared with `comparison`: the
 * registrations received in either period, the org unit tree with its renames and merges, the catalogues
 * (inactive entries too, as old registrations use them) and the tenant's response targets.
 * Runs under row-level security in the tenant context the caller set with `inContext`; without a tenant
 * it refuses rather than report on nothing.
 */
export async function loadReportInput(
  em: EntityManager,
  period: ReportPeriod,
  comparison: ReportPeriod | null,
  options: LoadReportInputOptions = {},
): Promise<ReportInput> {
  const [tenant]: { id: string | null; settings: unknown }[] = await em.query(
    `SELECT app_tenant_id() AS id, (SELECT settings FROM tenant WHERE id = app_tenant_id()) AS settings`,
  );
  if (!tenant?.id) throw new Error('loadReportInput needs a tenant context (inContext with a tenantId)');

  // Without a comparison period the second range is empty (from after to).
  const other = comparison ?? { from: '9999-12-31', to: '0001-01-01' };
  const [row]: RegistrationsRow[] = await em.query(REGISTRATIONS_SQL, [period.from, period.to, other.from, other.to, INQUIRY_KINDS]);
  const orgUnits: (Omit<ReportOrgUnit, 'kind'> & { kind: string })[] = await em.query(ORG_UNITS_SQL);
  const orgUnitLinks: ReportOrgUnitLink[] = await em.query(LINKS_SQL);
  const renames: ReportOrgUnitRename[] = await em.query(RENAMES_SQL);
  const categories: ReportCatalogueEntry[] = await em.query(catalogueSql('category'));
  const outcomes: ReportCatalogueEntry[] = await em.query(catalogueSql('outcome'));
  const years = [decidedCasesYear(period), ...(comparison ? [decidedCasesYear(comparison)] : [])];
  const decidedCases: ReportDecidedCases[] = await em.query(
    'SELECT org_unit_id AS "orgUnitId", year, decided_cases AS "decidedCases" FROM decided_case_volume WHERE year = ANY($1::int[])',
    [years],
  );

  return {
    registrations: registrationColumnsFrom(row),
    orgUnits: orgUnits.map((u) => ({ ...u, kind: u.kind as OrgUnitKind })),
    orgUnitLinks,
    renames,
    categories,
    outcomes,
    period,
    comparison,
    targets: responseTargetsFrom(tenant.settings),
    foldThreshold: options.foldThreshold ?? DEFAULT_FOLD_THRESHOLD,
    decidedCases,
  };
}

function registrationColumnsFrom(row: RegistrationsRow): RegistrationColumns {
  const { length } = row;
  const categories = integerLists(row.categories, length);
  return {
    length,
    citizen: citizenNumbers(row.citizen, length),
    receivedDay: integerColumn(row.received, length),
    kind: Int8Array.from(integerColumn(row.kind, length, -1)),
    followUp: Uint8Array.from(integerColumn(row.follow_up, length)),
    orgUnit: integerColumn(row.unit, length, -1),
    orgUnitIds: row.unit_ids,
    outcome: integerColumn(row.outcome, length, -1),
    outcomeIds: row.outcome_ids,
    categoryStart: categories.start,
    category: categories.values,
    categoryIds: row.category_ids,
    firstContactDays: integerColumn(row.first_contact, length, NOT_DONE),
    closeDays: integerColumn(row.closed, length, NOT_DONE),
  };
}
