import { CalendarError } from './calendar-error.js';
import { CalendarRules, validateTimeZone } from './calendar-rules.js';
import { buildUtcDays } from './utc-day-intervals.js';
import { WorkingTimeTable } from './working-time-table.js';
import { offsetAtFor } from './zone-offset.js';

/** Working hours of one weekday, local wall clock, half-open `[start, end)`. */
export interface WeeklyIntervalSpec {
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  readonly weekday: number;
  /** `HH:MM`, 00:00 to 23:59. */
  readonly start: string;
  /** `HH:MM`, later than `start`; `24:00` is the end of the day. */
  readonly end: string;
}

/** Local wall-clock hours `[start, end)` of an exception date. */
export interface TimeRangeSpec {
  readonly start: string;
  readonly end: string;
}

/** A closed local date; `yearly` repeats it on the same month and day (02-29 only in leap years). */
export interface HolidaySpec {
  /** `YYYY-MM-DD`, local date. */
  readonly date: string;
  readonly name?: string;
  readonly yearly: boolean;
}

/** A local date whose hours replace the weekly ones and beat a holiday; no intervals closes it. */
export interface DateExceptionSpec {
  /** `YYYY-MM-DD`, local date. */
  readonly date: string;
  readonly intervals: readonly TimeRangeSpec[];
}

/**
 * A business calendar as configured: a zone, weekly hours, holidays and date exceptions. Split
 * shifts are several intervals on one weekday; overlapping or touching intervals are united. An
 * interval cannot cross midnight: write 22:00-24:00 and 00:00-06:00 on the next weekday.
 */
export interface BusinessCalendarSpec {
  /** IANA time zone, e.g. `Europe/Helsinki`. */
  readonly timeZone: string;
  readonly weeklyIntervals: readonly WeeklyIntervalSpec[];
  readonly holidays: readonly HolidaySpec[];
  readonly exceptions: readonly DateExceptionSpec[];
}

/**
 * A validated calendar and its caches; make one with {@link compileCalendar} and reuse it, since
 * the cache of working intervals fills as it is queried.
 */
export interface CompiledCalendar {
  /** A frozen copy of the specification it was compiled from. */
  readonly spec: BusinessCalendarSpec;
  readonly timeZone: string;
  /** Internal: the cache `businessMinutesBetween` and `addBusinessMinutes` read. */
  readonly workingTime: WorkingTimeTable;
}

/**
 * @name compileCalendar
 * @summary Validate a business calendar and prepare it for fast queries.
 *
 * @description
 * Checks every field, then returns the calendar with an empty cache that
 * `businessMinutesBetween` and `addBusinessMinutes` fill lazily, day by day. The precedence on a
 * local date is: an exception (its intervals, or closed when it has none), else a holiday
 * (one-off or yearly), else the weekly intervals of its weekday.
 *
 * @param spec - the calendar as configured
 * @returns the compiled calendar (not tied to `spec`: later changes to `spec` do not affect it)
 *
 * @throws {CalendarError} (a `RangeError`) naming the bad field and the value received: an unknown
 * time zone, a time that is not `HH:MM` (`25:00`), an end not after its start, a weekday outside
 * 1-7, a malformed or impossible date (`2025-02-30`), a repeated exception date.
 *
 * @example
 * const helsinki = compileCalendar({
 *   timeZone: 'Europe/Helsinki',
 *   weeklyIntervals: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '16:00' })),
 *   holidays: [{ date: '2025-12-06', name: 'Independence Day', yearly: true }],
 *   exceptions: [{ date: '2025-12-24', intervals: [{ start: '08:00', end: '12:00' }] }],
 * });
 * helsinki.timeZone; //=> 'Europe/Helsinki'
 *
 * @example
 * compileCalendar({ ...spec, weeklyIntervals: [{ weekday: 1, start: '08:00', end: '25:00' }] });
 * //=> throws CalendarError: weeklyIntervals[0].end must be a local time HH:MM from 00:01 to 24:00; received "25:00"
 */
export function compileCalendar(spec: BusinessCalendarSpec): CompiledCalendar {
  if (typeof spec !== 'object' || spec === null) throw new CalendarError('spec', spec, 'must be an object');
  const timeZone = validateTimeZone(spec.timeZone);
  const rules = CalendarRules.fromSpec(spec);
  const offsetAt = offsetAtFor(timeZone);
  // A local date's working time lies within the UTC day before, of, or after it.
  const lastWorkingDay = rules.hasRecurringWork ? Infinity : rules.lastExceptionWorkDay + 1;
  const workingTime = new WorkingTimeTable(
    (firstDay, count) => buildUtcDays(rules, offsetAt, firstDay, count),
    lastWorkingDay,
  );
  return Object.freeze({ spec: frozenCopy(spec), timeZone, workingTime });
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/**
 * Every instant is working time: 24x7 in UTC, no holidays. Business minutes equal elapsed minutes.
 *
 * @example
 * businessMinutesBetween(TWENTY_FOUR_SEVEN_UTC, new Date('2025-03-01T00:00:00Z'), new Date('2025-03-02T00:00:00Z'));
 * //=> 1440
 */
export const TWENTY_FOUR_SEVEN_UTC: CompiledCalendar = compileCalendar({
  timeZone: 'UTC',
  weeklyIntervals: EVERY_DAY.map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  holidays: [],
  exceptions: [],
});

function frozenCopy(spec: BusinessCalendarSpec): BusinessCalendarSpec {
  return Object.freeze({
    timeZone: spec.timeZone,
    weeklyIntervals: Object.freeze(spec.weeklyIntervals.map((interval) => Object.freeze({ ...interval }))),
    holidays: Object.freeze(spec.holidays.map((holiday) => Object.freeze({ ...holiday }))),
    exceptions: Object.freeze(
      spec.exceptions.map((exception) =>
        Object.freeze({
          date: exception.date,
          intervals: Object.freeze(exception.intervals.map((interval) => Object.freeze({ ...interval }))),
        }),
      ),
    ),
  });
}
