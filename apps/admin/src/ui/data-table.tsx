import {
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
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
  }
}

interface DataTableProps<T> {
  /** Names the table and the scrollable region around it. */
  caption: string;
  /** Shown to screen readers only when the page's heading already says it. */
  captionHidden?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of different value types, as the library types them
  columns: ColumnDef<T, any>[];
  data: readonly T[];
  getRowId?: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
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
}

/**
 * A table after Det Fælles Designsystem's: sortable headers where the columns allow it, paging with a page size, an
 * empty state, and at phone width each row stacked with its column names (`table--responsive-headers`), inside a
 * labelled region that scrolls if a row is still too wide. A column's `footer` makes a totals row (`<tfoot>`).
 */
export function DataTable<T>({ caption, captionHidden, columns, data, getRowId, rowClassName, pageSize = 25, sortable = true, sorting, emptyText, loading = false, pageKey, footer }: DataTableProps<T>) {
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
      <div className="table--responsive-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="table table--compact table--responsive-headers data-table">
          <caption id={`${id}-caption`} className={captionHidden ? 'visually-hidden' : undefined}>
            {caption}
          </caption>
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
                      className={header.column.columnDef.meta?.numeric ? 'number' : undefined}
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
              <tr key={row.id} className={rowClassName?.(row.original)}>
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  const header = cell.column.columnDef.header;
                  const props = { className: meta?.numeric ? 'number' : undefined, 'data-title': typeof header === 'string' ? header : undefined };
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  return meta?.rowHeader ? (
                    <th key={cell.id} scope="row" {...props}>
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
                      <td key={footer.id} className={meta?.numeric ? 'number' : undefined}>
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
        <nav className="table-pagination" aria-label={`${t('table.pagination')}: ${caption}`}>
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
