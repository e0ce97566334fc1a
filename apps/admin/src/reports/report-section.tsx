import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useSession } from '../auth/auth-context';
import type { ReportSummaryFragment } from '../gql/graphql';
import { rolesOf } from '../shell/navigation';
import { AuthenticatedDownloads } from '../ui/authenticated-downloads';
import { ErrorAlert } from '../ui/error-alert';
import { defaultReportTitle, DOCUMENT_FORMATS, documentPath, reportActions, reportForPeriod } from './report-lifecycle';
import type { PeriodInputs } from './report-period';
import { ReportCarryOver } from './report-carry-over';
import { ReportContent } from './report-content';
import { ReportFollowUp } from './report-follow-up';
import { CreateReportMutation, GenerateReportMutation, PublishReportMutation, ReportQuery, ReportsListQuery } from './reports.operations';

const POLL_MS = 1000;

function useIsAdvisor(): boolean {
  const { me } = useSession();
  return rolesOf(me).includes('advisor');
}

/** A ready version's documents, fetched with the Bearer token. */
function DownloadButtons({ report }: { report: ReportSummaryFragment }) {
  const { t } = useTranslation();
  const version = report.generation?.version ?? report.currentVersion;
  return (
    <AuthenticatedDownloads
      formats={DOCUMENT_FORMATS}
      pathOf={(format) => documentPath(report.id, version, format)}
      fileNameOf={(format) => `beretning-${report.period.to.slice(0, 4)}-v${version}.${format}`}
      labelOf={(format) => t(`reports.lifecycle.download.${format}`)}
      failedMessage={(status) => t('reports.lifecycle.downloadFailed', { status })}
    />
  );
}

/** One report: its status, generation with progress, downloads and publishing. Polls while the worker generates. */
export function ReportLifecycle({ id, isAdvisor }: { id: string; isAdvisor: boolean }) {
  const { t } = useTranslation();
  const progressId = useId();
  const [{ data, error }, refetch] = useQuery({ query: ReportQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [generating, generate] = useMutation(GenerateReportMutation);
  const [publishing, publish] = useMutation(PublishReportMutation);
  const [actionError, setActionError] = useState<CombinedError | undefined>();
  const [latest, setLatest] = useState<ReportSummaryFragment | null>(null);
  // The mutation's answer is newer than the query's until the query is fetched again.
  const report = latest ?? data?.report;
  const actions = report ? reportActions(report, isAdvisor) : null;
  const polling = Boolean(actions?.generating || report?.generation?.status === 'GENERATING');

  useEffect(() => {
    setLatest(null);
  }, [data]);

  useEffect(() => {
    if (!polling) return;
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [polling, data, latest, refetch]);

  if (!report || !actions) {
    return <ErrorAlert error={error} />;
  }
  const generation = report.generation;

  async function run(mutation: () => Promise<{ data?: Record<string, ReportSummaryFragment> | null; error?: CombinedError }>) {
    setActionError(undefined);
    const result = await mutation();
    setActionError(result.error);
    const next = result.data && Object.values(result.data)[0];
    if (next) setLatest(next);
  }

  return (
    <div className="report-lifecycle">
      <dl className="report-facts">
        <div>
          <dt>{t('reports.lifecycle.titleLabel')}</dt>
          <dd>{report.title}</dd>
        </div>
        <div>
          <dt>{t('reports.lifecycle.status')}</dt>
          <dd data-testid="report-status">{t(`reports.lifecycle.statusName.${report.status}`)}</dd>
        </div>
        {report.currentVersion > 0 && (
          <div>
            <dt>{t('reports.lifecycle.version')}</dt>
            <dd>{report.currentVersion}</dd>
          </div>
        )}
      </dl>
      {generation && (
        <div className="report-progress">
          <label htmlFor={progressId}>{t('reports.lifecycle.progress', { version: generation.version })}</label>
          <progress
            id={progressId}
            max={100}
            value={generation.progress}
            aria-valuetext={t('reports.lifecycle.progressText', { progress: generation.progress })}
          />
          <p className="muted" role="status">
            {generation.status === 'GENERATING'
              ? t('reports.lifecycle.progressText', { progress: generation.progress })
              : t(`reports.lifecycle.generationStatus.${generation.status}`)}
          </p>
          {generation.status === 'FAILED' && (
            <p className="form-error" role="alert">
              {t('reports.lifecycle.failed', { error: generation.error ?? '' })}
            </p>
          )}
        </div>
      )}
      <ErrorAlert error={actionError} />
      <div className="form-buttons">
        {actions.generate && (
          <button type="button" disabled={generating.fetching} aria-busy={generating.fetching} onClick={() => void run(() => generate({ id }))}>
            {t('reports.lifecycle.generate')}
          </button>
        )}
        {actions.download && <DownloadButtons report={report} />}
        {actions.publish && (
          <button type="button" disabled={publishing.fetching} aria-busy={publishing.fetching} onClick={() => void run(() => publish({ id }))}>
            {t('reports.lifecycle.publish')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The report ("beretning") for the chosen period: created, generated by the worker, downloaded and published. */
export function ReportSection({ inputs }: { inputs: PeriodInputs }) {
  const { t } = useTranslation();
  const headingId = useId();
  const isAdvisor = useIsAdvisor();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ReportsListQuery, requestPolicy: 'cache-and-network' });
  const [creating, create] = useMutation(CreateReportMutation);
  const [createError, setCreateError] = useState<CombinedError | undefined>();
  const report = data ? reportForPeriod(data.reports, inputs) : undefined;

  async function createReport() {
    setCreateError(undefined);
    const result = await create({
      input: { title: defaultReportTitle(inputs, t('reports.lifecycle.defaultTitle')), period: inputs.period, comparison: inputs.comparison },
    });
    setCreateError(result.error);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <section aria-labelledby={headingId} className="report-section">
      <h2 id={headingId}>{t('reports.lifecycle.heading')}</h2>
      <ErrorAlert error={error} />
      {report ? (
        <>
          <ReportLifecycle key={report.id} id={report.id} isAdvisor={isAdvisor} />
          {isAdvisor && <ReportContent key={`content-${report.id}`} id={report.id} />}
          {isAdvisor && <ReportFollowUp key={`follow-up-${report.id}`} id={report.id} />}
          <ReportCarryOver key={`carry-over-${report.id}`} id={report.id} />
        </>
      ) : (
        data && (
          <>
            <p>{isAdvisor ? t('reports.lifecycle.none') : t('reports.lifecycle.nonePublished')}</p>
            <ErrorAlert error={createError} />
            {isAdvisor && (
              <div className="form-buttons">
                <button type="button" disabled={creating.fetching || fetching} aria-busy={creating.fetching} onClick={() => void createReport()}>
                  {t('reports.lifecycle.create')}
                </button>
              </div>
            )}
          </>
        )
      )}
    </section>
  );
}
