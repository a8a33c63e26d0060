import { Migration } from '@mikro-orm/migrations';

/**
 * Which column of each table the `bi` views read names the row's client: the tables a BI role may
 * select from (through the views; `security_invoker` checks the base tables as the reader).
 */
const READ_BY_BI: Record<string, string> = {
  client: 'id',
  engagement: 'client_id',
  service_review: 'client_id',
  review_snapshot: 'client_id',
  review_snapshot_kpi: 'client_id',
  review_snapshot_sla: 'client_id',
  review_snapshot_csf: 'client_id',
  csi_item: 'client_id',
  csi_kpi_measurement: 'client_id',
  ticket: 'client_id',
  ticket_sla_clock: 'client_id',
};

/** The views, each `security_invoker`: RLS applies as whoever reads them. */
const VIEWS = [`
create view bi.review_facts with (security_invoker = true) as
select r.tenant_id, r.id as review_id, r.client_id, c.name as client_name, e.level, r.status,
  coalesce(s.period_from, (r.period_start at time zone c.time_zone)::date) as period_from,
  coalesce(s.period_to, (r.period_end at time zone c.time_zone)::date) as period_to,
  c.time_zone, r.scheduled_at, r.prepared_at, r.held_at, r.closed_at, r.cancelled_at,
  s.id as snapshot_id, s.taken_at as snapshot_taken_at,
  jsonb_array_length(r.attendees) as attendee_count, jsonb_array_length(r.findings) as finding_count,
  jsonb_array_length(r.decisions) as decision_count,
  csf.green as csfs_green, csf.amber as csfs_amber, csf.red as csfs_red, csf.no_data as csfs_no_data
from service_review r
join client c on c.tenant_id = r.tenant_id and c.id = r.client_id
join engagement e on e.tenant_id = r.tenant_id and e.id = r.engagement_id
left join review_snapshot s on s.tenant_id = r.tenant_id and s.review_id = r.id
left join lateral (
  select count(*) filter (where x.status = 'GREEN') as green, count(*) filter (where x.status = 'AMBER') as amber,
    count(*) filter (where x.status = 'RED') as red, count(*) filter (where x.status = 'NO_DATA') as no_data
  from review_snapshot_csf x where x.tenant_id = s.tenant_id and x.snapshot_id = s.id
) csf on s.id is not null
where r.archived_at is null;`, `
comment on view bi.review_facts is 'One row per service review (cancelled ones too, archived ones not), with its frozen snapshot''s CSF status counts.';`, `
create view bi.kpi_snapshots with (security_invoker = true) as
select k.tenant_id, s.review_id, k.snapshot_id, k.client_id, s.level, s.period_from, s.period_to, s.time_zone, s.taken_at,
  k.key, k.figure, k.value, k.numerator, k.denominator, k.kpi_definition_id, k.target, k.tolerance, k.direction,
  k.definition_effective_from, k.status
from review_snapshot_kpi k
join review_snapshot s on s.tenant_id = k.tenant_id and s.id = k.snapshot_id
join service_review r on r.tenant_id = s.tenant_id and r.id = s.review_id
where r.archived_at is null and r.status <> 'CANCELLED';`, `
comment on view bi.kpi_snapshots is 'Every KPI figure as a review froze it (value, numerator, denominator, target, status); never restated.';`, `
create view bi.sla_attainment with (security_invoker = true) as
select a.tenant_id, s.review_id, a.snapshot_id, a.client_id, s.level, s.period_from, s.period_to, s.time_zone,
  a.clock, a.priority, a.target_minutes, a.met, a.breached, a.pending, a.no_target, a.attainment
from review_snapshot_sla a
join review_snapshot s on s.tenant_id = a.tenant_id and s.id = a.snapshot_id
join service_review r on r.tenant_id = s.tenant_id and r.id = s.review_id
where r.archived_at is null and r.status <> 'CANCELLED';`, `
comment on view bi.sla_attainment is 'SLA attainment by clock and priority as each review froze it.';`, `
create view bi.csi_items with (security_invoker = true) as
select i.tenant_id, i.id as csi_item_id, i.client_id, i.review_id, i.csf_id, i.title, i.rationale, i.owner, i.due_date, i.status,
  (i.created_at at time zone c.time_zone)::date as proposed_on, i.approved_at, i.completed_at,
  b.kpi_definition_id, b.key as kpi_key, b.figure as kpi_figure,
  b.value as baseline_value, b.period_from as baseline_period_from, b.period_to as baseline_period_to,
  d.value as completion_value, d.period_from as completion_period_from, d.period_to as completion_period_to,
  d.value - b.value as change
from csi_item i
join client c on c.tenant_id = i.tenant_id and c.id = i.client_id
left join csi_kpi_measurement b on b.tenant_id = i.tenant_id and b.csi_item_id = i.id and b.kind = 'BASELINE'
left join csi_kpi_measurement d on d.tenant_id = i.tenant_id and d.csi_item_id = i.id and d.kind = 'COMPLETION'
  and d.kpi_definition_id = b.kpi_definition_id
where i.archived_at is null;`, `
comment on view bi.csi_items is 'The CSI register: one row per item and target KPI (one row for an item without a baseline yet), with baseline, completion value and change.';`, `
create view bi.tickets_normalized with (security_invoker = true) as
select t.tenant_id, t.id as ticket_id, t.client_id, t.source_system, t.external_key, t.title,
  t.type, t.type_raw, t.priority, t.priority_raw, t.status, t.status_raw, t.tier, t.tier_raw,
  t.created_at, (t.created_at at time zone coalesce(c.time_zone, 'UTC'))::date as created_on,
  t.first_response_at, t.first_resolved_at, t.last_resolved_at, t.closed_at, t.reopen_count, t.agent_reply_count,
  t.merged_into_id, response.status as sla_response_status, resolution.status as sla_resolution_status
from ticket t
left join client c on c.tenant_id = t.tenant_id and c.id = t.client_id
left join lateral (
  select k.status from ticket_sla_clock k where k.tenant_id = t.tenant_id and k.ticket_id = t.id and k.clock = 'FIRST_RESPONSE'
  order by k.cycle limit 1
) response on true
left join lateral (
  select k.status from ticket_sla_clock k where k.tenant_id = t.tenant_id and k.ticket_id = t.id and k.clock = 'RESOLUTION'
  order by k.cycle desc limit 1
) resolution on true;`, `
comment on view bi.tickets_normalized is 'Normalized tickets from every connector, with the first response clock and the latest resolution cycle''s SLA status.';`];

