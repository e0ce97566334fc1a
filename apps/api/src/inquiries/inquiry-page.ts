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

export function inquiryPageSql(q: InquiryPageQuery): string {
  if (!Number.isSafeInteger(q.limit) || q.limit < 1) throw new Error('limit must be a positive integer');
  const order = `p.${q.orderKey} ${q.direction}, p.id ${q.direction}`;
  // Keep in step with the column positions in decodeInquiryPage.
  return `WITH ${q.sideEffect ? `side_effect AS (${q.sideEffect}),` : ''}
    head AS (SELECT CASE WHEN v.version = ${q.heldVersion} THEN NULL ELSE (SELECT count(*)::int FROM inquiry i WHERE ${q.where}) END AS total,
        t.settings -> 'responseTargets' AS targets, coalesce(tv.catalogue_version, 0) AS catalogue_version, v.version
      FROM tenant t LEFT JOIN tenant_version tv ON tv.tenant_id = t.id,
        LATERAL (SELECT coalesce(tv.inquiry_version, 0) || '.' || coalesce(tv.catalogue_version, 0) || '.'
          || md5(coalesce(t.settings -> 'responseTargets', 'null'::jsonb)::text) AS version) v
      WHERE t.id = app_tenant_id())
  SELECT h.total, h.targets, h.catalogue_version,
    p.id, p.reference, p.received_on::text, p.channel, p.kind, p.status, p.summary, p.first_contact_on::text, p.closed_on::text,
    floor(extract(epoch FROM p.created_at) * 1000), floor(extract(epoch FROM p.updated_at) * 1000),
    p.citizen_id, p.org_unit_id, p.outcome_id, p.main_inquiry_id, p.${q.orderKey}::text,
    c.reference, c.display_name, c.email, c.phone,
    (SELECT string_agg(ic.category_id::text, ',') FROM inquiry_category ic WHERE ic.tenant_id = p.tenant_id AND ic.inquiry_id = p.id),
    h.version
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
  const targets = responseTargetsFrom({ responseTargets: head[1] === null ? {} : JSON.parse(head[1]) });
  return {
    totalCount: head[0] === null ? null : Number(head[0]),
    listVersion: head[24]!,
    targets,
    catalogueVersion: head[2]!,
    edges: (catalogue, today) => (head[3] === null ? [] : rows.map((row) => pageEdge(row, catalogue, targets, today))),
  };
}

function pageEdge(row: RawRow, catalogue: TenantCatalogue, targets: ResponseTargets, today: string): PageEdge {
  const categoryIds = row[23];
  const dates = { receivedOn: row[5]!, firstContactOn: row[10], closedOn: row[11] };
  const inquiry: InquiryType = {
    id: row[3]!,
    reference: row[4]!,
    ...dates,
    channel: row[6] as InquiryChannel,
    kind: row[7] as InquiryKind,
    status: row[8] as InquiryStatus,
    summary: row[9]!,
    createdAt: new Date(Number(row[12])),
    updatedAt: new Date(Number(row[13])),
    citizenId: row[14]!,
    orgUnitId: row[15],
    outcomeId: row[16],
    mainInquiryId: row[17],
    citizen: { id: row[14]!, reference: row[19]!, displayName: row[20]!, email: row[21], phone: row[22] },
    orgUnit: catalogue.orgUnit(row[15]),
    outcome: catalogue.outcome(row[16]),
    categories: categoryIds === null ? [] : catalogue.categoriesOf(categoryIds.split(',')),
    responseTimes: responseTimes(dates, targets, today),
  };
  return new PageEdge(inquiry, row[18]!);
}
