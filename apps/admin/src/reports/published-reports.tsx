import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { ReportSummaryFragment } from '../gql/graphql';
import { formatDay } from '../i18n/dates';
import { useRouteQuery } from '../shell/use-route-query';
import { DataTable } from '../ui/data-table';
import { ErrorAlert } from '../ui/error-alert';
import { Page } from '../ui/page';
import { ReportCarryOver } from './report-carry-over';
import { ReportFigures } from './report-figures';
import { NoteDownloads } from './report-follow-up';
import { periodLabel } from './report-format';
import { ReportLifecycle } from './report-section';
import { PublishedReportQuery, ReportsListQuery } from './reports.operations';

const POLL_MS = 2000;
const column = createColumnHelper<ReportSummaryFragment>();

/** The chosen report in the route (`?report=<id>`), so a reload or a shared link opens the same one. */
function chosenReportId(query: string): string | null {
  return new URLSearchParams(query).get('report');
}

/** One published report: its documents, the follow-up note, the figures of its latest version and the follow-up on the report before. */
function PublishedReport({ id }: { id: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [{ data, error }, refetch] = useQuery({ query: PublishedReportQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const report = data?.report;
  const figures = report?.figures;
  const waiting = Boolean(report) && !figures && report?.generation?.status !== 'FAILED';

  // The worker makes a published report's documents when it starts: the figures appear when they are made.
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [waiting, data, refetch]);

  if (!report) return <ErrorAlert error={error} />;
  const note = report.followUpNote;
  return (
    <section aria-labelledby={headingId} className="report-section published-report">
      <h2 id={headingId}>{report.title}</h2>
      <ReportLifecycle key={report.id} id={report.id} isAdvisor={false} />
      <h3>{t('reports.published.followUpNote')}</h3>
      {note?.status === 'READY' ? (
        <div className="form-buttons">
          <NoteDownloads reportId={report.id} version={note.version} />
        </div>
      ) : (
        <p className="muted">{t('reports.published.noNote')}</p>
      )}
      {figures ? <ReportFigures figures={figures} /> : <p aria-busy={waiting}>{waiting ? t('reports.published.figuresComing') : t('reports.published.noFigures')}</p>}
      <ReportCarryOver key={`carry-over-${report.id}`} id={report.id} />
    </section>
  );
}

/**
 * The council viewer's reports page: the municipality's published reports and their follow-up notes, newest first, opening
 * on the newest (or the one in the route), with its figures and its PDF, DOCX and XLSX.
 */
export function PublishedReportsPage() {
  const { t, i18n } = useTranslation();
  const [query, replaceQuery] = useRouteQuery();
  const [{ data, error, fetching }] = useQuery({ query: ReportsListQuery, requestPolicy: 'cache-and-network' });
  const reports = useMemo(() => data?.reports ?? [], [data]);
  const wanted = chosenReportId(query);
  const chosen = reports.find((report) => report.id === wanted) ?? reports[0];
  const chosenId = chosen?.id;

  const columns = useMemo(() => {
    const open = (id: string) => replaceQuery(new URLSearchParams({ report: id }).toString());
    return [
      column.accessor('title', { header: t('reports.published.report'), meta: { rowHeader: true } }),
      column.accessor((report) => periodLabel(report.period, (day) => formatDay(day, i18n.language)), { id: 'period', header: t('reports.period') }),
      column.accessor('publishedAt', {
        header: t('reports.published.publishedAt'),
        cell: (cell) => (cell.getValue() ? formatDay(cell.getValue()!.slice(0, 10), i18n.language) : ''),
      }),
      column.display({
        id: 'open',
        header: () => <span className="visually-hidden">{t('reports.published.open')}</span>,
        cell: ({ row: { original: report } }) =>
          report.id === chosenId ? (
            <span aria-current="true">{t('reports.published.shown')}</span>
          ) : (
            <button type="button" onClick={() => open(report.id)} aria-label={t('reports.published.openNamed', { title: report.title })}>
              {t('reports.published.open')}
            </button>
          ),
      }),
    ];
  }, [t, i18n.language, chosenId, replaceQuery]);

  return (
    <Page title={t('reports.title')} className="reports-page">
      <p>{t('reports.introPublished')}</p>
      <ErrorAlert error={error} />
      <DataTable
        caption={t('reports.published.caption')}
        columns={columns}
        data={reports}
        getRowId={(report) => report.id}
        pageSize={null}
        sortable={false}
        loading={fetching && !data}
        emptyText={t('reports.published.none')}
      />
      {chosen && <PublishedReport key={chosen.id} id={chosen.id} />}
    </Page>
  );
}
