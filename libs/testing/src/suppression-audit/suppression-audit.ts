import { BenchmarkMetric, SUPPRESSION_THRESHOLD } from '@raadgiver/domain';
import { LinearConstraint, LinearSystem, VariableRange, variableRanges } from './linear-bounds';
import { cellKey, PublishedCell, PublishedRolling } from './published-cells';

/** What the public knows besides the benchmark: the inhabitants each rate per 10,000 was computed with. */
export interface PublicFacts {
  population(tenantId: string, year: number): number | null;
}

export interface SuppressionFinding {
  tenantId: string;
  year: number;
  metric: BenchmarkMetric;
  code: string | null;
  /**
   * pinned: the published relations narrow the hidden count below [0, threshold − 1]; published: a place shows a
   * number (value, count or rank) of a cell another place hides; inconsistent: the places disagree, or the relations
   * have no solution (the audit's model of the data is wrong).
   */
  problem: 'pinned' | 'published' | 'inconsistent';
  range?: VariableRange;
  detail: string;
}

export interface AuditOptions {
  threshold?: number;
  /**
   * What someone who knows the suppression algorithm adds: registrations, first contacts and closings are hidden
   * only below the threshold; a hidden cell of a distribution is at most its smallest published cell (small cells
   * are below the threshold, complementary ones are taken smallest first). Default true.
   */
  algorithmKnown?: boolean;
}

interface MergedCell {
  tenantId: string;
  year: number;
  metric: BenchmarkMetric;
  code: string | null;
  value: number | null;
  count: number | null;
  suppressed: boolean;
}

/** Half the last decimal place: a value v shown with one decimal is the exact figure within [v − 0.05, v + 0.05]. */
const ROUNDING = 0.05;
const TOLERANCE = 1e-6;

/** The unknown count behind each metric, per tenant-year. */
function variableOf(metric: BenchmarkMetric, code: string | null): string {
  switch (metric) {
    case 'registrations_per_10000': return 'registrations';
    case 'complaint_share': return 'complaints';
    case 'category_share': return `category:${code}`;
    case 'outcome_share': return `outcome:${code}`;
    case 'median_days_to_first_contact': return 'first_contacts';
    case 'median_days_to_close': return 'closings';
    case 'inquiries_per_1000_decided': return `area:${code}`;
  }
}

/** The metrics whose cells form a distribution suppressed together (their hidden cells at most the smallest shown). */
const DISTRIBUTIONS: readonly BenchmarkMetric[] = ['category_share', 'outcome_share', 'inquiries_per_1000_decided'];
/** Metrics hidden only below the threshold (or under a hidden total of registrations, itself below it). */
const PRIMARY_ONLY: readonly BenchmarkMetric[] = ['registrations_per_10000', 'median_days_to_first_contact', 'median_days_to_close'];

/** Every place's view of each cell merged into one; places that disagree or show what another hides are findings. */
function mergeCells(cells: readonly PublishedCell[]): { merged: MergedCell[]; findings: SuppressionFinding[] } {
  const byKey = new Map<string, PublishedCell[]>();
  for (const cell of cells) {
    const key = cellKey(cell);
    byKey.set(key, [...(byKey.get(key) ?? []), cell]);
  }
  const findings: SuppressionFinding[] = [];
  const merged = [...byKey.values()].map((seen) => {
    const { tenantId, year, metric, code } = seen[0];
    const finding = (problem: SuppressionFinding['problem'], detail: string) => findings.push({ tenantId, year, metric, code, problem, detail });
    const suppressed = seen.some((c) => c.suppressed);
    const shown = (field: 'value' | 'count' | 'rank') => seen.filter((c) => c[field] !== undefined && c[field] !== null);
    if (suppressed) {
      for (const field of ['value', 'count', 'rank'] as const) {
        for (const c of shown(field)) finding('published', `${c.source} shows ${field} ${c[field]} of a cell that ${seen.find((s) => s.suppressed)?.source} hides`);
      }
    }
    for (const field of ['value', 'count'] as const) {
      const numbers = new Set(shown(field).map((c) => c[field]));
      if (numbers.size > 1) finding('inconsistent', `the places show different ${field}s: ${[...numbers].join(', ')}`);
    }
    const first = (field: 'value' | 'count') => (suppressed ? null : ((shown(field)[0]?.[field] as number | undefined) ?? null));
    return { tenantId, year, metric, code, value: first('value'), count: first('count'), suppressed };
  });
  return { merged, findings };
}

