import type { CompiledCalendar } from '../calendar/business-calendar.js';
import { addBusinessMinutes } from '../calendar/add-business-minutes.js';
import type { ClockSegment } from './clock-segments.js';

const MINUTE_MS = 60_000;

/**
 * @name dueInstant
 * @summary The earliest instant at which a clock's elapsed business time reaches its target.
 *
 * @description
 * Walks the running segments, skipping the paused ones, until the target is used up; the due
 * instant is then the calendar's earliest instant in that segment (rule 5: it can be the end of a
 * working interval, e.g. Friday 17:30, long before the next event). When the segments end first
 * (at the stop, or at as-of for a running clock) the clock is assumed to run on, unpaused, from
 * `end`: for a running clock that is "no further pause from as-of on" (a clock paused at as-of
 * is assumed to resume at as-of); for a stopped clock it is the instant the target would have
 * been reached, which is after the stop, so it was met.
 *
 * @param calendar - the clock's calendar
 * @param start - the clock's start, epoch ms (the due instant of a 0 target)
 * @param segments - the clock's segments from `start` to `end`
 * @param end - the clock's stop or the as-of instant, epoch ms
 * @param targetMinutes - the target in business minutes, `>= 0`
 * @returns the due instant, or `null` when the calendar never has that much working time again
 *
 * @example
 * // 24x7; target 480; running 09:00-10:00, paused 10:00-13:00, running 13:00-15:00 (stopped)
 * dueInstant(TWENTY_FOUR_SEVEN_UTC, nine, segments, fifteen, 480); //=> 20:00 the same day
 */
export function dueInstant(
  calendar: CompiledCalendar,
  start: number,
  segments: readonly ClockSegment[],
  end: number,
  targetMinutes: number,
): Date | null {
  if (targetMinutes <= 0) return new Date(start);
  let remainingMs = targetMinutes * MINUTE_MS;
  for (const segment of segments) {
    if (segment.paused) continue;
    if (segment.workingMs >= remainingMs) return addBusinessMinutes(calendar, segment.from, minutesNotOver(remainingMs));
    remainingMs -= segment.workingMs;
  }
  try {
    return addBusinessMinutes(calendar, end, minutesNotOver(remainingMs));
  } catch (error) {
    // Only a calendar whose working time runs out (exceptions only, no weekly hours) gets here:
    // the target is never reached, so there is no due instant.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * `ms` as minutes that never turn back into more than `ms`: `ms / 60_000 * 60_000` can exceed
 * `ms` by an ulp, and a target a hair over a working interval's total would be reached only at
 * the next opening (Monday 09:00 instead of Friday 17:30). A hair under is harmless, since
 * `addBusinessMinutes` rounds a fractional millisecond up to the exact whole one.
 *
 * @example
 * minutesNotOver(1_234_567) * 60_000 <= 1_234_567; //=> true
 */
export function minutesNotOver(ms: number): number {
  let minutes = ms / MINUTE_MS;
  while (minutes * MINUTE_MS > ms) minutes *= 1 - Number.EPSILON;
  return minutes;
}
