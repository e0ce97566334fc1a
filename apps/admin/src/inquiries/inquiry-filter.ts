import { INQUIRY_KINDS, INQUIRY_STATUSES } from '@raadgiver/domain';
import type { InquiryFilter, InquiryKind, InquirySort, InquiryStatus } from '../gql/graphql';

export const KIND_VALUES: readonly InquiryKind[] = INQUIRY_KINDS.map((kind) => kind.toUpperCase() as InquiryKind);
export const STATUS_VALUES: readonly InquiryStatus[] = INQUIRY_STATUSES.map((status) => status.toUpperCase() as InquiryStatus);
export const SORT_VALUES: readonly InquirySort[] = ['RECEIVED_DESC', 'RECEIVED_ASC', 'REFERENCE_ASC', 'REFERENCE_DESC'];
export const DEFAULT_SORT: InquirySort = 'RECEIVED_DESC';

/** The list's filter as the screen holds it: empty strings and lists mean "any". */
export interface InquiryListFilter {
  from: string;
  to: string;
  kinds: InquiryKind[];
  orgUnitId: string;
  categoryIds: string[];
  outcomeIds: string[];
  statuses: InquiryStatus[];
  overdue: boolean;
  search: string;
  sort: InquirySort;
}

/** A change of the list's filter, made to the filter as the URL holds it at that moment. */
export type FilterUpdate = (current: InquiryListFilter) => InquiryListFilter;

export const EMPTY_FILTER: InquiryListFilter = {
  from: '',
  to: '',
  kinds: [],
  orgUnitId: '',
  categoryIds: [],
  outcomeIds: [],
  statuses: [],
  overdue: false,
  search: '',
  sort: DEFAULT_SORT,
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter((value) => value !== '');
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Reads the filter from the query part of the URL; anything unreadable is dropped rather than sent to the API. */
export function filterFromQuery(query: string): InquiryListFilter {
  const params = new URLSearchParams(query);
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO_DAY.test(value) ? value : '';
  };
  const sort = params.get('sort') ?? '';
  return {
    from: day('from'),
    to: day('to'),
    kinds: list(params, 'kind').filter((kind) => oneOf(KIND_VALUES, kind)),
    orgUnitId: params.get('unit') ?? '',
    categoryIds: list(params, 'category'),
    outcomeIds: list(params, 'outcome'),
    statuses: list(params, 'status').filter((status) => oneOf(STATUS_VALUES, status)),
    overdue: params.get('overdue') === '1',
    search: params.get('q') ?? '',
    sort: oneOf(SORT_VALUES, sort) ? sort : DEFAULT_SORT,
  };
}

/** The query part of the URL for a filter; defaults are left out so a plain list has a plain URL. */
export function filterToQuery(filter: InquiryListFilter): string {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.kinds.length) params.set('kind', filter.kinds.join(','));
  if (filter.orgUnitId) params.set('unit', filter.orgUnitId);
  if (filter.categoryIds.length) params.set('category', filter.categoryIds.join(','));
  if (filter.outcomeIds.length) params.set('outcome', filter.outcomeIds.join(','));
  if (filter.statuses.length) params.set('status', filter.statuses.join(','));
  if (filter.overdue) params.set('overdue', '1');
  if (filter.search.trim()) params.set('q', filter.search.trim());
  if (filter.sort !== DEFAULT_SORT) params.set('sort', filter.sort);
  return params.toString();
}

/** The API's InquiryFilter: only the criteria that narrow the list. */
export function apiFilterOf(filter: InquiryListFilter): InquiryFilter {
  const api: InquiryFilter = {};
  if (filter.from) api.from = filter.from;
  if (filter.to) api.to = filter.to;
  if (filter.kinds.length) api.kinds = filter.kinds;
  if (filter.orgUnitId) api.orgUnitId = filter.orgUnitId;
  if (filter.categoryIds.length) api.categoryIds = filter.categoryIds;
  if (filter.outcomeIds.length) api.outcomeIds = filter.outcomeIds;
  if (filter.statuses.length) api.statuses = filter.statuses;
  if (filter.overdue) api.overdue = true;
  if (filter.search.trim()) api.search = filter.search.trim();
  return api;
}

/** Clicking a column header: a new column sorts ascending by reference or newest first by date; the same column flips. */
export function nextSort(current: InquirySort, column: 'received' | 'reference'): InquirySort {
  if (column === 'received') return current === 'RECEIVED_DESC' ? 'RECEIVED_ASC' : 'RECEIVED_DESC';
  return current === 'REFERENCE_ASC' ? 'REFERENCE_DESC' : 'REFERENCE_ASC';
}
