import { oneDecimal, quartiles, Quartiles } from './quantiles';
import { perTenThousandInhabitants, perThousandDecidedCases, populationInYear, sharePercent } from './rates';
import { PeerGroup, TaxonomyEntry, TaxonomyKind } from './benchmark-taxonomy';
import { DistributionShape, protectCount, suppressDistribution } from './suppression';
import { BenchmarkFunnel, benchmarkFunnel, FunnelCounts, FUNNELS_OF_METRIC } from './benchmark-funnels';
import { ComparabilityReason } from './comparability';

export const BENCHMARK_METRICS = [
  'registrations_per_10000',
  'complaint_share',
  'category_share',
  'outcome_share',
  'median_days_to_first_contact',
  'median_days_to_close',
  'inquiries_per_1000_decided',
] as const;
export type BenchmarkMetric = (typeof BENCHMARK_METRICS)[number];

/** National and peer-group statistics need this many tenants with a published value, so none is singled out. */
export const MIN_TENANTS_FOR_STATISTIC = 3;

/** One tenant's aggregate of one calendar year (benchmark_period). */
export interface BenchmarkPeriodAggregate {
  tenantId: string;
  year: number;
  registrations: number;
  distinctCitizens: number;
  complaints: number;
  firstContactCount: number;
  firstContactMedianDays: number | null;
  closedCount: number;
  closeMedianDays: number | null;
  /** Why the year's figures are not fully comparable; empty when they are. */
  comparability: ComparabilityReason[];
}

export type BenchmarkDimension = 'kind' | 'category' | 'outcome' | 'area';

/** One count of a tenant's year by kind, national category, national outcome or department area (benchmark_count). */
export interface BenchmarkCountAggregate {
  tenantId: string;
  year: number;
  dimension: BenchmarkDimension;
  code: string;
  registrations: number;
  decidedCases: number | null;
}

export interface BenchmarkTenant {
  id: string;
  optIn: boolean;
  peerGroup: PeerGroup | null;
  /** Inhabitants per year. */
  population: ReadonlyMap<number, number>;
}

export interface BenchmarkInput {
  year: number;
  tenants: readonly BenchmarkTenant[];
  periods: readonly BenchmarkPeriodAggregate[];
  counts: readonly BenchmarkCountAggregate[];
  taxonomy: readonly TaxonomyEntry[];
  /** The logged-in tenant: its own row is shown, unsuppressed, even without opt-in. Null for the public. */
  ownTenantId: string | null;
}

/** One tenant's figure in one year: the value as published, and (for its own tenant only) as computed. */
export interface BenchmarkCell {
  /** The published value; null when suppressed or not available (no population, no decided cases). */
  value: number | null;
  /** The registrations the value is built from; null when suppressed. */
  count: number | null;
  suppressed: boolean;
  /** The value without suppression: only ever handed out for the caller's own tenant. */
  rawValue: number | null;
  rawCount: number;
}

export interface BenchmarkStatistic extends Quartiles {
  tenantCount: number;
}

export interface BenchmarkTrendPoint {
  year: number;
  value: number | null;
  suppressed: boolean;
}

export interface BenchmarkTenantValue {
  tenantId: string;
  own: boolean;
  /** Own tenant: the unsuppressed value; others: the published one. */
  value: number | null;
  count: number | null;
  /** Whether the public sees ".." for this cell. */
  suppressed: boolean;
  /** 1 = highest, among the rows shown with a published value; null for suppressed or unavailable values. */
  rank: number | null;
  trend: BenchmarkTrendPoint[];
  /** The figure over this year and the two before, for the rates; null for the other figures. */
  rolling: BenchmarkRolling | null;
  /**
   * Why the tenant's figures of the year are not fully comparable (the same for each of its figures); empty when
   * they are. Not a count, so not suppressed; only named rows (and the own one) have values at all.
   */
  comparability: ComparabilityReason[];
}

/** The metrics with a three-year rolling figure: small municipalities' yearly counts are too few to compare. */
export const ROLLING_METRICS: readonly BenchmarkMetric[] = ['registrations_per_10000', 'complaint_share'];
export const ROLLING_YEARS = 3;

/**
 * A three-year rolling figure: the counts of the years added up before dividing. Published only when every year
 * of the window is (its count is then their sum and gives nothing away); else suppressed, as a single hidden year
 * would be the rolled count less the published ones.
 */
