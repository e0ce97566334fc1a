import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../i18n/dates';
import { DataTable } from '../ui/data-table';
import { barChartHeight, barRows, chartDescription, foldedCountsChartOption, type BarChartLabels } from './chart-options';
import { EChart } from './echart';
import {
  comparedCount,
  comparedShareProse,
  formatCount,
  formatDays,
  periodLabel,
  reportLanguage,
  shareTable,
  type ReportLanguage,
} from './report-format';
import type { ComparedView, CountWithShareView, FoldedCountsView, OrgUnitRowView, ReportFiguresView, ResponseTimeView } from './report-view';

interface Labels {
  language: ReportLanguage;
  current: string;
  /** Null without a comparison period. */
  comparison: string | null;
}

function useLabels(figures: ReportFiguresView): Labels {
  const { i18n } = useTranslation();
  const language = reportLanguage(i18n.language);
  const day = (isoDay: string) => formatDay(isoDay, language);
  return {
    language,
    current: periodLabel(figures.period, day),
    comparison: figures.comparison ? periodLabel(figures.comparison, day) : null,
  };
}

function HeadlineFigures({ figures, labels }: { figures: ReportFiguresView; labels: Labels }) {
  const { t } = useTranslation();
  const complaints = figures.kinds.find((kind) => kind.kind === 'COMPLAINT');
  const items: [string, ComparedView<number>][] = [
    ['citizens', figures.citizens],
    ['registrations', figures.registrations],
    ...(complaints ? [['complaints', complaints.count] as [string, ComparedView<number>]] : []),
    ['mainCases', figures.mainCases],
    ['followUps', figures.followUps],
  ];
  const names: Record<string, string> = {
    citizens: t('reports.citizens'),
    registrations: t('reports.registrations'),
    complaints: t('reports.complaints'),
    mainCases: t('reports.mainCases'),
    followUps: t('reports.followUps'),
  };
  return (
    <section aria-labelledby="report-headline" className="report-section">
      <h2 id="report-headline">{t('reports.headline')}</h2>
      <dl className="report-headline">
        {items.map(([key, figure]) => (
          <div key={key} data-figure={key}>
            <dt>{names[key]}</dt>
            <dd>{comparedCount(figure, labels.language)}</dd>
          </div>
        ))}
      </dl>
      {complaints && <p>{t('reports.complaintShare', { share: comparedShareProse(complaints.share, labels.language) })}</p>}
    </section>
  );
}

/** A row of a count table: what it counts (the row's header) and its count and share in each period. */
interface CountRow {
  id: string;
  name: ReactNode;
  figure: CountWithShareView;
}

const countColumn = createColumnHelper<CountRow>();

/**
 * The name column, then count and share for the period and, with one, the comparison period. With `totals` a footer
 * row gives the counts' sums.
 */
function countColumns(t: TFunction, nameHeader: string, labels: Labels, totals?: ComparedView<number>) {
  const { language } = labels;
  const compared = (value: number | null | undefined, format: (value: number) => string) => (value === null || value === undefined ? '–' : format(value));
  return [
    countColumn.display({ id: 'name', header: nameHeader, cell: ({ row }) => row.original.name, meta: { rowHeader: true }, footer: totals && t('reports.total') }),
    countColumn.display({
      id: 'count',
      header: t('reports.countIn', { period: labels.current }),
      cell: ({ row }) => formatCount(row.original.figure.count.current, language),
      meta: { numeric: true },
      footer: totals && formatCount(totals.current, language),
    }),
    countColumn.display({
      id: 'share',
      header: t('reports.shareIn', { period: labels.current }),
      cell: ({ row }) => shareTable(row.original.figure.share.current, language),
      meta: { numeric: true },
    }),
    ...(labels.comparison === null
      ? []
      : [
          countColumn.display({
            id: 'comparisonCount',
            header: t('reports.countIn', { period: labels.comparison }),
            cell: ({ row }) => compared(row.original.figure.count.comparison, (count) => formatCount(count, language)),
            meta: { numeric: true },
            footer: totals && formatCount(totals.comparison ?? 0, language),
          }),
          countColumn.display({
            id: 'comparisonShare',
            header: t('reports.shareIn', { period: labels.comparison }),
            cell: ({ row }) => (row.original.figure.share.comparison ? shareTable(row.original.figure.share.comparison, language) : '–'),
            meta: { numeric: true },
          }),
        ]),
  ];
}

