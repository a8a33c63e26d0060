import { priorityValue, statusValue } from '../../tickets/history/event-values.js';
import { isReopen, isResolution, isRespondedStatus, isResolvedStatus } from '../../tickets/history/status-rules.js';
import type { Priority } from '../../tickets/priority.js';
import type { StatusCategory } from '../../tickets/status-category.js';
import { TicketEventKind } from '../../tickets/ticket-event-kind.js';
import { clockStatus } from './clock-status.js';
import type { ClockTicket } from './clock-ticket.js';
import { eventsAsOf } from './ordered-events.js';

/** The status (as clocks see it: UNMAPPED is OPEN) in force from `at` until the next step. */
export interface StatusStep {
  readonly at: number;
  readonly status: StatusCategory;
}

/** A priority in force from `at` (the last change at that instant). */
export interface PriorityStep {
  readonly at: number;
  readonly priority: Priority;
}

/** One resolution cycle: from creation or a reopen to the next resolution (`null`: running). */
export interface Cycle {
  readonly start: number;
  stop: number | null;
}

/** A ticket's life as of `horizon`, reduced to what the clocks measure. Instants in epoch ms. */
export interface TicketHistory {
  readonly createdAt: number;
  /** The as-of instant (never before `createdAt`); nothing after it has happened. */
  readonly horizon: number;
  /** Strictly increasing `at`, the first at `createdAt`. */
  readonly statusSteps: readonly StatusStep[];
  readonly initialPriority: Priority;
  /** Strictly increasing `at`, all at or after `createdAt`. */
  readonly prioritySteps: readonly PriorityStep[];
  /** When the response clock stopped, `null` if it still runs at `horizon`. */
  readonly firstResponseAt: number | null;
  /** The first cycle, then one per reopen. */
  readonly resolutionCycles: readonly Cycle[];
}

/**
 * @name replayHistory
 * @summary Replay a ticket's events, in order, into its status timeline and clock stops.
 *
 * @description
 * One pass over the events as of `asOf` (see `eventsAsOf`: later events are ignored, earlier-
 * than-creation ones happen at creation). The state changes event by event, so a stop or a
 * resolution inside a same-instant burst counts even if a later event at that instant undoes it
 * (IN_PROGRESS then OPEN at t still answers at t). The timelines keep only the last state per
 * instant: the intermediate ones last zero time.
 *
 * - Response: stops at creation when created IN_PROGRESS, RESOLVED or CLOSED, else at the first
 *   non-automatic AGENT_PUBLIC_REPLY or move into one of those. Customer replies, tier and
 *   assignee changes, and automatic replies do nothing.
 * - Resolution cycles: the first runs from creation (stopped at creation when created resolved);
 *   a resolution stops the running cycle; a reopen starts a new one at its instant. A resolution
 *   while no cycle runs (RESOLVED -> CANCELLED -> OPEN -> RESOLVED: un-cancelling is no reopen)
 *   starts and stops nothing.
 * - A change's `to` is the new value; `from` is not read (the replay trusts its own state).
 *
 * @example
 * replayHistory({ createdAt: nine, initialStatus: NEW, initialPriority: P2, events: [
 *   { at: ten, seq: 1, kind: STATUS_CHANGED, from: 'NEW', to: 'RESOLVED' },
 *   { at: eleven, seq: 2, kind: STATUS_CHANGED, from: 'RESOLVED', to: 'OPEN' },
 * ] }, noon).resolutionCycles;
 * //=> [{ start: nine, stop: ten }, { start: eleven, stop: null }] (epoch ms)
 */
export function replayHistory(ticket: ClockTicket, asOf: Date): TicketHistory {
  const createdAt = instant(ticket.createdAt, 'createdAt');
  const horizon = Math.max(instant(asOf, 'asOf'), createdAt);
  let status = clockStatus(ticket.initialStatus);
  const statusSteps: StatusStep[] = [{ at: createdAt, status }];
  const prioritySteps: PriorityStep[] = [];
  let firstResponseAt = isRespondedStatus(status) ? createdAt : null;
  const resolutionCycles: Cycle[] = [{ start: createdAt, stop: isResolvedStatus(status) ? createdAt : null }];

  for (const { at, event } of eventsAsOf(ticket.events, createdAt, horizon)) {
    switch (event.kind) {
      case TicketEventKind.AGENT_PUBLIC_REPLY:
        if (!event.automatic && firstResponseAt === null) firstResponseAt = at;
        break;
      case TicketEventKind.STATUS_CHANGED: {
        const next = clockStatus(statusValue(event.to));
        if (firstResponseAt === null && isRespondedStatus(next)) firstResponseAt = at;
        const cycle = resolutionCycles[resolutionCycles.length - 1];
        if (isResolution(status, next) && cycle.stop === null) cycle.stop = at;
        else if (isReopen(status, next)) resolutionCycles.push({ start: at, stop: null });
        status = next;
        pushStep(statusSteps, { at, status });
        break;
      }
      case TicketEventKind.PRIORITY_CHANGED:
        pushStep(prioritySteps, { at, priority: priorityValue(event.to) });
        break;
      default:
        // CUSTOMER_REPLY never stops a clock or ends a pause (rule 16); tier and assignee
        // changes do not touch the SLA clocks.
        break;
    }
  }
  return { createdAt, horizon, statusSteps, initialPriority: ticket.initialPriority, prioritySteps, firstResponseAt, resolutionCycles };
}

/** Appends a step, replacing the last one when it is at the same instant (it lasted no time). */
function pushStep<S extends { readonly at: number }>(steps: S[], step: S): void {
  if (steps.length > 0 && steps[steps.length - 1].at === step.at) steps[steps.length - 1] = step;
  else steps.push(step);
}

function instant(date: Date, name: string): number {
  const ms = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date; received ${String(date)}`);
  return ms;
}
