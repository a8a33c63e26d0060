import { statusValue, tierValue } from '../../tickets/history/event-values.js';
import { valueAtCreation } from '../../tickets/history/value-at-creation.js';
import type { StatusCategory } from '../../tickets/status-category.js';
import { TicketEventKind } from '../../tickets/ticket-event-kind.js';
import type { Tier } from '../../tickets/tier.js';
import type { FactTicket } from './fact-ticket.js';
import { orderFactEvents } from './ordered-events.js';

/**
 * @name initialStatus
 * @summary A ticket's status category at creation.
 *
 * @description
 * kpi-sla.md (see `valueAtCreation`): the value at creation is the `from` of the first change of
 * its kind (in `(at, seq)` order), or the current value when there is none. All events are read, even those after as-of:
 * the first change's `from` is a fact about creation, while the current value already includes
 * the later changes (a ticket resolved after as-of must not look created resolved). A missing or
 * unknown `from` gives UNMAPPED: the source did not say, and the current value is a later fact.
 *
 * @example
 * initialStatus({ currentStatus: StatusCategory.RESOLVED, events: [
 *   { at: new Date('2025-03-03T10:00:00Z'), seq: 1, kind: TicketEventKind.STATUS_CHANGED, from: 'NEW', to: 'RESOLVED' },
 * ] });
 * //=> StatusCategory.NEW
 *
 * @example
 * initialStatus({ currentStatus: StatusCategory.OPEN, events: [] }); //=> StatusCategory.OPEN
 */
export function initialStatus(ticket: Pick<FactTicket, 'currentStatus' | 'events'>): StatusCategory {
  return valueAtCreation(orderFactEvents(ticket.events), TicketEventKind.STATUS_CHANGED, statusValue, ticket.currentStatus);
}

/**
 * @name initialTier
 * @summary A ticket's tier at creation.
 *
 * @description
 * The `from` of the first TIER_CHANGED event (all events, as for `initialStatus`), else the
 * current tier. A missing or unknown `from` gives OTHER, so connectors must fill `from` on tier
 * changes: a ticket "created in OTHER" neither starts in TIER1 nor avoids an escalation when it
 * then moves to TIER1.
 *
 * @example
 * initialTier({ currentTier: Tier.TIER1, events: [
 *   { at: new Date('2025-03-03T10:00:00Z'), seq: 1, kind: TicketEventKind.TIER_CHANGED, from: 'TIER1', to: 'TIER2' },
 *   { at: new Date('2025-03-03T11:00:00Z'), seq: 2, kind: TicketEventKind.TIER_CHANGED, from: 'TIER2', to: 'TIER1' },
 * ] });
 * //=> Tier.TIER1
 *
 * @example
 * initialTier({ currentTier: Tier.TIER2, events: [] }); //=> Tier.TIER2
 */
export function initialTier(ticket: Pick<FactTicket, 'currentTier' | 'events'>): Tier {
  return valueAtCreation(orderFactEvents(ticket.events), TicketEventKind.TIER_CHANGED, tierValue, ticket.currentTier);
}
