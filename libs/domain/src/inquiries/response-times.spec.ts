import fc from 'fast-check';
import { addDays, daysBetween } from './calendar-date';
import { DEFAULT_RESPONSE_TARGETS, responseTargetsFrom, responseTimes } from './response-times';

describe('daysBetween', () => {
  it('counts calendar days across a leap day and a DST change', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('is the inverse of addDays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -1000, max: 1000 }), (start, days) => {
        const from = addDays('1950-01-01', start);
        expect(daysBetween(from, addDays(from, days))).toBe(days);
      }),
    );
  });
});

describe('responseTimes', () => {
  const targets = DEFAULT_RESPONSE_TARGETS;

  it('counts days to first contact and close for a finished inquiry, which is never overdue', () => {
    expect(responseTimes({ receivedOn: '2024-01-01', firstContactOn: '2024-01-15', closedOn: '2024-03-01' }, targets, '2025-01-01')).toEqual({
      daysToFirstContact: 14,
      daysToClose: 60,
      firstContactOverdue: false,
      closeOverdue: false,
    });
  });

  it('marks an open inquiry overdue once more days than the target have passed', () => {
    const open = { receivedOn: '2024-01-01', firstContactOn: null, closedOn: null };
    expect(responseTimes(open, targets, '2024-01-11')).toMatchObject({ firstContactOverdue: false, closeOverdue: false });
    expect(responseTimes(open, targets, '2024-01-12')).toMatchObject({ firstContactOverdue: true, closeOverdue: false });
    expect(responseTimes(open, targets, '2024-02-01')).toMatchObject({ firstContactOverdue: true, closeOverdue: true, daysToClose: null });
    expect(responseTimes({ ...open, firstContactOn: '2024-01-02' }, targets, '2024-02-01')).toMatchObject({ firstContactOverdue: false, closeOverdue: true });
  });
});

describe('responseTargetsFrom', () => {
  it('reads stored targets and falls back to the defaults for missing or bad values', () => {
    expect(responseTargetsFrom({})).toEqual(DEFAULT_RESPONSE_TARGETS);
    expect(responseTargetsFrom({ responseTargets: { firstContactDays: 5, closeDays: 'x' } })).toEqual({ firstContactDays: 5, closeDays: 30 });
    expect(responseTargetsFrom(null)).toEqual(DEFAULT_RESPONSE_TARGETS);
  });
});
