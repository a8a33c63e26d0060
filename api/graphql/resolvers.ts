import type { NonEmptyArray } from 'type-graphql';
import { ViewerResolver } from '../tenancy/viewer.resolver.js';
import { ApiTokenResolver } from '../tenancy/api-token.resolver.js';
import { ClientResolver } from '../clients/client.resolver.js';
import { BusinessCalendarResolver } from '../calendars/business-calendar.resolver.js';
import { SlaPolicyResolver } from '../sla-policies/sla-policy.resolver.js';
import { CriticalSuccessFactorResolver } from '../csfs/critical-success-factor.resolver.js';
import { KpiDefinitionResolver } from '../kpi-definitions/kpi-definition.resolver.js';
import { EngagementResolver } from '../engagements/engagement.resolver.js';
import { ServiceReviewResolver } from '../reviews/service-review.resolver.js';
import { CsiItemResolver } from '../csi/csi-item.resolver.js';
import { TicketResolver } from '../tickets/ticket.resolver.js';
import { ConnectorInstanceResolver } from '../sync/connector-instance.resolver.js';
import { ConnectorInstanceAdminResolver } from '../sync/instances/connector-instance-admin.resolver.js';
import { KpiResolver } from '../kpis/graphql/kpi.resolver.js';
import { ReconciliationResolver } from '../kpis/reconciliation/reconciliation.resolver.js';
import { CsfStatusResolver } from '../kpis/graphql/csf-status.resolver.js';
import { REVIEW_CYCLE_RESOLVERS } from '../reviews/review-cycle.resolvers.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  ViewerResolver, ApiTokenResolver, ClientResolver, BusinessCalendarResolver, SlaPolicyResolver,
  CriticalSuccessFactorResolver, KpiDefinitionResolver, EngagementResolver, ServiceReviewResolver,
  CsiItemResolver, TicketResolver, ConnectorInstanceResolver, ConnectorInstanceAdminResolver, KpiResolver,
  ReconciliationResolver, CsfStatusResolver,
  ...REVIEW_CYCLE_RESOLVERS,
];
