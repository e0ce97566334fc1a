import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import type { ArchivePackageFieldsFragment as ArchivePackage } from '../gql/graphql';
import { formatDay, formatInstant } from '../i18n/dates';
import { AuthenticatedDownloads } from '../ui/authenticated-downloads';
import { DataTable } from '../ui/data-table';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { Page } from '../ui/page';
import { archivePackagePath, archivePeriodSchema, lastYear, type ArchivePeriodFields } from './archive-period.schema';
import { ArchivePackagesQuery, MarkArchivePackageDeliveredMutation, RequestArchivePackageMutation } from './archives.operations';

const column = createColumnHelper<ArchivePackage>();
/** How often the list is read again while a package is being built. */
const POLL_MS = 2_000;

/** The tenant admin's archive packages for the archive authority: ask for a period, download it, mark it delivered. */
export function ArchivesPage() {
  const { t, i18n } = useTranslation();
  const [{ data, error, fetching }, reload] = useQuery({ query: ArchivePackagesQuery, requestPolicy: 'cache-and-network' });
  const packages = data?.archivePackages ?? [];
  const [notice, setNotice] = useState('');
  const [deliverError, setDeliverError] = useState<CombinedError | undefined>();
  const [, deliver] = useMutation(MarkArchivePackageDeliveredMutation);
  const building = packages.some((p) => p.status === 'queued' || p.status === 'running');

  useEffect(() => {
    if (!building) return undefined;
    const timer = setTimeout(() => reload({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [building, reload, data]);

  const columns = useMemo(() => {
    async function markDelivered(pkg: ArchivePackage) {
      setNotice('');
      const result = await deliver({ id: pkg.id });
      setDeliverError(result.error);
      if (result.data) setNotice(t('archives.delivered', { from: formatDay(pkg.periodFrom, i18n.language), to: formatDay(pkg.periodTo, i18n.language) }));
    }
    return [
      column.accessor((p) => `${formatDay(p.periodFrom, i18n.language)}–${formatDay(p.periodTo, i18n.language)}`, {
        id: 'period',
        header: t('archives.period'),
        cell: (cell) => (cell.row.original.scope === 'everything' ? t('archives.everything') : cell.getValue()),
      }),
      column.accessor('status', { header: t('archives.status'), cell: (cell) => <span data-testid="archive-status">{t(`archives.statuses.${cell.getValue() as 'ready'}`)}</span> }),
      column.accessor('requestedAt', { header: t('archives.requestedAt'), cell: (cell) => formatInstant(cell.getValue(), i18n.language) }),
      column.accessor('sizeBytes', { header: t('archives.size'), cell: (cell) => (cell.getValue() === null ? '–' : t('archives.megabytes', { size: ((cell.getValue() ?? 0) / 1_000_000).toLocaleString(i18n.language, { maximumFractionDigits: 2 }) })) }),
      column.accessor('deliveredAt', {
        header: t('archives.deliveredAt'),
        cell: (cell) => (cell.getValue() ? t('archives.deliveredBy', { at: formatInstant(cell.getValue()!, i18n.language), name: cell.row.original.deliveredByName ?? '' }) : t('archives.notDelivered')),
      }),
      column.display({
        id: 'actions',
        header: () => <span className="visually-hidden">{t('archives.actions')}</span>,
        cell: (cell) => {
          const pkg = cell.row.original;
          if (pkg.status !== 'ready') return null;
          const period = `${formatDay(pkg.periodFrom, i18n.language)}–${formatDay(pkg.periodTo, i18n.language)}`;
          return (
            <div className="row-actions">
              <AuthenticatedDownloads
                formats={['zip'] as const}
                pathOf={() => archivePackagePath(pkg.id)}
                fileNameOf={() => `raadgiver-arkiv-${pkg.periodFrom}-${pkg.periodTo}.zip`}
                labelOf={() => t('archives.download', { period })}
                failedMessage={(status) => t('archives.downloadFailed', { status })}
              />
              {!pkg.deliveredAt && (
                <button type="button" className="button-secondary" onClick={() => void markDelivered(pkg)}>
                  {t('archives.markDelivered', { period })}
                </button>
              )}
            </div>
          );
        },
      }),
    ];
  }, [t, i18n.language, deliver]);

  return (
    <Page title={t('archives.title')} className="archives-page">
      <p>{t('archives.intro')}</p>
      <RequestArchiveForm onRequested={(pkg) => {
        setNotice(t('archives.requested', { from: formatDay(pkg.periodFrom, i18n.language), to: formatDay(pkg.periodTo, i18n.language) }));
        reload({ requestPolicy: 'network-only' });
      }} />
      <p role="status" className="notice">
        {notice}
      </p>
      <ErrorAlert error={error ?? deliverError} />
      <DataTable
        caption={t('archives.listTitle')}
        columns={columns}
        data={packages}
        getRowId={(pkg) => pkg.id}
        sortable={false}
        loading={fetching && packages.length === 0}
        emptyText={t('archives.empty')}
      />
    </Page>
  );
}

function RequestArchiveForm({ onRequested }: { onRequested: (pkg: ArchivePackage) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const form = useSchemaForm(archivePeriodSchema, lastYear());
  const [result, request] = useMutation(RequestArchivePackageMutation);

  async function submit(period: ArchivePeriodFields) {
    return settle(await request({ period }), (data) => onRequested(data.requestArchivePackage));
  }

  return (
    <Form form={form} onSubmit={submit} className="filter-bar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('archives.requestTitle')}</h2>
      <Field name="from" label={t('archives.from')}>
        {(control) => <input {...control} type="date" />}
      </Field>
      <Field name="to" label={t('archives.to')}>
        {(control) => <input {...control} type="date" />}
      </Field>
      <FormFooter submitLabel={t('archives.request')} submitting={result.fetching} />
    </Form>
  );
}
