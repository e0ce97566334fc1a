import type { BenchmarkFieldsFragment, BenchmarkMetric, BenchmarkPeerGroup, BenchmarkTrendFieldsFragment, ComparabilityReason } from '../gql/graphql';
import { positionText, quartileBand, SUPPRESSED_LABEL, type BenchmarkFunnelKind } from '@raadgiver/domain';
import type { ReportLanguage } from '../reports/report-format';

export type BenchmarkView = BenchmarkFieldsFragment;
export type FigureView = BenchmarkView['figures'][number];
export type TenantValueView = FigureView['values'][number];
export type TenantView = BenchmarkView['tenants'][number];
export type StatisticView = NonNullable<FigureView['national']>;
export type TrendsView = BenchmarkTrendFieldsFragment;
export type TrendPoint = TrendsView['figures'][number]['values'][number]['trend'][number];
/** A municipality's trend of a figure, keyed `<figure key>|<tenant id>`. */
export type TrendLookup = ReadonlyMap<string, readonly TrendPoint[]>;

/** What the public sees in place of a suppressed cell: fewer than 5, or hidden so that small numbers cannot be worked out. */
export const SUPPRESSED_TEXT = SUPPRESSED_LABEL;

/** The sections of the page: whole-municipality figures, then the three distributions. */
export type FigureGroup = 'overall' | 'categories' | 'outcomes' | 'areas';
export const FIGURE_GROUPS: readonly FigureGroup[] = ['overall', 'categories', 'outcomes', 'areas'];

const GROUP_OF: Record<BenchmarkMetric, FigureGroup> = {
  registrations_per_10000: 'overall',
  complaint_share: 'overall',
  median_days_to_first_contact: 'overall',
  median_days_to_close: 'overall',
  category_share: 'categories',
  outcome_share: 'outcomes',
  inquiries_per_1000_decided: 'areas',
};

/** The figures of each section, in the order the API sends them. */
export function figuresByGroup(figures: readonly FigureView[]): Record<FigureGroup, FigureView[]> {
  const groups: Record<FigureGroup, FigureView[]> = { overall: [], categories: [], outcomes: [], areas: [] };
  for (const figure of figures) groups[GROUP_OF[figure.metric]].push(figure);
  return groups;
}

/** A figure's key, unique on the page: `category_share:note_duty`. */
export function figureKey(figure: Pick<FigureView, 'metric' | 'code'>): string {
  return figure.code === null ? figure.metric : `${figure.metric}:${figure.code}`;
}

/** The trends, loaded apart from the figures, for lookup by figure and municipality; empty until they are there. */
export function trendLookup(trends: TrendsView | undefined, year: number): TrendLookup {
  const lookup = new Map<string, readonly TrendPoint[]>();
  // Trends of another year's request would name the same figures; they are not mixed in while the year changes.
  if (!trends || trends.year !== year) return lookup;
  for (const figure of trends.figures) {
    for (const value of figure.values) lookup.set(`${figureKey(figure)}|${value.tenantId}`, value.trend);
  }
  return lookup;
}

/** The funnels, loaded with the trends, by figure; empty until they are there or for another year. */
export function funnelLookup(trends: TrendsView | undefined, year: number): FunnelLookup {
  const lookup = new Map<string, readonly FunnelView[]>();
  if (!trends || trends.year !== year) return lookup;
  for (const figure of trends.figures) if (figure.funnels.length > 0) lookup.set(figureKey(figure), figure.funnels);
  return lookup;
}

export function figureName(figure: Pick<FigureView, 'nameDa' | 'nameEn'>, language: ReportLanguage): string {
  return language === 'en' ? figure.nameEn : figure.nameDa;
}

const LOCALES: Record<ReportLanguage, string> = { da: 'da-DK', en: 'en-GB' };

/** A benchmark value with at most one decimal, as the API rounds it: "46,2" in Danish, "46.2" in English. */
export function formatValue(value: number, language: ReportLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1, minimumFractionDigits: 0 }).format(value);
}

/**
 * A municipality's cell as shown: ".." when the public may not see it (the own municipality sees its value even
 * then), "–" when there is no value (no population or decided cases for the year), else the value.
 */
export function cellText(cell: Pick<TenantValueView, 'value' | 'suppressed' | 'own'>, language: ReportLanguage): string {
  if (cell.suppressed && !cell.own) return SUPPRESSED_TEXT;
  if (cell.value === null) return cell.suppressed ? SUPPRESSED_TEXT : '–';
  return formatValue(cell.value, language);
}

