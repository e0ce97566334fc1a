import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryListFieldsFragment, InquirySort } from '../gql/graphql';
import { formatDay } from '../i18n/dates';
import { hrefTo } from '../shell/app-paths';
import { DataTable } from '../ui/data-table';
import { nextSort } from './inquiry-filter';
import { ResponseTimeNote } from './response-time-note';

type Inquiry = InquiryListFieldsFragment;
const column = createColumnHelper<Inquiry>();

interface InquiryTableProps {
  inquiries: readonly Inquiry[];
  sort: InquirySort;
  onSort: (sort: InquirySort) => void;
  loading: boolean;
  /** Below the table: how many are shown and "Vis flere" (the API pages the list). */
  footer: ReactNode;
}

/** The API's sort as the table's state: `RECEIVED_DESC` → the received column, descending. */
export function sortingOf(sort: InquirySort): SortingState {
  return [{ id: sort.startsWith('RECEIVED_') ? 'received' : 'reference', desc: sort.endsWith('_DESC') }];
}

export function InquiryTable({ inquiries, sort, onSort, loading, footer }: InquiryTableProps) {
  const { t, i18n } = useTranslation();
  const columns = useMemo(
    () => [
      column.accessor('reference', {
        id: 'reference',
        header: t('inquiries.field.reference'),
        cell: (cell) => <a href={hrefTo('/inquiries/:id', { id: cell.row.original.id })}>{cell.getValue()}</a>,
        meta: { rowHeader: true },
      }),
      column.accessor('receivedOn', { id: 'received', header: t('inquiries.field.receivedOn'), cell: (cell) => formatDay(cell.getValue(), i18n.language) }),
      column.accessor('kind', { header: t('inquiries.field.kind'), cell: (cell) => t(`inquiries.kind.${cell.getValue()}`), enableSorting: false }),
      column.accessor((inquiry) => inquiry.citizen.displayName, { id: 'citizen', header: t('inquiries.field.citizen'), enableSorting: false }),
      column.accessor((inquiry) => inquiry.orgUnit?.name ?? '', { id: 'orgUnit', header: t('inquiries.field.orgUnit'), enableSorting: false }),
      column.accessor('status', { header: t('inquiries.field.status'), cell: (cell) => t(`inquiries.status.${cell.getValue()}`), enableSorting: false }),
      column.display({ id: 'responseTimes', header: t('inquiries.field.responseTimes'), cell: (cell) => <ResponseTimeNote inquiry={cell.row.original} /> }),
    ],
    [t, i18n.language],
  );

  return (
    <DataTable
      caption={t('inquiries.results')}
      captionHidden
      columns={columns}
      data={inquiries}
      getRowId={(inquiry) => inquiry.id}
      rowClassName={(inquiry) => (inquiry.responseTimes.firstContactOverdue || inquiry.responseTimes.closeOverdue ? 'overdue-row' : undefined)}
      pageSize={null}
      sorting={{ state: sortingOf(sort), onSort: (id) => onSort(nextSort(sort, id === 'received' ? 'received' : 'reference')) }}
      emptyText={t('inquiries.empty')}
      loading={loading}
      footer={footer}
    />
  );
}
