import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm, type Orm } from '../../api/db/orm.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { DateTime } from 'luxon';
import { computeKpis } from '../../api/kpis/engine/compute-kpis.js';
import { computeKpisFromTickets } from '../../api/kpis/engine/compute-kpis-from-tickets.js';
import { refreshTicketDerivations } from '../../api/kpis/store/refresh-ticket-derivations.js';
import { createTenant } from '../../api/tenancy/tenant-admin.js';
import { createTestDatabase } from '../support/test-database.js';
import { compareFigures } from './compare-figures.js';
import { insertScenario } from './insert-scenario.js';
import { oracleKpis } from './kpi-oracle.js';
import { kpiScenarioArb } from './kpi-scenario.js';

let orm: Orm;
let runs = 0;

beforeAll(async () => {
  orm = await openOrm(await createTestDatabase());
});
afterAll(async () => orm.close());

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