/** A municipality's three-year figure as shown: ".." when a year of it is hidden (but to the own municipality), "–" without one. */
export function rollingText(cell: Pick<TenantValueView, 'own' | 'rolling'>, language: ReportLanguage): string {
  const { rolling } = cell;
  if (!rolling) return '–';
  return cellText({ value: rolling.value, suppressed: rolling.suppressed, own: cell.own }, language);
}

/** The window of a figure's three-year figures, "2022–2024"; null when the figure has none. */
export function rollingWindow(figure: Pick<FigureView, 'values'>): string | null {
  const found = figure.values.find((value) => value.rolling)?.rolling;
  return found ? `${found.fromYear}–${found.toYear}` : null;
}

/** The registrations a cell is built from, suppressed as the cell is. */
export function countText(cell: Pick<TenantValueView, 'count' | 'suppressed' | 'own'>, language: ReportLanguage): string {
  if (cell.suppressed && !cell.own) return SUPPRESSED_TEXT;
  if (cell.count === null) return '–';
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(cell.count);
}

/**
 * Where a value lies among all municipalities', in words that say which end it is near ("blandt de 25 % med færrest
 * henvendelser pr. 10.000 indbyggere"); "–" without a published value or a national statistic.
 */
export function positionOf(figure: Pick<FigureView, 'metric' | 'national'>, value: number | null, language: ReportLanguage): string {
  if (value === null || !figure.national) return '–';
  return positionText(figure.metric, quartileBand(value, figure.national), language);
}

/** One bar of a figure's chart: a municipality, highest value first. */
export interface RankedRow {
  tenantId: string;
  name: string;
  own: boolean;
  /** The value drawn; null for ".." or a missing value (no bar). */
  value: number | null;
  /** Whether the public sees ".."; the own municipality still sees its value. */
  suppressed: boolean;
  /** The text at the bar's end and in the table: "46,2", ".." or "–". */
  text: string;
  rank: number | null;
  /** "blandt de 25 % med …", "over landsmedianen", or "–". */
  position: string;
  /** The three-year figure: "35,4", ".." or "–". */
  rolling: string;
  count: string;
  trend: readonly TrendPoint[];
  /** The median of the municipality's peer group, when there is one. */
  peerGroup: BenchmarkPeerGroup | null;
  peerMedian: number | null;
  /** Why the municipality's figures of the year are not fully comparable; empty when they are. */
  comparability: readonly ComparabilityReason[];
}

/**
 * A figure's municipalities in the order they are ranked: published values highest first (ties by name), then
 * the own municipality's unpublished value (it is not ranked), then ".." and missing values by name.
 */
export function rankedRows(figure: FigureView, tenants: readonly TenantView[], trends: TrendLookup, language: ReportLanguage): RankedRow[] {
  const byId = new Map(tenants.map((tenant) => [tenant.id, tenant]));
  const peerMedians = new Map(figure.peerGroups.map((group) => [group.peerGroup, group.statistic.median]));
  const rows = figure.values.flatMap((cell): RankedRow[] => {
    const tenant = byId.get(cell.tenantId);
    if (!tenant) return [];
    const shown = cell.suppressed && !cell.own ? null : cell.value;
    return [
      {
        tenantId: cell.tenantId,
        name: tenant.name,
        own: cell.own,
        value: shown,
        suppressed: cell.suppressed,
        text: cellText(cell, language),
        rank: cell.rank,
        position: positionOf(figure, shown, language),
        rolling: rollingText(cell, language),
        count: countText(cell, language),
        trend: trends.get(`${figureKey(figure)}|${cell.tenantId}`) ?? [],
        peerGroup: tenant.peerGroup,
        peerMedian: tenant.peerGroup === null ? null : (peerMedians.get(tenant.peerGroup) ?? null),
        comparability: cell.comparability,
      },
    ];
  });
  const order = (row: RankedRow) => (row.rank !== null ? 0 : row.value !== null ? 1 : 2);
  return rows.sort(
    (a, b) =>
      order(a) - order(b) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      (b.value ?? 0) - (a.value ?? 0) ||
      a.name.localeCompare(b.name, LOCALES[language]),
  );
}


/** The trend as "2023: 41 · 2024: 46,2", with ".." for the years the public may not see. */
export function trendText(trend: readonly TrendPoint[], own: boolean, language: ReportLanguage): string {
  return trend
    .map((point) => {
      const text = point.suppressed && !own ? SUPPRESSED_TEXT : point.value === null ? '–' : formatValue(point.value, language);
      return `${point.year}: ${text}`;
    })
    .join(' · ');
}

/** Whether the national median is known for more than one year: only then is its trend worth a line. */
export function hasNationalTrend(trend: FigureView['nationalTrend']): boolean {
  return trend.filter((point) => point.median !== null).length > 1;
}

