import './benchmark.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/language-switch';
import { useRouteQuery } from '../shell/use-route-query';
import { BenchmarkBody } from './benchmark-figures';
import { BenchmarkToolbar, ProvisionalNotice } from './benchmark-toolbar';
import { DOWNLOAD_FORMATS, downloadPath, funnelLookup, trendLookup, yearFromQuery } from './benchmark-view';
import { usePublicBenchmark } from './use-public-benchmark';
import { hrefTo } from '../shell/app-paths';

/**
 * The published national benchmark, shown without login (`#/benchmark`): the opted-in municipalities' figures
 * with small numbers as "..", the national median and quartiles, their comments, and the files to download. It
 * reads the API's cacheable public files (usePublicBenchmark), not GraphQL.
 */
export function PublicBenchmarkPage() {
  const { t } = useTranslation();
  const [query, replaceQuery] = useRouteQuery();
  const state = usePublicBenchmark(yearFromQuery(query));
  const benchmark = state.status === 'ready' ? state.benchmark : undefined;
  const trends = useMemo(() => trendLookup(benchmark, benchmark?.year ?? 0), [benchmark]);
  const funnels = useMemo(() => funnelLookup(benchmark, benchmark?.year ?? 0), [benchmark]);
  const shownYear = benchmark?.year ?? (state.status === 'none' ? state.year : null);
  const years = state.status === 'ready' || state.status === 'none' ? (state.index?.years ?? []) : [];
  return (
    <div className="public-benchmark">
      <header className="app-header">
        <span className="brand">Raadgiver</span>
        <span className="spacer" />
        <LanguageSwitch />
        <a href={hrefTo('/')}>{t('benchmark.logIn')}</a>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <h1>{t('benchmark.title')}</h1>
        <p className="benchmark-intro">{t('benchmark.intro')}</p>
        {state.status === 'loading' && <p aria-busy="true">{t('benchmark.loading')}</p>}
        {state.status === 'failed' && (
          <p className="form-error" role="alert">
            {t('common.networkError')}
          </p>
        )}
        {shownYear !== null && (
          <BenchmarkToolbar
            year={shownYear}
            years={years}
            onYear={(year) => replaceQuery(`year=${year}`)}
            downloads={DOWNLOAD_FORMATS.map((format) => (
              <a key={format} className="button-link" href={downloadPath(shownYear, format)} download>
                {t(`benchmark.download.${format}`)}
              </a>
            ))}
          />
        )}
        {state.status === 'none' && <p className="muted">{t('benchmark.noData')}</p>}
        {benchmark && (
          <>
            <ProvisionalNotice year={benchmark.year} updatedAt={benchmark.updatedAt} />
            <BenchmarkBody benchmark={benchmark} trends={trends} funnels={funnels} />
          </>
        )}
      </main>
    </div>
  );
}
