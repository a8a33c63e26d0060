import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openOrm, type Orm } from '../../api/db/orm.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { Client } from '../../api/clients/client.entity.js';
import { BusinessCalendar } from '../../api/calendars/business-calendar.entity.js';
import { BusinessCalendarVersion } from '../../api/calendars/business-calendar-version.entity.js';
import { SlaPolicy } from '../../api/sla-policies/sla-policy.entity.js';
import { SlaPolicyVersion } from '../../api/sla-policies/sla-policy-version.entity.js';
import { Ticket } from '../../api/tickets/ticket.entity.js';
import { TicketEvent } from '../../api/tickets/ticket-event.entity.js';
import { CsatResponse } from '../../api/tickets/csat-response.entity.js';
import { DateTime } from 'luxon';
import { computeKpis } from '../../api/kpis/engine/compute-kpis.js';
import { computeKpisFromTickets } from '../../api/kpis/engine/compute-kpis-from-tickets.js';
import { refreshTicketDerivations } from '../../api/kpis/store/refresh-ticket-derivations.js';
import { createTenant } from '../../api/tenancy/tenant-admin.js';
import { createTestDatabase } from '../support/test-database.js';
import { compareFigures } from './compare-figures.js';
import { oracleKpis, type OracleData } from './kpi-oracle.js';
import { kpiScenarioArb } from './kpi-scenario.js';

let orm: Orm;
let runs = 0;

beforeAll(async () => {
  orm = await openOrm(await createTestDatabase());
});
afterAll(async () => orm.close());

/** Writes a scenario as the sync engine would (through the ORM, as the owner) into a new tenant. */
async function insertScenario(em: EntityManager, tenantId: string, data: OracleData): Promise<void> {
  const base = { tenantId };
  for (const id of new Set(data.calendarVersions.map((v) => v.calendarId))) em.create(BusinessCalendar, { ...base, id, name: `cal ${id}` } as never);
  for (const id of new Set(data.policyVersions.map((v) => v.policyId))) em.create(SlaPolicy, { ...base, id, name: `sla ${id}` } as never);
  await em.flush();
  for (const v of data.calendarVersions) em.create(BusinessCalendarVersion, { ...base, ...v } as never);
  await em.flush();
  for (const v of data.policyVersions) em.create(SlaPolicyVersion, { ...base, ...v } as never);
  data.clients.forEach((c, i) => em.create(Client, { ...base, ...c, name: `client ${i}` } as never));
  await em.flush();
  for (const t of data.tickets) {
    em.create(Ticket, { ...base, ...t, mergedIntoId: null, externalId: t.id, sourceUpdatedAt: t.createdAt } as never);
  }
  await em.flush();
  // Merged tickets point at another ticket of the tenant, set once every ticket exists; a target
  // the (shrunk) scenario lacks becomes the ticket itself, which is just as merged for the KPIs.
  const ids = new Set(data.tickets.map((t) => t.id));
  for (const t of data.tickets.filter((x) => x.mergedIntoId)) {
    await em.nativeUpdate(Ticket, { tenantId, id: t.id }, { mergedIntoId: ids.has(t.mergedIntoId!) ? t.mergedIntoId : t.id });
  }
  const clientOf = new Map(data.tickets.map((t) => [t.id, t.clientId]));
  for (const e of data.events) em.create(TicketEvent, { ...base, ...e, clientId: clientOf.get(e.ticketId) } as never);
  for (const r of data.csat) em.create(CsatResponse, { ...base, ...r, clientId: clientOf.get(r.ticketId) } as never);
  await em.flush();
}

describe('the SQL KPI engine against the oracle', () => {
  it('gives exactly the oracle\'s figures on random tickets, events, calendars and periods', async () => {
    await fc.assert(
      fc.asyncProperty(kpiScenarioArb, async ({ data, request, asOf }) => {
        const tenant = await createTenant(orm.em, `prop-${++runs}-${Date.now()}`, 'property');
        const scoped = { ...request, tenantId: tenant.id };
        await inTenantTransaction(orm.em, { tenantId: tenant.id }, async (em) => {
          await insertScenario(em, tenant.id, data);
          await refreshTicketDerivations(em, tenant.id, data.tickets.map((t) => t.id), asOf);
        }, { asApp: false });
        const actual = await inTenantTransaction(orm.em, { tenantId: tenant.id }, (em) => computeKpis(em, scoped));
        const mismatches = compareFigures(actual, oracleKpis(data, scoped, asOf));
        expect(mismatches.slice(0, 10)).toEqual([]);

        // A client's stored months give exactly what its tickets give.
        const client = data.clients.find((c) => data.tickets.some((t) => t.clientId === c.id));
        if (!client) return;
        const first = data.tickets.filter((t) => t.clientId === client.id).map((t) => t.createdAt).sort((a, b) => +a - +b)[0]!;
        const months = {
          tenantId: tenant.id, clientIds: [client.id], granularity: 'MONTH' as const, keys: [], breakdown: null,
          from: DateTime.fromJSDate(first, { zone: client.timeZone }).startOf('month').toISODate()!,
          to: DateTime.fromJSDate(asOf, { zone: client.timeZone }).startOf('month').plus({ months: 1 }).toISODate()!,
        };
        const [stored, fromTickets] = await inTenantTransaction(orm.em, { tenantId: tenant.id }, async (em) => [
          await computeKpis(em, months), await computeKpisFromTickets(em, months),
          (await em.execute<{ n: number }[]>('select count(*)::int as n from kpi_client_month'))[0]!.n,
        ] as const).then(([a, b, n]) => {
          expect(n).toBeGreaterThan(0);
          return [a, b];
        });
        expect(compareFigures(stored, fromTickets).slice(0, 10)).toEqual([]);
      }),
      { numRuns: Number(process.env.QD_PROPERTY_RUNS ?? 40), seed: process.env.QD_PROPERTY_SEED ? Number(process.env.QD_PROPERTY_SEED) : undefined },
    );
  }, 300_000);
});