/** The national trend's medians, "–" for years with too few municipalities for a median. */
export function nationalTrendText(trend: FigureView['nationalTrend'], language: ReportLanguage): string {
  return trend.map((point) => `${point.year}: ${point.median === null ? '–' : formatValue(point.median, language)}`).join(' · ');
}

/**
 * The year a page opens on: the newest year that is over by `today`, since the current year's figures grow until
 * it ends; the newest year when no year is over yet; null without any.
 */
export function defaultYear(years: readonly number[], today: Date): number | null {
  const complete = years.filter((year) => year < today.getFullYear());
  if (complete.length > 0) return Math.max(...complete);
  return years.length > 0 ? Math.max(...years) : null;
}

/** Whether a year's figures are provisional ("foreløbig"): the year is not over. */
export function isProvisional(year: number, today: Date): boolean {
  return year >= today.getFullYear();
}

/**
 * The date a provisional year's figures are counted to: when they were last published (the API's updatedAt), today
 * when it does not say; null when the year is over and the figures are not provisional.
 */
export function provisionalAsOf(year: number, updatedAt: string | null | undefined, today: Date): Date | null {
  if (!isProvisional(year, today)) return null;
  return updatedAt ? new Date(updatedAt) : today;
}

/** A date as the page writes it: "6. december 2026". */
export function formatDate(date: Date, language: ReportLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** The year the page shows: the one in the route when the benchmark has figures for it, else the API's default. */
export function yearFromQuery(query: string): number | null {
  const year = Number(new URLSearchParams(query).get('year'));
  return Number.isInteger(year) && year >= 1970 && year <= 2100 ? year : null;
}

/** The value of one municipality in each year, for the sparkline: null where the public sees ".." or nothing. */
export function sparklineValues(trend: readonly TrendPoint[], own: boolean): { year: number; value: number | null }[] {
  return trend.map((point) => ({ year: point.year, value: point.suppressed && !own ? null : point.value }));
}

export type FunnelView = TrendsView['figures'][number]['funnels'][number];
/** A figure's funnels, keyed by the figure's key. */
export type FunnelLookup = ReadonlyMap<string, readonly FunnelView[]>;
export type FunnelPointView = FunnelView['points'][number];

/** Whether a funnel reads in per cent (the share) or per 10,000 inhabitants (the rates). */
export function funnelInPercent(kind: BenchmarkFunnelKind): boolean {
  return kind === 'complaint_share';
}

/** The named municipalities outside the 95 % limits, above and below, by name. */
export function funnelOutside(funnel: FunnelView, tenants: readonly TenantView[], language: ReportLanguage): { above: string[]; below: string[] } {
  const nameOf = new Map(tenants.map((tenant) => [tenant.id, tenant.name]));
  const named = (positions: readonly string[]) =>
    funnel.points
      .filter((point) => positions.includes(point.position))
      .map((point) => nameOf.get(point.tenantId) ?? '')
      .filter((name) => name !== '')
      .sort((a, b) => a.localeCompare(b, LOCALES[language]));
  return { above: named(['above_95', 'above_998']), below: named(['below_95', 'below_998']) };
}

/** A whole number as the page writes it: "12.345" in Danish. */
export function formatCount(value: number, language: ReportLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(value);
}

export const DOWNLOAD_FORMATS = ['csv', 'xlsx'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** The API's file of a year's figures (`GET /benchmark/2024.csv`). */
export function downloadPath(year: number, format: DownloadFormat): string {
  return `/benchmark/${year}.${format}`;
}

/** The municipalities with a comment for the year, own first, then by name. */
export function commentsOf(tenants: readonly TenantView[], language: ReportLanguage): { tenant: TenantView; comment: string }[] {
  return tenants
    .flatMap((tenant) => (tenant.comment ? [{ tenant, comment: tenant.comment }] : []))
    .sort((a, b) => Number(b.tenant.own) - Number(a.tenant.own) || a.tenant.name.localeCompare(b.tenant.name, LOCALES[language]));
}

export type UnitInTree<U> = U & { depth: number };

interface TreeUnit {
  id: string;
  name: string;
  parentId: string | null;
  sortOrder: number;
}

/** The units in the order of the department tree, parents before their children, siblings by sort order and name. */
export function unitsInTreeOrder<U extends TreeUnit>(units: readonly U[]): UnitInTree<U>[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, U[]>();
  for (const unit of units) {
    // A unit whose parent is not listed (closed, say) is shown at the top level.
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const result: UnitInTree<U>[] = [];
  const visit = (parent: string | null, depth: number) => {
    const siblings = [...(children.get(parent) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'da'));
    for (const unit of siblings) {
      result.push({ ...unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return result;
}
