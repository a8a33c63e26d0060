import { beforeAll, describe, expect, it } from 'vitest';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { Client } from '../../api/clients/client.entity.js';
import { SlaPolicy } from '../../api/sla-policies/sla-policy.entity.js';
import { SlaPolicyVersion } from '../../api/sla-policies/sla-policy-version.entity.js';
import { Ticket } from '../../api/tickets/ticket.entity.js';
import { TicketEvent } from '../../api/tickets/ticket-event.entity.js';
import { CsatResponse } from '../../api/tickets/csat-response.entity.js';
import { computeKpis } from '../../api/kpis/engine/compute-kpis.js';
import type { KpiFigure } from '../../api/kpis/engine/kpi-figure.js';
import { refreshTicketDerivations } from '../../api/kpis/store/refresh-ticket-derivations.js';
import { createTenant } from '../../api/tenancy/tenant-admin.js';
import { openOrm, type Orm } from '../../api/db/orm.js';
import { createTestDatabase } from '../support/test-database.js';
import { afterAll } from 'vitest';

let orm: Orm;
let tenantId: string;
let clientId: string;
const asOf = new Date('2026-04-01T00:00:00Z');

type Change = [iso: string, kind: string, from?: string, to?: string, automatic?: boolean];
interface Spec { key: string; priority: string; status: string; tier: string; created: string; changes: Change[]; csat?: [number, string] }

const SPECS: Spec[] = [
  // Resolved in March after one reply: FCR, met both clocks (P2: 60 / 480).
  { key: 'A', priority: 'P2', status: 'RESOLVED', tier: 'TIER1', created: '2026-03-02T08:00:00Z',
    changes: [['2026-03-02T08:20:00Z', 'AGENT_PUBLIC_REPLY'], ['2026-03-02T09:00:00Z', 'STATUS_CHANGED', 'NEW', 'RESOLVED']], csat: [5, '2026-03-03T00:00:00Z'] },
  // Escalated to TIER2, resolved late, reopened in March: not FCR, not FLR, a reopen.
  { key: 'B', priority: 'P2', status: 'OPEN', tier: 'TIER2', created: '2026-03-02T08:00:00Z',
    changes: [['2026-03-02T10:00:00Z', 'STATUS_CHANGED', 'NEW', 'IN_PROGRESS'], ['2026-03-02T11:00:00Z', 'TIER_CHANGED', 'TIER1', 'TIER2'],
      ['2026-03-03T08:00:00Z', 'STATUS_CHANGED', 'IN_PROGRESS', 'RESOLVED'], ['2026-03-10T08:00:00Z', 'STATUS_CHANGED', 'RESOLVED', 'OPEN']], csat: [2, '2026-03-04T00:00:00Z'] },
  // Cancelled: only in ticket_volume's EXCLUDED.
  { key: 'C', priority: 'P1', status: 'CANCELLED', tier: 'TIER1', created: '2026-03-05T08:00:00Z',
    changes: [['2026-03-05T09:00:00Z', 'STATUS_CHANGED', 'NEW', 'CANCELLED']] },
  // February ticket still open at the end of March: backlog, 30+ days old.
  { key: 'D', priority: 'NONE', status: 'OPEN', tier: 'TIER1', created: '2026-02-10T08:00:00Z', changes: [] },
];

