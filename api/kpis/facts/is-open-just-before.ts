import { instantMs } from '../../tickets/history/instant-ms.js';
import type { TicketFacts } from './ticket-facts.js';

/**
 * @name isOpenJustBefore
 * @summary Whether the ticket was open at a period's end `to` (rules 3 and 10).
 *
 * @description
 * "At the period's end" is the state after every event strictly before `to`, so a change exactly
 * at `to` belongs to the next period: a ticket resolved at `to` was still open, one reopened at
 * `to` was not. Open spans start at or after creation, so a true answer also means "created
 * before `to`". For `to` after as-of the answer is the state at as-of (nothing later is known).
 *
 * @param facts - the ticket's facts (only `openRanges` is read)
 * @param to - the period's end (excluded)
 *
 * @throws {RangeError} when `to` is an invalid `Date`.
 *
 * @example
 * // open [09:00, 10:00), then resolved
 * isOpenJustBefore(facts, new Date('2025-03-03T10:00:00Z')); //=> true
 * isOpenJustBefore(facts, new Date('2025-03-03T10:00:00.001Z')); //=> false
 * isOpenJustBefore(facts, new Date('2025-03-03T09:00:00Z')); //=> false (not created before `to`)
 */
export function isOpenJustBefore(facts: Pick<TicketFacts, 'openRanges'>, to: Date): boolean {
  const end = instantMs(to, 'to');
  return facts.openRanges.some(([start, stop]) => start.getTime() < end && (stop === null || stop.getTime() >= end));
}