/**
 * Every published relation of one tenant-year as linear constraints over its unknown counts: published counts as
 * equalities; shares and rates as the interval their rounding leaves; the distributions as sums; the hidden cells
 * only ≥ 0 (what ".." says), plus, with `algorithmKnown`, what the algorithm gives away.
 */
export function publishedRelations(cells: readonly MergedCell[], facts: PublicFacts, options: AuditOptions = {}): LinearSystem {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const { tenantId, year } = cells[0];
  const variables = new Set(['registrations', 'complaints', 'first_contacts', 'closings', 'outcomes']);
  for (const c of cells) variables.add(variableOf(c.metric, c.code));
  const constraints: LinearConstraint[] = [];
  const ofMetric = (metric: BenchmarkMetric) => cells.filter((c) => c.metric === metric).map((c) => variableOf(c.metric, c.code));
  const atMost = (part: string, whole: string, why: string) => constraints.push({ terms: [[part, 1], [whole, -1]], max: 0, why });
  /** 10ᵏ · numerator / denominator rounds to `value`: (value − 0.05) · denominator ≤ 10ᵏ · numerator ≤ (value + 0.05) · denominator. */
  const ratio = (numerator: string, scale: number, value: number, denominator: string, why: string) => {
    constraints.push({ terms: [[numerator, scale], [denominator, -(value - ROUNDING)]], min: 0, why });
    constraints.push({ terms: [[numerator, scale], [denominator, -(value + ROUNDING)]], max: 0, why });
  };

  for (const c of cells) {
    const variable = variableOf(c.metric, c.code);
    if (c.count !== null) constraints.push({ terms: [[variable, 1]], min: c.count, max: c.count, why: `published count of ${variable}` });
    if (c.value === null) continue;
    if (c.metric === 'registrations_per_10000') {
      const inhabitants = facts.population(tenantId, year);
      if (inhabitants !== null) {
        constraints.push({ terms: [[variable, 10_000]], min: (c.value - ROUNDING) * inhabitants, max: (c.value + ROUNDING) * inhabitants, why: 'rate × population' });
      }
    }
    if (c.metric === 'complaint_share') ratio(variable, 100, c.value, 'registrations', 'complaint share × registrations');
    if (c.metric === 'category_share') ratio(variable, 100, c.value, 'complaints', `share of ${variable} × complaints`);
    if (c.metric === 'outcome_share') ratio(variable, 100, c.value, 'outcomes', `share of ${variable} × outcomes`);
    // Inquiries per 1,000 decided cases: the decided cases are not public, so the rate says nothing of the count.
  }

  atMost('complaints', 'registrations', 'complaints are registrations');
  atMost('first_contacts', 'registrations', 'first contacts are of registrations');
  atMost('closings', 'registrations', 'closings are of registrations');
  atMost('outcomes', 'registrations', 'registrations with an outcome');
  const categories = ofMetric('category_share');
  for (const k of categories) atMost(k, 'complaints', 'a category counts distinct complaints');
  // Every complaint has a category (the API and the import refuse one without), some several: Σ categories ≥ complaints.
  if (categories.length > 0) constraints.push({ terms: [...categories.map((k): [string, number] => [k, 1]), ['complaints', -1]], min: 0, why: 'Σ categories ≥ complaints' });
  const outcomes = ofMetric('outcome_share');
  if (outcomes.length > 0) constraints.push({ terms: [...outcomes.map((o): [string, number] => [o, 1]), ['outcomes', -1]], min: 0, max: 0, why: 'Σ outcomes = their total' });
  const areas = ofMetric('inquiries_per_1000_decided');
  if (areas.length > 0) constraints.push({ terms: [...areas.map((a): [string, number] => [a, 1]), ['registrations', -1]], max: 0, why: 'Σ department areas ≤ registrations' });

  if (options.algorithmKnown ?? true) {
    for (const c of cells) {
      if (!c.suppressed) continue;
      const variable = variableOf(c.metric, c.code);
      if (PRIMARY_ONLY.includes(c.metric)) constraints.push({ terms: [[variable, 1]], max: threshold - 1, why: `${variable} is hidden only below ${threshold}` });
      if (DISTRIBUTIONS.includes(c.metric)) {
        const shown = cells.filter((s) => s.metric === c.metric && s.count !== null).map((s) => s.count as number);
        if (shown.length > 0) constraints.push({ terms: [[variable, 1]], max: Math.min(...shown), why: `${variable} is at most the smallest published cell` });
      }
    }
  }
  return { variables: [...variables], constraints };
}

