export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface PageRange {
  /** 1-based number of the first row shown; 0 when there are none. */
  from: number;
  to: number;
  total: number;
  pageCount: number;
  /** The page shown: the one asked for, or the last one when there are fewer rows now. */
  pageIndex: number;
}

/** Which rows a page shows: page 2 of 57 rows by 25 is rows 26–50 of 3 pages. */
export function pageRange(pageIndex: number, pageSize: number, total: number): PageRange {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(0, pageIndex), pageCount - 1);
  const from = total === 0 ? 0 : page * pageSize + 1;
  return { from, to: Math.min(total, (page + 1) * pageSize), total, pageCount, pageIndex: page };
}
