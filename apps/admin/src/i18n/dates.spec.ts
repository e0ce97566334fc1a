import { formatDay, todayIsoDay } from './dates';

describe('dates', () => {
  it('formats a calendar day without shifting it', () => {
    expect(formatDay('2023-12-31', 'en')).toBe('31 Dec 2023');
    expect(formatDay('2023-01-01', 'da')).toMatch(/^1\. jan\.? 2023$/);
  });

  it('leaves an unreadable day as it came', () => {
    expect(formatDay('soon', 'da')).toBe('soon');
  });

  it('gives today as YYYY-MM-DD in local time', () => {
    expect(todayIsoDay(new Date(2026, 2, 5, 23, 59))).toBe('2026-03-05');
  });
});
