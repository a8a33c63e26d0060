import type { StatusCategory } from '../../tickets/status-category.js';
import type { CompiledCalendar } from '../calendar/business-calendar.js';
import { businessMinutesBetween } from '../calendar/business-minutes-between.js';
import { lastStepBefore } from './last-step-before.js';
import type { StatusStep } from './ticket-history.js';

const MINUTE_MS = 60_000;

/** A stretch `[from, to)` of a clock, running or paused, with its business milliseconds. */
export interface ClockSegment {
  readonly from: number;
  to: number;
  readonly paused: boolean;
  workingMs: number;
}

/**
 * @name clockSegments
 * @summary Split a clock's span `[start, end)` into alternating running and paused segments.
 *
 * @description
 * A clock is paused while the status in force (the last step at or before the instant: an event
 * at t applies from t) is in `pausing`. Adjacent segments of the same kind are merged, so the
 * calendar is asked once per pause boundary: O(log steps + steps in the span). Each segment
 * carries its business time in whole milliseconds, exact (the calendar counts in milliseconds),
 * so sums do not drift.
 *
 * @param calendar - the clock's calendar
 * @param steps - the status timeline (statuses as clocks see them: UNMAPPED is OPEN)
 * @param start - the clock's start, epoch ms, not before the first step
 * @param end - its stop or the as-of instant, epoch ms, `>= start`
 * @param pausing - the statuses that pause this clock
 * @returns the segments in order, empty when `start === end`
 *
 * @example
 * // 24x7; OPEN from 09:00, WAITING_CUSTOMER from 10:00, OPEN from 13:00; span 09:00-15:00
 * clockSegments(TWENTY_FOUR_SEVEN_UTC, steps, nine, fifteen, new Set([StatusCategory.WAITING_CUSTOMER]));
 * //=> [{ from: 09:00, to: 10:00, paused: false, workingMs: 3_600_000 },
 * //    { from: 10:00, to: 13:00, paused: true, workingMs: 10_800_000 },
 * //    { from: 13:00, to: 15:00, paused: false, workingMs: 7_200_000 }]
 */
export function clockSegments(
  calendar: CompiledCalendar,
  steps: readonly StatusStep[],
  start: number,
  end: number,
  pausing: ReadonlySet<StatusCategory>,
): ClockSegment[] {
  const segments: ClockSegment[] = [];
  for (let i = Math.max(0, lastStepBefore(steps, start, true)); i < steps.length && steps[i].at < end; i++) {
    const from = Math.max(steps[i].at, start);
    const to = i + 1 < steps.length ? Math.min(steps[i + 1].at, end) : end;
    if (to <= from) continue;
    const paused = pausing.has(steps[i].status);
    const last = segments[segments.length - 1];
    if (last !== undefined && last.paused === paused) last.to = to;
    else segments.push({ from, to, paused, workingMs: 0 });
  }
  for (const segment of segments) segment.workingMs = workingMs(calendar, segment.from, segment.to);
  return segments;
}

/** Business milliseconds in `[from, to)`: the calendar's minutes are whole ms / 60 000, so rounding recovers them exactly. */
export function workingMs(calendar: CompiledCalendar, from: number, to: number): number {
  return Math.round(businessMinutesBetween(calendar, from, to) * MINUTE_MS);
}
