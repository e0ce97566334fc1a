import { INQUIRY_KINDS, InquiryKind } from '../catalog/inquiry-kind';
import { ResponseTargets } from '../inquiries/response-times';
import { OrgUnitKind } from '../org-units/org-unit';
import { decidedCasesByUnit, decidedCasesYear, perThousandDecided, ReportDecidedCases } from './decided-cases';
import { Fraction, fraction } from './percent';
import { dayNumber } from '../inquiries/calendar-date';
import { COUNTING_RULES } from './counting-rules';
import { NOT_DONE, RegistrationColumns, registrationColumns, ReportRegistration } from './registration-columns';

export interface ReportOrgUnit {
  id: string;
  name: string;
  shortName: string | null;
  parentId: string | null;
  /** When given, an 'administration' unit is never a report's top level: the centres or areas below it are. */
  kind?: OrgUnitKind;
  validFrom: string;
  validTo: string | null;
}

/**
 * Predecessor → successor. A unit merged into exactly one successor counts under it; a split unit (kind 'split',
 * or several successors) stays itself, as its registrations cannot be shared out.
 */
export interface ReportOrgUnitLink {
  predecessorId: string;
  successorId: string;
  kind?: 'merged' | 'split';
}

/** A unit that changed its name and kept its id. */
export interface ReportOrgUnitRename {
  orgUnitId: string;
  fromName: string;
  toName: string;
  effectiveDate: string;
}

export interface ReportCatalogueEntry {
  id: string;
  name: string;
  sortOrder: number;
}

/** Both ends included. */
export interface ReportPeriod {
  from: string;
  to: string;
}

export interface ReportInput {
  /** As objects (tests, small inputs) or as columns (the loader, for hundreds of thousands). */
  registrations: readonly ReportRegistration[] | RegistrationColumns;
  orgUnits: readonly ReportOrgUnit[];
  orgUnitLinks: readonly ReportOrgUnitLink[];
  renames: readonly ReportOrgUnitRename[];
  categories: readonly ReportCatalogueEntry[];
  outcomes: readonly ReportCatalogueEntry[];
  period: ReportPeriod;
  comparison: ReportPeriod | null;
  targets: ResponseTargets;
  /** Categories and outcomes with fewer registrations than this in the period are folded into "other". */
  foldThreshold: number;
  /** Departments' decided cases per year, for inquiries per 1,000 decided cases; none when not given. */
  decidedCases?: readonly ReportDecidedCases[];
}

/** A figure for the period and, beside it, the same figure for the comparison period (null without one). */
export interface Compared<T> {
  current: T;
  comparison: T | null;
}

export interface CountWithShare {
  count: Compared<number>;
  share: Compared<Fraction>;
}

export interface KindFigure extends CountWithShare {
  kind: InquiryKind;
}

export interface CatalogueRow extends CountWithShare {
  id: string;
  name: string;
}

/**
 * Counts per catalogue entry, largest first, with the small ones folded into `other`. An inquiry with
 * two categories counts in both, so `total` (all counts) can exceed `base` (the complaints counted).
 * Shares are of `base`. Rows are chosen by the period's counts; the comparison column follows them.
 */
export interface FoldedCounts {
  rows: CatalogueRow[];
  other: CountWithShare & {
    /** How many entries with registrations were folded (Lejre: "68 problems in 26 types"). */
    foldedEntries: Compared<number>;
  };
  total: Compared<number>;
  base: Compared<number>;
}

export interface OrgUnitRow extends CountWithShare {
  /** Today's unit: renamed and merged units are followed to their successor. */
  id: string;
  name: string;
  shortName: string | null;
  /** Names this unit or its predecessors had before (CBAK: "Center for Unge, Borgerservice og Arbejdsmarked"). */
  formerNames: string[];
  /** Decided cases entered for the unit (and its predecessors) in the year each period ends in; null when none. */
  decidedCases: Compared<number | null>;
  /** Registrations per 1,000 decided cases, one decimal; null without decided cases. */
  perThousandDecidedCases: Compared<number | null>;
}