function KindsTable({ figures, labels }: { figures: ReportFiguresView; labels: Labels }) {
  const { t } = useTranslation();
  const rows = figures.kinds.map((kind): CountRow => ({ id: kind.kind, name: t(`inquiries.kind.${kind.kind}`), figure: kind }));
  return (
    <section aria-labelledby="report-kinds" className="report-section">
      <h2 id="report-kinds">{t('reports.kinds')}</h2>
      <DataTable
        labelledBy="report-kinds"
        className="report-table"
        columns={countColumns(t, t('reports.kind'), labels, figures.registrations)}
        data={rows}
        getRowId={(row) => row.id}
        pageSize={null}
        sortable={false}
      />
    </section>
  );
}

function FoldedCountsChart({ id, title, note, counts, labels }: { id: string; title: string; note?: string; counts: FoldedCountsView; labels: Labels }) {
  const { t } = useTranslation();
  const chartLabels: BarChartLabels = useMemo(
    () => ({
      current: labels.current,
      comparison: labels.comparison ?? '',
      other: (count: number) => t('reports.otherBar', { count }),
    }),
    [labels.current, labels.comparison, t],
  );
  const option = useMemo(() => foldedCountsChartOption(counts, chartLabels), [counts, chartLabels]);
  const rows = barRows(counts, chartLabels);
  const description = chartDescription(title, rows, (row) =>
    comparedCount({ current: row.current, comparison: labels.comparison === null ? null : row.comparison }, labels.language),
  );
  return (
    <figure className="report-chart" aria-labelledby={`${id}-caption`} data-chart={id}>
      <figcaption id={`${id}-caption`}>
        <h2>{title}</h2>
        {note && <p className="hint">{note}</p>}
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">{t('reports.noData')}</p>
      ) : (
        <EChart option={option} height={barChartHeight(rows.length, labels.comparison !== null)} description={description} className="chart" />
      )}
    </figure>
  );
}

function UnitTable({ caption, rows, withoutUnit, labels }: { caption: string; rows: readonly OrgUnitRowView[]; withoutUnit: CountWithShareView; labels: Labels }) {
  const { t } = useTranslation();
  const data: CountRow[] = rows.map((row) => ({
    id: row.id,
    name: (
      <>
        {row.shortName ? `${row.shortName} – ${row.name}` : row.name}
        {row.formerNames.length > 0 && <span className="hint">{t('reports.formerNames', { names: row.formerNames.join(', ') })}</span>}
      </>
    ),
    figure: row,
  }));
  if (withoutUnit.count.current > 0 || (withoutUnit.count.comparison ?? 0) > 0) data.push({ id: 'without-unit', name: t('reports.withoutUnit'), figure: withoutUnit });
  return (
    <DataTable
      caption={caption}
      className="report-table"
      columns={countColumns(t, t('reports.unit'), labels)}
      data={data}
      getRowId={(row) => row.id}
      pageSize={null}
      sortable={false}
    />
  );
}

function UnitTables({ figures, labels }: { figures: ReportFiguresView; labels: Labels }) {
  const { t } = useTranslation();
  const { orgUnits } = figures;
  return (
    <section aria-labelledby="report-units" className="report-section">
      <h2 id="report-units">{t('reports.units')}</h2>
      <UnitTable caption={t('reports.topLevel')} rows={orgUnits.topLevel} withoutUnit={orgUnits.withoutUnit} labels={labels} />
      <UnitTable caption={t('reports.allUnits')} rows={orgUnits.units} withoutUnit={orgUnits.withoutUnit} labels={labels} />
    </section>
  );
}

