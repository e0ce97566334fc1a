import fc from 'fast-check';
import { INQUIRY_KINDS } from '../catalog/inquiry-kind';
import { addDays } from '../inquiries/calendar-date';
import { roundedPercent } from './percent';
import { ReportRegistration } from './registration-columns';
import { ReportInput, computeReportFigures } from './report-figures';

const CATEGORIES = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'].map((id, i) => ({ id, name: `Category ${id}`, sortOrder: i }));
const OUTCOMES = ['o1', 'o2', 'o3', 'o4'].map((id, i) => ({ id, name: `Outcome ${id}`, sortOrder: i }));
const ORG_UNITS = [
  { id: 'c1', name: 'Centre 1', shortName: 'C1', parentId: null, kind: 'center' as const, validFrom: '2017-01-01', validTo: null },
  { id: 'd1', name: 'Department 1', shortName: null, parentId: 'c1', kind: 'department' as const, validFrom: '2017-01-01', validTo: null },
  { id: 'c2', name: 'Centre 2', shortName: 'C2', parentId: null, kind: 'center' as const, validFrom: '2017-01-01', validTo: null },
  { id: 'old', name: 'Old centre', shortName: 'OC', parentId: null, kind: 'center' as const, validFrom: '2017-01-01', validTo: '2018-06-30' },
];
const LINKS = [{ predecessorId: 'old', successorId: 'c2' }];

const date = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((d) => addDays(from, d));

const registration: fc.Arbitrary<ReportRegistration> = fc.record({
  id: fc.uuid(),
  citizenId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  receivedOn: date('2017-06-01', 1400),
  kind: fc.constantFrom(...INQUIRY_KINDS),
  mainInquiryId: fc.option(fc.constant('some-main'), { nil: null }),
  orgUnitId: fc.option(fc.constantFrom('c1', 'd1', 'c2', 'old'), { nil: null }),
  categoryIds: fc.uniqueArray(fc.constantFrom(...CATEGORIES.map((c) => c.id)), { maxLength: 3 }),
  outcomeId: fc.option(fc.constantFrom(...OUTCOMES.map((o) => o.id)), { nil: null }),
  firstContactDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  closeDays: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
}).map(({ firstContactDays, closeDays, ...rest }) => ({
  ...rest,
  firstContactOn: firstContactDays === null ? null : addDays(rest.receivedOn, firstContactDays),
  closedOn: closeDays === null ? null : addDays(rest.receivedOn, closeDays),
}));

const period = fc
  .tuple(date('2017-01-01', 1600), fc.integer({ min: 0, max: 500 }))
  .map(([from, length]) => ({ from, to: addDays(from, length) }));

