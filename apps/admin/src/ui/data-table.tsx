import {
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnMeta,
  type PaginationState,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES, pageRange } from './table-paging';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generic parameters must match the library's
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The cell names its row (`<th scope="row">`), e.g. the inquiry's reference. */
    rowHeader?: boolean;
    /** Right-aligned with tabular figures. */
    numeric?: boolean;
    /** More classes of the column's cells, e.g. a figure's trend. */
    className?: string;
    /** Data attributes of each body cell, e.g. what a test or a style finds the value by. */
    cellAttributes?: Record<`data-${string}`, string>;
    /**
     * Rows a body cell spans, e.g. a step's name over its periods; 0 for the rows below it, which have none. A row
     * header spanning rows names the group (`scope="rowgroup"`).
     */
    rowSpan?: (row: TData) => number;
  }
}

/**
 * What names the table: its caption (also the name of the scrollable region around it), or a heading that names it
 * already (a report's section): then no caption, and the scrollable area is a group, not a second landmark of the same name.
 */
type TableName =
  | {
      caption: string;
      /** Shown to screen readers only when the page's heading already says it. */
      captionHidden?: boolean;
      labelledBy?: never;
    }
  | { labelledBy: string; caption?: never; captionHidden?: never };

type DataTableProps<T> = TableName & {
  /** More classes of the table, e.g. `report-table`. */
  className?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of different value types, as the library types them
  columns: ColumnDef<T, any>[];
  data: readonly T[];
  getRowId?: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  /** Data attributes of a row, e.g. the municipality it is about. */
  rowAttributes?: (row: T) => Record<`data-${string}`, string>;
  /** Rows per page at first; null shows every row (the list is paged by the API, see `footer`). */
  pageSize?: number | null;
  /** False for a list the API pages: sorting the rows loaded so far would mislead. */
  sortable?: boolean;
  /** Sorting done by the API: the table shows this state and reports a click on a column's header, but does not sort. */
  sorting?: { state: SortingState; onSort: (columnId: string) => void };
  emptyText?: string;
  /** While the rows are fetched: said instead of the empty state. */
  loading?: boolean;
  /**
   * The list's identity, e.g. its filter: a new one goes back to the first page, while rows fetched again or added to
   * the same list (a refetch after a save, "Vis flere") keep the page the user is on. Without it any new rows do.
   */
  pageKey?: string;
  /** Below the table, e.g. "Vis flere" for a list the API pages. */
  footer?: ReactNode;
};

/**
 * A table after Det Fælles Designsystem's: sortable headers where the columns allow it, paging with a page size, an
 * empty state, and at phone width each row stacked with its column names (`table--responsive-headers`), inside a
 * labelled region that scrolls if a row is still too wide. A column's `footer` makes a totals row (`<tfoot>`).
 */
export function DataTable<T>({
  caption,
  captionHidden,
  labelledBy,
  className,
  columns,
  data,
  getRowId,
  rowClassName,
  rowAttributes,
  pageSize = 25,
  sortable = true,
  sorting,
  emptyText,
  loading = false,
  pageKey,
  footer,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const [ownSorting, setOwnSorting] = useState<SortingState>([]);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: pageSize ?? Number.MAX_SAFE_INTEGER });
  const [shownKey, setShownKey] = useState(pageKey);
  if (shownKey !== pageKey) {
    setShownKey(pageKey);
    setPagination((current) => ({ ...current, pageIndex: 0 }));
  }
  const range = pageRange(pagination.pageIndex, pagination.pageSize, data.length);
  const table = useReactTable<T>({
    data: data as T[],
    columns,
    getRowId,
    // A list that became shorter shows its last page rather than an empty one.
    state: { sorting: sorting?.state ?? ownSorting, pagination: { ...pagination, pageIndex: range.pageIndex } },
    onSortingChange: setOwnSorting,
    onPaginationChange: setPagination,
    manualSorting: sorting !== undefined,
    enableSorting: sortable,
    enableSortingRemoval: false,
    autoResetPageIndex: pageKey === undefined,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
  });
  const rows = table.getRowModel().rows;

  return (
    <div className="data-table-wrapper">
      <div className="table--responsive-scroll" role={labelledBy ? 'group' : 'region'} aria-labelledby={labelledBy ?? `${id}-caption`} tabIndex={0}>
        <table className={`table table--compact table--responsive-headers data-table${className ? ` ${className}` : ''}`} aria-labelledby={labelledBy}>
          {caption !== undefined && (
            <caption id={`${id}-caption`} className={captionHidden ? 'visually-hidden' : undefined}>
              {caption}
            </caption>
          )}
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={cellClassOf(header.column.columnDef.meta)}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : header.column.getCanSort() ? 'none' : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={sorting ? () => sorting.onSort(header.column.id) : header.column.getToggleSortingHandler()}
                        >
                          {label}
                          <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={rowClassName?.(row.original)} {...rowAttributes?.(row.original)}>
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  const header = cell.column.columnDef.header;
                  const rowSpan = meta?.rowSpan?.(row.original);
                  if (rowSpan === 0) return null;
                  const props = { className: cellClassOf(meta), 'data-title': typeof header === 'string' ? header : undefined, rowSpan, ...meta?.cellAttributes };
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  return meta?.rowHeader ? (
                    <th key={cell.id} scope={rowSpan === undefined ? 'row' : 'rowgroup'} {...props}>
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} {...props}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          {columns.some((columnDef) => columnDef.footer !== undefined) && (
            <tfoot>
              {table.getFooterGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((footer) => {
                    const meta = footer.column.columnDef.meta;
                    const content = flexRender(footer.column.columnDef.footer, footer.getContext());
                    return meta?.rowHeader ? (
                      <th key={footer.id} scope="row">
                        {content}
                      </th>
                    ) : (
                      <td key={footer.id} className={cellClassOf(meta)}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tfoot>
          )}
        </table>
      </div>
      {loading && <p aria-busy="true">{t('common.loading')}</p>}
      {!loading && data.length === 0 && <p className="muted table-empty">{emptyText ?? t('table.empty')}</p>}
      {pageSize !== null && data.length > PAGE_SIZES[0] && (
        <nav className="table-pagination" aria-label={caption === undefined ? t('table.pagination') : `${t('table.pagination')}: ${caption}`}>
          <label className="table-pagination-options">
            {t('table.pageSize')}{' '}
            <select value={pagination.pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))}>
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
          <p aria-live="polite">{t('table.range', { from: range.from, to: range.to, total: range.total })}</p>
          <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            {t('table.previous')}
          </button>
          <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            {t('table.next')}
          </button>
        </nav>
      )}
      {footer}
    </div>
  );
}

function cellClassOf(meta: ColumnMeta<never, unknown> | undefined): string | undefined {
  return [meta?.numeric ? 'number' : '', meta?.className ?? ''].filter(Boolean).join(' ') || undefined;
}
