import { responseTimes, ResponseTargets } from '@raadgiver/domain';
import { CategoryType, OutcomeType } from '../catalog/catalog.types';
import { CitizenType } from '../citizens/citizen.types';
import { OrgUnitType } from '../org-units/org-unit.types';
import { InquiryRow } from './inquiry.rows';
import { InquiryType } from './inquiry.types';

/**
 * One page of the inquiry list in a single statement: the rows with the relations the list screen
 * shows (citizen, unit, categories, outcome), the total for the filter and the tenant's response
 * targets, as JSON. The caller primes the DataLoaders with the relations, so resolving a page costs
 * one round trip instead of one per relation: on a small machine round trips dominate the latency.
 */
export interface InquiryPageRow extends InquiryRow {
  sortKey: string;
  citizen: CitizenType;
  orgUnit: OrgUnitType | null;
  outcome: OutcomeType | null;
  categories: CategoryType[];
}

export interface InquiryPage {
  totalCount: number;
  targets: unknown;
  rows: InquiryPageRow[];
}

export interface InquiryPageQuery {
  /** WHERE fragment of the filter (inquiryFilterSql), alias i. */
  where: string;
  /** The filter and the cursor condition. */
  pageWhere: string;
  orderKey: 'received_on' | 'reference';
  direction: 'ASC' | 'DESC';
  /** Placeholder of the row limit, e.g. $7. */
  limit: string;
  /** A data-modifying statement to run with the read (the audit row), or null. */
  sideEffect: string | null;
}

export function inquiryPageSql(q: InquiryPageQuery): string {
  const order = `p.${q.orderKey} ${q.direction}, p.id ${q.direction}`;
  return `WITH ${q.sideEffect ? `side_effect AS (${q.sideEffect}),` : ''}
    page AS (SELECT i.* FROM inquiry i WHERE ${q.pageWhere} ORDER BY i.${q.orderKey} ${q.direction}, i.id ${q.direction} LIMIT ${q.limit})
  SELECT (SELECT count(*)::int FROM inquiry i WHERE ${q.where}) AS "totalCount",
    (SELECT t.settings -> 'responseTargets' FROM tenant t WHERE t.id = app_tenant_id()) AS targets,
    coalesce((SELECT json_agg(json_build_object(
        'id', p.id, 'reference', p.reference, 'receivedOn', p.received_on, 'channel', p.channel, 'kind', p.kind, 'status', p.status,
        'summary', p.summary, 'firstContactOn', p.first_contact_on, 'closedOn', p.closed_on, 'createdAt', p.created_at, 'updatedAt', p.updated_at,
        'citizenId', p.citizen_id, 'orgUnitId', p.org_unit_id, 'outcomeId', p.outcome_id, 'mainInquiryId', p.main_inquiry_id,
        'sortKey', p.${q.orderKey}::text,
        'citizen', json_build_object('id', c.id, 'reference', c.reference, 'displayName', c.display_name, 'email', c.email, 'phone', c.phone),
        'orgUnit', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'tenantId', o.tenant_id, 'parentId', o.parent_id, 'name', o.name,
          'shortName', o.short_name, 'kind', o.kind, 'validFrom', o.valid_from, 'validTo', o.valid_to, 'sortOrder', o.sort_order, 'isDemo', o.is_demo) END,
        'outcome', CASE WHEN oc.id IS NULL THEN NULL ELSE json_build_object('id', oc.id, 'name', oc.name, 'nationalCode', oc.national_code,
          'active', oc.active, 'sortOrder', oc.sort_order) END,
        'categories', (SELECT coalesce(json_agg(json_build_object('id', k.id, 'name', k.name, 'nationalCode', k.national_code, 'active', k.active,
            'sortOrder', k.sort_order) ORDER BY k.sort_order, k.name), '[]'::json)
          FROM inquiry_category ic JOIN category k ON k.tenant_id = ic.tenant_id AND k.id = ic.category_id
          WHERE ic.tenant_id = p.tenant_id AND ic.inquiry_id = p.id)
      ) ORDER BY ${order})
      FROM page p
      JOIN citizen c ON c.tenant_id = p.tenant_id AND c.id = p.citizen_id
      LEFT JOIN org_unit o ON o.tenant_id = p.tenant_id AND o.id = p.org_unit_id
      LEFT JOIN outcome oc ON oc.tenant_id = p.tenant_id AND oc.id = p.outcome_id), '[]'::json) AS rows`;
}

/**
 * A page row as the schema's Inquiry, completed in place rather than copied (a page is 50 of them):
 * JSON gives timestamps as text where the schema's DateTime wants Dates, and the response times
 * are today's.
 */
export function inquiryFromPageRow(row: InquiryPageRow, targets: ResponseTargets, today: string): InquiryType {
  const inquiry = row as InquiryPageRow & InquiryType;
  inquiry.createdAt = new Date(row.createdAt);
  inquiry.updatedAt = new Date(row.updatedAt);
  inquiry.responseTimes = responseTimes(row, targets, today);
  return inquiry;
}
