import { priorityValue, statusValue } from '../../tickets/history/event-values.js';
import { orderEvents } from '../../tickets/history/order-events.js';
import { valueAtCreation } from '../../tickets/history/value-at-creation.js';
import type { Priority } from '../../tickets/priority.js';
import type { StatusCategory } from '../../tickets/status-category.js';
import { TicketEventKind } from '../../tickets/ticket-event-kind.js';
import type { ClockEvent } from './clock-ticket.js';

/** A ticket's status and priority at creation. */
export interface InitialValues {
  readonly status: StatusCategory;
  readonly priority: Priority;
}

/**
 * @name initialValues
 * @summary A ticket's status and priority at creation, from its current values and its events.
 *
 * @description
 * kpi-sla.md (see `valueAtCreation`): the value at creation is the `from` of the first change of
 * its kind (in `(at, seq)` order), or the current value when there is none. A first change whose `from` is missing or not
 * a normalized value gives UNMAPPED (status; the clocks treat it as OPEN) or NONE (priority):
 * the source did not say, and the current value is a later fact, not the creation one.
 *
 * @param currentStatus - the ticket's status category now
 * @param currentPriority - the ticket's priority now
 * @param events - the ticket's events, in any order
 * @returns `{ status, priority }` at creation
 *
 * @example
 * initialValues(StatusCategory.RESOLVED, Priority.P1, [
 *   { at: new Date('2025-03-03T09:10:00Z'), seq: 2, kind: TicketEventKind.STATUS_CHANGED, from: 'NEW', to: 'RESOLVED' },
 *   { at: new Date('2025-03-03T09:05:00Z'), seq: 1, kind: TicketEventKind.PRIORITY_CHANGED, from: 'P3', to: 'P1' },
 * ]);
 * //=> { status: StatusCategory.NEW, priority: Priority.P3 }
 *
 * @example
 * initialValues(StatusCategory.OPEN, Priority.P2, []); //=> { status: StatusCategory.OPEN, priority: Priority.P2 }
 */
export function initialValues(currentStatus: StatusCategory, currentPriority: Priority, events: readonly ClockEvent[]): InitialValues {
  const ordered = orderEvents(events);
  return {
    status: valueAtCreation(ordered, TicketEventKind.STATUS_CHANGED, statusValue, currentStatus),
    priority: valueAtCreation(ordered, TicketEventKind.PRIORITY_CHANGED, priorityValue, currentPriority),
  };
}