export interface BenchmarkRolling {
  fromYear: number;
  toYear: number;
  value: number | null;
  count: number | null;
  suppressed: boolean;
}

export interface BenchmarkFigure {
  metric: BenchmarkMetric;
  /** The national code (category, outcome, department area); null for whole-tenant figures. */
  code: string | null;
  nameDa: string;
  nameEn: string;
  national: BenchmarkStatistic | null;
  peerGroups: { peerGroup: PeerGroup; statistic: BenchmarkStatistic }[];
  values: BenchmarkTenantValue[];
  nationalTrend: { year: number; median: number | null; tenantCount: number }[];
  /** The funnel plots of the figure's rates (registrations per 10,000; the complaint share and complaints per 10,000). */
  funnels: BenchmarkFunnel[];
}

/** Each metric's name in Danish and English; a figure of a code is named "<metric name>: <code name>". */
export const BENCHMARK_METRIC_NAMES: Record<BenchmarkMetric, [string, string]> = {
  registrations_per_10000: ['Henvendelser pr. 10.000 indbyggere', 'Registrations per 10,000 inhabitants'],
  complaint_share: ['Andel klager (%)', 'Complaint share (%)'],
  category_share: ['Andel af klagerne (%)', 'Share of complaints (%)'],
  outcome_share: ['Andel af udfaldene (%)', 'Share of outcomes (%)'],
  median_days_to_first_contact: ['Mediandage til første kontakt', 'Median days to first contact'],
  median_days_to_close: ['Mediandage til afslutning', 'Median days to close'],
  inquiries_per_1000_decided: ['Henvendelser pr. 1.000 afgjorte sager', 'Inquiries per 1,000 decided cases'],
};

type CellsByTenant = Map<string, BenchmarkCell>;
/** figure key → year → tenant → cell */
type CellTable = Map<string, Map<number, CellsByTenant>>;

function figureKey(metric: BenchmarkMetric, code: string | null): string {
  return code === null ? metric : `${metric}:${code}`;
}

/** figureKey made once per metric and code: a key string built anew for each of the many cells is costly to hash. */
function figureKeyCache(): (metric: BenchmarkMetric, code: string) => string {
  const keys = new Map<BenchmarkMetric, Map<string, string>>();
  return (metric, code) => {
    const ofMetric = keys.get(metric) ?? new Map<string, string>();
    keys.set(metric, ofMetric);
    let key = ofMetric.get(code);
    if (key === undefined) ofMetric.set(code, (key = figureKey(metric, code)));
    return key;
  };
}

function cell(rawValue: number | null, rawCount: number, suppressed: boolean): BenchmarkCell {
  return { value: suppressed ? null : rawValue, count: suppressed ? null : rawCount, suppressed, rawValue, rawCount };
}

function put(table: CellTable, key: string, year: number, tenantId: string, value: BenchmarkCell): void {
  const years = table.get(key) ?? new Map<number, CellsByTenant>();
  table.set(key, years);
  const tenants = years.get(year) ?? new Map<string, BenchmarkCell>();
  years.set(year, tenants);
  tenants.set(tenantId, value);
}

const NO_ROWS: readonly BenchmarkCountAggregate[] = [];

/** A dimension's rows by code (the first row of a code counts), in the order the codes first appear. */
function rowsByCode(rows: readonly BenchmarkCountAggregate[]): Map<string, BenchmarkCountAggregate> {
  const byCode = new Map<string, BenchmarkCountAggregate>();
  for (const row of rows) if (!byCode.has(row.code)) byCode.set(row.code, row);
  return byCode;
}

/** The suppressed distribution over the given codes and any further codes found, in that order. */
function distribution(byCode: Map<string, BenchmarkCountAggregate>, allCodes: readonly string[], total: number, shape: DistributionShape) {
  const codes = allCodes.length === 0 ? [...byCode.keys()] : [...new Set([...allCodes, ...byCode.keys()])];
  return suppressDistribution(codes.map((code) => ({ code, count: byCode.get(code)?.registrations ?? 0 })), total, shape);
}

/**
 * Every tenant's cells of every year, suppressed as the public sees them. Runs on every benchmark request over all
 * tenants and years (some 25,000 count rows at 98 tenants and 10 years), so the rows are indexed once and looked up
 * by key rather than searched.
 */
