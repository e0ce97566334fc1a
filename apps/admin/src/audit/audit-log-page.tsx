import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery, type CombinedError } from 'urql';
import { AUDIT_ACTIONS, auditActionName, auditSentence } from '@raadgiver/domain';
import { z } from 'zod';
import type { AuditEventsQuery as AuditEventsResult, AuditFilter } from '../gql/graphql';
import { formatInstant } from '../i18n/dates';
import { EMPTY_LIST, appendPage, type LoadedList } from '../inquiries/cursor-list';
import { saveFile } from '../rest/rest-request';
import { DataTable } from '../ui/data-table';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { ErrorAlert } from '../ui/error-alert';
import { AuthenticatedDownloads } from '../ui/authenticated-downloads';
import { reportLanguage } from '../reports/report-format';
import { AUDIT_EXPORT_FORMATS, EMPTY_AUDIT_FILTER, auditExportPath, auditFilterOf, auditFilterSchema } from './audit-filter';
import { citizenIdOf } from './audit-subject';
import { AuditEventsQuery, AuditUsersQuery, CitizenAuditExportQuery } from './audit.operations';
import { Page } from '../ui/page';

type AuditEvent = AuditEventsResult['auditEvents']['edges'][number]['node'];
const PAGE_SIZE = 100;
const column = createColumnHelper<AuditEvent>();

