import type { CompiledCalendar } from './business-calendar.js';
import { toEpochMs } from './epoch-ms.js';

const MINUTE_MS = 60_000;

/**
 * @name businessMinutesBetween
 * @summary Business minutes in the half-open span `[from, to)`.
 *
 * @description
 * A business minute is a real, elapsed minute whose local wall-clock time (in the calendar's
 * zone) lies in a working interval of its local date. So DST neither gains nor loses a minute: a
 * 00:00-04:00 interval lasts 180 minutes on a spring-forward night and 300 on a fall-back night
 * (the repeated hour counts twice). The result is exact, in fractional minutes (seconds / 60),
 * never rounded.
 *
 * Reversed arguments (`from` after `to`) give the negative of the swapped call, so the function
 * is antisymmetric and `between(a, b) + between(b, c) === between(a, c)`; equal instants give 0.
 *
 * Cost: after the calendar's cache covers the span, two index lookups and a subtraction; the
 * cache fills with the days around the first query and grows as later ones need.
 *
 * @param calendar - a compiled calendar
 * @param from - the start instant, a `Date` or epoch milliseconds
 * @param to - the end instant (excluded), a `Date` or epoch milliseconds
 * @returns business minutes in `[from, to)`, negative when `from` is after `to`
 *
 * @throws {RangeError} when `from` or `to` is an invalid `Date` or not a finite instant.
 *
 * @example
 * // Mon-Fri 08:00-16:00 in Europe/Helsinki (UTC+2 in winter), Monday 2025-03-03 09:00 to 10:30 local:
 * businessMinutesBetween(helsinki, new Date('2025-03-03T07:00:00Z'), new Date('2025-03-03T08:30:00Z'));
 * //=> 90
 *
 * @example
 * // Friday 15:00 to Monday 09:00 local: 60 minutes on Friday, 60 on Monday.
 * businessMinutesBetween(helsinki, new Date('2025-03-07T13:00:00Z'), new Date('2025-03-10T07:00:00Z'));
 * //=> 120
 *
 * @example
 * businessMinutesBetween(helsinki, new Date('2025-03-10T07:00:00Z'), new Date('2025-03-07T13:00:00Z'));
 * //=> -120
 */
export function businessMinutesBetween(calendar: CompiledCalendar, from: Date | number, to: Date | number): number {
  const fromMs = toEpochMs(from, 'from');
  const toMs = toEpochMs(to, 'to');
  if (fromMs <= toMs) return calendar.workingTime.workingMsBetween(fromMs, toMs) / MINUTE_MS;
  const minutes = calendar.workingTime.workingMsBetween(toMs, fromMs) / MINUTE_MS;
  return minutes === 0 ? 0 : -minutes;
}
