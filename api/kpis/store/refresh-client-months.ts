import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { monthsOf } from '../engine/compute-kpis-from-rollup.js';
import { arrayLiteral } from '../engine/kpi-sql.js';
import { ROLLUP_COLUMNS, ROLLUP_ROWS } from '../engine/rollup-sql.js';

/**
 * Recomputes the stored per-month rollup (kpi_client_month) of each client from the local month
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

const UPSERT = `
insert into kpi_client_month (tenant_id, client_id, month, ${ROLLUP_COLUMNS.join(', ')}, computed_at)
select ?, r.client_id, r.month, ${ROLLUP_COLUMNS.map((c) => `r.${c}`).join(', ')}, ?
  from (${ROLLUP_ROWS}) r
on conflict (tenant_id, client_id, month) do update set
  ${ROLLUP_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}, computed_at = excluded.computed_at`;

/**
 * Stores the rollup of one client's months [from, to) (first days of local months), as of
 * `asOf`: one statement, computed and written inside PostgreSQL.
 */
export async function refreshMonthsOfClient(em: EntityManager, tenantId: string, clientId: string, from: string, to: string, asOf: Date): Promise<void> {
  if (from >= to) return;
  const months = monthsOf({ start: from, end: to });
  await em.getConnection().execute(UPSERT,
    [tenantId, asOf, arrayLiteral(months.map(() => clientId)), arrayLiteral(months), ...Array(5).fill(tenantId)],
    'run', em.getTransactionContext());
}

/** Drops a client's stored months (its zone changed): its reviews compute from tickets until refreshed. */
export async function forgetClientMonths(em: EntityManager, tenantId: string, clientId: string): Promise<void> {
  await em.getConnection().execute('delete from kpi_client_month where tenant_id = ? and client_id = ?', [tenantId, clientId], 'run', em.getTransactionContext());
}
