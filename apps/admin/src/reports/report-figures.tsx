import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../i18n/dates';
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

/** Count and share columns for the period and, with one, the comparison period. */
function CountHeadings({ labels }: { labels: Labels }) {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col" className="number">
        {t('reports.countIn', { period: labels.current })}
      </th>
      <th scope="col" className="number">
        {t('reports.shareIn', { period: labels.current })}
      </th>
      {labels.comparison !== null && (
        <>
          <th scope="col" className="number">
            {t('reports.countIn', { period: labels.comparison })}
          </th>
          <th scope="col" className="number">
            {t('reports.shareIn', { period: labels.comparison })}
          </th>
        </>
      )}
    </>
  );
}

function CountCells({ figure, labels }: { figure: CountWithShareView; labels: Labels }) {
  const { count, share } = figure;
  return (
    <>
      <td className="number">{formatCount(count.current, labels.language)}</td>
      <td className="number">{shareTable(share.current, labels.language)}</td>
      {labels.comparison !== null && (
        <>
          <td className="number">{count.comparison === null || count.comparison === undefined ? '–' : formatCount(count.comparison, labels.language)}</td>
          <td className="number">{share.comparison ? shareTable(share.comparison, labels.language) : '–'}</td>
        </>
      )}
    </>
  );
}

function KindsTable({ figures, labels }: { figures: ReportFiguresView; labels: Labels }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="report-kinds" className="report-section">
      <h2 id="report-kinds">{t('reports.kinds')}</h2>
      <table className="data-table report-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.kind')}</th>
            <CountHeadings labels={labels} />
          </tr>
        </thead>
        <tbody>
          {figures.kinds.map((kind) => (
            <tr key={kind.kind}>
              <th scope="row">{t(`inquiries.kind.${kind.kind}`)}</th>
              <CountCells figure={kind} labels={labels} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reports.total')}</th>
            <td className="number">{formatCount(figures.registrations.current, labels.language)}</td>
            <td />
            {labels.comparison !== null && (
              <>
                <td className="number">{formatCount(figures.registrations.comparison ?? 0, labels.language)}</td>
                <td />
              </>
            )}
          </tr>
        </tfoot>
      </table>
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
  return (
    <table className="data-table report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.unit')}</th>
          <CountHeadings labels={labels} />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              {row.shortName ? `${row.shortName} – ${row.name}` : row.name}
              {row.formerNames.length > 0 && <span className="hint">{t('reports.formerNames', { names: row.formerNames.join(', ') })}</span>}
            </th>
            <CountCells figure={row} labels={labels} />
          </tr>
        ))}
        {(withoutUnit.count.current > 0 || (withoutUnit.count.comparison ?? 0) > 0) && (
          <tr>
            <th scope="row">{t('reports.withoutUnit')}</th>
            <CountCells figure={withoutUnit} labels={labels} />
          </tr>
        )}
      </tbody>
    </table>
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

function ResponseTimeCells({ times, labels }: { times: ResponseTimeView | null | undefined; labels: Labels }) {
  if (!times) return <td colSpan={4}>–</td>;
  return (
    <>
      <td className="number">{formatCount(times.measured, labels.language)}</td>
      <td className="number">{formatDays(times.median, labels.language)}</td>
      <td className="number">{formatDays(times.p90, labels.language)}</td>
      <td className="number">{shareTable(times.withinTarget, labels.language)}</td>
    </>
  );
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
  return (
    <section aria-labelledby="report-response-times" className="report-section">
      <h2 id="report-response-times">{t('reports.responseTimes')}</h2>
      <table className="data-table report-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.responseStep')}</th>
            <th scope="col">{t('reports.period')}</th>
            <th scope="col" className="number">
              {t('reports.measured')}
            </th>
            <th scope="col" className="number">
              {t('reports.median')}
            </th>
            <th scope="col" className="number">
              {t('reports.p90')}
            </th>
            <th scope="col" className="number">
              {t('reports.withinTarget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.flatMap((step) =>
            periods.map((period, index) => (
              <tr key={`${step.key}-${index}`}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={periods.length}>
                    {step.name}
                    <span className="hint">{t('reports.target', { days: step.target })}</span>
                  </th>
                )}
                <td>{period.label}</td>
                <ResponseTimeCells times={period.pick(step.times)} labels={labels} />
              </tr>
            )),
          )}
        </tbody>
      </table>
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