export interface OrgUnitFigures {
  /** Per unit a registration names (followed to today's successor), largest first. */
  units: OrgUnitRow[];
  /** Per top-level centre or area, the unit itself and everything below it, largest first. */
  topLevel: OrgUnitRow[];
  /** Registrations without a unit. Shares are of all registrations. */
  withoutUnit: CountWithShare;
}

export interface ResponseTimeFigures {
  /** How many registrations of the period have this step done. */
  measured: number;
  /** Median days (mean of the two middle values for an even count); null when nothing is measured. */
  median: number | null;
  /** 90th percentile by nearest rank: the least value at or above 90 % of the measured ones. */
  p90: number | null;
  /** Done within the target (days ≤ target) of the measured ones. */
  withinTarget: Fraction;
}

export interface ReportFigures {
  period: ReportPeriod;
  comparison: ReportPeriod | null;
  targets: ResponseTargets;
  foldThreshold: number;
  citizens: Compared<number>;
  registrations: Compared<number>;
  mainCases: Compared<number>;
  followUps: Compared<number>;
  complaintMainCases: Compared<number>;
  complaintFollowUps: Compared<number>;
  /** Every kind, complaints first; shares are of all registrations. */
  kinds: KindFigure[];
  complaintCategories: FoldedCounts;
  complaintOutcomes: FoldedCounts;
  orgUnits: OrgUnitFigures;
  firstContact: Compared<ResponseTimeFigures>;
  close: Compared<ResponseTimeFigures>;
}

/**
 * Categories and outcomes with fewer registrations than this in the period are folded into "other" unless the
 * report says otherwise. With it, Lejre 2019 shows four complaint types and folds "68 problems" in six.
 */
export const DEFAULT_FOLD_THRESHOLD = 15;

function compared<T>(current: T, comparison: T | null | undefined): Compared<T> {
  return { current, comparison: comparison ?? null };
}

function withShare(current: number, comparison: number | null, base: Compared<number>): CountWithShare {
  return {
    count: { current, comparison },
    share: {
      current: fraction(current, base.current),
      comparison: comparison === null || base.comparison === null ? null : fraction(comparison, base.comparison),
    },
  };
}

