import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, type CombinedError } from 'urql';
import type { AuditEventsQuery as AuditEventsResult, AuditFilter } from '../gql/graphql';
import { formatInstant } from '../i18n/dates';
import { EMPTY_LIST, appendPage, type LoadedList } from '../inquiries/cursor-list';
import { saveFile } from '../rest/rest-request';
import { DataTable } from '../ui/data-table';
import { Field } from '../ui/field';
import { Form, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { ErrorAlert } from '../ui/error-alert';
import { EMPTY_AUDIT_FILTER, auditFilterOf, auditFilterSchema, type AuditFilterFields } from './audit-filter';
import { citizenIdOf } from './audit-subject';
import { AuditEventsQuery, CitizenAuditExportQuery } from './audit.operations';
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
  const [citizenId, setCitizenId] = useState('');

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
      column.accessor((event) => event.userName ?? t('audit.unknownUser'), { id: 'user', header: t('audit.user') }),
      column.accessor('action', { header: t('audit.action'), cell: (cell) => <code>{cell.getValue()}</code> }),
      column.accessor('subjectType', {
        header: t('audit.subject'),
        cell: ({ row: { original: event } }) => (
          <>
            {event.subjectType}
            {event.subjectId && (
              <>
                {' '}
                <code className="subject-id">{event.subjectId}</code>
              </>
            )}
          </>
        ),
      }),
      column.accessor('details', { header: t('audit.details'), cell: (cell) => <code className="details">{cell.getValue()}</code> }),
      column.display({
        id: 'citizen',
        header: () => <span className="visually-hidden">{t('audit.citizenExport')}</span>,
        cell: (cell) => <CitizenButton citizenId={citizenIdOf(cell.row.original)} onChoose={setCitizenId} />,
      }),
    ],
    [t, i18n.language],
  );

  const input = (name: keyof AuditFilterFields, label: string, type = 'text') => (
    <Field name={name} label={label}>
      {(control) => <input {...control} type={type} />}
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
        {input('from', t('audit.from'), 'date')}
        {input('to', t('audit.to'), 'date')}
        {input('action', t('audit.action'))}
        {input('subjectId', t('audit.subjectId'))}
        <FormFooter submitLabel={t('audit.apply')} submitting={false} />
      </Form>
      <CitizenExport citizenId={citizenId} onCitizenIdChange={setCitizenId} />
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

/** Puts the event's citizen into the export form below, which then has the focus. */
function CitizenButton({ citizenId, onChoose }: { citizenId: string | null; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  if (!citizenId) return null;
  return (
    <button
      type="button"
      onClick={() => {
        onChoose(citizenId);
        // After the re-render that enables the button.
        setTimeout(() => document.getElementById(CITIZEN_EXPORT_ID)?.focus(), 0);
      }}
    >
      {t('audit.chooseCitizen')}
    </button>
  );
}

const CITIZEN_EXPORT_ID = 'citizen-audit-export';

/** Every event about one citizen and their inquiries, as a CSV file (an audited export). */
function CitizenExport({ citizenId, onCitizenIdChange: setCitizenId }: { citizenId: string; onCitizenIdChange: (id: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useClient();
  const [error, setError] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  async function download(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setNotice('');
    const result = await client.query(CitizenAuditExportQuery, { citizenId: citizenId.trim() }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    setError(result.error);
    if (result.data) {
      const csv = result.data.citizenAuditExport;
      saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `log-borger-${citizenId.trim()}.csv`);
      setNotice(t('audit.exported', { count: Math.max(csv.split('\n').filter((line) => line !== '').length - 1, 0) }));
    }
  }

  return (
    <form className="filter-bar" onSubmit={(event) => void download(event)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('audit.citizenExport')}</h2>
      <Field label={t('audit.citizenId')}>
        {(control) => <input {...control} value={citizenId} required onChange={(e) => setCitizenId(e.target.value)} />}
      </Field>
      <div className="form-buttons">
        <button id={CITIZEN_EXPORT_ID} type="submit" className="button-secondary" disabled={busy || citizenId.trim() === ''}>
          {t('audit.exportCitizen')}
        </button>
      </div>
      <ErrorAlert error={error} />
      <p role="status" className="notice">
        {notice}
      </p>
    </form>
  );
}
