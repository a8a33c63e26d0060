import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm, type Orm } from '../../api/db/orm.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { KpiKey } from '../../api/kpi-definitions/kpi-key.js';
import { computeKpis } from '../../api/kpis/engine/compute-kpis.js';
import { computeKpisFromRollup } from '../../api/kpis/engine/compute-kpis-from-rollup.js';
import { computeKpisFromTickets } from '../../api/kpis/engine/compute-kpis-from-tickets.js';
import type { KpiFigure } from '../../api/kpis/engine/kpi-figure.js';
import type { Breakdown, Granularity, KpiRequest } from '../../api/kpis/engine/kpi-request.js';
import { refreshTicketDerivations } from '../../api/kpis/store/refresh-ticket-derivations.js';
import { createTenant } from '../../api/tenancy/tenant-admin.js';
import { createTestDatabase } from '../support/test-database.js';
import { compareFigures } from './compare-figures.js';
import { insertScenario } from './insert-scenario.js';
import { kpiScenarioArb } from './kpi-scenario.js';

let orm: Orm;
let runs = 0;

beforeAll(async () => {
  orm = await openOrm(await createTestDatabase());
});
afterAll(async () => orm.close());

/** First days of the months around the scenarios' data (2024-10 .. 2025-12, as-of up to 2026-01). */
const MONTHS: string[] = [];
for (let y = 2024, m = 7; y < 2026 || m <= 3; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) MONTHS.push(`${y}-${String(m).padStart(2, '0')}-01`);

/** A whole-month question the rollup answers: some clients, 1-16 months, MONTH / QUARTER / YEAR, maybe by client. */
const wholeMonthRequestArb = (clientIds: string[]): fc.Arbitrary<Omit<KpiRequest, 'tenantId'>> =>
  fc.record({
    clientIds: fc.subarray(clientIds, { minLength: 1 }),
    start: fc.integer({ min: 0, max: MONTHS.length - 2 }),
    length: fc.integer({ min: 1, max: 16 }),
    granularity: fc.constantFrom<Granularity>('MONTH', 'QUARTER', 'YEAR'),
    keys: fc.oneof(fc.constant([] as KpiKey[]), fc.subarray(Object.values(KpiKey), { minLength: 1 })),
    breakdown: fc.constantFrom<Breakdown | null>(null, 'CLIENT'),
  }).map(({ start, length, ...r }) => ({ ...r, from: MONTHS[start]!, to: MONTHS[Math.min(MONTHS.length - 1, start + length)]! }));

/**
 * The rollup's figures must be the tickets' figures: identical counts, ratios, medians and p90s
 * (the merged percentiles are exact selections), means within float rounding of the sum's order.
 */
function differences(rollup: readonly KpiFigure[], tickets: readonly KpiFigure[]): string[] {
  const problems = compareFigures(rollup, tickets);
  const key = (f: KpiFigure) => `${f.bucket}|${f.group}|${f.key}|${f.figure}`;
  const expected = new Map(tickets.map((f) => [key(f), f]));
  for (const f of rollup) {
    const e = expected.get(key(f));
    if (!e || f.figure === 'MEAN') continue;
    for (const field of ['value', 'numerator', 'denominator'] as const) {
      if (!Object.is(f[field], e[field]) && !(f[field] === 0 && e[field] === 0)) problems.push(`${key(f)} ${field}: rollup ${f[field]}, tickets ${e[field]} (not identical)`);
    }
  }
  expect(rollup.map(key)).toEqual(tickets.map(key)); // same rows in the same order
  return problems;
}

describe('the per-client-month rollup against the tickets', () => {
  it('gives the figures computeKpisFromTickets gives, for any clients, whole months, granularity and stored rows', async () => {
    const scenarioArb = kpiScenarioArb.chain((scenario) => fc.record({
      requests: fc.array(wholeMonthRequestArb([...new Set(scenario.data.clients.map((c) => c.id))]), { minLength: 1, maxLength: 4 }),
      // Which stored months to drop (by month number mod 4), so some are computed from the tickets on the fly.
      drop: fc.constantFrom(null, 0, 1, 2, 3),
    }).map((extra) => ({ ...scenario, ...extra })));
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ data, asOf, requests, drop }) => {
        const tenant = await createTenant(orm.em, `rollup-${++runs}-${Date.now()}`, 'rollup');
        const tenantId = tenant.id;
        await inTenantTransaction(orm.em, { tenantId }, async (em) => {
          await insertScenario(em, tenantId, data);
          await refreshTicketDerivations(em, tenantId, data.tickets.map((t) => t.id), asOf);
          if (drop !== null) await em.execute('delete from kpi_client_month where tenant_id = ? and extract(month from month)::int % 4 = ?', [tenantId, drop]);
        }, { asApp: false });
        for (const r of requests) {
          const request = { ...r, tenantId };
          const [viaRollup, viaRouter, fromTickets] = await inTenantTransaction(orm.em, { tenantId }, async (em) =>
            [await computeKpisFromRollup(em, request), await computeKpis(em, request), await computeKpisFromTickets(em, request)] as const);
          expect(differences(viaRollup, fromTickets).slice(0, 10)).toEqual([]);
          expect(viaRouter).toEqual(viaRollup);
        }
      }),
      { numRuns: Number(process.env.QD_PROPERTY_RUNS ?? 30), seed: process.env.QD_PROPERTY_SEED ? Number(process.env.QD_PROPERTY_SEED) : undefined },
    );
  }, 300_000);
});