/**
 * The audit: every suppressed cell's feasible range over all that the public sees (the cells gathered from the
 * benchmark of every year and its downloads) and the public facts, by linear programming per tenant-year (no
 * relation crosses tenants, and a year's cell is the same wherever it is shown). A finding for each range narrower
 * than [0, threshold − 1], each number shown for a hidden cell, and each disagreement.
 */
export async function auditSuppression(cells: readonly PublishedCell[], facts: PublicFacts, options: AuditOptions = {}): Promise<SuppressionFinding[]> {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD;
  const { merged, findings } = mergeCells(cells);
  const byTenantYear = new Map<string, MergedCell[]>();
  for (const cell of merged) {
    const key = `${cell.tenantId}|${cell.year}`;
    byTenantYear.set(key, [...(byTenantYear.get(key) ?? []), cell]);
  }
  for (const group of byTenantYear.values()) {
    const hidden = group.filter((c) => c.suppressed);
    if (hidden.length === 0) continue;
    const system = publishedRelations(group, facts, options);
    const ranges = await variableRanges(system, hidden.map((c) => variableOf(c.metric, c.code)));
    for (const c of hidden) {
      const range = ranges.get(variableOf(c.metric, c.code)) ?? null;
      const { tenantId, year, metric, code } = c;
      if (range === null) findings.push({ tenantId, year, metric, code, problem: 'inconsistent', range, detail: 'the published relations have no solution' });
      else if (range.min > TOLERANCE || range.max < threshold - 1 - TOLERANCE) {
        findings.push({ tenantId, year, metric, code, problem: 'pinned', range, detail: `hidden count lies in [${range.min}, ${range.max}]` });
      }
    }
  }
  return findings;
}

/**
 * The rolling figures against the single years: a published rolled count less the published years would give back
 * a hidden year, so a rolled count may be shown only when every year of it is, and must be their sum.
 */
export function rollingFindings(cells: readonly PublishedCell[], rollings: readonly PublishedRolling[]): SuppressionFinding[] {
  const byKey = new Map<string, PublishedCell[]>();
  for (const cell of cells) byKey.set(cellKey(cell), [...(byKey.get(cellKey(cell)) ?? []), cell]);
  return rollings.flatMap((rolling): SuppressionFinding[] => {
    if (rolling.count === null) return [];
    const { tenantId, metric } = rolling;
    const years = Array.from({ length: rolling.toYear - rolling.fromYear + 1 }, (_, i) => rolling.fromYear + i);
    const findings: SuppressionFinding[] = [];
    let sum = 0;
    for (const year of years) {
      const seen = byKey.get(cellKey({ tenantId, year, metric, code: null })) ?? [];
      const hidden = seen.find((c) => c.suppressed);
      const count = seen.find((c) => c.count !== undefined && c.count !== null)?.count;
      if (hidden) findings.push({ tenantId, year, metric, code: null, problem: 'published', detail: `${rolling.source} shows ${rolling.count} over ${rolling.fromYear}–${rolling.toYear}, with this year hidden by ${hidden.source}` });
      else if (count === undefined || count === null) findings.push({ tenantId, year, metric, code: null, problem: 'inconsistent', detail: `${rolling.source} covers a year no place shows` });
      else sum += count;
    }
    if (findings.length === 0 && sum !== rolling.count) {
      findings.push({ tenantId, year: rolling.toYear, metric, code: null, problem: 'inconsistent', detail: `${rolling.source} shows ${rolling.count}, the years add up to ${sum}` });
    }
    return findings;
  });
}
