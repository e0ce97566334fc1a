import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { ImportJobQuery as ImportJobResult } from '../gql/graphql';
import { useRestRequest } from '../rest/rest-request';
import { ErrorAlert } from '../ui/error-alert';
import { importProgress } from './import-progress';
import { ImportJobQuery } from './imports.operations';
import { DataTable } from '../ui/data-table';
import { Page } from '../ui/page';

const POLL_MS = 500;

type ImportProblem = NonNullable<ImportJobResult['importJob']>['errors'][number];
const errorColumn = createColumnHelper<ImportProblem>();

/** Uploads a spreadsheet of historical registrations; the worker imports it whole or not at all. */
export function ImportPage() {
  const { t } = useTranslation();
  const id = useId();
  const request = useRestRequest();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = new FormData();
    body.set('file', form.get('file') as File);
    body.set('createMissing', form.get('createMissing') ? 'true' : 'false');
    setBusy(true);
    setFailure('');
    setJobId(null);
    try {
      const response = await request('/imports/inquiries', { method: 'POST', body });
      if (!response.ok) {
        const problem = (await response.json().catch(() => null)) as { message?: string } | null;
        setFailure(problem?.message ?? t('imports.failed', { status: response.status }));
        return;
      }
      setJobId(((await response.json()) as { importJobId: string }).importJobId);
    } catch {
      setFailure(t('common.networkError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('imports.title')} className="import-page">
      <p>{t('imports.intro')}</p>
      <form onSubmit={(event) => void upload(event)} className="narrow-form">
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('imports.file')}</label>
          <input id={`${id}-file`} name="file" type="file" accept=".csv,.xlsx,text/csv" required />
        </div>
        <div className="checkbox">
          <input id={`${id}-create`} name="createMissing" type="checkbox" />
          <label htmlFor={`${id}-create`}>{t('imports.createMissing')}</label>
        </div>
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('imports.uploading') : t('imports.upload')}
          </button>
        </div>
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
      </form>
      {jobId && <ImportJobStatus key={jobId} jobId={jobId} />}
    </Page>
  );
}

/** Polls the job until the worker has finished with it. */
function ImportJobStatus({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [{ data, error }, refetch] = useQuery({ query: ImportJobQuery, variables: { id: jobId }, requestPolicy: 'network-only' });
  const job = data?.importJob;
  const progress = job ? importProgress(job) : null;
  const errorColumns = useMemo(
    () => [
      errorColumn.accessor('row', { header: t('imports.row'), meta: { numeric: true } }),
      errorColumn.accessor((problem) => problem.column ?? '', { id: 'column', header: t('imports.column') }),
      errorColumn.accessor('reason', { header: t('imports.reason') }),
    ],
    [t],
  );

  useEffect(() => {
    if (progress?.finished) return;
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [progress?.finished, data, error, refetch]);

  if (!job || !progress) return <ErrorAlert error={error} />;

  return (
    <section className="import-progress" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{job.fileName}</h2>
      <label htmlFor={`${id}-progress`}>{t('imports.progress')}</label>
      <progress
        id={`${id}-progress`}
        max={100}
        value={progress.percent ?? undefined}
        aria-valuetext={job.totalRows ? t('imports.progressText', { processed: job.processedRows, total: job.totalRows }) : undefined}
      />
      <p className="muted">
        {job.totalRows ? t('imports.progressText', { processed: job.processedRows, total: job.totalRows }) : t('imports.status', { status: job.status })}
      </p>
      <div role="status">
        {progress.succeeded && <p className="notice">{t('imports.done', { inserted: job.insertedRows, skipped: job.skippedRows })}</p>}
        {progress.finished && !progress.succeeded && <p className="form-error">{t('imports.rejected', { count: job.errorCount })}</p>}
      </div>
      {job.errors.length > 0 && (
        <DataTable
          caption={t('imports.errors')}
          columns={errorColumns}
          data={job.errors}
        />
      )}
      {job.errorCount > job.errors.length && <p className="muted">{t('imports.errorsShown', { shown: job.errors.length, count: job.errorCount })}</p>}
    </section>
  );
}
