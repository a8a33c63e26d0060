import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes } from './add-business-minutes.js';
import { compileCalendar, type BusinessCalendarSpec, type TimeRangeSpec } from './business-calendar.js';
import { businessMinutesBetween } from './business-minutes-between.js';
import { prng } from '../../../test/support/seeded-random.js';

/**
 * Property test against a deliberately naive oracle: it classifies every real UTC minute of a
 * window on its own, asking luxon for the local date, weekday and wall-clock time, then applies
 * the spec's rules literally (exception, else holiday, else weekly). It shares no code with the
 * implementation. Offsets and interval boundaries are whole minutes in these zones, so a real
 * minute is either all working or all not.
 */
const MINUTE_MS = 60_000;

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function isWorking(spec: BusinessCalendarSpec, at: DateTime): boolean {
  const date = at.toISODate()!;
  const exception = spec.exceptions.find((e) => e.date === date);
  let intervals: readonly TimeRangeSpec[];
  if (exception) intervals = exception.intervals;
  else if (spec.holidays.some((h) => h.date === date || (h.yearly && h.date.slice(5) === date.slice(5)))) intervals = [];
  else intervals = spec.weeklyIntervals.filter((w) => w.weekday === at.weekday);
  const minute = at.hour * 60 + at.minute;
  return intervals.some((i) => minutesOf(i.start) <= minute && minute < minutesOf(i.end));
}

/** Business ms of the window `[start, end)` (whole UTC minutes), answered from a per-minute prefix sum. */
function minuteLoopOracle(spec: BusinessCalendarSpec, start: number, end: number) {
  const count = (end - start) / MINUTE_MS;
  const working = new Uint8Array(count);
  const prefix = new Float64Array(count + 1);
  for (let m = 0; m < count; m++) {
    working[m] = isWorking(spec, DateTime.fromMillis(start + m * MINUTE_MS, { zone: spec.timeZone })) ? 1 : 0;
    prefix[m + 1] = prefix[m] + working[m];
  }
  /** Business minutes in [from, to), from <= to, whole milliseconds inside the window. */
  return (from: number, to: number): number => {
    const first = Math.floor((from - start) / MINUTE_MS);
    const last = Math.floor((to - start) / MINUTE_MS);
    if (first === last) return (working[first] * (to - from)) / MINUTE_MS;
    const head = working[first] * (start + (first + 1) * MINUTE_MS - from);
    const tail = last < count ? working[last] * (to - (start + last * MINUTE_MS)) : 0;
    return (head + (prefix[last] - prefix[first + 1]) * MINUTE_MS + tail) / MINUTE_MS;
  };
}


const weekdays = (days: number[], start: string, end: string) => days.map((weekday) => ({ weekday, start, end }));

