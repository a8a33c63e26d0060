import { Migration } from '@mikro-orm/migrations';

/**
 * Per-ticket history facts the KPI engine aggregates (api/kpis/facts): one row per ticket,
 * refreshed with its SLA clocks. `open_ranges` holds the half-open spans during which the ticket
 * was open, so "open just before `to`" is one containment test.
 */
export class Migration20261127020000KpiFacts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table ticket_kpi_fact (
  tenant_id uuid not null references tenant (id),
  ticket_id uuid not null,
  client_id uuid,
  excluded boolean not null,
  started_in_tier1 boolean not null,
  escalated boolean not null,
  left_tier1_before_resolution boolean not null,
  first_resolved_at timestamptz,
  first_reopen_after_resolution_at timestamptz,
  fcr boolean,
  open_ranges tstzmultirange not null,
  computed_at timestamptz not null,
  primary key (tenant_id, ticket_id),
  foreign key (tenant_id, ticket_id) references ticket (tenant_id, id) on delete cascade
);`);
    this.addSql(`create index ticket_kpi_fact_resolved on ticket_kpi_fact (tenant_id, client_id, first_resolved_at);`);
    this.addSql(`create index csat_response_client_received on csat_response (tenant_id, client_id, received_at);`);
    const rule = `tenant_id = qd_tenant() and (qd_client() is null or client_id = qd_client())`;
    this.addSql(`alter table ticket_kpi_fact enable row level security;`);
    this.addSql(`alter table ticket_kpi_fact force row level security;`);
    this.addSql(`create policy ticket_kpi_fact_isolation on ticket_kpi_fact using (${rule}) with check (${rule});`);
    this.addSql(`grant select, insert, update, delete on ticket_kpi_fact to qd_app;`);
  }
}
