import { Migration } from '@mikro-orm/migrations';

/**
 * The service review cycle (issue 5): engagements schedule their occurrences, reviews record their
 * meeting, preparing a review freezes a snapshot, CSI items keep baselines, and semi-annual or
 * annual reviews record the SLA, CSF and KPI changes they made.
 *
 * Snapshots, review changes and CSI measurements are history: qd_app may only read and insert
 * them (no update, no delete), so nothing the API does can rewrite what a review saw.
 */
export class Migration20261127150000ServiceReviewCycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table engagement
  add column starts_on date,
  add column meeting_time text not null default '10:00' check (meeting_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  add column horizon_days integer not null default 92 check (horizon_days between 1 and 731);`);
    this.addSql(`update engagement set starts_on = created_at::date;`);
    this.addSql(`alter table engagement alter column starts_on set not null, alter column starts_on set default current_date;`);

    this.addSql(`alter table service_review
  add column occurrence_at timestamptz,
  add column agenda jsonb not null default '[]',
  add column attendees jsonb not null default '[]',
  add column findings jsonb not null default '[]',
  add column decisions jsonb not null default '[]',
  add column prepared_at timestamptz,
  add column held_at timestamptz,
  add column closed_at timestamptz,
  add column cancelled_at timestamptz,
  add column cancellation_reason text not null default '';`);
    // Scheduling twice never duplicates an occurrence (archived, replaced occurrences do not count).
    this.addSql(`create unique index service_review_one_per_occurrence
  on service_review (tenant_id, engagement_id, occurrence_at) where occurrence_at is not null and archived_at is null;`);

    this.addSql(`alter table critical_success_factor
  add column effective_from date,
  add column retired_from date,
  add column supersedes_id uuid,
  add foreign key (tenant_id, supersedes_id) references critical_success_factor (tenant_id, id),
  add check (retired_from is null or effective_from is null or retired_from > effective_from);`);
    this.addSql(`alter table kpi_definition
  add column supersedes_id uuid,
  add foreign key (tenant_id, supersedes_id) references kpi_definition (tenant_id, id);`);
    this.addSql(`alter table csi_item add column approved_at timestamptz, add column completed_at timestamptz;`);

    this.addSql(`
create table review_snapshot (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  review_id uuid not null,
  client_id uuid not null,
  level text not null check (level in ('INFORMAL_SYNC', 'MONTHLY_SERVICE_REVIEW', 'QUARTERLY_BUSINESS_REVIEW',
    'SEMIANNUAL_BUSINESS_REVIEW', 'ANNUAL_BUSINESS_REVIEW')),
  period_from date not null,
  period_to date not null,
  time_zone text not null,
  taken_at timestamptz not null,
  sla_policy_id uuid,
  sla_policy_version_ids jsonb not null default '[]',
  business_calendar_version_ids jsonb not null default '[]',
  primary key (tenant_id, id),
  unique (tenant_id, review_id),
  foreign key (tenant_id, review_id) references service_review (tenant_id, id),
  foreign key (tenant_id, client_id) references client (tenant_id, id),
  foreign key (tenant_id, sla_policy_id) references sla_policy (tenant_id, id),
  check (period_from < period_to)
);`);
    this.addSql(`create index review_snapshot_client_level on review_snapshot (tenant_id, client_id, level, period_from);`);
    this.addSql(`
create table review_snapshot_kpi (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  snapshot_id uuid not null,
  client_id uuid not null,
  key text not null,
  figure text not null,
  value double precision,
  numerator double precision,
  denominator double precision,
  kpi_definition_id uuid,
  target double precision,
  tolerance double precision,
  direction text not null check (direction in ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER')),
  definition_effective_from date,
  status text check (status in ('GREEN', 'AMBER', 'RED', 'NO_DATA')),
  primary key (tenant_id, id),
  unique (tenant_id, snapshot_id, key, figure),
  foreign key (tenant_id, snapshot_id) references review_snapshot (tenant_id, id),
  foreign key (tenant_id, client_id) references client (tenant_id, id),
  foreign key (tenant_id, kpi_definition_id) references kpi_definition (tenant_id, id)
);`);
    this.addSql(`
create table review_snapshot_sla (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  snapshot_id uuid not null,
  client_id uuid not null,
  clock text not null check (clock in ('FIRST_RESPONSE', 'RESOLUTION')),
  priority text not null check (priority in ('P1', 'P2', 'P3', 'P4', 'NONE')),
  target_minutes double precision,
  met integer not null,
  breached integer not null,
  pending integer not null,
  no_target integer not null,
  attainment double precision,
  primary key (tenant_id, id),
  unique (tenant_id, snapshot_id, clock, priority),
  foreign key (tenant_id, snapshot_id) references review_snapshot (tenant_id, id),
  foreign key (tenant_id, client_id) references client (tenant_id, id)
);`);
    this.addSql(`
create table review_snapshot_csf (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  snapshot_id uuid not null,
  client_id uuid not null,
  csf_id uuid not null,
  title text not null,
  status text not null check (status in ('GREEN', 'AMBER', 'RED', 'NO_DATA')),
  kpi_definition_ids jsonb not null default '[]',
  primary key (tenant_id, id),
  unique (tenant_id, snapshot_id, csf_id),
  foreign key (tenant_id, snapshot_id) references review_snapshot (tenant_id, id),
  foreign key (tenant_id, client_id) references client (tenant_id, id),
  foreign key (tenant_id, csf_id) references critical_success_factor (tenant_id, id)
);`);
    this.addSql(`
create table review_change (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  review_id uuid not null,
  client_id uuid not null,
  kind text not null check (kind in ('SLA_TARGETS', 'CSF_INTRODUCED', 'CSF_REVISED', 'CSF_RETIRED', 'KPI_INTRODUCED', 'KPI_REVISED')),
  subject_id uuid not null,
  effective_from date not null,
  summary text not null,
  created_at timestamptz not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, review_id) references service_review (tenant_id, id),
  foreign key (tenant_id, client_id) references client (tenant_id, id)
);`);
    this.addSql(`
create table csi_kpi_measurement (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  csi_item_id uuid not null,
  client_id uuid not null,
  kind text not null check (kind in ('BASELINE', 'COMPLETION')),
  kpi_definition_id uuid not null,
  key text not null,
  figure text not null,
  value double precision,
  numerator double precision,
  denominator double precision,
  period_from date not null,
  period_to date not null,
  review_id uuid,
  recorded_at timestamptz not null,
  primary key (tenant_id, id),
  unique (tenant_id, csi_item_id, kind, kpi_definition_id),
  foreign key (tenant_id, csi_item_id) references csi_item (tenant_id, id),
  foreign key (tenant_id, client_id) references client (tenant_id, id),
  foreign key (tenant_id, kpi_definition_id) references kpi_definition (tenant_id, id),
  foreign key (tenant_id, review_id) references service_review (tenant_id, id),
  check (period_from < period_to)
);`);

    const rule = `tenant_id = qd_tenant() and (qd_client() is null or client_id = qd_client())`;
    for (const table of ['review_snapshot', 'review_snapshot_kpi', 'review_snapshot_sla', 'review_snapshot_csf', 'review_change', 'csi_kpi_measurement']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`alter table ${table} force row level security;`);
      this.addSql(`create policy ${table}_isolation on ${table} using (${rule}) with check (${rule});`);
      this.addSql(`grant select, insert on ${table} to qd_app;`);
    }
  }
}
