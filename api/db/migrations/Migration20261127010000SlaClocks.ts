import { Migration } from '@mikro-orm/migrations';

/** Stored SLA clocks: one row per ticket, clock and cycle, recomputed whenever their inputs change. */
export class Migration20261127010000SlaClocks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table ticket_sla_clock (
  tenant_id uuid not null references tenant (id),
  ticket_id uuid not null,
  clock text not null check (clock in ('FIRST_RESPONSE', 'RESOLUTION')),
  cycle integer not null check (cycle >= 1),
  client_id uuid,
  target_minutes double precision,
  elapsed_minutes double precision not null,
  paused_minutes double precision not null,
  started_at timestamptz not null,
  stopped_at timestamptz,
  due_at timestamptz,
  status text not null check (status in ('MET', 'BREACHED', 'PENDING', 'NO_TARGET')),
  sla_policy_version_id uuid,
  business_calendar_version_id uuid,
  computed_at timestamptz not null default now(),
  primary key (tenant_id, ticket_id, clock, cycle),
  foreign key (tenant_id, ticket_id) references ticket (tenant_id, id) on delete cascade,
  foreign key (tenant_id, sla_policy_version_id) references sla_policy_version (tenant_id, id),
  foreign key (tenant_id, business_calendar_version_id) references business_calendar_version (tenant_id, id)
);`);
    const rule = `tenant_id = qd_tenant() and (qd_client() is null or client_id = qd_client())`;
    this.addSql(`alter table ticket_sla_clock enable row level security;`);
    this.addSql(`alter table ticket_sla_clock force row level security;`);
    this.addSql(`create policy ticket_sla_clock_isolation on ticket_sla_clock using (${rule}) with check (${rule});`);
    this.addSql(`grant select, insert, update, delete on ticket_sla_clock to qd_app;`);
  }
}
