/**
 * The inquiry list's filter: its values, and what the audit log records of them. Its SQL, shared by the list, its
 * counts and the CSV/XLSX export, is `inquiryFilter` in inquiry.repository.ts.
 */

// The features whose SQL is still text (follow-up, learning) take the unit scope from here.

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

/** `%term%` for ILIKE with the term's own % _ and \ taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
