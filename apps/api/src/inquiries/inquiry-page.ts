import { RawRow } from '@raadgiver/db';
import { InquiryChannel, InquiryKind, InquiryStatus, ResponseTargets, responseTargetsFrom } from '@raadgiver/domain';
import { TenantCatalogue } from '../catalog/catalogue-cache';
import { encodeCursor } from './inquiry-cursor';
import { PAGE_COLUMN as AT } from './inquiry.repository';
import { inquiryOf } from './inquiry.rows';
import { InquiryEdgeType, InquiryType } from './inquiry.types';

/**
 * One page of the inquiry list as its single statement (inquiryQueries.page) returns it: rows as plain columns,
 * unparsed (rawStatementInContext), decoded here into the schema's Inquiry, with units, outcomes and categories
 * named from the API's catalogue cache (catalogue-cache.ts). Every row repeats the head (total, targets,
 * catalogue version, list version); an empty page is one row with the head only.
 */

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
  /** The tenant's list version (INQUIRY_LIST_VERSION in @raadgiver/db), which InquiryTotals holds totals under. */
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
  const stored = {
    id: row[AT.id]!,
    reference: row[AT.reference]!,
    receivedOn: row[AT.receivedOn]!,
    channel: row[AT.channel] as InquiryChannel,
    kind: row[AT.kind] as InquiryKind,
    status: row[AT.status] as InquiryStatus,
    summary: row[AT.summary]!,
    firstContactOn: row[AT.firstContactOn],
    closedOn: row[AT.closedOn],
    createdAt: new Date(Number(row[AT.createdAtMs])),
    updatedAt: new Date(Number(row[AT.updatedAtMs])),
    citizenId: row[AT.citizenId]!,
    orgUnitId: row[AT.orgUnitId],
    outcomeId: row[AT.outcomeId],
    mainInquiryId: row[AT.mainInquiryId],
  };
  const relations = {
    citizen: { id: stored.citizenId, reference: row[AT.citizenReference]!, displayName: row[AT.citizenName]!, email: row[AT.citizenEmail], phone: row[AT.citizenPhone] },
    orgUnit: catalogue.orgUnit(stored.orgUnitId),
    outcome: catalogue.outcome(stored.outcomeId),
    categories: categoryIds === null ? [] : catalogue.categoriesOf(categoryIds.split(',')),
  };
  return new PageEdge(inquiryOf(stored, relations, targets, today), row[AT.sortKey]!);
}
