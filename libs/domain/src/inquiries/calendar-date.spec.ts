import fc from 'fast-check';
import { addDays, dayNumber, daysBetween, isCalendarDate } from './calendar-date';

const DAY_MS = 86_400_000;

/** Any calendar day from year 1 to 9999 as YYYY-MM-DD, by way of Date (the reference the arithmetic must agree with). */
const calendarDate = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

describe('dayNumber', () => {
  it('counts days from 1970-01-01 across month ends, leap days and centuries', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-02-29')).toBe(11_016);
    expect(dayNumber('2000-03-01')).toBe(11_017);
    expect(dayNumber('2023-01-01')).toBe(19_358);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-12-31', '2023-01-01')).toBe(-364);
  });

  it('agrees with Date for every calendar day', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        expect(dayNumber(date)).toBe(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives daysBetween that addDays undoes', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        const later = addDays(date, days);
        fc.pre(isCalendarDate(later) && later.length === 10);
        expect(daysBetween(date, later)).toBe(days);
      }),
    );
  });

  it('is NaN for text that is not YYYY-MM-DD', () => {
    for (const bad of ['', '2024-1-01', '2024/01/01', '20a4-01-01', '2024-01-0x', '2024-01-01T00:00']) expect(dayNumber(bad)).toBeNaN();
    expect(daysBetween('2024-01-01', 'soon')).toBeNaN();
  });
});
