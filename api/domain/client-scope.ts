import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.js';
import { BusinessCalendar } from '../calendars/business-calendar.entity.js';
import { BusinessCalendarVersion } from '../calendars/business-calendar-version.entity.js';
import { SlaPolicy } from '../sla-policies/sla-policy.entity.js';
import { SlaPolicyVersion } from '../sla-policies/sla-policy-version.entity.js';
import { CriticalSuccessFactor } from '../csfs/critical-success-factor.entity.js';
import { KpiDefinition } from '../kpi-definitions/kpi-definition.entity.js';
import { Engagement } from '../engagements/engagement.entity.js';
import { ServiceReview } from '../reviews/service-review.entity.js';
import { CsiItem } from '../csi/csi-item.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { TicketEvent } from '../tickets/ticket-event.entity.js';
import { CsatResponse } from '../tickets/csat-response.entity.js';
import { TicketSlaClock } from '../sla/clock-store/ticket-sla-clock.entity.js';
import { ForbiddenError } from '../graphql/errors.js';
import { REVIEW_CYCLE_ENTITIES } from '../reviews/review-cycle.entities.js';

/**
 * What a client viewer may see of each entity; the services' half of the isolation that the
 * row-level security policies of the migrations enforce in the database. The two lists agree.
 * - self: the client row itself; owned: rows of one client; shared: the tenant's shared rows
 *   plus the client's own; anything else is tenant administration, hidden from client viewers.
 */
const SCOPE = new Map<EntityClass<object>, 'self' | 'owned' | 'shared'>([
  [Client, 'self'],
  [CriticalSuccessFactor, 'owned'], [KpiDefinition, 'owned'], [Engagement, 'owned'],
  [ServiceReview, 'owned'], [CsiItem, 'owned'], [Ticket, 'owned'], [TicketEvent, 'owned'],
  [CsatResponse, 'owned'], [TicketSlaClock, 'owned'],
  [BusinessCalendar, 'shared'], [BusinessCalendarVersion, 'shared'], [SlaPolicy, 'shared'],
  [SlaPolicyVersion, 'shared'],
  // Snapshots, review changes and CSI measurements: each row belongs to one client.
  ...REVIEW_CYCLE_ENTITIES.map((entity) => [entity, 'owned'] as const),
]);

/** The extra condition on `entity` for a viewer bound to `clientId` (none for MSP roles). */
export function clientScopeFilter<T extends object>(entity: EntityClass<T>, clientId: string | null): FilterQuery<T> {
  if (clientId === null) return {} as FilterQuery<T>;
  switch (SCOPE.get(entity as EntityClass<object>)) {
    case 'self':
      return { id: clientId } as FilterQuery<T>;
    case 'owned':
      return { clientId } as FilterQuery<T>;
    case 'shared':
      return { $or: [{ clientId: null }, { clientId }] } as FilterQuery<T>;
    case undefined:
      throw new ForbiddenError('a CLIENT_VIEWER token sees its own client only');
  }
}
