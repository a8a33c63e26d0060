import {
  CreateClientDocument, CreateCriticalSuccessFactorDocument, CreateCsiItemDocument, CreateEngagementDocument, CreateKpiDefinitionDocument,
  CreateSlaPolicyDocument, EngagementReviewsDocument, HoldServiceReviewDocument, PrepareServiceReviewDocument, UpdateClientDocument,
  UpdateCsiItemDocument,
} from '../../schema/generated/graphql.js';
import type { TestServer } from '../support/test-server.js';
import { insertServiceTickets, monthOfService } from './service-tickets.js';

export interface ReviewedClient {
  client: string;
  csf: string;
  /** The QBRs of the years asked for, oldest first, each prepared (frozen) and held. */
  qbrs: { id: string; period: { from: string; to: string } }[];
  csiItem: string;
}

/**
 * A client with an SLA policy, a CSF measured by two KPI definitions, two years of tickets
 * (`monthOfService`) and a QBR engagement whose reviews of those years are prepared and held
 * through the GraphQL API in order; a CSI item is proposed in the first QBR and approved, so
 * later QBRs measure its impact.
 */
export async function createReviewedClient(server: TestServer, token: string, tenantId: string, name: string, years: readonly number[]): Promise<ReviewedClient> {
  const client = (await server.ok(CreateClientDocument, { input: { name, timeZone: 'Europe/Helsinki', endpointCount: 120 } }, token)).createClient.id;
  const policy = (await server.ok(CreateSlaPolicyDocument, {
    input: {
      name: `${name} SLA`, clientId: client,
      terms: {
        effectiveFrom: '2020-01-01', targets: [
          { priority: 'P1', firstResponseMinutes: 15, resolutionMinutes: 240 },
          { priority: 'P2', firstResponseMinutes: 60, resolutionMinutes: 480 },
          { priority: 'P3', firstResponseMinutes: 240, resolutionMinutes: 2400 },
        ],
      },
    },
  }, token)).createSlaPolicy.id;
  await server.ok(UpdateClientDocument, { id: client, input: { slaPolicyId: policy } }, token);
  const csf = (await server.ok(CreateCriticalSuccessFactorDocument, { input: { clientId: client, title: 'Improve the capability of our Tier 1 help desk' } }, token))
    .createCriticalSuccessFactor.id;
  const kpi = async (key: string, target: number) => (await server.ok(CreateKpiDefinitionDocument, {
    input: { clientId: client, csfId: csf, key, target, tolerance: 0.05, effectiveFrom: '2020-01-01' },
  }, token)).createKpiDefinition.id;
  const fcr = await kpi('first_contact_resolution', 0.6);
  await kpi('sla_response_attainment', 0.7);

  const months = years.flatMap((year, y) => Array.from({ length: 12 }, (_, m) => ({ month: `${year}-${String(m + 1).padStart(2, '0')}`, quarter: y * 4 + Math.floor(m / 3) })));
  await insertServiceTickets(server.orm, tenantId, client, months.flatMap((m) => monthOfService(m.month, m.quarter)));

  const engagement = (await server.ok(CreateEngagementDocument, {
    input: { clientId: client, level: 'QUARTERLY_BUSINESS_REVIEW', startsOn: `${years[0]}-04-01`, participants: [{ name: 'Sam Delivery', role: 'SERVICE_DELIVERY_MANAGER' }] },
  }, token)).createEngagement.id;
  const { serviceReviews } = await server.ok(EngagementReviewsDocument, { engagementId: engagement, first: 100 }, token);
  const qbrs = serviceReviews.nodes.filter((r) => years.some((y) => r.localPeriod.from.startsWith(String(y))))
    .sort((a, b) => a.localPeriod.from.localeCompare(b.localPeriod.from));
  let csiItem = '';
  for (const [i, review] of qbrs.entries()) {
    await server.ok(PrepareServiceReviewDocument, { id: review.id }, token);
    await server.ok(HoldServiceReviewDocument, {
      id: review.id, input: { heldAt: review.scheduledAt, findings: [`Response times in ${review.localPeriod.from} <improving>`], decisions: ['Keep the runbooks'] },
    }, token);
    if (i === 0) {
      csiItem = (await server.ok(CreateCsiItemDocument, {
        input: { clientId: client, reviewId: review.id, csfId: csf, title: 'Runbooks for Tier 1 & "quick wins"', owner: 'Sam Delivery', dueDate: `${years[0]}-09-30`, targetKpiIds: [fcr] },
      }, token)).createCsiItem.id;
      await server.ok(UpdateCsiItemDocument, { id: csiItem, input: { status: 'APPROVED' } }, token);
    }
  }
  return { client, csf, qbrs: qbrs.map((r) => ({ id: r.id, period: r.localPeriod })), csiItem };
}
