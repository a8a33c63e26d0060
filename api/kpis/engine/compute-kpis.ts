import type { EntityManager } from '@mikro-orm/postgresql';
import { kpiBuckets } from './buckets.js';
import { computeKpisFromTickets } from './compute-kpis-from-tickets.js';
import type { KpiFigure } from './kpi-figure.js';
import type { KpiRequest } from './kpi-request.js';

type StoredFigure = Omit<KpiFigure, 'bucket' | 'group'>;

/**
 * The KPI catalogue for `request` (see KpiFigure), inside the caller's tenant transaction. One
 * client's whole months without a breakdown are read from kpi_client_month, which holds exactly
 * what `computeKpisFromTickets` gave for that client and month when its tickets last changed;
 * anything else, or any month without a stored row, is computed from the tickets.
 */
export async function computeKpis(em: EntityManager, request: KpiRequest): Promise<KpiFigure[]> {
  const buckets = kpiBuckets(request.from, request.to, request.granularity);
  const wholeMonths = request.granularity === 'MONTH' && buckets.every((b) => b.start.endsWith('-01') && b.end.endsWith('-01'));
  if (!wholeMonths || request.breakdown || request.clientIds.length !== 1) return computeKpisFromTickets(em, request);
  const rows = await em.getConnection().execute<{ month: string; figures: StoredFigure[] }[]>(
    `select month::text, figures from kpi_client_month where tenant_id = ? and client_id = ? and month >= ?::date and month < ?::date`,
    [request.tenantId, request.clientIds[0], request.from, request.to], 'all', em.getTransactionContext());
  if (rows.length !== buckets.length) return computeKpisFromTickets(em, request);
  const byMonth = new Map(rows.map((r) => [r.month, r.figures]));
  const keys = new Set(request.keys);
  return buckets.flatMap((b) => byMonth.get(b.start)!
    .filter((f) => keys.size === 0 || keys.has(f.key))
    .map((f) => ({ ...f, bucket: b.start, group: null })));
}