function cellTable(input: BenchmarkInput): CellTable {
  const table: CellTable = new Map();
  const codes = (kind: TaxonomyKind) => input.taxonomy.filter((e) => e.kind === kind).map((e) => e.code);
  const categoryCodes = codes('category');
  const outcomeCodes = codes('outcome');
  const keyOf = figureKeyCache();
  // tenant → year → dimension → rows, in their order
  const countsOf = new Map<string, Map<number, Map<BenchmarkDimension, BenchmarkCountAggregate[]>>>();
  for (const row of input.counts) {
    const years = countsOf.get(row.tenantId) ?? new Map<number, Map<BenchmarkDimension, BenchmarkCountAggregate[]>>();
    countsOf.set(row.tenantId, years);
    const dimensions = years.get(row.year) ?? new Map<BenchmarkDimension, BenchmarkCountAggregate[]>();
    years.set(row.year, dimensions);
    const rows = dimensions.get(row.dimension);
    if (rows) rows.push(row);
    else dimensions.set(row.dimension, [row]);
  }
  const tenants = new Map(input.tenants.map((t) => [t.id, t]));
  for (const period of input.periods) {
    const tenant = tenants.get(period.tenantId);
    if (!tenant) continue;
    const { tenantId, year } = period;
    const periodCounts = countsOf.get(tenantId)?.get(year);
    const rows = (dimension: BenchmarkDimension) => rowsByCode(periodCounts?.get(dimension) ?? NO_ROWS);

    // The distributions hang together: registrations are the total of the kinds (of which only complaints are
    // published) and of the department areas, complaints the total of the categories. A hidden total hides every
    // cell below it (the first contacts and closings being at most the registrations too).
    const registrations = protectCount(period.registrations);
    put(table, figureKey('registrations_per_10000', null), year, tenantId,
      cell(perTenThousandInhabitants(period.registrations, populationInYear(tenant.population, year)), period.registrations, registrations.suppressed));

    const complaints = suppressDistribution([{ code: 'complaint', count: period.complaints }], period.registrations, { rest: true, totalHidden: registrations.suppressed });
    const categoryRows = rows('category');
    const categories = distribution(categoryRows, categoryCodes, period.complaints, { totalHidden: complaints.cells[0].suppressed });
    // A total the categories cannot be protected under (a lone category) is hidden with them; nothing else hangs on it.
    const complaintHidden = complaints.cells[0].suppressed || categories.total.suppressed;
    put(table, figureKey('complaint_share', null), year, tenantId,
      cell(sharePercent(period.complaints, period.registrations), period.complaints, complaintHidden));
    for (const c of categories.cells) {
      const raw = categoryRows.get(c.code)?.registrations ?? 0;
      put(table, keyOf('category_share', c.code), year, tenantId, cell(sharePercent(raw, period.complaints), raw, c.suppressed));
    }
    // The outcomes' total (the registrations with an outcome) is published only through the outcomes' shares.
    const outcomeRows = rows('outcome');
    let outcomeTotal = 0;
    for (const row of outcomeRows.values()) outcomeTotal += row.registrations;
    for (const c of distribution(outcomeRows, outcomeCodes, outcomeTotal, { totalHidden: registrations.suppressed }).cells) {
      const raw = outcomeRows.get(c.code)?.registrations ?? 0;
      put(table, keyOf('outcome_share', c.code), year, tenantId, cell(sharePercent(raw, outcomeTotal), raw, c.suppressed));
    }

    put(table, figureKey('median_days_to_first_contact', null), year, tenantId,
      cell(period.firstContactMedianDays === null ? null : oneDecimal(period.firstContactMedianDays), period.firstContactCount,
        registrations.suppressed || protectCount(period.firstContactCount).suppressed));
    put(table, figureKey('median_days_to_close', null), year, tenantId,
      cell(period.closeMedianDays === null ? null : oneDecimal(period.closeMedianDays), period.closedCount,
        registrations.suppressed || protectCount(period.closedCount).suppressed));

    // Only areas with decided cases give a rate and are published; the other areas and the registrations without
    // an area are the rest of the registrations, hidden with the suppressed areas.
    const areaRows = rows('area');
    const publishable = new Map([...areaRows].filter(([, row]) => Boolean(row.decidedCases)));
    for (const c of distribution(publishable, [], period.registrations, { rest: true, totalHidden: registrations.suppressed }).cells) {
      const row = publishable.get(c.code) as BenchmarkCountAggregate;
      put(table, keyOf('inquiries_per_1000_decided', c.code), year, tenantId,
        cell(perThousandDecidedCases(row.registrations, row.decidedCases), row.registrations, c.suppressed));
    }
  }
  return table;
}

