import { Migration } from '@mikro-orm/migrations';

/**
 * Per-client, per-local-month KPI figures: exactly what the engine computes for that client and
 * month, stored when the month's tickets change, so a client's monthly review reads 12 rows
 * instead of its tickets. A missing row only means "compute from the tickets".
 */
export class Migration20261127030000KpiClientMonth extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table kpi_client_month (
  tenant_id uuid not null references tenant (id),
  client_id uuid not null,
  month date not null check (extract(day from month) = 1),
  figures jsonb not null,
  computed_at timestamptz not null,
  primary key (tenant_id, client_id, month),
  foreign key (tenant_id, client_id) references client (tenant_id, id)
);`);
    const rule = `tenant_id = qd_tenant() and (qd_client() is null or client_id = qd_client())`;
    this.addSql(`alter table kpi_client_month enable row level security;`);
    this.addSql(`alter table kpi_client_month force row level security;`);
    this.addSql(`create policy kpi_client_month_isolation on kpi_client_month using (${rule}) with check (${rule});`);
    this.addSql(`grant select, insert, update, delete on kpi_client_month to qd_app;`);
  }
}
