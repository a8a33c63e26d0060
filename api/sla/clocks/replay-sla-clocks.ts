import type { StatusCategory } from '../../tickets/status-category.js';
import type { CompiledCalendar } from '../calendar/business-calendar.js';
import { DEFAULT_CLOCK_PAUSING, type ClockPolicy } from './clock-policy.js';
import type { SlaClocks } from './clock-result.js';
import type { ClockTicket } from './clock-ticket.js';
import { measureClock } from './measure-clock.js';
import { replayHistory } from './ticket-history.js';

/**
 * @name replaySlaClocks
 * @summary Replay one ticket's events into its FIRST_RESPONSE and RESOLUTION clocks, judged at as-of.
 *
 * @description
 * Pure: no I/O, no current time; the same input gives the same output. Implements kpi-sla.md
 * "SLA clocks" and precise rules 1-7, 13, 16 and 17:
 *
 * - Response: starts at creation; stops at the first non-automatic agent public reply or the first
 *   move into IN_PROGRESS, RESOLVED or CLOSED (at creation when created in one of those); pauses
 *   only in `pausing.firstResponse` (default none).
 * - Resolution: starts at creation; stops at the first resolution (entering RESOLVED or CLOSED
 *   from another category; at creation when created resolved); pauses in `pausing.resolution`
 *   (default WAITING_CUSTOMER). Each reopen starts a later cycle; `resolution` is the first.
 * - UNMAPPED behaves as OPEN; customer replies, automatic replies, tier and assignee changes
 *   stop nothing and end no pause; CANCELLED stops nothing and pauses only if the policy lists it
 *   (cancelled tickets are measured as their events say; the KPIs exclude them).
 * - Elapsed and paused are exact business minutes of `calendar`. A priority change re-targets
 *   every clock still running at its instant; the outcome is judged against the final target.
 * - As of `asOf`: events after it are ignored (one exactly at it applies), events before creation
 *   happen at creation, and an `asOf` before creation is taken as the creation instant.
 * - No policy: every clock is NO_TARGET with `policyVersion` null, measured with the default
 *   pausing statuses.
 *
 * Cost: O(n log n) for the defensive sort of n events, then one linear pass, one calendar query
 * per pause boundary and one due-instant query per clock; no per-minute loops.
 *
 * @param ticket - creation instant, values at creation (see `initialValues`) and events
 * @param policy - the policy version in force on the ticket's creation date, or `null`
 * @param calendar - the clocks' calendar (client's, else the policy's, else 24x7 UTC)
 * @param asOf - the data's as-of instant: MET / BREACHED / PENDING are judged there
 * @returns both clocks (first cycle) and every resolution cycle
 *
 * @throws {RangeError} for an invalid `createdAt`, `asOf` or event `at`, or a negative target.
 *
 * @example
 * // 24x7 UTC, P2 targets 60 / 480, WAITING_CUSTOMER pauses resolution.
 * const clocks = replaySlaClocks(
 *   {
 *     createdAt: new Date('2025-03-03T09:00:00Z'),
 *     initialStatus: StatusCategory.NEW,
 *     initialPriority: Priority.P2,
 *     events: [
 *       { at: new Date('2025-03-03T09:01:00Z'), seq: 1, kind: TicketEventKind.AGENT_PUBLIC_REPLY, automatic: true },
 *       { at: new Date('2025-03-03T09:20:00Z'), seq: 2, kind: TicketEventKind.AGENT_PUBLIC_REPLY },
 *       { at: new Date('2025-03-03T10:00:00Z'), seq: 3, kind: TicketEventKind.STATUS_CHANGED, from: 'NEW', to: 'WAITING_CUSTOMER' },
 *       { at: new Date('2025-03-03T13:00:00Z'), seq: 4, kind: TicketEventKind.STATUS_CHANGED, from: 'WAITING_CUSTOMER', to: 'OPEN' },
 *       { at: new Date('2025-03-03T15:00:00Z'), seq: 5, kind: TicketEventKind.STATUS_CHANGED, from: 'OPEN', to: 'RESOLVED' },
 *     ],
 *   },
 *   policy,
 *   TWENTY_FOUR_SEVEN_UTC,
 *   new Date('2025-03-04T00:00:00Z'),
 * );
 * clocks.firstResponse; //=> { elapsedMinutes: 20, stoppedAt: 09:20, dueAt: 10:00, status: 'MET', ... }
 * clocks.resolution; //=> { elapsedMinutes: 180, pausedMinutes: 180, stoppedAt: 15:00, dueAt: 20:00, status: 'MET', ... }
 */
export function replaySlaClocks(ticket: ClockTicket, policy: ClockPolicy | null, calendar: CompiledCalendar, asOf: Date): SlaClocks {
  const history = replayHistory(ticket, asOf);
  const pausing = policy?.pausing ?? DEFAULT_CLOCK_PAUSING;
  const firstResponse = measureClock(calendar, policy, history, {
    clock: 'FIRST_RESPONSE',
    start: history.createdAt,
    stop: history.firstResponseAt,
    pausing: statusSet(pausing.firstResponse),
  });
  const resolutionPausing = statusSet(pausing.resolution);
  const resolutionCycles = history.resolutionCycles.map((cycle) =>
    measureClock(calendar, policy, history, { clock: 'RESOLUTION', start: cycle.start, stop: cycle.stop, pausing: resolutionPausing }),
  );
  return { firstResponse, resolution: resolutionCycles[0], resolutionCycles };
}

/**
 * The pausing statuses as listed. UNMAPPED is not mapped here: the timeline already shows an
 * UNMAPPED ticket as OPEN, so it pauses iff OPEN is listed, and listing UNMAPPED pauses nothing.
 */
function statusSet(statuses: readonly StatusCategory[]): ReadonlySet<StatusCategory> {
  return new Set(statuses);
}
