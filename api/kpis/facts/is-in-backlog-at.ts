import { isOpenJustBefore } from './is-open-just-before.js';
import type { TicketFacts } from './ticket-facts.js';

/**
 * @name isInBacklogAt
 * @summary Whether the ticket is in the backlog at a period's end `to` (rule 10).
 *
 * @description
 * Created before `to`, open just before `to` (see `isOpenJustBefore`, which implies the former)
 * and not cancelled or merged now (rule 8: judged on the current status, so a ticket cancelled
 * after `to` leaves past backlogs too). Its age is `to - createdAt` in real time.
 *
 * @throws {RangeError} when `to` is an invalid `Date`.
 *
 * @example
 * isInBacklogAt({ excluded: false, openRanges: [[nine, null]] }, noon); //=> true
 * isInBacklogAt({ excluded: true, openRanges: [[nine, null]] }, noon); //=> false
 */
export function isInBacklogAt(facts: Pick<TicketFacts, 'excluded' | 'openRanges'>, to: Date): boolean {
  return !facts.excluded && isOpenJustBefore(facts, to);
}