const CASES: { name: string; spec: BusinessCalendarSpec; windows: [string, string][] }[] = [
  {
    name: 'Europe/Helsinki split shifts, holidays and exceptions around both transitions',
    spec: {
      timeZone: 'Europe/Helsinki',
      weeklyIntervals: [...weekdays([1, 2, 3, 4, 5], '08:00', '12:00'), ...weekdays([1, 2, 3, 4, 5], '13:00', '17:00'), ...weekdays([7], '00:00', '04:00')],
      holidays: [
        { date: '2025-03-31', yearly: false },
        { date: '2024-10-24', yearly: true },
        { date: '2025-10-27', yearly: false },
      ],
      exceptions: [
        { date: '2025-03-29', intervals: [{ start: '02:30', end: '03:30' }] },
        { date: '2025-10-24', intervals: [{ start: '10:00', end: '11:00' }] },
        { date: '2025-10-22', intervals: [] },
      ],
    },
    windows: [['2025-03-15T00:00:00Z', '2025-04-15T00:00:00Z'], ['2025-10-10T00:00:00Z', '2025-11-10T00:00:00Z']],
  },
  {
    name: 'America/New_York nights to 24:00, early mornings and a yearly holiday',
    spec: {
      timeZone: 'America/New_York',
      weeklyIntervals: [...weekdays([1, 2, 3, 4, 5, 6, 7], '00:00', '04:00'), ...weekdays([1, 3, 5], '20:00', '24:00'), ...weekdays([2, 4], '09:00', '17:30')],
      holidays: [{ date: '2020-11-04', yearly: true }, { date: '2025-03-11', yearly: false }],
      exceptions: [{ date: '2025-11-02', intervals: [{ start: '01:00', end: '02:00' }, { start: '05:00', end: '06:00' }] }],
    },
    windows: [['2025-02-25T00:00:00Z', '2025-03-25T00:00:00Z'], ['2025-10-20T00:00:00Z', '2025-11-20T00:00:00Z']],
  },
  {
    name: 'Australia/Sydney weekdays around the clock, Sunday nights and an exception on a transition day',
    spec: {
      timeZone: 'Australia/Sydney',
      weeklyIntervals: [...weekdays([1, 2, 3, 4, 5], '00:00', '24:00'), ...weekdays([7], '01:30', '03:30')],
      holidays: [{ date: '2025-04-07', yearly: false }],
      exceptions: [{ date: '2025-10-05', intervals: [{ start: '00:00', end: '02:30' }, { start: '03:00', end: '04:00' }] }],
    },
    windows: [['2025-03-25T00:00:00Z', '2025-04-20T00:00:00Z'], ['2025-09-25T00:00:00Z', '2025-10-20T00:00:00Z']],
  },
  {
    name: 'Australia/Lord_Howe (30-minute DST) with Sunday and weekday nights',
    spec: {
      timeZone: 'Australia/Lord_Howe',
      weeklyIntervals: [...weekdays([7], '01:00', '03:00'), ...weekdays([1, 2, 3, 4, 5], '01:45', '02:45')],
      holidays: [],
      exceptions: [],
    },
    windows: [['2025-03-25T00:00:00Z', '2025-04-20T00:00:00Z'], ['2025-09-25T00:00:00Z', '2025-10-20T00:00:00Z']],
  },
];

const SPANS_PER_WINDOW = 500;

describe('businessMinutesBetween and addBusinessMinutes against a naive minute-loop oracle', () => {
  it.each(CASES)('$name', ({ spec, windows }) => {
    const calendar = compileCalendar(spec);
    const random = prng(20_251_127);
    let checked = 0;
    for (const [windowStartIso, windowEndIso] of windows) {
      const windowStart = Date.parse(windowStartIso);
      const windowEnd = Date.parse(windowEndIso);
      const oracle = minuteLoopOracle(spec, windowStart, windowEnd);
      const instant = (min: number, max: number) => {
        const ms = min + Math.floor(random() * (max - min));
        const grain = [1, 1000, MINUTE_MS, 15 * MINUTE_MS][Math.floor(random() * 4)]; // hit boundaries too
        return Math.max(min, ms - (ms % grain));
      };
      for (let i = 0; i < SPANS_PER_WINDOW; i++) {
        const from = instant(windowStart, windowEnd - 1);
        const longest = [2 * 3_600_000, 3 * 86_400_000, 21 * 86_400_000][i % 3];
        const to = instant(from, Math.min(windowEnd, from + longest) + 1);
        const expected = oracle(from, to);
        const minutes = businessMinutesBetween(calendar, from, to);
        expect(Math.abs(minutes - expected), `[${new Date(from).toISOString()}, ${new Date(to).toISOString()})`).toBeLessThanOrEqual(1e-9);
        expect(businessMinutesBetween(calendar, new Date(to), new Date(from))).toBe(minutes === 0 ? 0 : -minutes);

        // Round trip: the due instant is the earliest one at which `minutes` have elapsed.
        const due = addBusinessMinutes(calendar, from, minutes).getTime();
        expect(due).toBeLessThanOrEqual(to);
        expect(Math.abs(businessMinutesBetween(calendar, from, due) - minutes)).toBeLessThanOrEqual(1e-9);
        expect(businessMinutesBetween(calendar, due, to)).toBe(0);
        if (minutes > 0) expect(businessMinutesBetween(calendar, from, due - 1)).toBeLessThan(minutes);
        else expect(due).toBe(from);
        checked++;
      }
    }
    expect(checked).toBe(windows.length * SPANS_PER_WINDOW);
  });
});
