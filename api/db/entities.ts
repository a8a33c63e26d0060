import { ApiToken } from '../tenancy/api-token.entity.js';
import { AppUser } from '../tenancy/app-user.entity.js';
import { Tenant } from '../tenancy/tenant.entity.js';
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
import { ConnectorInstance } from '../sync/connector-instance.entity.js';
import { SyncRun } from '../sync/sync-run.entity.js';
import { TicketSlaClock } from '../sla/clock-store/ticket-sla-clock.entity.js';
import { REVIEW_CYCLE_ENTITIES } from '../reviews/review-cycle.entities.js';

/** Every entity, listed explicitly so discovery needs no file globbing (works from src and dist). */
export const ENTITIES = [
  Tenant, AppUser, ApiToken, Client, BusinessCalendar, BusinessCalendarVersion, SlaPolicy,
  SlaPolicyVersion, CriticalSuccessFactor, KpiDefinition, Engagement, ServiceReview, CsiItem,
  Ticket, TicketEvent, CsatResponse, ConnectorInstance, SyncRun, TicketSlaClock,
  ...REVIEW_CYCLE_ENTITIES,
];
