import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedError, useQuery } from 'urql';
import type { ImportJobQuery as ImportJobResult } from '../gql/graphql';
import { refusalOf, useRestRequest } from '../rest/rest-request';
import { DataTable } from '../ui/data-table';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { Page } from '../ui/page';
import { EMPTY_IMPORT, importSchema, type ImportFields } from './import-form.schema';
import { importProgress } from './import-progress';
import { ImportHistory, IMPORT_PAGE_SIZE, importJobsOf } from './import-history';
import { ImportJobQuery, ImportJobsQuery } from './imports.operations';
import { useCursorList } from '../graphql/use-cursor-list';

const POLL_MS = 500;

type ImportProblem = NonNullable<ImportJobResult['importJob']>['errors'][number];
const errorColumn = createColumnHelper<ImportProblem>();

/** Uploads a spreadsheet of historical registrations; the worker imports it whole or not at all. */
export function ImportPage() {
  const { t } = useTranslation();
  const id = useId();
  const request = useRestRequest();
  const schema = useMemo(() => importSchema(t('imports.fileRequired')), [t]);
  const form = useSchemaForm(schema, EMPTY_IMPORT);
  const [jobId, setJobId] = useState<string | null>(null);
  const history = useCursorList(ImportJobsQuery, importJobsOf, IMPORT_PAGE_SIZE);
  const submitting = form.formState.isSubmitting;

  async function upload({ file, createMissing }: ImportFields): Promise<CombinedError | undefined> {
    const body = new FormData();
    body.set('file', file);
    body.set('createMissing', createMissing ? 'true' : 'false');
    setJobId(null);
    try {
      const response = await request('/imports/inquiries', { method: 'POST', body });
      if (!response.ok) return await refusalOf(response, t('imports.failed', { status: response.status }));
      setJobId(((await response.json()) as { importJobId: string }).importJobId);
      return undefined;
    } catch (error) {
      return new CombinedError({ networkError: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  return (
    <Page title={t('imports.title')} className="import-page">
      <p>{t('imports.intro')}</p>
      <Form form={form} onSubmit={upload} className="narrow-form" aria-label={t('imports.title')}>
        <Field name="file" label={t('imports.file')}>
          {(control) => <input {...control} type="file" accept=".csv,.xlsx,text/csv" />}
        </Field>
        <div className="checkbox">
          <input id={`${id}-create`} type="checkbox" {...form.register('createMissing')} />
          <label htmlFor={`${id}-create`}>{t('imports.createMissing')}</label>
        </div>
        <FormFooter submitLabel={submitting ? t('imports.uploading') : t('imports.upload')} submitting={submitting} />
      </Form>
      {jobId && <ImportJobStatus key={jobId} jobId={jobId} onFinished={history.reload} />}
      <ImportHistory jobs={history} />
    </Page>
  );
}

/** Polls the job until the worker has finished with it; then the list of imports shows it as it ended. */
function ImportJobStatus({ jobId, onFinished }: { jobId: string; onFinished: () => void }) {
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

  const finished = progress?.finished ?? false;
  useEffect(() => {
    if (finished) onFinished();
    // Once per job: the list is reloaded when the job ends, not whenever the list changes.
  }, [finished]);
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
