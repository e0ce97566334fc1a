import { MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../reports/echart';
import { reportLanguage, type ReportLanguage } from '../reports/report-format';
import { DataTable } from '../ui/data-table';
import { BENCHMARK_DIRECTION, directionText } from '@raadgiver/domain';
import { bandMax, ComparabilityMark, QuartileBand, Sparkline, useReasonTooltip } from './benchmark-marks';
import { FunnelPlot } from './benchmark-funnel';
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
  rankedRows,
  rollingWindow,
  sparklineValues,
  trendText,
  type BenchmarkView,
  type FigureGroup,
  type FigureView,
  type FunnelLookup,
  type FunnelView,
  type RankedRow,
  type TenantView,
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
      number: (value: number) => formatValue(value, language),
    }),
    [t, language],
  );
}

function NationalLine({ figure, language }: { figure: FigureView; language: ReportLanguage }) {
  const { t } = useTranslation();
  const { national } = figure;
  if (!national) return null;
  return (
    <p className="benchmark-national" data-national={formatValue(national.median, language)}>
      {t('benchmark.national', {
        median: formatValue(national.median, language),
        lower: formatValue(national.lowerQuartile, language),
        upper: formatValue(national.upperQuartile, language),
        count: national.tenantCount,
      })}
    </p>
  );
}

const rankedColumn = createColumnHelper<RankedRow>();

/** The municipalities' values of one figure; a suppressed value reads ".." as in the national files. */
function figureColumns(t: TFunction, language: ReportLanguage, rollingYears: string | null) {
  const rolling = rollingYears
    ? [rankedColumn.accessor('rolling', { header: t('benchmark.column.rolling', { years: rollingYears }), meta: { numeric: true, cellAttributes: { 'data-rolling': '' } } })]
    : [];
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
          <ComparabilityMark reasons={row.comparability} language={language} />
          {row.own && row.suppressed && row.value !== null && <span className="hint">{t('benchmark.hiddenFromOthers')}</span>}
        </>
      ),
      meta: { numeric: true, cellAttributes: { 'data-value': '' } },
    }),
    rankedColumn.accessor('count', { header: t('benchmark.column.count'), meta: { numeric: true } }),
    ...rolling,
    rankedColumn.accessor('position', { header: t('benchmark.column.position'), meta: { cellAttributes: { 'data-position': '' } } }),
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
  // The same cell renderers across renders: new ones would remount the cells, and a focused mark would lose focus
  // when the line above it re-renders (its own reason's tooltip opening or closing).
  const columns = useMemo(() => figureColumns(t, language, rollingWindow(figure)), [t, language, figure]);
  return (
    <DataTable
      caption={figureName(figure, language)}
      captionHidden
      className="report-table benchmark-table"
      columns={columns}
      data={rows}
      getRowId={(row) => row.tenantId}
      rowClassName={(row) => (row.own ? 'own' : undefined)}
      rowAttributes={(row) => ({ 'data-tenant': row.name })}
      pageSize={null}
      sortable={false}
    />
  );
}

/** An opened figure: the national median and quartiles, the direction, the bar chart and its table, the funnels. */
function FigureDetails({ figure, rows, funnels, benchmark, language }: { figure: FigureView; rows: RankedRow[]; funnels: readonly FunnelView[]; benchmark: BenchmarkView; language: ReportLanguage }) {
  const { t } = useTranslation();
  const labels = useChartLabels(language);
  const option = useMemo(() => benchmarkChartOption(rows, figure.national, labels), [rows, figure.national, labels]);
  const title = figureName(figure, language);
  return (
    <div className="benchmark-figure-body">
      <NationalLine figure={figure} language={language} />
      <p className="hint" data-direction={BENCHMARK_DIRECTION[figure.metric]}>{directionText(figure.metric, language)}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('benchmark.noData')}</p>
      ) : (
        <>
          <EChart option={option} height={benchmarkChartHeight(rows.length)} description={benchmarkChartDescription(title, rows, figure.national, labels)} className="chart benchmark-bars" />
          <FigureTable figure={figure} rows={rows} language={language} />
        </>
      )}
      {hasNationalTrend(figure.nationalTrend) && <p className="hint">{t('benchmark.nationalTrend', { trend: nationalTrendText(figure.nationalTrend, language) })}</p>}
      {funnels.length > 0 && <p className="hint">{t('benchmark.funnel.intro')}</p>}
      {funnels.map((funnel) => (
        <FunnelPlot key={funnel.kind} funnel={funnel} tenants={benchmark.tenants} language={language} />
      ))}
    </div>
  );
}

/**
 * One figure as a line of the overview: the chosen municipality's value, the national median, where the value lies
 * (a band and words with a direction), the peer group's median and the trend; opened, the chart and the table. The
 * chart is drawn only when opened, so the closed overview stays light.
 */
