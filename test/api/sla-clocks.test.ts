import { beforeAll, describe, expect, it } from 'vitest';
import { AddSlaPolicyVersionDocument, CreateClientDocument, CreateSlaPolicyDocument, UpdateClientDocument } from '../../schema/generated/graphql.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { Ticket } from '../../api/tickets/ticket.entity.js';
import { TicketEvent } from '../../api/tickets/ticket-event.entity.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let token: string;
let tenantId: string;
let clientId: string;
let policyId: string;

const at = (time: string) => new Date(`2026-10-01T${time}:00Z`);
type Change = [time: string, kind: string, from?: string, to?: string];

/** Tickets as the sync engine writes them: current values plus their events. */
async function insertTicket(key: string, priority: string, status: string, changes: Change[]): Promise<void> {
  await inTenantTransaction(server.orm.em, { tenantId }, async (em) => {
    const ticket = em.create(Ticket, {
      tenantId, clientId, sourceSystem: 'test', externalId: key, externalKey: key, type: 'INCIDENT', priority, status, tier: 'TIER1',
      createdAt: at('08:00'), sourceUpdatedAt: at('23:00'),
    } as never);
    await em.flush();
    changes.forEach(([time, kind, from, to], i) =>
      em.create(TicketEvent, { tenantId, ticketId: ticket.id, clientId, seq: i + 1, occurredAt: at(time), kind, fromValue: from, toValue: to } as never));
    await em.flush();
  }, { asApp: false });
}

const CLOCKS = `query ($clientId: ID) { tickets(filter: { clientId: $clientId }) { nodes { externalKey
  slaClocks { clock cycle status targetMinutes elapsedMinutes pausedMinutes dueAt } } } }`;
type ClockRow = { clock: string; cycle: number; status: string; targetMinutes: number | null; elapsedMinutes: number; pausedMinutes: number };

async function clocksByTicket(): Promise<Record<string, ClockRow[]>> {
  const data = await server.ok<{ tickets: { nodes: { externalKey: string; slaClocks: ClockRow[] }[] } }, object>(CLOCKS, { clientId }, token);
  return Object.fromEntries(data.tickets.nodes.map((n) => [n.externalKey, n.slaClocks.map(({ clock, cycle, status, targetMinutes, elapsedMinutes, pausedMinutes }) =>
    ({ clock, cycle, status, targetMinutes, elapsedMinutes, pausedMinutes }))]));
}

beforeAll(async () => {
  server = await startTestServer();
  ({ token, tenantId } = await server.tenantWithToken('clocks'));
  clientId = (await server.ok(CreateClientDocument, { input: { name: 'Clocked', timeZone: 'UTC' } }, token)).createClient.id;
  policyId = (await server.ok(CreateSlaPolicyDocument, {
    input: {
      name: 'Gold', terms: {
        effectiveFrom: '2026-01-01',
        targets: [{ priority: 'P1', firstResponseMinutes: 15, resolutionMinutes: 240 }, { priority: 'P2', firstResponseMinutes: 60, resolutionMinutes: 480 }],
      },
    },
  }, token)).createSlaPolicy.id;
  await insertTicket('FAST', 'P1', 'RESOLVED', [['08:10', 'AGENT_PUBLIC_REPLY'], ['10:00', 'STATUS_CHANGED', 'NEW', 'RESOLVED']]);
  await insertTicket('PAUSED', 'P1', 'RESOLVED', [
    ['08:01', 'AGENT_PUBLIC_REPLY'],
    ['08:30', 'STATUS_CHANGED', 'NEW', 'IN_PROGRESS'],
    ['09:00', 'STATUS_CHANGED', 'IN_PROGRESS', 'WAITING_CUSTOMER'],
    ['11:00', 'STATUS_CHANGED', 'WAITING_CUSTOMER', 'IN_PROGRESS'],
    ['13:00', 'STATUS_CHANGED', 'IN_PROGRESS', 'RESOLVED'],
  ]);
  await insertTicket('STUCK', 'P2', 'OPEN', [['09:00', 'STATUS_CHANGED', 'NEW', 'OPEN']]);
});

describe('stored SLA clocks', () => {
  it('are computed when a client gets an SLA policy, per kpi-sla.md', async () => {
    await server.ok(UpdateClientDocument, { id: clientId, input: { slaPolicyId: policyId } }, token);
    const clocks = await clocksByTicket();
    expect(clocks.FAST).toEqual([
      { clock: 'FIRST_RESPONSE', cycle: 1, status: 'MET', targetMinutes: 15, elapsedMinutes: 10, pausedMinutes: 0 },
      { clock: 'RESOLUTION', cycle: 1, status: 'MET', targetMinutes: 240, elapsedMinutes: 120, pausedMinutes: 0 },
    ]);
    expect(clocks.PAUSED).toEqual([
      { clock: 'FIRST_RESPONSE', cycle: 1, status: 'MET', targetMinutes: 15, elapsedMinutes: 1, pausedMinutes: 0 },
      { clock: 'RESOLUTION', cycle: 1, status: 'MET', targetMinutes: 240, elapsedMinutes: 180, pausedMinutes: 120 },
    ]);
    expect(clocks.STUCK!.map((c) => [c.clock, c.status])).toEqual([['FIRST_RESPONSE', 'BREACHED'], ['RESOLUTION', 'BREACHED']]);
  });

  it('are recomputed when a new policy version covers the tickets', async () => {
    await server.ok(AddSlaPolicyVersionDocument, {
      policyId, terms: { effectiveFrom: '2026-09-01', targets: [{ priority: 'P1', firstResponseMinutes: 5, resolutionMinutes: 100 }] },
    }, token);
    const clocks = await clocksByTicket();
    expect(clocks.FAST!.map((c) => [c.status, c.targetMinutes])).toEqual([['BREACHED', 5], ['BREACHED', 100]]);
    // P2 has no target in the new version.
    expect(clocks.STUCK!.map((c) => [c.status, c.targetMinutes])).toEqual([['NO_TARGET', null], ['NO_TARGET', null]]);
  });

  it('are hidden from other tenants', async () => {
    const other = await server.tenantWithToken('clocks-other');
    const data = await server.ok<{ tickets: { nodes: unknown[] } }, object>(CLOCKS, { clientId }, other.token);
    expect(data.tickets.nodes).toEqual([]);
  });
});
