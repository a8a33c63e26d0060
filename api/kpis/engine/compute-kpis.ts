import type { EntityManager } from '@mikro-orm/postgresql';
import { kpiBuckets } from './buckets.js';
import { computeKpisFromRollup, rollupAnswers } from './compute-kpis-from-rollup.js';
import { computeKpisFromTickets } from './compute-kpis-from-tickets.js';
import type { KpiFigure } from './kpi-figure.js';
import type { KpiRequest } from './kpi-request.js';

/**
 * The KPI catalogue for `request` (see KpiFigure), inside the caller's tenant transaction.
 * Whole local months (granularity MONTH, QUARTER or YEAR over a period of whole months), for any
 * set of clients, without a breakdown or by client, are combined from the per-client-month rollup
 * (kpi_client_month, see `computeKpisFromRollup`); anything else is computed from the tickets.
 * Both give the same figures.
 */
export async function computeKpis(em: EntityManager, request: KpiRequest): Promise<KpiFigure[]> {
  const buckets = kpiBuckets(request.from, request.to, request.granularity);
  return rollupAnswers(request, buckets) ? computeKpisFromRollup(em, request, buckets) : computeKpisFromTickets(em, request, buckets);
}
