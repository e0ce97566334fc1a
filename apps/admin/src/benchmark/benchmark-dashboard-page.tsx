import './benchmark.css';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/auth-context';
import { reportLanguage, type ReportLanguage } from '../reports/report-format';
import { rolesOf } from '../shell/navigation';
import { useRouteQuery } from '../shell/use-route-query';
import { Page } from '../ui/page';
import { AuthenticatedDownloads } from '../ui/authenticated-downloads';
import { BenchmarkBody } from './benchmark-figures';
import { BenchmarkDashboardQuery, BenchmarkDashboardTrendsQuery } from './benchmark.operations';
import { BenchmarkSettings } from './benchmark-settings';
import { BenchmarkToolbar, ProvisionalNotice } from './benchmark-toolbar';
import { useCompleteYearFirst } from './use-complete-year-first';
import {
  cellText,
  DOWNLOAD_FORMATS,
  downloadPath,
  figureKey,
  figureName,
  figuresByGroup,
  formatValue,
  funnelLookup,
  trendLookup,
  yearFromQuery,
  type BenchmarkView,
} from './benchmark-view';

/** The year's files with the Bearer token, so they hold the own municipality's unsuppressed figures too. */
function DownloadButtons({ year }: { year: number }) {
  const { t } = useTranslation();
  return (
    <AuthenticatedDownloads
      formats={DOWNLOAD_FORMATS}
      pathOf={(format) => downloadPath(year, format)}
      fileNameOf={(format) => `benchmark-${year}.${format}`}
      labelOf={(format) => t(`benchmark.download.${format}`)}
      failedMessage={(status) => t('benchmark.downloadFailed', { status })}
    />
  );
}

/** The own municipality's key figures, unsuppressed, each beside the national median. */
function OwnFigures({ benchmark, language }: { benchmark: BenchmarkView; language: ReportLanguage }) {
  const { t } = useTranslation();
  const own = benchmark.tenants.find((tenant) => tenant.own);
  if (!own) return null;
  const figures = figuresByGroup(benchmark.figures).overall;
  return (
    <section className="benchmark-own" aria-labelledby="benchmark-own">
      <h2 id="benchmark-own">{t('benchmark.ownFigures', { year: benchmark.year })}</h2>
      <p className="hint">{t('benchmark.ownFiguresHint')}</p>
      <dl>
        {figures.map((figure) => {
          const cell = figure.values.find((value) => value.own);
          return (
            <div key={figureKey(figure)} data-figure={figureKey(figure)}>
              <dt>{figureName(figure, language)}</dt>
              <dd>
                <span className="own-value">{cell ? cellText(cell, language) : '–'}</span>
                <span className="hint">
                  {figure.national ? t('benchmark.againstMedian', { median: formatValue(figure.national.median, language) }) : t('benchmark.noMedian')}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

/**
 * The logged-in benchmark (`#/benchmark`): the public figures with the own municipality highlighted and its
 * unsuppressed figures beside the national ones; for the tenant admin, the benchmark settings.
 */
export function BenchmarkDashboardPage() {
  const { t, i18n } = useTranslation();
  const language = reportLanguage(i18n.language);
  const { me } = useSession();
  const isTenantAdmin = rolesOf(me).includes('tenant_admin');
  const [query, replaceQuery] = useRouteQuery();
  const year = yearFromQuery(query);
  const [result, reexecute] = useQuery({ query: BenchmarkDashboardQuery, variables: { year } });
  const [trendResult] = useQuery({ query: BenchmarkDashboardTrendsQuery, variables: { year } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const dashboard = result.data?.benchmarkDashboard;
  const benchmark = useCompleteYearFirst(year, dashboard?.benchmark, replaceQuery);
  const trends = useMemo(() => trendLookup(trendResult.data?.benchmarkDashboard.benchmark, benchmark?.year ?? 0), [trendResult.data, benchmark?.year]);
  const funnels = useMemo(() => funnelLookup(trendResult.data?.benchmarkDashboard.benchmark, benchmark?.year ?? 0), [trendResult.data, benchmark?.year]);
  return (
    <Page title={t('benchmark.dashboardTitle')}>
      <p className="benchmark-intro">{t('benchmark.dashboardIntro')}</p>
      {result.fetching && !benchmark && <p aria-busy="true">{t('benchmark.loading')}</p>}
      {result.error && !benchmark && (
        <p className="form-error" role="alert">
          {result.error.graphQLErrors[0]?.message ?? t('common.networkError')}
        </p>
      )}
      {dashboard && benchmark && (
        <>
          <BenchmarkToolbar
            year={benchmark.year}
            years={benchmark.years}
            onYear={(year) => replaceQuery(`year=${year}`)}
            downloads={<DownloadButtons year={benchmark.year} />}
          />
          <ProvisionalNotice year={benchmark.year} updatedAt={benchmark.updatedAt} />
          <OwnFigures benchmark={benchmark} language={language} />
          {isTenantAdmin && <BenchmarkSettings dashboard={dashboard} onChanged={refresh} />}
          <BenchmarkBody benchmark={benchmark} trends={trends} funnels={funnels} />
        </>
      )}
    </Page>
  );
}
