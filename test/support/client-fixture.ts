import {
  CreateBusinessCalendarDocument, CreateClientDocument, CreateCriticalSuccessFactorDocument, CreateCsiItemDocument,
  CreateEngagementDocument, CreateKpiDefinitionDocument, CreateServiceReviewDocument, CreateSlaPolicyDocument,
} from '../../schema/generated/graphql.js';
import type { TestServer } from './test-server.js';

/** The ids of one client and everything of its own, created through the API. */
export interface ClientRecords {
  client: string;
  calendar: string;
  policy: string;
  csf: string;
  kpi: string;
  engagement: string;
  review: string;
  csi: string;
}

/** A client with one of each of its records; the review is scheduled in the past (the latest review). */
export async function createClientWithRecords(server: TestServer, token: string, name: string): Promise<ClientRecords> {
  const { createClient } = await server.ok(CreateClientDocument, { input: { name, timeZone: 'Europe/Helsinki', endpointCount: 50 } }, token);
  const client = createClient.id;
  const { createBusinessCalendar } = await server.ok(CreateBusinessCalendarDocument, {
    input: {
      name: `${name} hours`, clientId: client,
      hours: { effectiveFrom: '2026-01-01', timeZone: 'Europe/Helsinki', weeklyIntervals: [{ weekday: 1, start: '08:00', end: '16:00' }] },
    },
  }, token);
  const { createSlaPolicy } = await server.ok(CreateSlaPolicyDocument, {
    input: {
      name: `${name} SLA`, clientId: client,
      terms: { effectiveFrom: '2026-01-01', targets: [{ priority: 'P1', firstResponseMinutes: 15, resolutionMinutes: 240 }] },
    },
  }, token);
  const { createCriticalSuccessFactor } = await server.ok(CreateCriticalSuccessFactorDocument, {
    input: { clientId: client, title: 'Improve Tier 1' },
  }, token);
  const { createKpiDefinition } = await server.ok(CreateKpiDefinitionDocument, {
    input: { clientId: client, csfId: createCriticalSuccessFactor.id, key: 'first_contact_resolution', target: 0.74, effectiveFrom: '2026-01-01' },
  }, token);
  const { createEngagement } = await server.ok(CreateEngagementDocument, {
    input: { clientId: client, level: 'MONTHLY_SERVICE_REVIEW', participants: [{ name: 'Sam', role: 'SERVICE_DELIVERY_MANAGER' }] },
  }, token);
  const { createServiceReview } = await server.ok(CreateServiceReviewDocument, {
    input: {
      engagementId: createEngagement.id, periodStart: '2026-09-01T00:00:00Z', periodEnd: '2026-10-01T00:00:00Z',
      scheduledAt: '2026-10-06T08:00:00Z',
    },
  }, token);
  const { createCsiItem } = await server.ok(CreateCsiItemDocument, {
    input: { clientId: client, reviewId: createServiceReview.id, title: 'Runbooks for Tier 1', targetKpiIds: [createKpiDefinition.id] },
  }, token);
  return {
    client, calendar: createBusinessCalendar.id, policy: createSlaPolicy.id, csf: createCriticalSuccessFactor.id,
    kpi: createKpiDefinition.id, engagement: createEngagement.id, review: createServiceReview.id, csi: createCsiItem.id,
  };
}
