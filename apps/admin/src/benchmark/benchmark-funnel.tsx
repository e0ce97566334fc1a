import { LineChart, ScatterChart } from 'echarts/charts';
import { use } from 'echarts/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../reports/echart';
import type { ReportLanguage } from '../reports/report-format';
import { DataTable } from '../ui/data-table';
import { funnelChartOption, type FunnelChartLabels } from './benchmark-chart-options';
import { formatCount, formatValue, funnelOutside, type FunnelPointView, type FunnelView, type TenantView } from './benchmark-view';

// The funnel's limits are lines and its municipalities points.
use([LineChart, ScatterChart]);

const FUNNEL_HEIGHT = 360;

interface FunnelRow extends FunnelPointView {
  name: string;
}

const column = createColumnHelper<FunnelRow>();

/** What the funnel says in words, for everyone and as the chart's description: the national value and who lies outside. */
function useFunnelSummary(funnel: FunnelView, tenants: readonly TenantView[], language: ReportLanguage): string {
  const { t } = useTranslation();
  const outside = funnelOutside(funnel, tenants, language);
  const names = (list: string[]) => new Intl.ListFormat(language === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(list);
  return [
    t('benchmark.funnel.national', { value: formatValue(funnel.target, language), count: funnel.tenantCount }),
    funnel.overdispersionAdjusted ? t('benchmark.funnel.adjusted') : '',
    funnel.points.length === 0 ? t('benchmark.funnel.noPoints') : '',
    outside.above.length > 0 ? t('benchmark.funnel.above', { names: names(outside.above) }) : '',
    outside.below.length > 0 ? t('benchmark.funnel.below', { names: names(outside.below) }) : '',
    funnel.points.length > 0 && outside.above.length + outside.below.length === 0 ? t('benchmark.funnel.allWithin') : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/**
 * A funnel plot of one of the benchmark's rates: the named municipalities against their size with the national
 * value and the 95 % and 99.8 % limits; in words which lie outside, and the points as a table.
 */
export function FunnelPlot({ funnel, tenants, language }: { funnel: FunnelView; tenants: readonly TenantView[]; language: ReportLanguage }) {
  const { t } = useTranslation();
  const summary = useFunnelSummary(funnel, tenants, language);
  const names = useMemo(() => new Map(tenants.map((tenant) => [tenant.id, tenant.name])), [tenants]);
  const labels: FunnelChartLabels = useMemo(
    () => ({
      number: (value: number) => formatValue(value, language),
      target: t('benchmark.funnel.target'),
      limits95: t('benchmark.funnel.limits95'),
      limits998: t('benchmark.funnel.limits998'),
      municipalities: t('benchmark.funnel.municipalities'),
      exposureAxis: t(`benchmark.funnel.exposure.${funnel.kind}`),
      valueAxis: t(`benchmark.funnel.value.${funnel.kind}`),
    }),
    [t, language, funnel.kind],
  );
  const option = useMemo(() => funnelChartOption(funnel, names, labels), [funnel, names, labels]);
  const rows: FunnelRow[] = funnel.points
    .map((point) => ({ ...point, name: names.get(point.tenantId) ?? '' }))
    .sort((a, b) => a.exposure - b.exposure);
  const title = t(`benchmark.funnel.title.${funnel.kind}`);
  const columns = [
    column.accessor('name', { header: t('benchmark.column.municipality'), meta: { rowHeader: true } }),
    column.display({ id: 'exposure', header: t(`benchmark.funnel.exposure.${funnel.kind}`), cell: ({ row }) => formatCount(row.original.exposure, language), meta: { numeric: true } }),
    column.display({ id: 'count', header: t(`benchmark.funnel.count.${funnel.kind}`), cell: ({ row }) => formatCount(row.original.count, language), meta: { numeric: true } }),
    column.display({ id: 'value', header: t(`benchmark.funnel.value.${funnel.kind}`), cell: ({ row }) => formatValue(row.original.value, language), meta: { numeric: true } }),
    column.display({ id: 'position', header: t('benchmark.funnel.column.position'), cell: ({ row }) => t(`benchmark.funnel.position.${row.original.position}`) }),
  ];
  return (
    <section className="benchmark-funnel" data-funnel={funnel.kind} aria-label={title}>
      <h4>{title}</h4>
      <p className="benchmark-funnel-summary">{summary}</p>
      {rows.length > 0 && (
        <>
          <EChart option={option} height={FUNNEL_HEIGHT} description={`${title}. ${summary}`} className="chart benchmark-funnel-chart" />
          <DataTable
            caption={title}
            captionHidden
            className="report-table benchmark-table"
            columns={columns}
            data={rows}
            getRowId={(row) => row.tenantId}
            rowAttributes={(row) => ({ 'data-tenant': row.name })}
            pageSize={null}
            sortable={false}
          />
        </>
      )}
    </section>
  );
}
