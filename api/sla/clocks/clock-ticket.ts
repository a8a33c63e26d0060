import type { Priority } from '../../tickets/priority.js';
import type { StatusCategory } from '../../tickets/status-category.js';
import type { TicketEventKind } from '../../tickets/ticket-event-kind.js';

/**
 * One normalized ticket event as the clocks read it (a `TicketEvent` row fits). `from` and `to`
 * are normalized values: a `StatusCategory` for STATUS_CHANGED, a `Priority` for
 * PRIORITY_CHANGED; other kinds' values are not read.
 */
export interface ClockEvent {
  readonly at: Date;
  /** Source order: events at the same instant apply in ascending `seq`. */
  readonly seq: number;
  readonly kind: TicketEventKind;
  readonly from?: string | null;
  readonly to?: string | null;
  /** An automatic acknowledgement: it stops no clock. */
  readonly automatic?: boolean;
}

/**
 * What the SLA clocks need of one ticket. `initialStatus` and `initialPriority` are the values at
 * creation (see `initialValues`), not the current ones.
 */
export interface ClockTicket {
  readonly createdAt: Date;
  readonly initialStatus: StatusCategory;
  readonly initialPriority: Priority;
  /** Expected in `(at, seq)` order, but sorted again defensively. */
  readonly events: readonly ClockEvent[];
}
