import type { StatusCategory } from '../../tickets/status-category.js';
import type { CompiledCalendar } from '../calendar/business-calendar.js';
import { clockSegments } from './clock-segments.js';
import type { ClockPolicy } from './clock-policy.js';
import type { ClockName, ClockResult, ClockStatus } from './clock-result.js';
import { targetMinutes, targetPriority } from './clock-target.js';
import { dueInstant } from './due-instant.js';
import type { TicketHistory } from './ticket-history.js';

const MINUTE_MS = 60_000;

/** One cycle of one clock to measure. Instants in epoch ms. */
export interface ClockSpan {
  readonly clock: ClockName;
  readonly start: number;
  /** `null` when the clock still runs at the history's horizon (as-of). */
  readonly stop: number | null;
  readonly pausing: ReadonlySet<StatusCategory>;
}

/**
 * @name measureClock
 * @summary Measure and judge one cycle of one clock at as-of.
 *
 * @description
 * Elapsed and paused are the business minutes of the running and paused segments between the
 * start and the stop (or as-of). With a target, the due instant is `dueInstant`'s; a stopped clock
 * is MET iff it stopped at or before it (instants compared, so met exactly at the due instant);
 * a running one is BREACHED once the due instant is at or before as-of, else PENDING. A due
 * instant that never comes (a calendar that runs out of working time) means MET or PENDING.
 * Without a target: NO_TARGET, no due instant, but elapsed and paused still measured.
 *
 * @example
 * // 24x7, P2 (first response 60), created 09:00, answered 09:20
 * measureClock(TWENTY_FOUR_SEVEN_UTC, policy, history, { clock: 'FIRST_RESPONSE', start: nine, stop: nineTwenty, pausing: new Set() });
 * //=> { clock: 'FIRST_RESPONSE', targetMinutes: 60, elapsedMinutes: 20, pausedMinutes: 0, startedAt: 09:00,
 * //     stoppedAt: 09:20, dueAt: 10:00, status: 'MET', policyVersion: policy.version }
 */
export function measureClock(calendar: CompiledCalendar, policy: ClockPolicy | null, history: TicketHistory, span: ClockSpan): ClockResult {
  const end = span.stop ?? history.horizon;
  const segments = clockSegments(calendar, history.statusSteps, span.start, end, span.pausing);
  let runningMs = 0;
  let pausedMs = 0;
  for (const segment of segments) {
    if (segment.paused) pausedMs += segment.workingMs;
    else runningMs += segment.workingMs;
  }
  const target = targetMinutes(policy, span.clock, targetPriority(history, span.stop));
  const dueAt = target === null ? null : dueInstant(calendar, span.start, segments, end, target);
  return {
    clock: span.clock,
    targetMinutes: target,
    elapsedMinutes: runningMs / MINUTE_MS,
    pausedMinutes: pausedMs / MINUTE_MS,
    startedAt: new Date(span.start),
    stoppedAt: span.stop === null ? null : new Date(span.stop),
    dueAt,
    status: judge(target, span.stop, dueAt, history.horizon),
    policyVersion: policy?.version ?? null,
  };
}

function judge(target: number | null, stop: number | null, dueAt: Date | null, asOf: number): ClockStatus {
  if (target === null) return 'NO_TARGET';
  const due = dueAt?.getTime() ?? Infinity;
  if (stop !== null) return stop <= due ? 'MET' : 'BREACHED';
  return due <= asOf ? 'BREACHED' : 'PENDING';
}