function statistic(values: number[]): BenchmarkStatistic | null {
  if (values.length < MIN_TENANTS_FOR_STATISTIC) return null;
  const q = quartiles(values) as Quartiles;
  return { lowerQuartile: oneDecimal(q.lowerQuartile), median: oneDecimal(q.median), upperQuartile: oneDecimal(q.upperQuartile), tenantCount: values.length };
}

/** Published values only: a suppressed cell never enters a statistic or a ranking. */
function publishedValues(cells: Iterable<[string, BenchmarkCell]>, tenantFilter: (id: string) => boolean = () => true): number[] {
  return [...cells].filter(([id, c]) => tenantFilter(id) && c.value !== null).map(([, c]) => c.value as number);
}

/** Competition ranking ("1, 2, 2, 4"), highest value first. */
function ranks(values: BenchmarkTenantValue[], published: (v: BenchmarkTenantValue) => number | null): Map<string, number> {
  const ranked = values.filter((v) => published(v) !== null).sort((a, b) => (published(b) as number) - (published(a) as number));
  const result = new Map<string, number>();
  ranked.forEach((v, index) => {
    const previous = ranked[index - 1];
    result.set(v.tenantId, previous && published(previous) === published(v) ? (result.get(previous.tenantId) as number) : index + 1);
  });
  return result;
}

/** The figures' order: the metrics in BENCHMARK_METRICS order, codes in taxonomy order. */
function figureList(input: BenchmarkInput, table: CellTable): { metric: BenchmarkMetric; code: string | null; nameDa: string; nameEn: string }[] {
  const byKind = (kind: TaxonomyKind) => [...input.taxonomy.filter((e) => e.kind === kind)].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  const named = (metric: BenchmarkMetric, entry: TaxonomyEntry) => ({
    metric, code: entry.code, nameDa: `${BENCHMARK_METRIC_NAMES[metric][0]}: ${entry.nameDa}`, nameEn: `${BENCHMARK_METRIC_NAMES[metric][1]}: ${entry.nameEn}`,
  });
  const whole = (metric: BenchmarkMetric) => ({ metric, code: null, nameDa: BENCHMARK_METRIC_NAMES[metric][0], nameEn: BENCHMARK_METRIC_NAMES[metric][1] });
  return [
    whole('registrations_per_10000'),
    whole('complaint_share'),
    ...byKind('category').map((e) => named('category_share', e)),
    ...byKind('outcome').map((e) => named('outcome_share', e)),
    whole('median_days_to_first_contact'),
    whole('median_days_to_close'),
    ...byKind('department_area').filter((e) => table.has(figureKey('inquiries_per_1000_decided', e.code))).map((e) => named('inquiries_per_1000_decided', e)),
  ];
}

/**
 * The rolling figure of a tenant over the window ending in the input's year: null when a year of the window has no
 * figure for it; suppressed when any year is (for the own tenant: the unsuppressed figure, marked so).
 */
function rollingOf(input: BenchmarkInput, table: CellTable, metric: BenchmarkMetric, tenant: BenchmarkTenant, own: boolean): BenchmarkRolling | null {
  const years = Array.from({ length: ROLLING_YEARS }, (_, i) => input.year - ROLLING_YEARS + 1 + i);
  const cellsOf = (of: BenchmarkMetric) => years.map((year) => table.get(figureKey(of, null))?.get(year)?.get(tenant.id));
  const cells = cellsOf(metric);
  const registrations = cellsOf('registrations_per_10000');
  if (cells.some((c) => c === undefined) || registrations.some((c) => c === undefined)) return null;
  const suppressed = cells.some((c) => (c as BenchmarkCell).suppressed);
  const count = cells.reduce((sum, c) => sum + (c as BenchmarkCell).rawCount, 0);
  const registered = registrations.reduce((sum, c) => sum + (c as BenchmarkCell).rawCount, 0);
  let value: number | null;
  if (metric === 'complaint_share') value = sharePercent(count, registered);
  else {
    const inhabitants = years.map((year) => populationInYear(tenant.population, year));
    value = inhabitants.some((n) => n === null) ? null : perTenThousandInhabitants(count, inhabitants.reduce((sum: number, n) => sum + (n as number), 0));
  }
  const shown = own || !suppressed;
  return { fromYear: years[0], toYear: input.year, value: shown ? value : null, count: shown ? count : null, suppressed };
}

