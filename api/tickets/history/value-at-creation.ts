import type { TicketEventKind } from '../ticket-event-kind.js';
import type { HistoryEvent } from './history-event.js';

/**
 * @name valueAtCreation
 * @summary A ticket's value of one kind (status, priority, tier) at creation.
 *
 * @description
 * kpi-sla.md: the value at creation is the `from` of the first change of its kind (in `(at, seq)`
 * order), or the current value when there is none. A first change whose `from` is missing or not
 * a normalized value gives whatever `read` makes of it (UNMAPPED, NONE, OTHER): the source did not
 * say, and the current value is a later fact, not the creation one.
 *
 * @param ordered - the ticket's events, already in `(at, seq)` order (see `orderEvents`)
 * @param kind - the change kind that carries the value
 * @param read - reads a normalized value from an event's `from`
 * @param current - the value now, used when no event of `kind` exists
 *
 * @example
 * valueAtCreation(orderEvents(events), TicketEventKind.STATUS_CHANGED, statusValue, StatusCategory.OPEN);
 */
export function valueAtCreation<T>(
  ordered: readonly HistoryEvent[],
  kind: TicketEventKind,
  read: (value: string | null | undefined) => T,
  current: T,
): T {
  const first = ordered.find((event) => event.kind === kind);
  return first ? read(first.from) : current;
}
