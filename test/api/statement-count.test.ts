import { beforeAll, describe, expect, it } from 'vitest';
import { ClientsPageDocument } from '../../schema/generated/graphql.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { Client } from '../../api/clients/client.entity.js';
import { Engagement } from '../../api/engagements/engagement.entity.js';
import { CriticalSuccessFactor } from '../../api/csfs/critical-success-factor.entity.js';
import { ServiceReview } from '../../api/reviews/service-review.entity.js';
import { EngagementLevel } from '../../api/engagements/engagement-level.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let token: string;
let statements: string[] = [];

/** N clients, each with two engagements, a CSF and two past reviews. */
async function seedClients(tenantId: string, n: number): Promise<void> {
  await inTenantTransaction(server.orm.em, { tenantId }, async (em) => {
    const base = { tenantId };
    const clients = Array.from({ length: n }, (_, i) =>
      em.create(Client, { ...base, name: `Client ${String(i).padStart(3, '0')}`, timeZone: 'UTC' } as never));
    await em.flush();
    const engagements = clients.flatMap((c) => [EngagementLevel.MONTHLY_SERVICE_REVIEW, EngagementLevel.QUARTERLY_BUSINESS_REVIEW]
      .map((level) => em.create(Engagement, { ...base, clientId: c.id, level, cadence: 'FREQ=MONTHLY' } as never)));
    clients.forEach((c) => em.create(CriticalSuccessFactor, { ...base, clientId: c.id, title: 'Tier 1' } as never));
    await em.flush();
    for (const e of engagements) {
      for (const month of [8, 9]) {
        em.create(ServiceReview, {
          ...base, clientId: e.clientId, engagementId: e.id, periodStart: new Date(Date.UTC(2026, month - 1, 1)),
          periodEnd: new Date(Date.UTC(2026, month, 1)), scheduledAt: new Date(Date.UTC(2026, month, 5)),
        } as never);
      }
    }
    await em.flush();
  }, { asApp: false });
}

beforeAll(async () => {
  server = await startTestServer({ orm: { onQuery: (sql) => statements.push(sql) } });
  const tenant = await server.tenantWithToken('counting');
  token = tenant.token;
  await seedClients(tenant.tenantId, 100);
});

async function statementsForPage(first: number): Promise<string[]> {
  statements = [];
  const data = await server.ok(ClientsPageDocument, { first }, token);
  expect(data.clients.nodes).toHaveLength(first);
  expect(data.clients.nodes.every((c) => c.engagements.length === 2 && c.criticalSuccessFactors.length === 1)).toBe(true);
  expect(data.clients.nodes.every((c) => c.latestReview?.scheduledAt === '2026-10-05T00:00:00.000Z')).toBe(true);
  return statements;
}

describe('a page of N clients with engagements, CSFs and latest review', () => {
  it('costs the same number of SQL statements for N = 10 and N = 100', async () => {
    const ten = await statementsForPage(10);
    const hundred = await statementsForPage(100);
    console.log(`SQL statements for a page of clients: N=10 -> ${ten.length}, N=100 -> ${hundred.length}`);
    expect(hundred.length).toBe(ten.length);
    // auth, begin, scope, page, count, engagements, CSFs, latest reviews, commit
    expect(ten.length).toBeLessThanOrEqual(9);
  });
});