/** Largest first by the period's count, then by the comparison's, then catalogue order and name. */
function byCount<T extends { count: Compared<number>; name: string }>(order: (row: T) => number) {
  return (a: T, b: T) =>
    b.count.current - a.count.current ||
    (b.count.comparison ?? 0) - (a.count.comparison ?? 0) ||
    order(a) - order(b) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function foldCounts(
  catalogue: readonly ReportCatalogueEntry[],
  current: Map<string, number>,
  comparison: Map<string, number> | null,
  base: Compared<number>,
  threshold: number,
): FoldedCounts {
  const entries = new Map(catalogue.map((entry) => [entry.id, entry]));
  const ids = new Set([...current.keys(), ...(comparison?.keys() ?? [])]);
  const all = [...ids].map((id) => {
    const entry = entries.get(id) ?? { id, name: id, sortOrder: Number.MAX_SAFE_INTEGER };
    const now = current.get(id) ?? 0;
    const before = comparison ? (comparison.get(id) ?? 0) : null;
    return { id, name: entry.name, sortOrder: entry.sortOrder, ...withShare(now, before, base) };
  });
  const shown = all.filter((row) => row.count.current >= threshold && row.count.current > 0);
  const folded = all.filter((row) => !shown.includes(row));
  const sum = (rows: typeof all, pick: (row: (typeof all)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const comparisonOf = (row: (typeof all)[number]) => row.count.comparison ?? 0;
  return {
    rows: shown.sort(byCount((row) => row.sortOrder)).map(({ id, name, count, share }) => ({ id, name, count, share })),
    other: {
      ...withShare(sum(folded, (row) => row.count.current), comparison ? sum(folded, comparisonOf) : null, base),
      foldedEntries: {
        current: folded.filter((row) => row.count.current > 0).length,
        comparison: comparison ? folded.filter((row) => comparisonOf(row) > 0).length : null,
      },
    },
    total: { current: sum(all, (row) => row.count.current), comparison: comparison ? sum(all, comparisonOf) : null },
    base,
  };
}

/** Follows units through merges to today's successor, and up to their top-level centre or area. */
class OrgUnitHistory {
  private readonly units: Map<string, ReportOrgUnit>;
  private readonly successors = new Map<string, string[]>();
  private readonly resolved = new Map<string, string>();
  private readonly tops = new Map<string, string>();

  constructor(
    units: readonly ReportOrgUnit[],
    links: readonly ReportOrgUnitLink[],
    private readonly renames: readonly ReportOrgUnitRename[],
  ) {
    this.units = new Map(units.map((unit) => [unit.id, unit]));
    const split = new Set(links.filter((link) => link.kind === 'split').map((link) => link.predecessorId));
    for (const link of links) {
      if (split.has(link.predecessorId)) continue;
      const list = this.successors.get(link.predecessorId) ?? [];
      if (!list.includes(link.successorId)) list.push(link.successorId);
      this.successors.set(link.predecessorId, list);
    }
  }

  /** Today's unit for `id`: its successor's successor …, as long as each step is a single successor. */
  current(id: string): string {
    const known = this.resolved.get(id);
    if (known !== undefined) return known;
    let cursor = id;
    const seen = new Set([cursor]);
    for (;;) {
      const next = this.successors.get(cursor);
      if (!next || next.length !== 1 || seen.has(next[0])) break;
      cursor = next[0];
      seen.add(cursor);
    }
    this.resolved.set(id, cursor);
    return cursor;
  }

  /** The top-level centre or area of today's unit for `id`. */
  topLevel(id: string): string {
    const known = this.tops.get(id);
    if (known !== undefined) return known;
    const top = this.findTopLevel(id);
    this.tops.set(id, top);
    return top;
  }

  private findTopLevel(id: string): string {
    let cursor = this.current(id);
    const seen = new Set([cursor]);
    for (;;) {
      const parentId = this.units.get(cursor)?.parentId ?? null;
      if (parentId === null) return cursor;
      const parent = this.current(parentId);
      if (seen.has(parent) || this.units.get(parent)?.kind === 'administration') return cursor;
      seen.add(parent);
      cursor = parent;
    }
  }

  row(id: string, count: CountWithShare, predecessorsOf: Map<string, string[]>): Omit<OrgUnitRow, 'decidedCases' | 'perThousandDecidedCases'> {
    const unit = this.units.get(id);
    const name = unit?.name ?? id;
    const shortName = unit?.shortName ?? null;
    const family = [id, ...(predecessorsOf.get(id) ?? [])];
    const names = family.flatMap((member) => {
      const other = this.units.get(member);
      const renamed = this.renames.filter((rename) => rename.orgUnitId === member).flatMap((rename) => [rename.fromName, rename.toName]);
      return [...(other && member !== id ? [other.name, other.shortName ?? ''] : []), ...renamed];
    });
    const formerNames = [...new Set(names)].filter((former) => former !== '' && former !== name && former !== shortName);
    return { id, name, shortName, formerNames, ...count };
  }

  /** Every unit whose today's unit is `id`, for each id (not including itself). */
  predecessors(): Map<string, string[]> {
    const ids = new Set([...this.units.keys(), ...this.successors.keys()]);
    const result = new Map<string, string[]>();
    for (const id of ids) {
      const target = this.current(id);
      if (target === id) continue;
      result.set(target, [...(result.get(target) ?? []), id]);
    }
    return result;
  }
}

/** Median (mean of the two middle values) and nearest-rank high percentile (COUNTING_RULES) of the days. */
function responseTimeFigures(days: Int32Array, target: number): ResponseTimeFigures {
  const sorted = days.sort();
  const n = sorted.length;
  if (n === 0) return { measured: 0, median: null, p90: null, withinTarget: fraction(0, 0) };
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const p90 = sorted[Math.ceil((COUNTING_RULES.percentile * n) / 100) - 1];
  let within = 0;
  while (within < n && sorted[within] <= target) within += 1;
  return { measured: n, median, p90, withinTarget: fraction(within, n) };
}

interface PeriodCounts {
  registrations: number;
  complaints: number;
  complaintsWithOutcome: number;
  citizens: number;
  mainCases: number;
  followUps: number;
  complaintMainCases: number;
  complaintFollowUps: number;
  kinds: Map<string, number>;
  categories: Map<string, number>;
  outcomes: Map<string, number>;
  units: Map<string, number>;
  topLevel: Map<string, number>;
  withoutUnit: number;
  firstContact: ResponseTimeFigures;
  close: ResponseTimeFigures;
}

/** The counts per index as a map from the index's id, leaving out what has no count. */
function countsById(counts: Int32Array, ids: readonly string[], idOf: (id: string) => string = (id) => id): Map<string, number> {
  const result = new Map<string, number>();
  counts.forEach((count, index) => {
    if (count === 0) return;
    const id = idOf(ids[index]);
    result.set(id, (result.get(id) ?? 0) + count);
  });
  return result;
}

const COMPLAINT = INQUIRY_KINDS.indexOf('complaint');

const isColumns = (registrations: ReportInput['registrations']): registrations is RegistrationColumns => !Array.isArray(registrations);

/** One pass over the registrations received in `period`. */
function countPeriod(r: RegistrationColumns, period: ReportPeriod, history: OrgUnitHistory, targets: ResponseTargets): PeriodCounts {
  const from = dayNumber(period.from);
  const to = dayNumber(period.to);
  const kinds = new Int32Array(INQUIRY_KINDS.length);
  const units = new Int32Array(r.orgUnitIds.length);
  const outcomes = new Int32Array(r.outcomeIds.length);
  const categories = new Int32Array(r.categoryIds.length);
  const seenCitizen = new Uint8Array(r.citizen.reduce((max, citizen) => Math.max(max, citizen + 1), 0));
  const firstContactDays = new Int32Array(r.length);
  const closeDays = new Int32Array(r.length);
  let registrations = 0, citizens = 0, followUps = 0, complaints = 0, complaintFollowUps = 0, complaintsWithOutcome = 0;
  let withoutUnit = 0, firstContacts = 0, closes = 0;
  for (let i = 0; i < r.length; i += 1) {
    const received = r.receivedDay[i];
    if (received < from || received > to) continue;
    registrations += 1;
    const citizen = r.citizen[i];
    if (seenCitizen[citizen] === 0) {
      seenCitizen[citizen] = 1;
      citizens += 1;
    }
    const kind = r.kind[i];
    if (kind >= 0) kinds[kind] += 1;
    followUps += r.followUp[i];
    const unit = r.orgUnit[i];
    if (unit >= 0) units[unit] += 1;
    else withoutUnit += 1;
    if (r.firstContactDays[i] !== NOT_DONE) firstContactDays[firstContacts++] = r.firstContactDays[i];
    if (r.closeDays[i] !== NOT_DONE) closeDays[closes++] = r.closeDays[i];
    if (kind !== COMPLAINT) continue;
    complaints += 1;
    complaintFollowUps += r.followUp[i];
    const outcome = r.outcome[i];
    if (outcome >= 0) {
      outcomes[outcome] += 1;
      complaintsWithOutcome += 1;
    }
    for (let c = r.categoryStart[i]; c < r.categoryStart[i + 1]; c += 1) categories[r.category[c]] += 1;
  }
  return {
    registrations,
    complaints,
    complaintsWithOutcome,
    citizens,
    mainCases: registrations - followUps,
    followUps,
    complaintMainCases: complaints - complaintFollowUps,
    complaintFollowUps,
    kinds: countsById(kinds, INQUIRY_KINDS),
    categories: countsById(categories, r.categoryIds),
    outcomes: countsById(outcomes, r.outcomeIds),
    units: countsById(units, r.orgUnitIds, (id) => history.current(id)),
    topLevel: countsById(units, r.orgUnitIds, (id) => history.topLevel(id)),
    withoutUnit,
    firstContact: responseTimeFigures(firstContactDays.subarray(0, firstContacts), targets.firstContactDays),
    close: responseTimeFigures(closeDays.subarray(0, closes), targets.closeDays),
  };
}

function unitRows(
  history: OrgUnitHistory,
  current: Map<string, number>,
  comparison: Map<string, number> | null,
  base: Compared<number>,
  decided: DecidedCasesOf,
): OrgUnitRow[] {
  const predecessors = history.predecessors();
  const ids = new Set([...current.keys(), ...(comparison?.keys() ?? [])]);
  return [...ids]
    .map((id) => {
      const count = withShare(current.get(id) ?? 0, comparison ? (comparison.get(id) ?? 0) : null, base);
      const decidedCases = decided(id);
      const perThousandDecidedCases = compared(
        perThousandDecided(count.count.current, decidedCases.current),
        comparison && perThousandDecided(count.count.comparison ?? 0, decidedCases.comparison),
      );
      return { ...history.row(id, count, predecessors), decidedCases, perThousandDecidedCases };
    })
    .sort(byCount(() => 0));
}

/** A row's decided cases in the years the period and the comparison period end in. */
type DecidedCasesOf = (orgUnitId: string) => Compared<number | null>;

/**
 * The annual report's figures for `period`, each with the same figure for the comparison period beside it.
 * Pure: the same input gives the same figures, and only registrations received inside a period count in it.
 */
export function computeReportFigures(input: ReportInput): ReportFigures {
  const history = new OrgUnitHistory(input.orgUnits, input.orgUnitLinks, input.renames);
  const columns = isColumns(input.registrations) ? input.registrations : registrationColumns(input.registrations);
  const now = countPeriod(columns, input.period, history, input.targets);
  const before = input.comparison ? countPeriod(columns, input.comparison, history, input.targets) : null;
  const pair = (pick: (counts: PeriodCounts) => number): Compared<number> => compared(pick(now), before && pick(before));

  const registrations = pair((c) => c.registrations);
  const complaints = pair((c) => c.complaints);
  const decidedCases = decidedCasesByUnit(input.decidedCases ?? [], (id) => history.current(id));
  const decided: DecidedCasesOf = (id) =>
    compared(decidedCases(id, decidedCasesYear(input.period)), input.comparison && decidedCases(id, decidedCasesYear(input.comparison)));
  const withOutcome = pair((c) => c.complaintsWithOutcome);

  return {
    period: input.period,
    comparison: input.comparison,
    targets: input.targets,
    foldThreshold: input.foldThreshold,
    citizens: pair((c) => c.citizens),
    registrations,
    mainCases: pair((c) => c.mainCases),
    followUps: pair((c) => c.followUps),
    complaintMainCases: pair((c) => c.complaintMainCases),
    complaintFollowUps: pair((c) => c.complaintFollowUps),
    kinds: INQUIRY_KINDS.map((kind) => ({
      kind,
      ...withShare(now.kinds.get(kind) ?? 0, before ? (before.kinds.get(kind) ?? 0) : null, registrations),
    })),
    complaintCategories: foldCounts(input.categories, now.categories, before?.categories ?? null, complaints, input.foldThreshold),
    complaintOutcomes: foldCounts(input.outcomes, now.outcomes, before?.outcomes ?? null, withOutcome, input.foldThreshold),
    orgUnits: {
      units: unitRows(history, now.units, before?.units ?? null, registrations, decided),
      topLevel: unitRows(history, now.topLevel, before?.topLevel ?? null, registrations, decided),
      withoutUnit: withShare(now.withoutUnit, before ? before.withoutUnit : null, registrations),
    },
    firstContact: compared(now.firstContact, before?.firstContact),
    close: compared(now.close, before?.close),
  };
}
