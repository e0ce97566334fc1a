import './benchmark.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LanguageSwitch } from '../i18n/language-switch';
import { useRouteQuery } from '../shell/use-route-query';
import { BenchmarkBody } from './benchmark-figures';
import { PublicBenchmarkQuery, PublicBenchmarkTrendsQuery } from './benchmark.operations';
import { BenchmarkToolbar, ProvisionalNotice } from './benchmark-toolbar';
import { useCompleteYearFirst } from './use-complete-year-first';
import { DOWNLOAD_FORMATS, downloadPath, funnelLookup, trendLookup, yearFromQuery } from './benchmark-view';
import { hrefTo } from '../shell/app-paths';

/**
 * The published national benchmark, shown without login (`#/benchmark`): the opted-in municipalities' figures
 * with small numbers as "..", the national median and quartiles, their comments, and the files to download.
 */
export function PublicBenchmarkPage() {
  const { t } = useTranslation();
  const [query, replaceQuery] = useRouteQuery();
  const year = yearFromQuery(query);
  const [result] = useQuery({ query: PublicBenchmarkQuery, variables: { year } });
  const [trendResult] = useQuery({ query: PublicBenchmarkTrendsQuery, variables: { year } });
  const benchmark = useCompleteYearFirst(year, result.data?.publicBenchmark, replaceQuery);
  const trends = useMemo(() => trendLookup(trendResult.data?.publicBenchmark, benchmark?.year ?? 0), [trendResult.data, benchmark?.year]);
  const funnels = useMemo(() => funnelLookup(trendResult.data?.publicBenchmark, benchmark?.year ?? 0), [trendResult.data, benchmark?.year]);
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
        {result.fetching && !benchmark && <p aria-busy="true">{t('benchmark.loading')}</p>}
        {result.error && !benchmark && (
          <p className="form-error" role="alert">
            {t('common.networkError')}
          </p>
        )}
        {benchmark && (
          <>
            <BenchmarkToolbar
              year={benchmark.year}
              years={benchmark.years}
              onYear={(year) => replaceQuery(`year=${year}`)}
              downloads={DOWNLOAD_FORMATS.map((format) => (
                <a key={format} className="button-link" href={downloadPath(benchmark.year, format)} download>
                  {t(`benchmark.download.${format}`)}
                </a>
              ))}
            />
            <ProvisionalNotice year={benchmark.year} today={new Date()} />
            <BenchmarkBody benchmark={benchmark} trends={trends} funnels={funnels} />
          </>
        )}
      </main>
    </div>
  );
}
