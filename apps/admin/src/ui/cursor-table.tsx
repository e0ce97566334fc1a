import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { CursorList } from '../graphql/use-cursor-list';
import { DataTable } from './data-table';

interface CursorTableProps<T extends { id: string }> {
  caption: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of different value types, as the library types them
  columns: ColumnDef<T, any>[];
  /** The list the API pages (`useCursorList`). */
  rows: CursorList<T>;
  /** The list's identity for the table's own paging state. */
  pageKey: string;
  emptyText: string;
}

/** A list the API pages with a cursor: every loaded row in a table (not sortable), and "Vis flere" below it while there are more. */
export function CursorTable<T extends { id: string }>({ caption, columns, rows, pageKey, emptyText }: CursorTableProps<T>) {
  const { t } = useTranslation();
  const { list, fetching, loadMore } = rows;
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={columns}
      data={list.nodes}
      getRowId={(row) => row.id}
      pageKey={pageKey}
      pageSize={null}
      sortable={false}
      loading={fetching}
      emptyText={emptyText}
      footer={
        list.hasNextPage && (
          <button type="button" disabled={fetching} onClick={loadMore}>
            {t('inquiries.showMore')}
          </button>
        )
      }
    />
  );
}
