import { Migration } from '@mikro-orm/migrations';

/**
 * ticket_kpi_fact carries the ticket attributes and first-cycle clock outcomes the KPI engine
 * reads, and `open_until`, so each cohort is one indexed scan and a backlog reads only tickets
 * still open at the bucket's end (api/kpis/store/denormalize-kpi-facts.ts fills them).
 * The backfill repeats that statement on purpose: a migration must not change when app code does.
 */
export class Migration20261127040000KpiFactColumns extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table ticket_kpi_fact
      add column created_at timestamptz, add column ticket_type text, add column priority text, add column tier text,
      add column source_system text, add column response_minutes double precision, add column response_stopped boolean,
      add column response_status text, add column resolution_minutes double precision, add column resolution_stopped boolean,
      add column resolution_status text, add column open_until timestamptz;`);
    this.addSql(`
update ticket_kpi_fact f set
  created_at = t.created_at, ticket_type = t.type, priority = t.priority, tier = t.tier, source_system = t.source_system,
  response_minutes = r.elapsed_minutes, response_stopped = r.stopped_at is not null, response_status = r.status,
  resolution_minutes = s.elapsed_minutes, resolution_stopped = s.stopped_at is not null, resolution_status = s.status,
  open_until = case when isempty(f.open_ranges) then '-infinity'::timestamptz else coalesce(upper(f.open_ranges), 'infinity'::timestamptz) end
from ticket t
left join ticket_sla_clock r on r.tenant_id = t.tenant_id and r.ticket_id = t.id and r.clock = 'FIRST_RESPONSE' and r.cycle = 1
left join ticket_sla_clock s on s.tenant_id = t.tenant_id and s.ticket_id = t.id and s.clock = 'RESOLUTION' and s.cycle = 1
where t.tenant_id = f.tenant_id and t.id = f.ticket_id;`);
    this.addSql(`create index ticket_kpi_fact_created on ticket_kpi_fact (tenant_id, client_id, created_at);`);
    this.addSql(`create index ticket_kpi_fact_open_until on ticket_kpi_fact (tenant_id, client_id, open_until);`);
  }
}
