import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateClientDocument, CreateKpiDefinitionDocument, CreateSlaPolicyDocument, KpiDashboardDocument, KpisDocument, UpdateClientDocument,
} from '../../schema/generated/graphql.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { Ticket } from '../../api/tickets/ticket.entity.js';
import { TicketEvent } from '../../api/tickets/ticket-event.entity.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let token: string;
let tenantId: string;
const clients: Record<string, string> = {};

/** `n` P2 tickets created at `created`, each answered after `responseMinutes`. */
async function tickets(client: string, created: string, n: number, responseMinutes: number, vendorSla?: object): Promise<void> {
  await inTenantTransaction(server.orm.em, { tenantId }, async (em) => {
    for (let i = 0; i < n; i++) {
      const createdAt = new Date(created);
      const t = em.create(Ticket, {
        tenantId, clientId: clients[client], sourceSystem: 'test', externalId: `${client}-${created}-${i}`, type: 'INCIDENT',
        priority: 'P2', status: 'IN_PROGRESS', tier: 'TIER1', createdAt, sourceUpdatedAt: createdAt, vendorSla: vendorSla ?? null,
      } as never);
      await em.flush();
      em.create(TicketEvent, {
        tenantId, ticketId: t.id, clientId: clients[client], seq: 1, kind: 'STATUS_CHANGED', fromValue: 'NEW', toValue: 'IN_PROGRESS',
        occurredAt: new Date(createdAt.getTime() + responseMinutes * 60_000),
      } as never);
    }
    await em.flush();
  }, { asApp: false });
}

beforeAll(async () => {
  server = await startTestServer();
  ({ token, tenantId } = await server.tenantWithToken('kpi-api'));
  const policy = (await server.ok(CreateSlaPolicyDocument, {
    input: { name: 'Std', terms: { effectiveFrom: '2020-01-01', targets: [{ priority: 'P2', firstResponseMinutes: 60, resolutionMinutes: 480 }] } },
  }, token)).createSlaPolicy.id;
  for (const [name, timeZone] of [['Helsinki', 'Europe/Helsinki'], ['Sydney', 'Australia/Sydney']]) {
    clients[name!] = (await server.ok(CreateClientDocument, { input: { name: name!, timeZone: timeZone! } }, token)).createClient.id;
  }
  await tickets('Helsinki', '2025-03-10T08:00:00Z', 4, 30);
  await tickets('Helsinki', '2026-02-10T08:00:00Z', 2, 90);
  await tickets('Helsinki', '2026-03-10T08:00:00Z', 3, 30);
  await tickets('Helsinki', '2026-03-11T08:00:00Z', 1, 120, { responseMet: true, isInSla: true });
  // 2026-02-28T14:00Z is already March 1st in Sydney: a March ticket there.
  await tickets('Sydney', '2026-02-28T14:00:00Z', 1, 10);
  await server.ok(CreateKpiDefinitionDocument, {
    input: { clientId: clients.Helsinki!, key: 'sla_response_attainment', target: 0.9, tolerance: 0.2, effectiveFrom: '2026-01-01' },
  }, token);
  for (const id of Object.values(clients)) await server.ok(UpdateClientDocument, { id, input: { slaPolicyId: policy } }, token);
});

const march = { from: '2026-03-01', to: '2026-04-01' };

