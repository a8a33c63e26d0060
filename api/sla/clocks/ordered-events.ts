import { orderEvents } from '../../tickets/history/order-events.js';
import type { ClockEvent } from './clock-ticket.js';

/** An event with its effective instant in epoch milliseconds. */
export interface TimedEvent {
  readonly at: number;
  readonly event: ClockEvent;
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
