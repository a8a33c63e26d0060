import { describe, expect, it } from 'vitest';
import { kpiBuckets } from './buckets.js';

describe('kpiBuckets', () => {
  it.each([
    ['whole months', '2026-01-01', '2026-04-01', 'MONTH', [['2026-01-01', '2026-02-01', 1], ['2026-02-01', '2026-03-01', 1], ['2026-03-01', '2026-04-01', 1]]],
    ['a period starting mid-month is clipped', '2026-01-15', '2026-03-01', 'MONTH', [['2026-01-15', '2026-02-01', 17 / 31], ['2026-02-01', '2026-03-01', 1]]],
    ['ISO weeks start on Monday', '2026-11-25', '2026-12-07', 'WEEK', [['2026-11-25', '2026-11-30', 5 / 30], ['2026-11-30', '2026-12-07', 1 / 30 + 6 / 31]]],
    ['quarters start in January, April, July, October', '2026-02-01', '2026-08-01', 'QUARTER', [['2026-02-01', '2026-04-01', 2], ['2026-04-01', '2026-07-01', 3], ['2026-07-01', '2026-08-01', 1]]],
    ['a year', '2026-01-01', '2027-01-01', 'YEAR', [['2026-01-01', '2027-01-01', 12]]],
    ['days across a DST change are whole days', '2026-03-28', '2026-03-30', 'DAY', [['2026-03-28', '2026-03-29', 1 / 31], ['2026-03-29', '2026-03-30', 1 / 31]]],
  ] as const)('%s', (_name, from, to, granularity, expected) => {
    const buckets = kpiBuckets(from, to, granularity);
    expect(buckets.map((b) => [b.start, b.end])).toEqual(expected.map(([s, e]) => [s, e]));
    buckets.forEach((b, i) => expect(b.months).toBeCloseTo(expected[i]![2], 12));
  });

  it('names a bad period', () => {
    expect(() => kpiBuckets('2026-02-30', '2026-03-01', 'DAY')).toThrow('period.from: must be a local date YYYY-MM-DD, got "2026-02-30"');
    expect(() => kpiBuckets('2026-03-01', '2026-03-01', 'DAY')).toThrow('period: from (2026-03-01) must be before to (2026-03-01)');
    expect(() => kpiBuckets('2000-01-01', '2026-01-01', 'DAY')).toThrow(/more than 1000 buckets/);
  });
});
