import { RawRow } from '@raadgiver/db';
import { InquiryChannel, InquiryKind, InquiryStatus, responseTimes, ResponseTargets, responseTargetsFrom } from '@raadgiver/domain';
import { TenantCatalogue } from '../catalog/catalogue-cache';
import { encodeCursor } from './inquiry-cursor';
import { InquiryEdgeType, InquiryType } from './inquiry.types';

/**
 * One page of the inquiry list in a single statement: the page's rows with their citizen, the total
 * for the filter unless the caller holds it for the current list version (InquiryTotals), and from
 * the tenant row the response targets and the catalogue version. Units,
 * outcomes and categories come as ids, named from the API's catalogue cache (catalogue-cache.ts):
 * joining and serialising the same few catalogue rows on every page was a third of what a page
 * cost PostgreSQL. Rows come as plain columns, unparsed (rawStatementInContext), and are decoded
 * here straight into the schema's Inquiry.
 *
 * Every row repeats the head (total, targets, catalogue version, list version); an empty page is one
 * row with the head only (the page is LEFT JOINed to it).
 */
export interface InquiryPageQuery {
  /** WHERE fragment of the filter (inquiryFilterSql), alias i. */
  where: string;
  /** The filter and the cursor condition. */
  pageWhere: string;
  orderKey: 'received_on' | 'reference';
  direction: 'ASC' | 'DESC';
  /**
   * Rows to read, written into the SQL as a number: the statement runs on its generic plan, and with the limit
   * a parameter that plan is made for any number of rows (it joined the citizens by reading them all).
   */
  limit: number;
  /** A data-modifying statement to run with the read (the audit row), or null. */
  sideEffect: string | null;
  /** Placeholder of the list version under which the caller holds this filter's total ('' for none): then no count. */
  heldVersion: string;
}

/** The page statement's columns by name, in the order a row (RawRow) holds their values. */
function pageColumns(orderKey: string) {
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
    categoryIds: '(SELECT string_agg(ic.category_id::text, \',\') FROM inquiry_category ic WHERE ic.tenant_id = p.tenant_id AND ic.inquiry_id = p.id)',
  };
}

/** Where each column's value is in a row. */
const AT = Object.fromEntries(Object.keys(pageColumns('id')).map((name, i) => [name, i])) as Record<keyof ReturnType<typeof pageColumns>, number>;

export function inquiryPageSql(q: InquiryPageQuery): string {
  if (!Number.isSafeInteger(q.limit) || q.limit < 1) throw new Error('limit must be a positive integer');
  const order = `p.${q.orderKey} ${q.direction}, p.id ${q.direction}`;
  return `WITH ${q.sideEffect ? `side_effect AS (${q.sideEffect}),` : ''}
    head AS (SELECT CASE WHEN v.version = ${q.heldVersion} THEN NULL ELSE (SELECT count(*)::int FROM inquiry i WHERE ${q.where}) END AS total,
        t.settings -> 'responseTargets' AS targets, coalesce(tv.catalogue_version, 0) AS catalogue_version, v.version
      FROM tenant t LEFT JOIN tenant_version tv ON tv.tenant_id = t.id,
        LATERAL (SELECT coalesce(tv.inquiry_version, 0) || '.' || coalesce(tv.catalogue_version, 0) || '.'
          || md5(coalesce(t.settings -> 'responseTargets', 'null'::jsonb)::text) AS version) v
      WHERE t.id = app_tenant_id())
  SELECT ${Object.values(pageColumns(q.orderKey)).join(', ')}
  FROM head h
  LEFT JOIN LATERAL (SELECT i.* FROM inquiry i WHERE ${q.pageWhere} ORDER BY i.${q.orderKey} ${q.direction}, i.id ${q.direction} LIMIT ${q.limit}) p ON true
  LEFT JOIN citizen c ON c.tenant_id = p.tenant_id AND c.id = p.citizen_id
  ORDER BY ${order}`;
}

/** An edge of a page; its cursor is encoded only when asked for (the list asks for pageInfo.endCursor alone). */
export class PageEdge implements InquiryEdgeType {
  constructor(
    readonly node: InquiryType,
    private readonly sortKey: string,
  ) {}

  get cursor(): string {
    return encodeCursor(this.sortKey, this.node.id);
  }
}

export interface InquiryPage {
  /** Null when the statement did not count: the list version equals the one the caller holds a total under. */
  totalCount: number | null;
  /** The tenant's inquiry and catalogue versions and response targets, as one text (InquiryTotals). */
  listVersion: string;
  targets: ResponseTargets;
  catalogueVersion: string;
  /** Decodes the rows, naming their units, outcomes and categories from `catalogue`. */
  edges(catalogue: TenantCatalogue, today: string): PageEdge[];
}

/** The head of the page statement's rows and a decoder of the rest; null when the tenant row was not found. */
export function decodeInquiryPage(rows: RawRow[]): InquiryPage | null {
  const head = rows[0];
  if (!head) return null;
  const storedTargets = head[AT.targets];
  const targets = responseTargetsFrom({ responseTargets: storedTargets === null ? {} : JSON.parse(storedTargets) });
  return {
    totalCount: head[AT.total] === null ? null : Number(head[AT.total]),
    listVersion: head[AT.listVersion]!,
    targets,
    catalogueVersion: head[AT.catalogueVersion]!,
    edges: (catalogue, today) => (head[AT.id] === null ? [] : rows.map((row) => pageEdge(row, catalogue, targets, today))),
  };
}

function pageEdge(row: RawRow, catalogue: TenantCatalogue, targets: ResponseTargets, today: string): PageEdge {
  const categoryIds = row[AT.categoryIds];
  const dates = { receivedOn: row[AT.receivedOn]!, firstContactOn: row[AT.firstContactOn], closedOn: row[AT.closedOn] };
  const inquiry: InquiryType = {
    id: row[AT.id]!,
    reference: row[AT.reference]!,
    ...dates,
    channel: row[AT.channel] as InquiryChannel,
    kind: row[AT.kind] as InquiryKind,
    status: row[AT.status] as InquiryStatus,
    summary: row[AT.summary]!,
    createdAt: new Date(Number(row[AT.createdAtMs])),
    updatedAt: new Date(Number(row[AT.updatedAtMs])),
    citizenId: row[AT.citizenId]!,
    orgUnitId: row[AT.orgUnitId],
    outcomeId: row[AT.outcomeId],
    mainInquiryId: row[AT.mainInquiryId],
    citizen: { id: row[AT.citizenId]!, reference: row[AT.citizenReference]!, displayName: row[AT.citizenName]!, email: row[AT.citizenEmail], phone: row[AT.citizenPhone] },
    orgUnit: catalogue.orgUnit(row[AT.orgUnitId]),
    outcome: catalogue.outcome(row[AT.outcomeId]),
    categories: categoryIds === null ? [] : catalogue.categoriesOf(categoryIds.split(',')),
    responseTimes: responseTimes(dates, targets, today),
  };
  return new PageEdge(inquiry, row[AT.sortKey]!);
}