/** The tenant admin's view of who read or changed which personal data, newest first. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const filterForm = useSchemaForm(auditFilterSchema, EMPTY_AUDIT_FILTER);
  const [filter, setFilter] = useState<AuditFilter>({});
  const [list, setList] = useState<LoadedList<AuditEvent>>(EMPTY_LIST);
  const [fetching, setFetching] = useState(true);
  const [error, setError] = useState<CombinedError | undefined>();
  const exportForm = useCitizenExportForm();
  const exportRef = useRef<HTMLFormElement>(null);
  const [{ data: usersData }] = useQuery({ query: AuditUsersQuery });
  const language = reportLanguage(i18n.language);
  // An event's citizen: the log filtered to them, and the export form below filled in, its button focused (after the
  // re-render that shows the value).
  const chooseCitizen = useCallback(
    (citizenId: string) => {
      const fields = { ...filterForm.getValues(), citizenId };
      filterForm.reset(fields);
      setFilter(auditFilterOf(fields));
      exportForm.reset({ citizenId });
      setTimeout(() => exportRef.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus(), 0);
    },
    [exportForm, filterForm],
  );

  const load = useCallback(
    async (after: string | null, base: LoadedList<AuditEvent>) => {
      setFetching(true);
      const result = await client.query(AuditEventsQuery, { filter, first: PAGE_SIZE, after }, { requestPolicy: 'network-only' }).toPromise();
      setFetching(false);
      setError(result.error);
      if (result.data) setList(appendPage(base, result.data.auditEvents));
    },
    [client, filter],
  );

  useEffect(() => {
    void load(null, EMPTY_LIST);
  }, [load]);

  const columns = useMemo(
    () => [
      column.accessor('occurredAt', { header: t('audit.occurredAt'), cell: (cell) => formatInstant(cell.getValue(), i18n.language) }),
      column.accessor((event) => auditSentence(event, language), { id: 'event', header: t('audit.event'), cell: (cell) => <span data-testid="audit-sentence">{cell.getValue()}</span> }),
      column.display({
        id: 'citizen',
        header: () => <span className="visually-hidden">{t('audit.citizenExport')}</span>,
        cell: (cell) => <CitizenButton citizenId={citizenIdOf(cell.row.original)} onChoose={chooseCitizen} />,
      }),
    ],
    [t, i18n.language, language, chooseCitizen],
  );

  const dateInput = (name: 'from' | 'to', label: string) => (
    <Field name={name} label={label} optional>
      {(control) => <input {...control} type="date" />}
    </Field>
  );

  return (
    <Page title={t('audit.title')} className="audit-page">
      <Form
        form={filterForm}
        className="filter-bar"
        role="search"
        aria-label={t('audit.title')}
        onSubmit={(fields) => {
          setFilter(auditFilterOf(fields));
          return Promise.resolve(undefined);
        }}
      >
        {dateInput('from', t('audit.from'))}
        {dateInput('to', t('audit.to'))}
        <Field name="userId" label={t('audit.user')} optional>
          {(control) => (
            <select {...control}>
              <option value="">{t('audit.anyUser')}</option>
              {(usersData?.tenantUsers ?? []).map((user) => (
                <option key={user.id} value={user.id}>
                  {user.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="action" label={t('audit.action')} optional>
          {(control) => (
            <select {...control}>
              <option value="">{t('audit.anyAction')}</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {auditActionName(action, language)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="citizenId" label={t('audit.citizenId')} hint={t('audit.citizenHint')} optional>
          {(control) => <input {...control} />}
        </Field>
        <FormFooter submitLabel={t('audit.apply')} submitting={false} />
      </Form>
      <div className="form-buttons audit-exports">
        <AuthenticatedDownloads
          formats={AUDIT_EXPORT_FORMATS}
          pathOf={(format) => auditExportPath(format, filter)}
          fileNameOf={(format) => `log.${format}`}
          labelOf={(format) => t(`audit.export.${format}`)}
          failedMessage={(status) => t('audit.exportFailed', { status })}
        />
      </div>
      <CitizenExport form={exportForm} formRef={exportRef} />
      <ErrorAlert error={error} />
      <DataTable
        caption={t('audit.title')}
        captionHidden
        columns={columns}
        data={list.nodes}
        getRowId={(event) => event.id}
        pageKey={JSON.stringify(filter)}
        sortable={false}
        loading={fetching}
        emptyText={t('audit.empty')}
        footer={
          list.hasNextPage && (
            <button type="button" disabled={fetching} onClick={() => void load(list.endCursor, list)}>
              {t('inquiries.showMore')}
            </button>
          )
        }
      />
    </Page>
  );
}

/** Puts the event's citizen into the export form below, whose button then has the focus. */
function CitizenButton({ citizenId, onChoose }: { citizenId: string | null; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  if (!citizenId) return null;
  return (
    <button type="button" onClick={() => onChoose(citizenId)}>
      {t('audit.chooseCitizen')}
    </button>
  );
}

const citizenExportSchema = z.object({ citizenId: z.string().trim().min(1) });

/** Every event about one citizen and their inquiries, as a CSV file (an audited export). */
function CitizenExport({ form, formRef }: { form: ReturnType<typeof useCitizenExportForm>; formRef: RefObject<HTMLFormElement | null> }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useClient();
  const [notice, setNotice] = useState('');

  async function download({ citizenId }: z.output<typeof citizenExportSchema>) {
    setNotice('');
    const result = await client.query(CitizenAuditExportQuery, { citizenId }, { requestPolicy: 'network-only' }).toPromise();
    return settle(result, (data) => {
      const csv = data.citizenAuditExport;
      saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `log-borger-${citizenId}.csv`);
      setNotice(t('audit.exported', { count: Math.max(csv.split('\n').filter((line) => line !== '').length - 1, 0) }));
    });
  }

  return (
    <Form form={form} ref={formRef} className="filter-bar" onSubmit={download} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('audit.citizenExport')}</h2>
      <Field name="citizenId" label={t('audit.citizenId')}>
        {(control) => <input {...control} />}
      </Field>
      <FormFooter submitLabel={t('audit.exportCitizen')} submitting={form.formState.isSubmitting} />
      <CitizenInsight citizenId={form.watch('citizenId').trim()} />
      <p role="status" className="notice">
        {notice}
      </p>
    </Form>
  );
}

const INSIGHT_FORMATS = ['json', 'pdf'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Everything held about the citizen (GDPR Article 15), as JSON or PDF: an audited download, offered once an id is filled in. */
function CitizenInsight({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  if (!UUID.test(citizenId)) return null;
  return (
    <div className="form-buttons citizen-insight">
      <p className="hint">{t('audit.insightHint')}</p>
      <AuthenticatedDownloads
        formats={INSIGHT_FORMATS}
        pathOf={(format) => `/citizens/${encodeURIComponent(citizenId)}/insight.${format}`}
        fileNameOf={(format) => `indsigt-${citizenId}.${format}`}
        labelOf={(format) => t(`audit.insight.${format}`)}
        failedMessage={(status) => t('audit.insightFailed', { status })}
      />
    </div>
  );
}

function useCitizenExportForm() {
  return useSchemaForm(citizenExportSchema, { citizenId: '' });
}
