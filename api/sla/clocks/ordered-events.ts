import type { ClockEvent } from './clock-ticket.js';

/** An event with its effective instant in epoch milliseconds. */
export interface TimedEvent {
  readonly at: number;
  readonly event: ClockEvent;
}

/**
 * A sorted copy of `events`: by instant, then by `seq` (rule 3: same-instant events apply in
 * source order). The sort is stable, so equal `(at, seq)` pairs keep their given order.
 *
 * @throws {RangeError} when an event's `at` is not a valid `Date`.
 *
 * @example
 * orderEvents([{ at: t10, seq: 2, ... }, { at: t10, seq: 1, ... }, { at: t9, seq: 3, ... }]).map((e) => e.seq);
 * //=> [3, 1, 2]
 */
export function orderEvents<E extends ClockEvent>(events: readonly E[]): E[] {
  const keyed = events.map((event, index) => ({ event, at: instantOf(event, index) }));
  keyed.sort((a, b) => a.at - b.at || a.event.seq - b.event.seq);
  return keyed.map((k) => k.event);
}

/**
 * The events the clocks replay, in order, as of `horizon`: an event after `horizon` has not
 * happened yet (data as of as-of; one exactly at it applies), and an event before `createdAt`
 * is taken to happen at `createdAt` (a ticket has no life before creation; the source's clocks
 * may be skewed). Clamping keeps their order, ahead of the events stamped at creation.
 *
 * @example
 * // created 09:00, horizon 12:00
 * eventsAsOf([reply at 08:59, status at 11:00, reply at 12:01], created, horizon).map((e) => e.at);
 * //=> [09:00, 11:00] (as epoch ms)
 */
export function eventsAsOf(events: readonly ClockEvent[], createdAt: number, horizon: number): TimedEvent[] {
  const timed: TimedEvent[] = [];
  for (const event of orderEvents(events)) {
    const at = event.at.getTime();
    if (at > horizon) break;
    timed.push({ at: Math.max(at, createdAt), event });
  }
  return timed;
}

function instantOf(event: ClockEvent, index: number): number {
  const at = event.at instanceof Date ? event.at.getTime() : NaN;
  if (Number.isNaN(at)) throw new RangeError(`events[${index}].at must be a valid Date; received ${String(event.at)}`);
  return at;
}
