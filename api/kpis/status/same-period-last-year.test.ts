import { describe, expect, it } from 'vitest';
import { samePeriodLastYear } from './same-period-last-year.js';

describe('samePeriodLastYear', () => {
  it.each<[string, string, string, string, string]>([
    ['a month', '2026-03-01', '2026-04-01', '2025-03-01', '2025-04-01'],
    ['a quarter', '2026-04-01', '2026-07-01', '2025-04-01', '2025-07-01'],
    ['a year', '2026-01-01', '2027-01-01', '2025-01-01', '2026-01-01'],
    ['arbitrary days', '2026-03-15', '2026-04-10', '2025-03-15', '2025-04-10'],
    ['a period across new year', '2025-12-15', '2026-01-15', '2024-12-15', '2025-01-15'],
    ['from on Feb 29 becomes Feb 28', '2024-02-29', '2024-03-07', '2023-02-28', '2023-03-07'],
    ['Feb 29 alone becomes Feb 28 alone', '2024-02-29', '2024-03-01', '2023-02-28', '2023-03-01'],
    ['to on Feb 29 becomes Mar 1: the period keeps Feb 28', '2024-02-01', '2024-02-29', '2023-02-01', '2023-03-01'],
    ['Feb 28 alone in a leap year is not emptied', '2024-02-28', '2024-02-29', '2023-02-28', '2023-03-01'],
    ['a leap-year February becomes a whole February', '2024-02-01', '2024-03-01', '2023-02-01', '2023-03-01'],
    ['February into a leap year includes the 29th', '2025-02-01', '2025-03-01', '2024-02-01', '2024-03-01'],
    ['Feb 28 into a leap year', '2025-02-28', '2025-03-01', '2024-02-28', '2024-03-01'],
  ])('%s: [%s, %s)', (_name, from, to, expectedFrom, expectedTo) => {
    expect(samePeriodLastYear(from, to)).toEqual({ from: expectedFrom, to: expectedTo });
  });

  it.each<[string, string, string]>([
    ['an empty period', '2026-03-01', '2026-03-01'],
    ['to before from', '2026-04-01', '2026-03-01'],
    ['Feb 29 of a common year', '2025-02-29', '2025-03-01'],
    ['a malformed date', '2026-3-1', '2026-04-01'],
  ])('throws a RangeError on %s', (_name, from, to) => {
    expect(() => samePeriodLastYear(from, to)).toThrow(RangeError);
  });
});
