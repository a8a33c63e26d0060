import { IANAZone } from 'luxon';
import type { BusinessCalendarSpec } from './business-calendar.js';
import { CalendarError } from './calendar-error.js';
import { isoWeekday, monthDayOf, parseLocalDate, parseLocalTime } from './wall-clock.js';

/**
 * The working time of one local date: flattened `[start, end)` pairs in milliseconds after local
 * midnight (wall clock), sorted, disjoint and not touching.
 */
export type DayIntervals = readonly number[];

const CLOSED: DayIntervals = Object.freeze([]);
const MINUTE_MS = 60_000;
/** Month-days a year can have (with 02-29): when all are yearly holidays nothing ever recurs. */
const MONTH_DAYS_IN_A_LEAP_YEAR = 366;

/**
 * A validated business calendar reduced to what decides whether a local date works: which
 * intervals apply on a day number. Precedence: exception, then holiday (one-off or yearly), then
 * the weekly intervals.
 *
 * @example
 * const rules = CalendarRules.fromSpec(spec);
 * rules.intervalsOn(parseLocalDate('2025-03-03')!); //=> [28_800_000, 57_600_000] (08:00-16:00)
 */
export class CalendarRules {
  /** Whether working time keeps coming forever (some weekday works and not every date is a yearly holiday). */
  readonly hasRecurringWork: boolean;
  /** The last date an exception opens, or -Infinity; after it and without recurring work nothing works. */
  readonly lastExceptionWorkDay: number;

  private constructor(
    private readonly weekly: readonly DayIntervals[],
    private readonly exceptions: ReadonlyMap<number, DayIntervals>,
    private readonly holidays: ReadonlySet<number>,
    private readonly yearlyHolidays: ReadonlySet<number>,
  ) {
    this.hasRecurringWork = weekly.some((day) => day.length > 0) && yearlyHolidays.size < MONTH_DAYS_IN_A_LEAP_YEAR;
    let last = -Infinity;
    for (const [day, intervals] of exceptions) if (intervals.length > 0 && day > last) last = day;
    this.lastExceptionWorkDay = last;
  }

  /**
   * Validates a specification (all but its time zone) and indexes it.
   *
   * @throws {CalendarError} naming the first bad field and the value received there.
   */
  static fromSpec(spec: BusinessCalendarSpec): CalendarRules {
    const weeklyByDay: { start: unknown; end: unknown; field: string }[][] = [[], [], [], [], [], [], [], []];
    arrayField(spec.weeklyIntervals, 'weeklyIntervals').forEach((interval, i) => {
      const field = `weeklyIntervals[${i}]`;
      objectField(interval, field);
      const { weekday } = interval;
      if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
        throw new CalendarError(`${field}.weekday`, weekday, 'must be an ISO weekday, 1 (Monday) to 7 (Sunday)');
      }
      weeklyByDay[weekday].push({ start: interval.start, end: interval.end, field });
    });
    const weekly = weeklyByDay.map((intervals) => dayIntervals(intervals));

    const holidays = new Set<number>();
    const yearlyHolidays = new Set<number>();
    arrayField(spec.holidays, 'holidays').forEach((holiday, i) => {
      const field = `holidays[${i}]`;
      objectField(holiday, field);
      const day = dateField(holiday.date, `${field}.date`);
      if (typeof holiday.yearly !== 'boolean') throw new CalendarError(`${field}.yearly`, holiday.yearly, 'must be a boolean');
      if (holiday.yearly) yearlyHolidays.add(monthDayOf(day));
      else holidays.add(day);
    });

    const exceptions = new Map<number, DayIntervals>();
    arrayField(spec.exceptions, 'exceptions').forEach((exception, i) => {
      const field = `exceptions[${i}]`;
      objectField(exception, field);
      const day = dateField(exception.date, `${field}.date`);
      if (exceptions.has(day)) throw new CalendarError(`${field}.date`, exception.date, 'must not repeat another exception date');
      const intervals = arrayField(exception.intervals, `${field}.intervals`).map((interval, j) => {
        objectField(interval, `${field}.intervals[${j}]`);
        return { start: interval.start, end: interval.end, field: `${field}.intervals[${j}]` };
      });
      exceptions.set(day, dayIntervals(intervals));
    });
    return new CalendarRules(weekly, exceptions, holidays, yearlyHolidays);
  }

  /** The working intervals of a local date (days since 1970-01-01). */
  intervalsOn(dayNumber: number): DayIntervals {
    const exception = this.exceptions.get(dayNumber);
    if (exception !== undefined) return exception;
    if (this.holidays.has(dayNumber)) return CLOSED;
    if (this.yearlyHolidays.size > 0 && this.yearlyHolidays.has(monthDayOf(dayNumber))) return CLOSED;
    return this.weekly[isoWeekday(dayNumber)];
  }
}

/**
 * Validates a time zone name.
 *
 * @throws {CalendarError} when it is not a zone the runtime knows.
 */
export function validateTimeZone(timeZone: unknown): string {
  if (typeof timeZone !== 'string' || !IANAZone.isValidZone(timeZone)) {
    throw new CalendarError('timeZone', timeZone, 'must be an IANA time zone');
  }
  return timeZone;
}

/** Parses and unions intervals (overlapping or touching ones merge) into sorted `DayIntervals`. */
function dayIntervals(intervals: readonly { start: unknown; end: unknown; field: string }[]): DayIntervals {
  const parsed = intervals.map(({ start, end, field }) => {
    const startMinute = parseLocalTime(start);
    if (startMinute === undefined || startMinute === 1440) {
      throw new CalendarError(`${field}.start`, start, 'must be a local time HH:MM from 00:00 to 23:59');
    }
    const endMinute = parseLocalTime(end);
    if (endMinute === undefined) throw new CalendarError(`${field}.end`, end, 'must be a local time HH:MM from 00:01 to 24:00');
    if (endMinute <= startMinute) {
      throw new CalendarError(`${field}.end`, end, `must be later than start ${JSON.stringify(start)} (intervals are [start, end) within one day)`);
    }
    return [startMinute * MINUTE_MS, endMinute * MINUTE_MS] as const;
  });
  if (parsed.length === 0) return CLOSED;
  parsed.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of parsed) {
    const last = merged.length - 1;
    if (last > 0 && start <= merged[last]) merged[last] = Math.max(merged[last], end);
    else merged.push(start, end);
  }
  return Object.freeze(merged);
}

/** Checks at run time what the types promise (a spec often comes from JSON). */
function arrayField<T>(value: readonly T[], field: string): readonly T[] {
  if (!Array.isArray(value)) throw new CalendarError(field, value, 'must be an array');
  return value;
}

function objectField(value: unknown, field: string): void {
  if (typeof value !== 'object' || value === null) throw new CalendarError(field, value, 'must be an object');
}

function dateField(value: unknown, field: string): number {
  const day = parseLocalDate(value);
  if (day === undefined) throw new CalendarError(field, value, 'must be a local date YYYY-MM-DD');
  return day;
}