/**
 * Read-only BI access (issue 5 part 7): the `bi` schema of views, and database roles for BI tools.
 *
 * The views are `security_invoker`, so the reader's own row-level security applies: the API (as
 * `qd_app`) sees its transaction's tenant and client, a BI login role sees its session's.
 *
 * A BI login role's session pins `qd.tenant_id` (ALTER ROLE ... SET), but any role may SET a
 * custom setting, and may even ALTER ROLE its own defaults. So the setting only narrows: every
 * table a BI role can read carries a RESTRICTIVE policy for the `qd_bi` group that also requires
 * the row's tenant (and client, for a client-bound role) to be the one `bi_reader_role` maps the
 * session's login role to. Changing `qd.tenant_id` then yields no rows at all, never another
 * tenant's. `session_user` is the login role and only a superuser can change it.
 */
export class Migration20261129000000BiViews extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'qd_bi') then
    create role qd_bi nologin;
  end if;
end $$;`);
    this.addSql(`
create table bi_reader_role (
  tenant_id uuid not null references tenant (id),
  role_name text not null check (role_name ~ '^qd_bi_[a-z0-9_]{1,50}$'),
  client_id uuid,
  created_at timestamptz not null default now(),
  primary key (tenant_id, role_name),
  foreign key (tenant_id, client_id) references client (tenant_id, id)
);`);
    // Written only by the CLI (as the database owner); read only by the definer functions below.
    this.addSql(`alter table bi_reader_role enable row level security;`);
    this.addSql(`alter table bi_reader_role force row level security;`);
    this.addSql(`create policy bi_reader_role_isolation on bi_reader_role
  using (tenant_id = qd_tenant() and qd_client() is null) with check (tenant_id = qd_tenant() and qd_client() is null);`);

    // Definer functions: the BI role may not read the mapping itself. A role name mapped twice
    // (which the CLI never does) maps to nothing rather than to either tenant. The table is
    // schema-qualified and pg_temp searched last, so a temporary table of the caller's cannot
    // stand in for it (PostgreSQL docs, "Writing SECURITY DEFINER Functions Safely").
    for (const [name, column] of [['qd_bi_tenant', 'tenant_id'], ['qd_bi_client', 'client_id']]) {
      this.addSql(`create function ${name}() returns uuid language sql stable security definer set search_path = pg_catalog, public, pg_temp as
  $$ select case when count(*) = 1 then (array_agg(${column}))[1] end from public.bi_reader_role where role_name = session_user $$;`);
      this.addSql(`revoke all on function ${name}() from public;`);
      this.addSql(`grant execute on function ${name}() to qd_bi;`);
    }

    for (const [table, clientColumn] of Object.entries(READ_BY_BI)) {
      // Sub-selects, so each function runs once per statement, not once per row.
      this.addSql(`create policy ${table}_bi_reader on ${table} as restrictive for select to qd_bi
  using (tenant_id = (select qd_bi_tenant()) and ((select qd_bi_client()) is null or ${clientColumn} = (select qd_bi_client())));`);
      this.addSql(`grant select on ${table} to qd_bi;`);
    }

    this.addSql(`create schema bi;`);
    this.addSql(`comment on schema bi is 'Quarterdeck read-only BI views; row-level security applies to whoever reads them.';`);
    for (const sql of VIEWS) this.addSql(sql);
    this.addSql(`grant usage on schema bi to qd_app, qd_bi;`);
    this.addSql(`grant select on all tables in schema bi to qd_app, qd_bi;`);
  }
}
