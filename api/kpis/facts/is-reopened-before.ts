import { instantMs } from '../../tickets/history/instant-ms.js';
import type { TicketFacts } from './ticket-facts.js';

/**
 * @name isReopenedBefore
 * @summary `reopen_rate`'s numerator test for a first-resolved ticket: reopened before the period's end `to`.
 *
 * @description
 * Rule 7 counts reopens strictly after the first resolution and strictly before `to`; a reopen
 * at `to` or later (even one already known at as-of) belongs to no earlier period. The caller
 * still checks that `firstResolvedAt` lies in the period.
 *
 * @throws {RangeError} when `to` is an invalid `Date`.
 *
 * @example
 * // first resolved 2025-03-10, reopened 2025-04-02
 * isReopenedBefore(facts, new Date('2025-04-01T00:00:00Z')); //=> false
 * isReopenedBefore(facts, new Date('2025-05-01T00:00:00Z')); //=> true
 */
export function isReopenedBefore(facts: Pick<TicketFacts, 'firstReopenAfterFirstResolution'>, to: Date): boolean {
  const end = instantMs(to, 'to');
  return facts.firstReopenAfterFirstResolution !== null && facts.firstReopenAfterFirstResolution.getTime() < end;
}
