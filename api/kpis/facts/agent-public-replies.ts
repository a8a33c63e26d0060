import { TicketEventKind } from '../../tickets/ticket-event-kind.js';
import type { FactEvent } from './fact-ticket.js';
import type { ReplayedEvent } from './ordered-events.js';

/**
 * @name agentPublicReplies
 * @summary The ticket's whole-life count of non-automatic agent public replies as of as-of, or `null` when unknown.
 *
 * @description
 * Rule 9 (FCR) counts every non-automatic agent public reply of the ticket's life up to as-of.
 * - If the ticket has any AGENT_PUBLIC_REPLY event at all (automatic ones included, events after
 *   as-of included), the source streams agent replies, so the events are the truth: count the
 *   non-automatic ones as of as-of (possibly 0). They win over `reported`, which may include
 *   automatic acknowledgements the events can tell apart.
 * - Otherwise use the source's reported count (a connector that streams replies should also
 *   report 0 for a ticket without any, or that ticket's replies stay unknown).
 * - Otherwise `null`: the replies are unknown and FCR leaves the ticket out of its denominator.
 * CUSTOMER_REPLY events prove nothing about agent replies and are not read.
 *
 * @param events - all the ticket's events (to tell whether the source streams agent replies)
 * @param replayed - the events as of as-of (to count)
 * @param reported - the source's `agentReplyCount`
 *
 * @throws {RangeError} when `reported` is neither `null` nor a non-negative integer.
 *
 * @example
 * // an automatic acknowledgement and one real reply; the source said 2
 * agentPublicReplies(events, replayed, 2); //=> 1
 *
 * @example
 * agentPublicReplies([], [], 3); //=> 3
 * agentPublicReplies([], [], null); //=> null
 */
export function agentPublicReplies(events: readonly FactEvent[], replayed: readonly ReplayedEvent[], reported: number | null): number | null {
  if (reported !== null && !(Number.isInteger(reported) && reported >= 0)) {
    throw new RangeError(`agentReplyCount must be null or a non-negative integer; received ${String(reported)}`);
  }
  if (!events.some(isAgentPublicReply)) return reported;
  return replayed.filter(({ event }) => isAgentPublicReply(event) && !event.automatic).length;
}

function isAgentPublicReply(event: FactEvent): boolean {
  return event.kind === TicketEventKind.AGENT_PUBLIC_REPLY;
}
