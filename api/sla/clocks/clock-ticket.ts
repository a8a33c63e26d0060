import type { HistoryEvent } from '../../tickets/history/history-event.js';
import type { Priority } from '../../tickets/priority.js';
import type { StatusCategory } from '../../tickets/status-category.js';

/**
 * One normalized ticket event as the clocks read it: the shared `HistoryEvent` (a `TicketEvent`
 * row fits). The clocks read `from` / `to` of STATUS_CHANGED and PRIORITY_CHANGED only; an
 * automatic acknowledgement stops no clock.
 */
export type ClockEvent = HistoryEvent;

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