describe('kpis', () => {
  it("returns a client's monthly series with numerators, status and comparisons", async () => {
    const { kpis } = await server.ok(KpisDocument, { clientIds: [clients.Helsinki!], period: march, keys: ['ticket_volume', 'sla_response_attainment', 'first_response_time'] }, token);
    const series = (key: string, figure: string) => kpis.find((s) => s.key === key && s.figure === figure)!.points;
    expect(series('ticket_volume', 'COUNT')).toEqual([expect.objectContaining({
      bucket: '2026-03-01', value: 4, status: null,
      previous: { value: 2, delta: 2, trend: 'WORSENED' }, yearAgo: { value: 4, delta: 0, relativeDelta: 0, trend: 'UNCHANGED' },
    })]);
    expect(series('sla_response_attainment', 'RATIO')).toEqual([expect.objectContaining({
      value: 0.75, numerator: 3, denominator: 4, target: 0.9, status: 'AMBER',
      previous: { value: 0, delta: 0.75, trend: 'IMPROVED' },
    })]);
    expect(series('first_response_time', 'MEDIAN')[0]).toMatchObject({ value: 30, denominator: 4 });
    expect(series('first_response_time', 'P90')[0]!.value).toBeCloseTo(93, 9); // 30, 30, 30, 120
  });

  it("buckets each client's tickets in its own time zone", async () => {
    const { kpis } = await server.ok(KpisDocument, { clientIds: [clients.Sydney!], period: march, keys: ['ticket_volume'] }, token);
    expect(kpis.find((s) => s.figure === 'COUNT')!.points[0]!.value).toBe(1);
    const both = await server.ok(KpisDocument, {
      clientIds: [clients.Helsinki!, clients.Sydney!], period: march, keys: ['ticket_volume'], breakdown: 'CLIENT',
    }, token);
    const counts = Object.fromEntries(both.kpis.filter((s) => s.figure === 'COUNT').map((s) => [s.group, s.points[0]!.value]));
    expect(counts).toEqual({ [clients.Helsinki!]: 4, [clients.Sydney!]: 1 });
  });

  it("gives a page of clients each its own series, the same as asking one by one", async () => {
    const { clients: page } = await server.ok(KpiDashboardDocument, { period: march, keys: ['sla_response_attainment'] }, token);
    const helsinki = page.nodes.find((c) => c.id === clients.Helsinki)!;
    expect(helsinki.kpis.find((s) => s.figure === 'RATIO')!.points[0]).toEqual({ bucket: '2026-03-01', value: 0.75, status: 'AMBER' });
    const sydney = page.nodes.find((c) => c.id === clients.Sydney)!;
    expect(sydney.kpis.find((s) => s.figure === 'RATIO')!.points[0]).toEqual({ bucket: '2026-03-01', value: 1, status: null });
  });

  it("reconciles our SLA outcomes with the vendor's flags", async () => {
    const { slaReconciliation } = await server.ok<{ slaReconciliation: { clock: string; compared: number; agreed: number;
      agreementRate: number | null; disagreements: { ours: string; vendorMet: boolean; ticket: { externalId: string } }[] }[] }, object>(
      `query ($clientId: ID!, $period: LocalPeriodInput!) { slaReconciliation(clientId: $clientId, period: $period) {
        clock compared agreed agreementRate disagreements { ours vendorMet ticket { externalId } } } }`,
      { clientId: clients.Helsinki, period: march }, token);
    expect(slaReconciliation).toEqual([
      { clock: 'FIRST_RESPONSE', compared: 1, agreed: 0, agreementRate: 0,
        disagreements: [{ ours: 'BREACHED', vendorMet: true, ticket: { externalId: 'Helsinki-2026-03-11T08:00:00Z-0' } }] },
      { clock: 'RESOLUTION', compared: 0, agreed: 0, agreementRate: null, disagreements: [] },
    ]);
  });

  it('rolls a CSF up from the KPIs that measure it', async () => {
    const { createCriticalSuccessFactor: csf } = await server.ok<{ createCriticalSuccessFactor: { id: string } }, object>(
      `mutation ($c: ID!) { createCriticalSuccessFactor(input: { clientId: $c, title: "Answer fast" }) { id } }`, { c: clients.Helsinki }, token);
    await server.ok(CreateKpiDefinitionDocument, {
      input: { clientId: clients.Helsinki!, csfId: csf.id, key: 'sla_response_attainment', target: 0.7, effectiveFrom: '2026-01-01' },
    }, token);
    const data = await server.ok<{ criticalSuccessFactor: { status: { status: string; kpis: object[] } } }, object>(
      `query ($id: ID!, $p: LocalPeriodInput!) { criticalSuccessFactor(id: $id) { status(period: $p) { status kpis { definition { target } bucket value status } } } }`,
      { id: csf.id, p: { from: '2026-01-01', to: '2026-04-01' } }, token);
    // Its own definition (target 0.7) judges March's 0.75: GREEN.
    expect(data.criticalSuccessFactor.status).toEqual({
      status: 'GREEN', kpis: [{ definition: { target: 0.7 }, bucket: '2026-03-01', value: 0.75, status: 'GREEN' }],
    });
  });

  it('names a bad period and refuses clients the viewer cannot see', async () => {
    const bad = await server.graphql(KpisDocument, { clientIds: [clients.Helsinki!], period: { from: '2026-04-01', to: '2026-03-01' } }, token);
    expect(bad.errors?.[0]?.message).toBe('period: from (2026-04-01) must be before to (2026-03-01)');
    const other = await server.tenantWithToken('kpi-api-other');
    const hidden = await server.graphql(KpisDocument, { clientIds: [clients.Helsinki!], period: march }, other.token);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