/**
 * The year's funnels by metric, from the counts as published: a hidden registrations or complaints cell gives its
 * tenant no unit in the funnels that count it.
 */
function yearFunnels(input: BenchmarkInput, table: CellTable, named: ReadonlySet<string>): (metric: BenchmarkMetric) => BenchmarkFunnel[] {
  const published = (metric: BenchmarkMetric, tenantId: string) => table.get(figureKey(metric, null))?.get(input.year)?.get(tenantId)?.count ?? null;
  const counts: FunnelCounts[] = input.tenants.map((t) => ({
    tenantId: t.id,
    registrations: published('registrations_per_10000', t.id),
    complaints: published('complaint_share', t.id),
    inhabitants: populationInYear(t.population, input.year),
  }));
  return (metric) => (FUNNELS_OF_METRIC[metric] ?? []).flatMap((kind) => benchmarkFunnel(kind, counts, named) ?? []);
}

/**
 * The national benchmark of one year from the aggregates: per figure the national median and quartiles and the
 * peer groups' medians over every tenant's published value (opted in or not), the rows of the opted-in tenants
 * (and of the caller's own tenant, unsuppressed), rankings of the published rows, and the trend over all years.
 */
export function buildBenchmark(input: BenchmarkInput): BenchmarkFigure[] {
  const table = cellTable(input);
  const tenants = new Map(input.tenants.map((t) => [t.id, t]));
  const shown = input.tenants.filter((t) => t.optIn || t.id === input.ownTenantId);
  const years = [...new Set(input.periods.map((p) => p.year))].sort((a, b) => a - b);
  const funnelsOf = yearFunnels(input, table, new Set(shown.map((t) => t.id)));
  const comparabilityOf = new Map(input.periods.filter((p) => p.year === input.year).map((p) => [p.tenantId, p.comparability]));
  return figureList(input, table).map(({ metric, code, nameDa, nameEn }) => {
    const byYear = table.get(figureKey(metric, code)) ?? new Map<number, CellsByTenant>();
    const thisYear = byYear.get(input.year) ?? new Map<string, BenchmarkCell>();
    const peerGroups = [...new Set(input.tenants.map((t) => t.peerGroup).filter((g): g is PeerGroup => g !== null))].sort().flatMap((peerGroup) => {
      const found = statistic(publishedValues(thisYear, (id) => tenants.get(id)?.peerGroup === peerGroup));
      return found ? [{ peerGroup, statistic: found }] : [];
    });
    const values: BenchmarkTenantValue[] = shown.flatMap((tenant) => {
      const own = tenant.id === input.ownTenantId;
      const current = thisYear.get(tenant.id);
      const trend = years.flatMap((year) => {
        const c = byYear.get(year)?.get(tenant.id);
        return c ? [{ year, value: own ? c.rawValue : c.value, suppressed: c.suppressed }] : [];
      });
      if (!current && trend.length === 0) return [];
      return [{
        tenantId: tenant.id,
        own,
        value: current ? (own ? current.rawValue : current.value) : null,
        count: current ? (own ? current.rawCount : current.count) : null,
        suppressed: current?.suppressed ?? false,
        rank: null,
        trend,
        rolling: ROLLING_METRICS.includes(metric) && code === null ? rollingOf(input, table, metric, tenant, own) : null,
        comparability: current ? (comparabilityOf.get(tenant.id) ?? []) : [],
      }];
    });
    const publishedOf = (v: BenchmarkTenantValue) => thisYear.get(v.tenantId)?.value ?? null;
    const rankOf = ranks(values, publishedOf);
    return {
      metric,
      code,
      nameDa,
      nameEn,
      national: statistic(publishedValues(thisYear)),
      peerGroups,
      values: values.map((v) => ({ ...v, rank: rankOf.get(v.tenantId) ?? null })),
      nationalTrend: years.map((year) => {
        const found = statistic(publishedValues(byYear.get(year) ?? new Map()));
        return { year, median: found?.median ?? null, tenantCount: found?.tenantCount ?? 0 };
      }),
      funnels: code === null ? funnelsOf(metric) : [],
    };
  });
}
