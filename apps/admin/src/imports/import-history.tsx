import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobsQuery as ImportJobsResult } from '../gql/graphql';
import type { CursorList } from '../graphql/use-cursor-list';
import { formatInstant } from '../i18n/dates';
import { CursorTable } from '../ui/cursor-table';
import { ErrorAlert } from '../ui/error-alert';

export type ImportJobRow = ImportJobsResult['importJobs']['edges'][number]['node'];

/** Imports fetched at a time. */
export const IMPORT_PAGE_SIZE = 25;
export const importJobsOf = (data: ImportJobsResult) => data.importJobs;
const column = createColumnHelper<ImportJobRow>();
const STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;

/** The municipality's earlier imports, newest first, a page at a time: when, which file, who, rows imported and refused, status. */
export function ImportHistory({ jobs }: { jobs: CursorList<ImportJobRow> }) {
  const { t, i18n } = useTranslation();
  const { error } = jobs;
  const columns = useMemo(
    () => [
      column.accessor('createdAt', { header: t('imports.history.uploadedAt'), cell: (info) => formatInstant(info.getValue(), i18n.language) }),
      column.accessor('fileName', { header: t('imports.history.fileName') }),
      column.accessor((job) => job.uploadedBy ?? '', { id: 'uploadedBy', header: t('imports.history.uploadedBy') }),
      column.accessor('insertedRows', { header: t('imports.history.inserted'), meta: { numeric: true } }),
      column.accessor('errorCount', { header: t('imports.history.refused'), meta: { numeric: true } }),
      column.accessor('status', {
        header: t('imports.history.status'),
        cell: (info) => {
          const status = info.getValue();
          return (STATUSES as readonly string[]).includes(status) ? t(`imports.history.statusName.${status as (typeof STATUSES)[number]}`) : status;
        },
      }),
    ],
    [t, i18n.language],
  );
  return (
    <section className="import-history" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t('imports.history.title')}</h2>
      <ErrorAlert error={error} />
      <CursorTable caption={t('imports.history.title')} columns={columns} rows={jobs} pageKey="imports" emptyText={t('imports.history.empty')} />
    </section>
  );
}
