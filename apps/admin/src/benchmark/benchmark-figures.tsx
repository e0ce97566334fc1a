import { MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../reports/echart';
import { reportLanguage, type ReportLanguage } from '../reports/report-format';
import { DataTable } from '../ui/data-table';
import { benchmarkChartDescription, benchmarkChartHeight, benchmarkChartOption, type BenchmarkChartLabels } from './benchmark-chart-options';
import {
  commentsOf,
  FIGURE_GROUPS,
  figureKey,
  figureName,
  figuresByGroup,
  formatValue,
  hasNationalTrend,
  nationalTrendText,
  rankedCount,
  rankedRows,
  rankText,
  trendText,
  type BenchmarkView,
  type FigureGroup,
  type FigureView,
  type RankedRow,
  type TrendLookup,
} from './benchmark-view';

// The report's chart component draws bars; the benchmark adds the national median's line and the quartiles' band.
use([MarkLineComponent, MarkAreaComponent]);

function useChartLabels(language: ReportLanguage): BenchmarkChartLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      median: (value: number) => t('benchmark.median', { value: formatValue(value, language) }),
      quartiles: (lower: number, upper: number) => t('benchmark.quartiles', { lower: formatValue(lower, language), upper: formatValue(upper, language) }),
      own: (name: string) => t('benchmark.own', { name }),
    }),
    [t, language],
  );
}

function NationalLine({ figure, language }: { figure: FigureView; language: ReportLanguage }) {
  const { t } = useTranslation();
  const { national } = figure;
  return (
    <p className="benchmark-national" data-national={national ? formatValue(national.median, language) : ''}>
      {national
        ? t('benchmark.national', {
            median: formatValue(national.median, language),
            lower: formatValue(national.lowerQuartile, language),
            upper: formatValue(national.upperQuartile, language),
            count: national.tenantCount,
          })
        : t('benchmark.noNational')}
    </p>
  );
}

const rankedColumn = createColumnHelper<RankedRow>();

/** The municipalities' values of one figure; a suppressed value reads ".." as in the national files. */
function figureColumns(t: TFunction, rows: RankedRow[], language: ReportLanguage) {
  const ranked = rankedCount(rows);
  return [
    rankedColumn.display({
      id: 'municipality',
      header: t('benchmark.column.municipality'),
      cell: ({ row: { original: row } }) => (row.own ? t('benchmark.own', { name: row.name }) : row.name),
      meta: { rowHeader: true },
    }),
    rankedColumn.display({
      id: 'value',
      header: t('benchmark.column.value'),
      cell: ({ row: { original: row } }) => (
        <>
          {row.text}
          {row.own && row.suppressed && row.value !== null && <span className="hint">{t('benchmark.hiddenFromOthers')}</span>}
        </>
      ),
      meta: { numeric: true, cellAttributes: { 'data-value': '' } },
    }),
    rankedColumn.accessor('count', { header: t('benchmark.column.count'), meta: { numeric: true } }),
    rankedColumn.display({
      id: 'rank',
      header: t('benchmark.column.rank'),
      cell: ({ row: { original: row } }) => rankText(row.rank, ranked, (rank, of) => t('benchmark.rankOf', { rank, ranked: of })),
      meta: { numeric: true },
    }),
    rankedColumn.display({
      id: 'peerMedian',
      header: t('benchmark.column.peerMedian'),
      cell: ({ row: { original: row } }) =>
        row.peerGroup === null || row.peerMedian === null
          ? '–'
          : t('benchmark.peerMedian', { group: t(`benchmark.peerGroup.${row.peerGroup}`), value: formatValue(row.peerMedian, language) }),
    }),
    rankedColumn.display({
      id: 'trend',
      header: t('benchmark.column.trend'),
      cell: ({ row: { original: row } }) => trendText(row.trend, row.own, language),
      meta: { className: 'benchmark-trend' },
    }),
  ];
}

function FigureTable({ figure, rows, language }: { figure: FigureView; rows: RankedRow[]; language: ReportLanguage }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={figureName(figure, language)}
      captionHidden
      className="report-table benchmark-table"
      columns={figureColumns(t, rows, language)}
      data={rows}
      getRowId={(row) => row.tenantId}
      rowClassName={(row) => (row.own ? 'own' : undefined)}
      rowAttributes={(row) => ({ 'data-tenant': row.name })}
      pageSize={null}
      sortable={false}
    />
  );
}

