import { describe, expect, it } from 'vitest';
import { compileCalendar, type BusinessCalendarSpec } from './business-calendar.js';
import { CalendarRules } from './calendar-rules.js';
import { buildUtcDays } from './utc-day-intervals.js';
import { WorkingTimeTable } from './working-time-table.js';
import { offsetAtFor } from './zone-offset.js';

const SPEC: BusinessCalendarSpec = {
  timeZone: 'America/New_York',
  weeklyIntervals: [
    ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '12:00' })),
    ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '13:00', end: '17:00' })),
    { weekday: 7, start: '00:00', end: '04:00' },
  ],
  holidays: [{ date: '2021-07-04', yearly: true }],
  exceptions: [{ date: '2025-11-02', intervals: [{ start: '01:00', end: '01:30' }] }],
};

/** A table holding at most `maxDays` days, to exercise windowing and restarts on short spans. */
function smallTable(maxDays: number): WorkingTimeTable {
  const rules = CalendarRules.fromSpec(SPEC);
  const offsetAt = offsetAtFor(SPEC.timeZone);
  return new WorkingTimeTable((first, count) => buildUtcDays(rules, offsetAt, first, count), Infinity, maxDays);
}

function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 4_294_967_296;
  };
}

describe('WorkingTimeTable', () => {
  it('gives the same answers when it must sum in windows and restart far away', () => {
    const reference = compileCalendar(SPEC).workingTime;
    const random = prng(7);
    const tiny = smallTable(5);
    const first = Date.UTC(2020, 0, 1);
    const range = Date.UTC(2030, 0, 1) - first;
    for (let i = 0; i < 300; i++) {
      const from = first + Math.floor(random() * range);
      const to = from + Math.floor(random() * 60 * 86_400_000);
      expect(tiny.workingMsBetween(from, to), `span ${i}`).toBe(reference.workingMsBetween(from, to));
      const workingMs = Math.floor(random() * 40 * 3_600_000) + 1;
      expect(tiny.instantAfter(from, workingMs), `instant ${i}`).toBe(reference.instantAfter(from, workingMs));
    }
  });

  it('grows in both directions in any query order', () => {
    const table = smallTable(1 << 16);
    const reference = smallTable(1 << 16);
    const day = 86_400_000;
    const base = Date.UTC(2025, 5, 1);
    // A long forward span first, then queries before and after the cached range.
    const spans: [number, number][] = [[base, base + 400 * day], [base - 3000 * day, base - 2990 * day], [base + 5000 * day, base + 5001 * day]];
    const expected = spans.map(([from, to]) => reference.workingMsBetween(from, to));
    const fresh = spans.map(([from, to]) => smallTable(1 << 16).workingMsBetween(from, to));
    expect(spans.map(([from, to]) => table.workingMsBetween(from, to))).toEqual(expected);
    expect(fresh).toEqual(expected);
  });
});
