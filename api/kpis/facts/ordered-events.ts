import { orderEvents } from '../../tickets/history/order-events.js';
import type { FactEvent } from './fact-ticket.js';

/** An event as replayed: its effective instant and its place in the replay order. */
export interface ReplayedEvent {
  /** Effective instant in epoch ms: the source's, raised to creation when earlier. */
  readonly at: number;
  /** 0-based position in `(at, seq)` order; it orders same-instant events (rule 3). */
  readonly order: number;
  readonly event: FactEvent;
}

/**
 * A sorted copy of `events` (the shared `orderEvents`: by instant, then by `seq`, stable), also
 * refusing an event whose `seq` is not finite.
 *
 * @throws {RangeError} when an event's `at` is not a valid `Date` or its `seq` is not finite
 * (either would make the order undefined).
 *
 * @example
 * orderFactEvents([{ at: t10, seq: 2, ... }, { at: t10, seq: 1, ... }, { at: t9, seq: 3, ... }]).map((e) => e.seq);
 * //=> [3, 1, 2]
 */
export function orderFactEvents(events: readonly FactEvent[]): FactEvent[] {
  return orderEvents(events, requireFiniteSeq);
}

function requireFiniteSeq(event: FactEvent, index: number): void {
  if (!Number.isFinite(event.seq)) throw new RangeError(`events[${index}].seq must be a finite number; received ${String(event.seq)}`);
}

/**
 * The events that have happened as of `horizon`, in replay order. An event after `horizon` has
 * not happened yet (one exactly at it has: rule 3, an event at t applies from t). An event
 * stamped before `createdAt` is taken to happen at `createdAt`: a ticket has no life before
 * creation and sources' clocks can be skewed. Clamping happens after sorting, so such events
 * keep their source order, ahead of the events stamped at creation.
 *
 * @param events - the ticket's events, in any order
 * @param createdAt - creation instant, epoch ms
 * @param horizon - the as-of instant, epoch ms (callers raise it to `createdAt` at least)
 *
 * @example
 * // created 09:00, horizon 12:00
 * replayedEvents([reply at 08:59, status at 11:00, reply at 12:01], nine, noon).map((e) => [e.at, e.order]);
 * //=> [[09:00, 0], [11:00, 1]] (instants as epoch ms)
 */
export function replayedEvents(events: readonly FactEvent[], createdAt: number, horizon: number): ReplayedEvent[] {
  const replayed: ReplayedEvent[] = [];
  for (const event of orderFactEvents(events)) {
    const at = Math.max(event.at.getTime(), createdAt);
    if (at > horizon) break;
    replayed.push({ at, order: replayed.length, event });
  }
  return replayed;
}
