import { responseTimes, ResponseTargets } from '@raadgiver/domain';
import { CategoryType, OutcomeType } from '../catalog/catalog.types';
import { CitizenType } from '../citizens/citizen.types';
import { OrgUnitType } from '../org-units/org-unit.types';
import { InquiryRow } from './inquiry.rows';
import { InquiryType } from './inquiry.types';

/**
 * One page of the inquiry list in a single statement: the rows, the total for the filter, the
 * tenant's response targets, and the relations the list screen shows (citizen, unit, categories,
 * outcome), as JSON. Units, outcomes and categories come once per page and rows name them by id: a
 * page has 50 rows but only a handful of distinct units, and building and parsing JSON field by
 * field is most of what a page costs, in PostgreSQL and in Node alike.
 */
export interface InquiryPageRow extends InquiryRow {
  sortKey: string;
  citizen: CitizenType;
  categoryIds: string[] | null;
}

export interface InquiryPage {
  totalCount: number;
  targets: unknown;
  rows: InquiryPageRow[];
  orgUnits: OrgUnitType[] | null;
  outcomes: OutcomeType[] | null;
  /** In the catalogue's order. */
  categories: CategoryType[] | null;
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
    page AS (SELECT i.* FROM inquiry i WHERE ${q.pageWhere} ORDER BY i.${q.orderKey} ${q.direction}, i.id ${q.direction} LIMIT ${q.limit}),
    page_category AS (SELECT ic.inquiry_id, ic.category_id FROM page p JOIN inquiry_category ic ON ic.tenant_id = p.tenant_id AND ic.inquiry_id = p.id)
  SELECT (SELECT count(*)::int FROM inquiry i WHERE ${q.where}) AS "totalCount",
    (SELECT t.settings -> 'responseTargets' FROM tenant t WHERE t.id = app_tenant_id()) AS targets,
    coalesce((SELECT json_agg(json_build_object(
        'id', p.id, 'reference', p.reference, 'receivedOn', p.received_on, 'channel', p.channel, 'kind', p.kind, 'status', p.status,
        'summary', p.summary, 'firstContactOn', p.first_contact_on, 'closedOn', p.closed_on, 'createdAt', p.created_at, 'updatedAt', p.updated_at,
        'citizenId', p.citizen_id, 'orgUnitId', p.org_unit_id, 'outcomeId', p.outcome_id, 'mainInquiryId', p.main_inquiry_id,
        'sortKey', p.${q.orderKey}::text,
        'citizen', json_build_object('id', c.id, 'reference', c.reference, 'displayName', c.display_name, 'email', c.email, 'phone', c.phone),
        'categoryIds', (SELECT array_agg(ic.category_id) FROM inquiry_category ic WHERE ic.tenant_id = p.tenant_id AND ic.inquiry_id = p.id)
      ) ORDER BY ${order})
      FROM page p JOIN citizen c ON c.tenant_id = p.tenant_id AND c.id = p.citizen_id), '[]'::json) AS rows,
    (SELECT json_agg(json_build_object('id', o.id, 'tenantId', o.tenant_id, 'parentId', o.parent_id, 'name', o.name, 'shortName', o.short_name,
        'kind', o.kind, 'validFrom', o.valid_from, 'validTo', o.valid_to, 'sortOrder', o.sort_order, 'isDemo', o.is_demo))
      FROM org_unit o WHERE o.id IN (SELECT org_unit_id FROM page)) AS "orgUnits",
    (SELECT json_agg(json_build_object('id', oc.id, 'name', oc.name, 'nationalCode', oc.national_code, 'active', oc.active, 'sortOrder', oc.sort_order))
      FROM outcome oc WHERE oc.id IN (SELECT outcome_id FROM page)) AS outcomes,
    (SELECT json_agg(json_build_object('id', k.id, 'name', k.name, 'nationalCode', k.national_code, 'active', k.active, 'sortOrder', k.sort_order)
        ORDER BY k.sort_order, k.name)
      FROM category k WHERE k.id IN (SELECT category_id FROM page_category)) AS categories`;
}

/** Looks up a page's units, outcomes and categories by id; the categories of a row come in the catalogue's order. */
export class PageRelations {
  private readonly orgUnits: Map<string, OrgUnitType>;
  private readonly outcomes: Map<string, OutcomeType>;
  private readonly categories: Map<string, { category: CategoryType; rank: number }>;

  constructor(page: InquiryPage) {
    this.orgUnits = new Map((page.orgUnits ?? []).map((unit) => [unit.id, unit]));
    this.outcomes = new Map((page.outcomes ?? []).map((outcome) => [outcome.id, outcome]));
    this.categories = new Map((page.categories ?? []).map((category, rank) => [category.id, { category, rank }]));
  }

  orgUnit(id: string | null): OrgUnitType | null {
    return (id && this.orgUnits.get(id)) || null;
  }

  outcome(id: string | null): OutcomeType | null {
    return (id && this.outcomes.get(id)) || null;
  }

  categoriesOf(ids: string[] | null): CategoryType[] {
    if (!ids) return [];
    return ids
      .map((id) => this.categories.get(id))
      .filter((found) => found !== undefined)
      .sort((a, b) => a.rank - b.rank)
      .map((found) => found.category);
  }
}

/**
 * A page row as the schema's Inquiry, completed in place rather than copied (a page is 50 of them):
 * its relations, Dates for the timestamps JSON gives as text, and today's response times.
 */
export function inquiryFromPageRow(row: InquiryPageRow, relations: PageRelations, targets: ResponseTargets, today: string): InquiryType {
  const inquiry = row as InquiryPageRow & InquiryType;
  inquiry.createdAt = new Date(row.createdAt);
  inquiry.updatedAt = new Date(row.updatedAt);
  inquiry.orgUnit = relations.orgUnit(row.orgUnitId);
  inquiry.outcome = relations.outcome(row.outcomeId);
  inquiry.categories = relations.categoriesOf(row.categoryIds);
  inquiry.responseTimes = responseTimes(row, targets, today);
  return inquiry;
}
