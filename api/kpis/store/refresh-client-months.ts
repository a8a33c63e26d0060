import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { computeKpisFromTickets } from '../engine/compute-kpis-from-tickets.js';

/**
 * Recomputes the stored per-month figures (kpi_client_month) of each client from the local month
 * of its earliest changed ticket through the month of `asOf`: a ticket's changes can reach every
 * later month (its resolution, CSAT, and the backlog at each month end it was open).
 */
export async function refreshClientMonths(em: EntityManager, tenantId: string, ticketIds: readonly string[], asOf: Date): Promise<void> {
  if (ticketIds.length === 0) return;
  const starts = await em.getConnection().execute<{ client_id: string; time_zone: string; first_month: string }[]>(
    `select t.client_id, c.time_zone, min(date_trunc('month', t.created_at at time zone c.time_zone))::date::text as first_month
       from ticket t join client c on c.tenant_id = t.tenant_id and c.id = t.client_id
      where t.tenant_id = ? and t.id in (?) group by t.client_id, c.time_zone`,
    [tenantId, [...ticketIds]], 'all', em.getTransactionContext());
  for (const { client_id: clientId, time_zone: zone, first_month: from } of starts) {
    await refreshMonthsOfClient(em, tenantId, clientId, from, DateTime.fromJSDate(asOf, { zone }).startOf('month').plus({ months: 1 }).toISODate()!, asOf);
  }
}

/** Stores the figures of one client's months [from, to) (local month starts), as of `asOf`. */
export async function refreshMonthsOfClient(em: EntityManager, tenantId: string, clientId: string, from: string, to: string, asOf: Date): Promise<void> {
  if (from >= to) return;
  const figures = await computeKpisFromTickets(em, { tenantId, clientIds: [clientId], from, to, granularity: 'MONTH', keys: [], breakdown: null });
  const months = new Map<string, object[]>();
  for (const { bucket, group: _group, ...figure } of figures) months.set(bucket, [...(months.get(bucket) ?? []), figure]);
  await em.getConnection().execute(
    `insert into kpi_client_month (tenant_id, client_id, month, figures, computed_at)
     select ?, ?, (m->>'month')::date, m->'figures', ? from jsonb_array_elements(?::jsonb) m
     on conflict (tenant_id, client_id, month) do update set figures = excluded.figures, computed_at = excluded.computed_at`,
    [tenantId, clientId, asOf, JSON.stringify([...months].map(([month, f]) => ({ month, figures: f })))], 'run', em.getTransactionContext());
}

/** Drops a client's stored months (its zone or endpoints changed): its reviews compute from tickets until refreshed. */
export async function forgetClientMonths(em: EntityManager, tenantId: string, clientId: string): Promise<void> {
  await em.getConnection().execute('delete from kpi_client_month where tenant_id = ? and client_id = ?', [tenantId, clientId], 'run', em.getTransactionContext());
}
