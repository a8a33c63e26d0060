import type pg from 'pg';

/** The tables that hold synced ticket data and what is derived from it. */
export const TICKET_TABLES = ['ticket', 'ticket_event', 'csat_response', 'ticket_sla_clock', 'ticket_kpi_fact', 'kpi_client_month'];

/**
 * Rows inserted, updated and deleted so far in the ticket tables, from PostgreSQL's own statistics
 * (flushed when the writing backend goes idle or exits, so read after the sync process ended).
 */
export async function ticketTableWrites(db: pg.Client): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1200)); // other backends flush their counters at most every second
  const { rows } = await db.query<{ n: string }>(
    `select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::text as n from pg_stat_user_tables where relname = any($1)`, [TICKET_TABLES]);
  return Number(rows[0]!.n);
}
