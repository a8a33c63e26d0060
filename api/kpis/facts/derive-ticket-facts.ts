import { statusValue, tierValue } from '../../tickets/history/event-values.js';
import { instantMs } from '../../tickets/history/instant-ms.js';
import { StatusCategory } from '../../tickets/status-category.js';
import { TicketEventKind } from '../../tickets/ticket-event-kind.js';
import { Tier } from '../../tickets/tier.js';
import { agentPublicReplies } from './agent-public-replies.js';
import type { FactTicket } from './fact-ticket.js';
import { firstContactResolution } from './first-contact-resolution.js';
import { initialStatus, initialTier } from './initial-value.js';
import { openRanges } from './open-ranges.js';
import { replayedEvents } from './ordered-events.js';
import { firstResolution, reopenInstants } from './resolution-history.js';
import type { TicketFacts } from './ticket-facts.js';
import { enteredUpperTier, leftTier1Before, movedUpTierOrder } from './tier-history.js';
import { valueChanges } from './value-changes.js';

/**
 * @name deriveTicketFacts
 * @summary One ticket's event-history KPI facts, as of `asOf`.
 *
 * @description
 * Pure: no I/O, no current time; fresh `Date`s out. Implements kpi-sla.md rules 3 and 6-10 and 17
 * for everything but the SLA clocks (see `TicketFacts` for which KPI reads which fact):
 *
 * - Values at creation: the `from` of the first change of their kind among all events, else the
 *   current value (see `initialStatus`, `initialTier`).
 * - Replay: events sorted by `(at, seq)`; events after `asOf` have not happened (one exactly at it
 *   has); events stamped before `createdAt` happen at `createdAt`, in their order, ahead of those
 *   stamped at creation; an `asOf` before creation is taken as the creation instant. Each event
 *   applies in turn, so a resolution, reopen or escalation undone at the same instant still
 *   happened; the open spans keep only each instant's final state.
 * - `excluded` reads the current status and merge, never the replay (rule 8).
 *
 * Cost: O(n log n) for sorting n events, then linear passes.
 *
 * @param ticket - current values, the source's reply count and all events (any order)
 * @param asOf - the data's as-of instant; facts are judged there (rule 6)
 * @returns the ticket's facts
 *
 * @throws {RangeError} for an invalid `createdAt`, `asOf` or event `at`, a non-finite event `seq`,
 * or an `agentReplyCount` that is neither `null` nor a non-negative integer.
 *
 * @example
 * const facts = deriveTicketFacts({
 *   createdAt: new Date('2025-03-03T09:00:00Z'),
 *   currentStatus: StatusCategory.CLOSED,
 *   currentTier: Tier.TIER1,
 *   mergedIntoId: null,
 *   agentReplyCount: null,
 *   events: [
 *     { at: new Date('2025-03-03T09:01:00Z'), seq: 1, kind: TicketEventKind.AGENT_PUBLIC_REPLY, automatic: true },
 *     { at: new Date('2025-03-03T09:30:00Z'), seq: 2, kind: TicketEventKind.AGENT_PUBLIC_REPLY },
 *     { at: new Date('2025-03-03T10:00:00Z'), seq: 3, kind: TicketEventKind.STATUS_CHANGED, from: 'NEW', to: 'RESOLVED' },
 *     { at: new Date('2025-03-05T10:00:00Z'), seq: 4, kind: TicketEventKind.STATUS_CHANGED, from: 'RESOLVED', to: 'CLOSED' },
 *   ],
 * }, new Date('2025-04-01T00:00:00Z'));
 * //=> { excluded: false, initialStatus: 'NEW', initialTier: 'TIER1',
 * //     firstResolvedAt: 2025-03-03T10:00Z, reopenTimes: [], firstReopenAfterFirstResolution: null,
 * //     startedInTier1: true, escalated: false, leftTier1BeforeFirstResolution: false,
 * //     everEscalatedUpOrder: false, agentPublicReplies: 1, fcr: true,
 * //     openRanges: [[2025-03-03T09:00Z, 2025-03-03T10:00Z]] }
 */
export function deriveTicketFacts(ticket: FactTicket, asOf: Date): TicketFacts {
  const createdAt = instantMs(ticket.createdAt, 'createdAt');
  const horizon = Math.max(instantMs(asOf, 'asOf'), createdAt);
  const replayed = replayedEvents(ticket.events, createdAt, horizon);

  const startStatus = initialStatus(ticket);
  const startTier = initialTier(ticket);
  const statusChanges = valueChanges(startStatus, replayed, TicketEventKind.STATUS_CHANGED, statusValue);
  const tierChanges = valueChanges(startTier, replayed, TicketEventKind.TIER_CHANGED, tierValue);

  const resolution = firstResolution(createdAt, startStatus, statusChanges);
  const reopens = reopenInstants(statusChanges);
  const reopenAfterResolution = resolution === null ? undefined : reopens.find((at) => at > resolution.at);
  const startedInTier1 = startTier === Tier.TIER1;
  const everEscalatedUpOrder = movedUpTierOrder(tierChanges);
  const replies = agentPublicReplies(ticket.events, replayed, ticket.agentReplyCount);

  return {
    excluded: ticket.currentStatus === StatusCategory.CANCELLED || ticket.mergedIntoId != null,
    initialStatus: startStatus,
    initialTier: startTier,
    firstResolvedAt: resolution === null ? null : new Date(resolution.at),
    reopenTimes: reopens.map((at) => new Date(at)),
    firstReopenAfterFirstResolution: reopenAfterResolution === undefined ? null : new Date(reopenAfterResolution),
    startedInTier1,
    escalated: startedInTier1 && enteredUpperTier(tierChanges),
    leftTier1BeforeFirstResolution: leftTier1Before(startTier, tierChanges, resolution),
    everEscalatedUpOrder,
    agentPublicReplies: replies,
    fcr: firstContactResolution({
      resolved: resolution !== null,
      agentPublicReplies: replies,
      reopened: reopens.length > 0,
      escalated: everEscalatedUpOrder,
    }),
    openRanges: openRanges(createdAt, startStatus, statusChanges).map(([start, end]) => [new Date(start), end === null ? null : new Date(end)]),
  };
}
