import type { Orm } from '../../api/db/orm.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { computeKpis } from '../../api/kpis/engine/compute-kpis.js';
import { computeKpisFromTickets } from '../../api/kpis/engine/compute-kpis-from-tickets.js';
import type { KpiRequest } from '../../api/kpis/engine/kpi-request.js';
import { refreshMonthsOfClient } from '../../api/kpis/store/refresh-client-months.js';
import { REVIEW_FROM, REVIEW_TO } from './bench-period.js';
import { compareFigures } from './compare-figures.js';
import { percentile, timed } from './stats.js';

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

export interface RollupCheck {
  allClientsFromTicketsSeconds: number;
  byClientSeconds: number;
  byClientFigures: number;
  quarterlySeconds: number;
  compared: number;
  mismatches: number;
  examples: string[];
}

/**
 * Questions the rollup answers, each asked of `computeKpis` (the rollup) and of
 * `computeKpisFromTickets`, compared figure by figure: all clients monthly (also timed from the
 * tickets), all clients quarterly, every client's own series (breakdown CLIENT, as `Client.kpis`
 * asks), and the largest client's year.
 */
export async function compareRollupWithTickets(orm: Orm, tenantId: string, clientIds: readonly string[], largestId: string): Promise<RollupCheck> {
  const base = { tenantId, from: REVIEW_FROM, to: REVIEW_TO, keys: [], breakdown: null };
  const questions: KpiRequest[] = [
    { ...base, clientIds, granularity: 'MONTH' },
    { ...base, clientIds, granularity: 'QUARTER' },
    { ...base, clientIds, granularity: 'MONTH', breakdown: 'CLIENT' },
    { ...base, clientIds: [largestId], granularity: 'YEAR' },
  ];
  const check: RollupCheck = { allClientsFromTicketsSeconds: 0, byClientSeconds: 0, byClientFigures: 0, quarterlySeconds: 0, compared: 0, mismatches: 0, examples: [] };
  for (const [i, question] of questions.entries()) {
    const viaRollup = await timed(() => inTenantTransaction(orm.em, { tenantId }, (em) => computeKpis(em, question)));
    const fromTickets = await timed(() => inTenantTransaction(orm.em, { tenantId }, (em) => computeKpisFromTickets(em, question)));
    if (i === 0) check.allClientsFromTicketsSeconds = fromTickets.ms / 1000;
    if (i === 1) check.quarterlySeconds = viaRollup.ms / 1000;
    if (i === 2) [check.byClientSeconds, check.byClientFigures] = [viaRollup.ms / 1000, viaRollup.result.length];
    const comparison = compareFigures(viaRollup.result, fromTickets.result);
    check.compared += comparison.compared;
    check.mismatches += comparison.mismatches;
    check.examples.push(...comparison.examples.slice(0, 10 - check.examples.length));
  }
  return check;
}