/** A row of the response times: one step (first contact, closing) in one period; the step names the rows of its periods. */
interface ResponseTimeRow {
  id: string;
  step: string;
  target: number;
  /** How many periods the step's header spans on its first row; 0 on the others. */
  span: number;
  period: string;
  times: ResponseTimeView | null | undefined;
}

const responseColumn = createColumnHelper<ResponseTimeRow>();

function responseTimeColumns(t: TFunction, language: ReportLanguage) {
  const figure = (id: string, header: string, format: (times: ResponseTimeView) => string) =>
    responseColumn.display({ id, header, cell: ({ row }) => (row.original.times ? format(row.original.times) : '–'), meta: { numeric: true } });
  return [
    responseColumn.display({
      id: 'step',
      header: t('reports.responseStep'),
      cell: ({ row }) => (
        <>
          {row.original.step}
          <span className="hint">{t('reports.target', { count: row.original.target })}</span>
        </>
      ),
      meta: { rowHeader: true, rowSpan: (row) => row.span },
    }),
    responseColumn.accessor('period', { header: t('reports.period') }),
    figure('measured', t('reports.measured'), (times) => formatCount(times.measured, language)),
    figure('median', t('reports.median'), (times) => formatDays(times.median, language)),
    figure('p90', t('reports.p90'), (times) => formatDays(times.p90, language)),
    figure('withinTarget', t('reports.withinTarget'), (times) => shareTable(times.withinTarget, language)),
  ];
}

function ResponseTimesTable({ figures, labels }: { figures: ReportFiguresView; labels: Labels }) {
  const { t } = useTranslation();
  const steps = [
    { key: 'firstContact', name: t('reports.firstContact'), target: figures.targets.firstContactDays, times: figures.firstContact },
    { key: 'close', name: t('reports.close'), target: figures.targets.closeDays, times: figures.close },
  ];
  const periods: { label: string; pick: (times: ComparedView<ResponseTimeView>) => ResponseTimeView | null | undefined }[] = [
    { label: labels.current, pick: (times) => times.current },
    ...(labels.comparison !== null ? [{ label: labels.comparison, pick: (times: ComparedView<ResponseTimeView>) => times.comparison }] : []),
  ];
  const rows = steps.flatMap((step) =>
    periods.map(
      (period, index): ResponseTimeRow => ({
        id: `${step.key}-${index}`,
        step: step.name,
        target: step.target,
        span: index === 0 ? periods.length : 0,
        period: period.label,
        times: period.pick(step.times),
      }),
    ),
  );
  return (
    <section aria-labelledby="report-response-times" className="report-section">
      <h2 id="report-response-times">{t('reports.responseTimes')}</h2>
      <DataTable
        labelledBy="report-response-times"
        className="report-table"
        columns={responseTimeColumns(t, labels.language)}
        data={rows}
        getRowId={(row) => row.id}
        pageSize={null}
        sortable={false}
      />
    </section>
  );
}

/** The report's "Talmateriale": headline figures, kinds, the two bar charts, units and response times. */
export function ReportFigures({ figures }: { figures: ReportFiguresView }) {
  const { t } = useTranslation();
  const labels = useLabels(figures);
  return (
    <div className="report-figures">
      <p className="report-period-note">
        {labels.comparison === null
          ? t('reports.figuresFor', { period: labels.current })
          : t('reports.figuresForCompared', { period: labels.current, comparison: labels.comparison })}
      </p>
      <HeadlineFigures figures={figures} labels={labels} />
      <KindsTable figures={figures} labels={labels} />
      <div className="report-charts">
        <FoldedCountsChart
          id="categories"
          title={t('reports.categoriesChart')}
          note={t('reports.categoriesNote')}
          counts={figures.complaintCategories}
          labels={labels}
        />
        <FoldedCountsChart id="outcomes" title={t('reports.outcomesChart')} counts={figures.complaintOutcomes} labels={labels} />
      </div>
      <UnitTables figures={figures} labels={labels} />
      <ResponseTimesTable figures={figures} labels={labels} />
    </div>
  );
}
