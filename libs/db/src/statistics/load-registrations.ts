import {
  DEFAULT_FOLD_THRESHOLD,
  InquiryKind,
  OrgUnitKind,
  ReportCatalogueEntry,
  ReportInput,
  ReportOrgUnit,
  ReportOrgUnitLink,
  ReportOrgUnitRename,
  ReportPeriod,
  ReportRegistration,
  responseTargetsFrom,
} from '@raadgiver/domain';
import { EntityManager } from 'typeorm';

export interface LoadReportInputOptions {
  /** Categories and outcomes below this many registrations are folded into "other". */
  foldThreshold?: number;
}

/**
 * The registrations of both periods as ONE JSON value of compact rows: a report reads up to hundreds
 * of thousands of them, and one JSON.parse is far cheaper than the driver building a row object (and
 * parsing a Postgres array) per registration. Categories come grouped from one pass over the links.
 */
const REGISTRATIONS_SQL = `
  WITH chosen AS (
    SELECT i.* FROM inquiry i
    WHERE i.tenant_id = app_tenant_id()
      AND (i.received_on BETWEEN $1::date AND $2::date OR i.received_on BETWEEN $3::date AND $4::date)),
  categories AS (
    SELECT ic.inquiry_id, json_agg(ic.category_id ORDER BY ic.category_id) AS ids
    FROM inquiry_category ic JOIN chosen c ON c.tenant_id = ic.tenant_id AND c.id = ic.inquiry_id
    GROUP BY ic.inquiry_id)
  SELECT coalesce(json_agg(json_build_array(c.id, c.citizen_id, c.received_on, c.kind, c.main_inquiry_id, c.org_unit_id,
           coalesce(k.ids, '[]'::json), c.outcome_id, c.first_contact_on, c.closed_on) ORDER BY c.received_on, c.id), '[]'::json) AS rows
  FROM chosen c LEFT JOIN categories k ON k.inquiry_id = c.id`;

type RegistrationTuple = [string, string, string, string, string | null, string | null, string[], string | null, string | null, string | null];

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
  const [{ rows }]: { rows: RegistrationTuple[] }[] = await em.query(REGISTRATIONS_SQL, [period.from, period.to, other.from, other.to]);
  const registrations: (Omit<ReportRegistration, 'kind'> & { kind: string })[] = rows.map(
    ([id, citizenId, receivedOn, kind, mainInquiryId, orgUnitId, categoryIds, outcomeId, firstContactOn, closedOn]) => ({
      id, citizenId, receivedOn, kind, mainInquiryId, orgUnitId, categoryIds, outcomeId, firstContactOn, closedOn,
    }),
  );
  const orgUnits: (Omit<ReportOrgUnit, 'kind'> & { kind: string })[] = await em.query(ORG_UNITS_SQL);
  const orgUnitLinks: ReportOrgUnitLink[] = await em.query(LINKS_SQL);
  const renames: ReportOrgUnitRename[] = await em.query(RENAMES_SQL);
  const categories: ReportCatalogueEntry[] = await em.query(catalogueSql('category'));
  const outcomes: ReportCatalogueEntry[] = await em.query(catalogueSql('outcome'));

  return {
    registrations: registrations.map((r) => ({ ...r, kind: r.kind as InquiryKind })),
    orgUnits: orgUnits.map((u) => ({ ...u, kind: u.kind as OrgUnitKind })),
    orgUnitLinks,
    renames,
    categories,
    outcomes,
    period,
    comparison,
    targets: responseTargetsFrom(tenant.settings),
    foldThreshold: options.foldThreshold ?? DEFAULT_FOLD_THRESHOLD,
  };
}