const reportInput: fc.Arbitrary<ReportInput & { registrations: ReportRegistration[] }> = fc.record({
  registrations: fc.array(registration, { maxLength: 80 }),
  orgUnits: fc.constant(ORG_UNITS),
  orgUnitLinks: fc.constant(LINKS),
  renames: fc.constant([]),
  categories: fc.constant(CATEGORIES),
  outcomes: fc.constant(OUTCOMES),
  period,
  comparison: fc.option(period, { nil: null }),
  targets: fc.record({ firstContactDays: fc.integer({ min: 1, max: 30 }), closeDays: fc.integer({ min: 1, max: 60 }) }),
  foldThreshold: fc.integer({ min: 0, max: 8 }),
});

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('computeReportFigures, for any registrations', () => {
  it('adds the kinds up to the total, in both periods', () => {
    fc.assert(
      fc.property(reportInput, (input) => {
        const figures = computeReportFigures(input);
        expect(sum(figures.kinds.map((k) => k.count.current))).toBe(figures.registrations.current);
        if (input.comparison) expect(sum(figures.kinds.map((k) => k.count.comparison ?? NaN))).toBe(figures.registrations.comparison);
        else expect(figures.kinds.every((k) => k.count.comparison === null && k.share.comparison === null)).toBe(true);
      }),
    );
  });

  it('makes main plus follow-up cases the total, and likewise for complaints', () => {
    fc.assert(
      fc.property(reportInput, (input) => {
        const figures = computeReportFigures(input);
        expect(figures.mainCases.current + figures.followUps.current).toBe(figures.registrations.current);
        expect(figures.complaintMainCases.current + figures.complaintFollowUps.current).toBe(figures.kinds[0].count.current);
        if (input.comparison) {
          expect((figures.mainCases.comparison ?? NaN) + (figures.followUps.comparison ?? NaN)).toBe(figures.registrations.comparison);
        }
      }),
    );
  });

  it('makes the folded "other" plus the shown categories and outcomes all the counts', () => {
    fc.assert(
      fc.property(reportInput, (input) => {
        const figures = computeReportFigures(input);
        const inPeriod = input.registrations.filter(
          (r) => r.kind === 'complaint' && r.receivedOn >= input.period.from && r.receivedOn <= input.period.to,
        );
        for (const [folded, all] of [
          [figures.complaintCategories, sum(inPeriod.map((r) => r.categoryIds.length))],
          [figures.complaintOutcomes, inPeriod.filter((r) => r.outcomeId !== null).length],
        ] as const) {
          expect(sum(folded.rows.map((r) => r.count.current)) + folded.other.count.current).toBe(all);
          expect(folded.total.current).toBe(all);
          expect(folded.rows.every((r) => r.count.current >= input.foldThreshold && r.count.current > 0)).toBe(true);
          expect(folded.other.foldedEntries.current <= folded.other.count.current).toBe(true);
          const counts = folded.rows.map((r) => r.count.current);
          expect(counts).toEqual([...counts].sort((a, b) => b - a));
          if (input.comparison) {
            expect(sum(folded.rows.map((r) => r.count.comparison ?? NaN)) + (folded.other.count.comparison ?? NaN)).toBe(folded.total.comparison);
          }
        }
      }),
    );
  });

  it('gives kind shares that add up to 100 % give or take the rounding', () => {
    fc.assert(
      fc.property(reportInput, (input) => {
        const { kinds, registrations } = computeReportFigures(input);
        const prose = sum(kinds.map((k) => roundedPercent(k.share.current.numerator, k.share.current.denominator)));
        const table = sum(kinds.map((k) => roundedPercent(k.share.current.numerator, k.share.current.denominator, 1)));
        if (registrations.current === 0) {
          expect([prose, table]).toEqual([0, 0]);
        } else {
          // Five shares, each off by at most half a unit.
          expect(Math.abs(prose - 100)).toBeLessThanOrEqual(2);
          expect(Math.abs(table - 100)).toBeLessThanOrEqual(0.25 + 1e-9);
          expect(sum(kinds.map((k) => k.share.current.numerator))).toBe(registrations.current);
        }
      }),
    );
  });

  it('counts every registration of the period under exactly one unit row, one top-level row or "without unit"', () => {
    fc.assert(
      fc.property(reportInput, (input) => {
        const { orgUnits, registrations } = computeReportFigures(input);
        const withUnit = registrations.current - orgUnits.withoutUnit.count.current;
        expect(sum(orgUnits.units.map((r) => r.count.current))).toBe(withUnit);
        expect(sum(orgUnits.topLevel.map((r) => r.count.current))).toBe(withUnit);
        // The merged centre never shows: it counts under its successor.
        expect(orgUnits.units.map((r) => r.id)).not.toContain('old');
        expect(orgUnits.topLevel.map((r) => r.id).every((id) => id === 'c1' || id === 'c2')).toBe(true);
      }),
    );
  });

  it('gives zeros, not errors, for a period with no data', () => {
    fc.assert(
      fc.property(reportInput, (input) => {
        const empty = { from: '2030-01-01', to: '2030-12-31' };
        const figures = computeReportFigures({ ...input, period: empty, comparison: empty });
        for (const figure of [figures.citizens, figures.registrations, figures.mainCases, figures.followUps]) {
          expect(figure).toEqual({ current: 0, comparison: 0 });
        }
        expect(figures.kinds.map((k) => [k.count.current, k.share.current.numerator, k.share.current.denominator])).toEqual(
          INQUIRY_KINDS.map(() => [0, 0, 0]),
        );
        expect(figures.complaintCategories.rows).toEqual([]);
        expect(figures.complaintOutcomes.other.count).toEqual({ current: 0, comparison: 0 });
        expect(figures.orgUnits.units).toEqual([]);
        expect(figures.orgUnits.topLevel).toEqual([]);
        expect(figures.firstContact.current).toEqual({ measured: 0, median: null, p90: null, withinTarget: { numerator: 0, denominator: 0 } });
        expect(figures.close.comparison?.median).toBeNull();
      }),
    );
  });

  it('depends only on the registrations inside the periods, not on their order', () => {
    fc.assert(
      fc.property(reportInput, fc.array(registration, { maxLength: 30 }), (input, extra) => {
        const outside = (r: ReportRegistration) =>
          !(r.receivedOn >= input.period.from && r.receivedOn <= input.period.to) &&
          !(input.comparison && r.receivedOn >= input.comparison.from && r.receivedOn <= input.comparison.to);
        const inside = input.registrations.filter((r) => !outside(r));
        const base = computeReportFigures({ ...input, registrations: inside });
        expect(computeReportFigures({ ...input, registrations: [...inside, ...extra.filter(outside)].reverse() })).toEqual(base);
        expect(computeReportFigures(input)).toEqual(base);
      }),
    );
  });

  it('keeps the response-time figures in order and within the measured values', () => {
    fc.assert(
      fc.property(reportInput, (input) => {
        const figures = computeReportFigures(input);
        for (const times of [figures.firstContact.current, figures.close.current]) {
          if (times.measured === 0) continue;
          expect(times.median as number).toBeLessThanOrEqual(times.p90 as number);
          expect(times.withinTarget.denominator).toBe(times.measured);
          expect(times.withinTarget.numerator).toBeLessThanOrEqual(times.measured);
        }
      }),
    );
  });
});
