import type pg from 'pg';
import type { Orm } from '../../api/db/orm.js';
import { inTenantTransaction } from '../../api/db/tenant-scope.js';
import { refreshTicketDerivations } from '../../api/kpis/store/refresh-ticket-derivations.js';

export interface SampleResult {
  tickets: number;
  ms: number;
  ticketsPerSecond: number;
  /** Clock and fact rows that differ between the bulk load and `refreshTicketDerivations`. */
  differingRows: number;
}

const CLOCK_COLS = `ticket_id, clock, cycle, client_id, target_minutes, elapsed_minutes, paused_minutes, started_at, stopped_at,
  due_at, status, sla_policy_version_id, business_calendar_version_id, computed_at`;
const FACT_COLS = `ticket_id, client_id, excluded, started_in_tier1, escalated, left_tier1_before_resolution, first_resolved_at,
  first_reopen_after_resolution_at, fcr, open_ranges::text, computed_at`;

/**
 * Re-derives a random sample of tickets with the application's own `refreshTicketDerivations`
 * (ORM reads, clock replay, facts, writes; as qd_app in a tenant transaction, in batches of 1000)
 * to time it, and checks the rows it writes equal what the bulk load wrote for them.
 */
export async function refreshSample(db: pg.Client, orm: Orm, tenantId: string, size: number, asOf: Date): Promise<SampleResult> {
  const ids = (await db.query<{ id: string }>(`select id from ticket where tenant_id = $1 order by random() limit $2`, [tenantId, size])).rows.map((r) => r.id);
  await db.query(`create temp table bench_clock_before as select ${CLOCK_COLS} from ticket_sla_clock where tenant_id = $1 and ticket_id = any($2::uuid[])`, [tenantId, ids]);
  await db.query(`create temp table bench_fact_before as select ${FACT_COLS} from ticket_kpi_fact where tenant_id = $1 and ticket_id = any($2::uuid[])`, [tenantId, ids]);
  const start = performance.now();
  for (let i = 0; i < ids.length; i += 1000) {
    const slice = ids.slice(i, i + 1000);
    await inTenantTransaction(orm.em, { tenantId }, (em) => refreshTicketDerivations(em, tenantId, slice, asOf, { months: false }));
  }
  const ms = performance.now() - start;
  const diff = async (before: string, table: string, cols: string) => {
    const { rows } = await db.query<{ n: number }>(
      `with after as (select ${cols} from ${table} where tenant_id = $1 and ticket_id = any($2::uuid[]))
       select ((select count(*) from (select * from after except all select * from ${before}) a)
             + (select count(*) from (select * from ${before} except all select * from after) b))::int as n`,
      [tenantId, ids],
    );
    return rows[0].n;
  };
  const differingRows = (await diff('bench_clock_before', 'ticket_sla_clock', CLOCK_COLS)) + (await diff('bench_fact_before', 'ticket_kpi_fact', FACT_COLS));
  await db.query('drop table bench_clock_before; drop table bench_fact_before');
  return { tickets: ids.length, ms, ticketsPerSecond: ids.length / (ms / 1000), differingRows };
}