function FigureRow({ figure, benchmark, trends, funnels, shownTenant, language }: { figure: FigureView; benchmark: BenchmarkView; trends: TrendLookup; funnels: FunnelLookup; shownTenant: string | null; language: ReportLanguage }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rows = useMemo(() => rankedRows(figure, benchmark.tenants, trends, language), [figure, benchmark.tenants, trends, language]);
  const row = rows.find((candidate) => candidate.tenantId === shownTenant) ?? null;
  const title = figureName(figure, language);
  const id = `figure-${figureKey(figure).replace(/[^a-z0-9_-]/gi, '-')}`;
  const national = figure.national;
  const spark = row ? sparklineValues(row.trend, row.own) : [];
  // The line itself is what the keyboard reaches: a <summary> may hold no control of its own.
  const reasonTooltip = useReasonTooltip({ keyboardFocusOnly: true });
  const marked = row !== null && row.comparability.length > 0;
  return (
    <details className="benchmark-figure" data-figure={figureKey(figure)} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary {...(marked ? reasonTooltip.trigger : {})}>
        <h3 id={`${id}-title`} className="benchmark-figure-name">{title}</h3>
        <span className="benchmark-cell benchmark-own-value" data-overview-value="">
          {row ? t('benchmark.overview.value', { name: row.name, value: row.text }) : '–'}
          {row && <ComparabilityMark reasons={row.comparability} language={language} tooltip={reasonTooltip} />}
        </span>
        <span className="benchmark-cell" data-overview-median="">
          {t('benchmark.overview.median', { value: national ? formatValue(national.median, language) : '–' })}
        </span>
        <span className="benchmark-cell benchmark-position">
          {national && <QuartileBand value={row?.value ?? null} national={national} max={bandMax(row?.value ?? null, national)} />}
          <span data-overview-position="">{row ? row.position : '–'}</span>
        </span>
        <span className="benchmark-cell">
          {row?.peerGroup && row.peerMedian !== null
            ? t('benchmark.overview.peer', { group: t(`benchmark.peerGroup.${row.peerGroup}`), value: formatValue(row.peerMedian, language) })
            : t('benchmark.overview.noPeer')}
        </span>
        <span className="benchmark-cell benchmark-spark">
          <Sparkline points={spark} />
          {row && row.trend.length > 0 && <span className="visually-hidden">{t('benchmark.overview.trend', { trend: trendText(row.trend, row.own, language) })}</span>}
        </span>
      </summary>
      {open && <FigureDetails figure={figure} rows={rows} funnels={funnels.get(figureKey(figure)) ?? []} benchmark={benchmark} language={language} />}
    </details>
  );
}

function GroupSection({ group, figures, benchmark, trends, funnels, shownTenant, language }: { group: FigureGroup; figures: FigureView[]; benchmark: BenchmarkView; trends: TrendLookup; funnels: FunnelLookup; shownTenant: string | null; language: ReportLanguage }) {
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
            <FigureRow key={figureKey(figure)} figure={figure} benchmark={benchmark} trends={trends} funnels={funnels} shownTenant={shownTenant} language={language} />
          ))}
        </div>
      )}
    </section>
  );
}

/** What "..", "–" and the mark of a value not fully comparable mean, said once for the whole page, and how a line of the overview reads. */
function Legend() {
  const { t } = useTranslation();
  return (
    <section className="benchmark-legend" aria-labelledby="benchmark-legend">
      <h2 id="benchmark-legend">{t('benchmark.legendTitle')}</h2>
      <p>{t('benchmark.legendOverview')}</p>
      <p data-legend="suppressed">{t('benchmark.legendSuppressed')}</p>
      <p data-legend="missing">{t('benchmark.legendMissing')}</p>
      <p data-legend="rolling">{t('benchmark.legendRolling')}</p>
      <p data-legend="comparability">{t('benchmark.legendComparability')}</p>
    </section>
  );
}

/** The municipality whose values the overview's lines show: the own one when logged in, else the first by name. */
function ShownMunicipality({ tenants, value, onChange, language }: { tenants: readonly TenantView[]; value: string | null; onChange: (id: string) => void; language: ReportLanguage }) {
  const { t } = useTranslation();
  const id = useId();
  if (tenants.length === 0) return null;
  return (
    <div className="field benchmark-shown">
      <label htmlFor={id}>{t('benchmark.shownMunicipality')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value)}>
        {[...tenants]
          .sort((a, b) => a.name.localeCompare(b.name, language === 'da' ? 'da-DK' : 'en-GB'))
          .map((tenant) => (
            <option key={tenant.id} value={tenant.id}>
              {tenant.own ? t('benchmark.own', { name: tenant.name }) : tenant.name}
            </option>
          ))}
      </select>
    </div>
  );
}

/** Every figure of the benchmark as a compact overview, grouped: key figures, complaint categories, outcomes and department areas. */
export function BenchmarkFigures({ benchmark, trends, funnels }: { benchmark: BenchmarkView; trends: TrendLookup; funnels: FunnelLookup }) {
  const { i18n } = useTranslation();
  const language = reportLanguage(i18n.language);
  const groups = figuresByGroup(benchmark.figures);
  const initial = benchmark.tenants.find((tenant) => tenant.own) ?? [...benchmark.tenants].sort((a, b) => a.name.localeCompare(b.name, 'da-DK'))[0];
  const [chosen, setChosen] = useState<string | null>(null);
  const shownTenant = chosen !== null && benchmark.tenants.some((tenant) => tenant.id === chosen) ? chosen : (initial?.id ?? null);
  return (
    <div className="benchmark-groups">
      <ShownMunicipality tenants={benchmark.tenants} value={shownTenant} onChange={setChosen} language={language} />
      {FIGURE_GROUPS.map((group) => (
        <GroupSection key={group} group={group} figures={groups[group]} benchmark={benchmark} trends={trends} funnels={funnels} shownTenant={shownTenant} language={language} />
      ))}
      <Legend />
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
export function BenchmarkBody({ benchmark, trends, funnels }: { benchmark: BenchmarkView; trends: TrendLookup; funnels: FunnelLookup }) {
  const { t, i18n } = useTranslation();
  if (benchmark.figures.length === 0) return <p className="muted">{t('benchmark.noData')}</p>;
  return (
    <div className="benchmark-layout">
      <BenchmarkFigures benchmark={benchmark} trends={trends} funnels={funnels} />
      <BenchmarkComments comments={commentsOf(benchmark.tenants, reportLanguage(i18n.language))} />
    </div>
  );
}
