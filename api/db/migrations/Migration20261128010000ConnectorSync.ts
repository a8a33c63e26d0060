import { Migration } from '@mikro-orm/migrations';

/**
 * What the sync engine needs: per-stream state committed with the rows it describes, a schedule per
 * connector instance, richer sync runs, and CSAT answers keyed by their vendor id so re-reads upsert.
 */
export class Migration20261128010000ConnectorSync extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table connector_instance
  add column sync_interval_minutes integer not null default 60 check (sync_interval_minutes between 1 and 10080),
  add column requests_per_second double precision check (requests_per_second > 0),
  add column updated_at timestamptz not null default now();`);
    this.addSql(`
create table sync_state (
  tenant_id uuid not null references tenant (id),
  connector_instance_id uuid not null,
  stream text not null,
  state jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, connector_instance_id, stream),
  foreign key (tenant_id, connector_instance_id) references connector_instance (tenant_id, id)
);`);
    this.addSql(`
alter table sync_run
  add column trigger text not null default 'MANUAL' check (trigger in ('SCHEDULE', 'MANUAL', 'WEBHOOK', 'CLI')),
  add column records_deleted integer not null default 0,
  add column unmapped jsonb not null default '{}',
  add column cursor_before text,
  add column cursor_after text;`);
    this.addSql(`create index sync_run_instance_started on sync_run (tenant_id, connector_instance_id, started_at);`);
    this.addSql(`alter table csat_response add column external_id text;`);
    this.addSql(`create unique index csat_response_external on csat_response (tenant_id, ticket_id, external_id);`);
    // The vendor's references as received, so a mapping change can re-map stored tickets and a merge
    // into a ticket not yet synced resolves when it arrives.
    this.addSql(`alter table ticket add column company_ref text, add column merged_into_ref text;`);

    const rule = `tenant_id = qd_tenant() and qd_client() is null`;
    this.addSql(`alter table sync_state enable row level security;`);
    this.addSql(`alter table sync_state force row level security;`);
    this.addSql(`create policy sync_state_isolation on sync_state using (${rule}) with check (${rule});`);
    this.addSql(`grant select, insert, update, delete on sync_state to qd_app;`);
  }
}
