import type { TicketEventKind } from '../../tickets/ticket-event-kind.js';
import type { ReplayedEvent } from './ordered-events.js';

/** One change of a replayed value: `from` is the replay's own previous value, not the event's. */
export interface ValueChange<T> {
  /** Effective instant, epoch ms. */
  readonly at: number;
  /** The event's position in the replay order (see `ReplayedEvent.order`). */
  readonly order: number;
  readonly from: T;
  readonly to: T;
}

/**
 * @name valueChanges
 * @summary Replay one value (status or tier) through the events of its kind.
 *
 * @description
 * Event by event, in replay order: each event of `kind` sets the value to its `to` (read by
 * `read`). The previous value is the replay's own, never the event's `from` (which only the value
 * at creation reads), so a source that repeats or skips a `from` cannot fork the timeline. An
 * event that sets the value it already has is no change and is dropped. Same-instant events are
 * kept one by one: a change undone at the same instant still happened (rule 3 applies them in
 * order), which is what "ever entered" and "first entry" facts need.
 *
 * @example
 * valueChanges('OPEN', [
 *   { at: 10, order: 0, event: { kind: STATUS_CHANGED, to: 'OPEN', ... } },
 *   { at: 20, order: 1, event: { kind: STATUS_CHANGED, to: 'RESOLVED', ... } },
 * ], STATUS_CHANGED, statusValue);
 * //=> [{ at: 20, order: 1, from: 'OPEN', to: 'RESOLVED' }]
 */
export function valueChanges<T>(
  initial: T,
  events: readonly ReplayedEvent[],
  kind: TicketEventKind,
  read: (value: string | null | undefined) => T,
): ValueChange<T>[] {
  const changes: ValueChange<T>[] = [];
  let value = initial;
  for (const { at, order, event } of events) {
    if (event.kind !== kind) continue;
    const next = read(event.to);
    if (next === value) continue;
    changes.push({ at, order, from: value, to: next });
    value = next;
  }
  return changes;
}
