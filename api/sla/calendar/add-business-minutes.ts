import type { CompiledCalendar } from './business-calendar.js';
import { toEpochMs } from './epoch-ms.js';

const MINUTE_MS = 60_000;
/** Below this, a computed instant is taken as the whole millisecond it rounds to (float noise). */
const MS_TOLERANCE = 1e-6;

/**
 * @name addBusinessMinutes
 * @summary The instant at which a number of business minutes have elapsed since a start.
 *
 * @description
 * Returns the EARLIEST instant `t >= start` with `businessMinutesBetween(calendar, start, t)`
 * equal to `minutes`. When the target is reached exactly at the end of a working interval, that
 * is the interval's end (a 09:00-17:30 day with 30 minutes left at 17:00 is due at 17:30, not at
 * the next opening). `minutes = 0` returns `start` itself, even outside working hours. Fractional
 * minutes are allowed; since a `Date` holds whole milliseconds, an instant between two
 * milliseconds is rounded up to the next one (so the target is always reached).
 *
 * Negative minutes throw rather than count backwards: a due date is never before its start.
 *
 * @param calendar - a compiled calendar
 * @param start - the instant the clock starts, a `Date` or epoch milliseconds
 * @param minutes - business minutes to add, finite and `>= 0`
 * @returns a new `Date`
 *
 * @throws {RangeError} when `start` is not a valid instant, `minutes` is negative or not finite,
 * or the calendar never accumulates that much working time (or only after the last `Date`).
 *
 * @example
 * // Mon-Fri 09:00-17:30 in America/New_York; 60 minutes from Friday 2025-03-07 16:30 local:
 * addBusinessMinutes(newYork, new Date('2025-03-07T21:30:00Z'), 60);
 * //=> 2025-03-07T22:30:00.000Z (Friday 17:30 local, not Monday 09:00)
 *
 * @example
 * // 90 minutes from Friday 17:00 local: 30 on Friday, 60 on Monday (the clocks sprang forward on Sunday).
 * addBusinessMinutes(newYork, new Date('2025-03-07T22:00:00Z'), 90);
 * //=> 2025-03-10T14:00:00.000Z (Monday 10:00 local)
 */
export function addBusinessMinutes(calendar: CompiledCalendar, start: Date | number, minutes: number): Date {
  const startMs = toEpochMs(start, 'start');
  if (!(minutes >= 0 && Number.isFinite(minutes))) {
    throw new RangeError(`minutes must be a finite number >= 0; received ${String(minutes)}`);
  }
  if (minutes === 0) return new Date(startMs);
  const instant = calendar.workingTime.instantAfter(startMs, minutes * MINUTE_MS);
  const whole = Math.round(instant);
  return new Date(Math.abs(instant - whole) < MS_TOLERANCE ? whole : Math.ceil(instant));
}