/** One figure: the national median and quartiles, the ranked bar chart of the named municipalities, and the table. */
function FigureCard({ figure, benchmark, trends, language }: { figure: FigureView; benchmark: BenchmarkView; trends: TrendLookup; language: ReportLanguage }) {
  const { t } = useTranslation();
  const labels = useChartLabels(language);
  const rows = useMemo(() => rankedRows(figure, benchmark.tenants, trends, language), [figure, benchmark.tenants, trends, language]);
  const option = useMemo(() => benchmarkChartOption(rows, figure.national, labels), [rows, figure.national, labels]);
  const title = figureName(figure, language);
  const id = `figure-${figureKey(figure).replace(/[^a-z0-9_-]/gi, '-')}`;
  return (
    <figure className="report-chart benchmark-figure" aria-labelledby={`${id}-title`} data-figure={figureKey(figure)}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <NationalLine figure={figure} language={language} />
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">{t('benchmark.noData')}</p>
      ) : (
        <div className="benchmark-figure-body">
          <EChart
            option={option}
            height={benchmarkChartHeight(rows.length)}
            description={benchmarkChartDescription(title, rows, figure.national, labels)}
            className="chart"
          />
          <div className="benchmark-table-wrap">
            <FigureTable figure={figure} rows={rows} language={language} />
          </div>
        </div>
      )}
      {hasNationalTrend(figure.nationalTrend) && <p className="hint">{t('benchmark.nationalTrend', { trend: nationalTrendText(figure.nationalTrend, language) })}</p>}
    </figure>
  );
}

function GroupSection({ group, figures, benchmark, trends, language }: { group: FigureGroup; figures: FigureView[]; benchmark: BenchmarkView; trends: TrendLookup; language: ReportLanguage }) {
  const { t } = useTranslation();
  const hint = t(`benchmark.groupHints.${group}`);
  if (figures.length === 0 && group !== 'areas') return null;
  return (
    <section className="benchmark-group" aria-labelledby={`benchmark-group-${group}`}>
      <h2 id={`benchmark-group-${group}`}>{t(`benchmark.groups.${group}`)}</h2>
      {hint && <p className="hint">{hint}</p>}
      {figures.length === 0 ? (
        <p className="muted">{t('benchmark.noAreas')}</p>
      ) : (
        <div className="benchmark-figures">
          {figures.map((figure) => (
            <FigureCard key={figureKey(figure)} figure={figure} benchmark={benchmark} trends={trends} language={language} />
          ))}
        </div>
      )}
    </section>
  );
}

/** Every figure of the benchmark, grouped: key figures, complaint categories, outcomes and department areas. */
export function BenchmarkFigures({ benchmark, trends }: { benchmark: BenchmarkView; trends: TrendLookup }) {
  const { t, i18n } = useTranslation();
  const language = reportLanguage(i18n.language);
  const groups = figuresByGroup(benchmark.figures);
  return (
    <div className="benchmark-groups">
      <p className="hint">{t('benchmark.suppressedNote')}</p>
      {FIGURE_GROUPS.map((group) => (
        <GroupSection key={group} group={group} figures={groups[group]} benchmark={benchmark} trends={trends} language={language} />
      ))}
    </div>
  );
}

/** The municipalities' comments on the year's figures, beside them. */
export function BenchmarkComments({ comments }: { comments: { tenant: BenchmarkView['tenants'][number]; comment: string }[] }) {
  const { t } = useTranslation();
  return (
    <aside className="benchmark-comments" aria-labelledby="benchmark-comments">
      <h2 id="benchmark-comments">{t('benchmark.comments')}</h2>
      {comments.length === 0 ? (
        <p className="muted">{t('benchmark.noComments')}</p>
      ) : (
        <dl>
          {comments.map(({ tenant, comment }) => (
            <div key={tenant.id} data-tenant={tenant.name}>
              <dt>{tenant.own ? t('benchmark.own', { name: tenant.name }) : tenant.name}</dt>
              <dd className="free-text">{comment}</dd>
            </div>
          ))}
        </dl>
      )}
    </aside>
  );
}

/** The year's figures beside the municipalities' comments, as both benchmark pages show them; a line when there are none. */
export function BenchmarkBody({ benchmark, trends }: { benchmark: BenchmarkView; trends: TrendLookup }) {
  const { t, i18n } = useTranslation();
  if (benchmark.figures.length === 0) return <p className="muted">{t('benchmark.noData')}</p>;
  return (
    <div className="benchmark-layout">
      <BenchmarkFigures benchmark={benchmark} trends={trends} />
      <BenchmarkComments comments={commentsOf(benchmark.tenants, reportLanguage(i18n.language))} />
    </div>
  );
}