beforeAll(async () => {
  orm = await openOrm(await createTestDatabase());
  tenantId = (await createTenant(orm.em, 'engine', 'Engine')).id;
  await inTenantTransaction(orm.em, { tenantId }, async (em) => {
    const policy = em.create(SlaPolicy, { tenantId, name: 'Std' } as never);
    await em.flush();
    em.create(SlaPolicyVersion, {
      tenantId, policyId: policy.id, version: 1, effectiveFrom: '2026-01-01',
      targets: [{ priority: 'P1', firstResponseMinutes: 15, resolutionMinutes: 240 }, { priority: 'P2', firstResponseMinutes: 60, resolutionMinutes: 480 }],
      pausingStatuses: { firstResponse: [], resolution: ['WAITING_CUSTOMER'] },
    } as never);
    const client = em.create(Client, { tenantId, name: 'UTC Co', timeZone: 'UTC', endpointCount: 10, slaPolicyId: policy.id } as never);
    await em.flush();
    clientId = client.id;
    const ids: string[] = [];
    for (const spec of SPECS) {
      const t = em.create(Ticket, {
        tenantId, clientId, sourceSystem: 'test', externalId: spec.key, externalKey: spec.key, type: 'INCIDENT', priority: spec.priority,
        status: spec.status, tier: spec.tier, createdAt: new Date(spec.created), sourceUpdatedAt: new Date(spec.created),
      } as never);
      await em.flush();
      ids.push(t.id);
      spec.changes.forEach(([iso, kind, from, to, automatic], i) => em.create(TicketEvent, {
        tenantId, ticketId: t.id, clientId, seq: i + 1, occurredAt: new Date(iso), kind, fromValue: from ?? null, toValue: to ?? null, automatic: automatic ?? false,
      } as never));
      if (spec.csat) em.create(CsatResponse, { tenantId, ticketId: t.id, clientId, score: spec.csat[0], scaleMin: 1, scaleMax: 5, receivedAt: new Date(spec.csat[1]) } as never);
    }
    await em.flush();
    await refreshTicketDerivations(em, tenantId, ids, asOf);
  }, { asApp: false });
});
afterAll(async () => orm.close());

async function march(): Promise<Map<string, KpiFigure>> {
  const figures = await inTenantTransaction(orm.em, { tenantId }, (em) =>
    computeKpis(em, { tenantId, clientIds: [clientId], from: '2026-03-01', to: '2026-04-01', granularity: 'MONTH', keys: [], breakdown: null }));
  return new Map(figures.map((f) => [`${f.key}.${f.figure}`, f]));
}

describe('computeKpis on a hand-checked month', () => {
  it('computes the catalogue as kpi-sla.md defines it', async () => {
    const f = await march();
    const pick = (k: string) => { const x = f.get(k)!; return [x.value, x.numerator, x.denominator]; };
    expect(pick('ticket_volume.COUNT')).toEqual([2, null, null]);
    expect(pick('ticket_volume.EXCLUDED')).toEqual([1, null, null]);
    expect(pick('first_response_time.MEDIAN')).toEqual([70, null, 2]); // 20 and 120 minutes
    expect(pick('first_response_time.P90')).toEqual([110, null, 2]);
    expect(pick('resolution_time.MEAN')).toEqual([(60 + 1440) / 2, null, 2]);
    expect(pick('sla_response_attainment.RATIO')).toEqual([0.5, 1, 2]);
    expect(pick('sla_resolution_attainment.RATIO')).toEqual([0.5, 1, 2]);
    // B's replies are unknown (no reply events, no count from the source): outside FCR's denominator.
    expect(pick('first_contact_resolution.RATIO')).toEqual([1, 1, 1]);
    expect(pick('escalation_rate.RATIO')).toEqual([0.5, 1, 2]);
    expect(pick('first_level_resolution.RATIO')).toEqual([0.5, 1, 2]);
    expect(pick('reopen_rate.RATIO')).toEqual([0.5, 1, 2]);
    expect(pick('backlog.COUNT')).toEqual([2, null, null]); // B reopened, D never resolved
    expect(pick('backlog.AGE_30D_PLUS')).toEqual([1, null, null]);
    expect(pick('backlog.AGE_7_30D')).toEqual([1, null, null]);
    expect(pick('csat.COUNT')).toEqual([2, null, null]);
    expect(pick('csat.RATIO')).toEqual([0.5, 1, 2]);
    expect(pick('csat.MEAN')).toEqual([(1 + 0.25) / 2, null, 2]);
    expect(pick('csat.RESPONSE_RATE')).toEqual([1, 2, 2]);
    expect(pick('tickets_per_endpoint.PER_ENDPOINT_MONTH')).toEqual([0.2, 2, 10]);
  });
});
