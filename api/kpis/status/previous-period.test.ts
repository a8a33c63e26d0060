import { describe, expect, it } from 'vitest';
import type { Granularity } from '../engine/kpi-request.js';
import { previousPeriod } from './previous-period.js';

describe('previousPeriod', () => {
  it.each<[string, string, string, Granularity, string, string]>([
    // Aligned: whole calendar units
    ['a month by the previous month', '2026-03-01', '2026-04-01', 'MONTH', '2026-02-01', '2026-03-01'],
    ['a 28-day February by 31-day January', '2026-02-01', '2026-03-01', 'MONTH', '2026-01-01', '2026-02-01'],
    ['a 31-day month by a 30-day month', '2026-05-01', '2026-06-01', 'MONTH', '2026-04-01', '2026-05-01'],
    ['January by the previous December', '2026-01-01', '2026-02-01', 'MONTH', '2025-12-01', '2026-01-01'],
    ['three months by three months', '2026-01-01', '2026-04-01', 'MONTH', '2025-10-01', '2026-01-01'],
    ['a quarter by the previous quarter', '2026-04-01', '2026-07-01', 'QUARTER', '2026-01-01', '2026-04-01'],
    ['Q1 by the previous Q4', '2026-01-01', '2026-04-01', 'QUARTER', '2025-10-01', '2026-01-01'],
    ['a half year of quarters', '2026-07-01', '2027-01-01', 'QUARTER', '2026-01-01', '2026-07-01'],
    ['a year by the previous year', '2026-01-01', '2027-01-01', 'YEAR', '2025-01-01', '2026-01-01'],
    ['a leap year by the previous year', '2025-01-01', '2026-01-01', 'YEAR', '2024-01-01', '2025-01-01'],
    ['two years by two years', '2025-01-01', '2027-01-01', 'YEAR', '2023-01-01', '2025-01-01'],
    ['month-aligned, not quarter-aligned, under QUARTER: by months', '2026-02-01', '2026-05-01', 'QUARTER', '2025-11-01', '2026-02-01'],
    ['a fiscal year from April under YEAR: by months', '2026-04-01', '2027-04-01', 'YEAR', '2025-04-01', '2026-04-01'],
    // Not aligned, or DAY / WEEK: same number of days
    ['MONTH, starting mid-month: 31 days', '2026-03-15', '2026-04-15', 'MONTH', '2026-02-12', '2026-03-15'],
    ['MONTH, ending mid-month: days', '2026-03-01', '2026-03-15', 'MONTH', '2026-02-15', '2026-03-01'],
    ['DAY, a calendar month: 31 days', '2026-03-01', '2026-04-01', 'DAY', '2026-01-29', '2026-03-01'],
    ['DAY, one day', '2026-03-01', '2026-03-02', 'DAY', '2026-02-28', '2026-03-01'],
    ['DAY, one day across a leap day', '2024-03-01', '2024-03-02', 'DAY', '2024-02-29', '2024-03-01'],
    ['WEEK, an ISO week (Monday)', '2026-03-09', '2026-03-16', 'WEEK', '2026-03-02', '2026-03-09'],
    ['WEEK, four weeks across a year', '2026-01-05', '2026-02-02', 'WEEK', '2025-12-08', '2026-01-05'],
    ['WEEK, across the DST change (no hour lost)', '2026-03-30', '2026-04-06', 'WEEK', '2026-03-23', '2026-03-30'],
    ['WEEK, a month-aligned period still by days', '2026-03-01', '2026-04-01', 'WEEK', '2026-01-29', '2026-03-01'],
  ])('%s: [%s, %s) %s', (_name, from, to, granularity, expectedFrom, expectedTo) => {
    expect(previousPeriod(from, to, granularity)).toEqual({ from: expectedFrom, to: expectedTo });
  });

  it.each<[string, string, string]>([
    ['an empty period', '2026-03-01', '2026-03-01'],
    ['to before from', '2026-04-01', '2026-03-01'],
    ['a date that does not exist', '2026-02-30', '2026-03-01'],
    ['a date with a time', '2026-03-01T00:00', '2026-04-01'],
    ['a compact date', '20260301', '2026-04-01'],
    ['an empty string', '', '2026-04-01'],
  ])('throws a RangeError on %s', (_name, from, to) => {
    expect(() => previousPeriod(from, to, 'MONTH')).toThrow(RangeError);
  });
});
