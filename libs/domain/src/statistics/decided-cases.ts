/** A department's number of decided cases in a calendar year, as the tenant admin entered it. */
export interface ReportDecidedCases {
  orgUnitId: string;
  year: number;
  decidedCases: number;
}

/**
 * Inquiries per 1,000 decided cases, rounded half up to one decimal with integer arithmetic; null when no
 * decided cases are known (or none were decided), so a missing figure is never shown as 0.
 */
export function perThousandDecided(inquiries: number, decidedCases: number | null): number | null {
  if (decidedCases === null || decidedCases <= 0) return null;
  // tenths = inquiries × 10,000 / decided, half up: ⌊(2·inquiries·10,000 + decided) / (2·decided)⌋.
  return Math.floor((2 * inquiries * 10_000 + decidedCases) / (2 * decidedCases)) / 10;
}

/** The calendar year whose decided cases a period is compared with: the year the period ends in. */
export function decidedCasesYear(period: { to: string }): number {
  return Number(period.to.slice(0, 4));
}

/**
 * Decided cases per today's unit and year: what was entered for a unit and for the units it succeeded (renamed or
 * merged into it) is added up, so CBAK's figure includes what was entered for CUBA.
 */
export function decidedCasesByUnit(entries: readonly ReportDecidedCases[], current: (orgUnitId: string) => string): (orgUnitId: string, year: number) => number | null {
  const totals = new Map<string, number>();
  for (const entry of entries) {
    const key = `${current(entry.orgUnitId)}|${entry.year}`;
    totals.set(key, (totals.get(key) ?? 0) + entry.decidedCases);
  }
  return (orgUnitId, year) => totals.get(`${orgUnitId}|${year}`) ?? null;
}
