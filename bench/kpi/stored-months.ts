import type { Orm } from '../../api/db/orm.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { computeKpisFromTickets } from '../../api/kpis/engine/compute-kpis-from-tickets.js';
import { refreshMonthsOfClient } from '../../api/kpis/store/refresh-client-months.js';
import { REVIEW_FROM, REVIEW_TO } from './bench-period.js';
import { percentile } from './stats.js';

/** Stores every client's months over [from, to) as the sync path does; returns seconds. */
export async function storeAllMonths(orm: Orm, tenantId: string, clientIds: readonly string[], from: string, to: string, asOf: Date): Promise<number> {
  const start = performance.now();
  for (const clientId of clientIds) {
    await inTenantTransaction(orm.em, { tenantId }, (em) => refreshMonthsOfClient(em, tenantId, clientId, from, to, asOf));
  }
  return (performance.now() - start) / 1000;
}

/** Refreshing one dirty month of one client, as after a sync page touching it: ms per refresh. */
export async function timeMonthRefresh(orm: Orm, tenantId: string, clientId: string, month: string, next: string, asOf: Date, reps: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    await inTenantTransaction(orm.em, { tenantId }, (em) => refreshMonthsOfClient(em, tenantId, clientId, month, next, asOf));
    samples.push(performance.now() - start);
  }
  return percentile(samples, 0.5);
}

/** The same review computed from the tickets (no stored months), for comparison: p95 ms. */
export async function timeReviewFromTickets(orm: Orm, tenantId: string, clientId: string, reps: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    await inTenantTransaction(orm.em, { tenantId }, (em) =>
      computeKpisFromTickets(em, { tenantId, clientIds: [clientId], from: REVIEW_FROM, to: REVIEW_TO, granularity: 'MONTH', keys: [], breakdown: null }));
    samples.push(performance.now() - start);
  }
  return percentile(samples, 0.95);
}
