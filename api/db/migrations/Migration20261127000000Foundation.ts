import { Migration } from '@mikro-orm/migrations';

/**
 * The foundation schema. Every tenant table's primary and unique keys lead with `tenant_id`
 * and its foreign keys carry it, so the schema can be distributed by tenant (Citus).
 * Row-level security is enabled and FORCED everywhere; the API runs as `qd_app`, which owns nothing.
 */
export class Migration20261127000000Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'qd_app') then
    create role qd_app nologin;
  end if;
end $$;`);
    this.addSql(`grant qd_app to current_user;`);
    this.addSql(`grant usage on schema public to qd_app;`);

    this.addSql(`create function qd_tenant() returns uuid language sql stable as
      $$ select nullif(current_setting('qd.tenant_id', true), '')::uuid $$;`);
    this.addSql(`create function qd_client() returns uuid language sql stable as
      $$ select nullif(current_setting('qd.client_id', true), '')::uuid $$;`);

    this.addSql(`
create table tenant (
  id uuid primary key,
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now(),
  archived_at timestamptz
);`);
    this.addSql(`
create table app_user (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  email text not null,
  name text not null,
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, email)
);`);
    this.addSql(`
create table client (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  name text not null,
  time_zone text not null,
  endpoint_count integer check (endpoint_count >= 0),
  user_count integer check (user_count >= 0),
  business_calendar_id uuid,
  sla_policy_id uuid,
  external_refs jsonb not null default '[]',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, name)
);`);
    this.addSql(`
create table api_token (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  name text not null,
  role text not null check (role in ('MSP_ADMIN', 'SERVICE_DELIVERY_MANAGER', 'CLIENT_VIEWER', 'BI_READER')),
  client_id uuid,
  user_id uuid,
  token_hash bytea not null,
  prefix text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  expires_at timestamptz,
  revoked_at timestamptz,
  archived_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, client_id) references client (tenant_id, id),
  foreign key (tenant_id, user_id) references app_user (tenant_id, id),
  check ((role = 'CLIENT_VIEWER') = (client_id is not null))
);`);
    this.addSql(`
create table business_calendar (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  client_id uuid,
  name text not null,
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, name),
  foreign key (tenant_id, client_id) references client (tenant_id, id)
);`);
    this.addSql(`
create table business_calendar_version (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  calendar_id uuid not null,
  client_id uuid,
  version integer not null check (version >= 1),
  effective_from date not null,
  time_zone text not null,
  weekly_intervals jsonb not null,
  holidays jsonb not null default '[]',
  exceptions jsonb not null default '[]',
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, calendar_id, version),
  unique (tenant_id, calendar_id, effective_from),
  foreign key (tenant_id, calendar_id) references business_calendar (tenant_id, id)
);`);
    this.addSql(`
create table sla_policy (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  client_id uuid,
  name text not null,
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, name),
  foreign key (tenant_id, client_id) references client (tenant_id, id)
);`);
    this.addSql(`
create table sla_policy_version (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  policy_id uuid not null,
  client_id uuid,
  version integer not null check (version >= 1),
  effective_from date not null,
  business_calendar_id uuid,
  targets jsonb not null,
  pausing_statuses jsonb not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, policy_id, version),
  unique (tenant_id, policy_id, effective_from),
  foreign key (tenant_id, policy_id) references sla_policy (tenant_id, id),
  foreign key (tenant_id, business_calendar_id) references business_calendar (tenant_id, id)
);`);
    this.addSql(`alter table client
  add foreign key (tenant_id, business_calendar_id) references business_calendar (tenant_id, id),
  add foreign key (tenant_id, sla_policy_id) references sla_policy (tenant_id, id);`);
    this.addSql(`
create table critical_success_factor (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  client_id uuid not null,
  title text not null,
  description text not null default '',
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, client_id) references client (tenant_id, id)
);`);
    this.addSql(`
create table kpi_definition (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  client_id uuid not null,
  csf_id uuid,
  key text not null,
  statistic text not null,
  name text not null,
  target double precision not null,
  tolerance double precision not null default 0 check (tolerance >= 0),
  direction text not null check (direction in ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER')),
  effective_from date not null,
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, client_id) references client (tenant_id, id),
  foreign key (tenant_id, csf_id) references critical_success_factor (tenant_id, id)
);`);
    this.addSql(`
create table engagement (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  client_id uuid not null,
  level text not null check (level in ('INFORMAL_SYNC', 'MONTHLY_SERVICE_REVIEW', 'QUARTERLY_BUSINESS_REVIEW',
    'SEMIANNUAL_BUSINESS_REVIEW', 'ANNUAL_BUSINESS_REVIEW')),
  cadence text not null,
  objectives text not null default '',
  participants jsonb not null default '[]',
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, client_id) references client (tenant_id, id)
);`);
    this.addSql(`create unique index engagement_one_live_per_level
  on engagement (tenant_id, client_id, level) where archived_at is null;`);
    this.addSql(`
create table service_review (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  client_id uuid not null,
  engagement_id uuid not null,
  period_start timestamptz not null,
  period_end timestamptz not null,
  scheduled_at timestamptz not null,
  status text not null check (status in ('PLANNED', 'PREPARED', 'HELD', 'CLOSED', 'CANCELLED')),
  notes text not null default '',
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, client_id) references client (tenant_id, id),
  foreign key (tenant_id, engagement_id) references engagement (tenant_id, id),
  check (period_start < period_end)
);`);
    this.addSql(`create index service_review_client_scheduled on service_review (tenant_id, client_id, scheduled_at desc);`);
    this.addSql(`
create table csi_item (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  client_id uuid not null,
  review_id uuid,
  csf_id uuid,
  title text not null,
  rationale text not null default '',
  owner text not null default '',
  due_date date,
  status text not null check (status in ('PROPOSED', 'APPROVED', 'IN_PROGRESS', 'DONE', 'REJECTED')),
  target_kpi_ids jsonb not null default '[]',
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, client_id) references client (tenant_id, id),
  foreign key (tenant_id, review_id) references service_review (tenant_id, id),
  foreign key (tenant_id, csf_id) references critical_success_factor (tenant_id, id)
);`);
    this.addSql(`
create table connector_instance (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  kind text not null,
  name text not null,
  config jsonb not null default '{}',
  secrets_ciphertext bytea,
  mappings jsonb not null default '{}',
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, name)
);`);
    this.addSql(`
create table sync_run (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  connector_instance_id uuid not null,
  stream text not null,
  status text not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  pages integer not null default 0,
  records_read integer not null default 0,
  records_inserted integer not null default 0,
  records_updated integer not null default 0,
  records_unchanged integer not null default 0,
  errors jsonb not null default '[]',
  progress double precision,
  primary key (tenant_id, id),
  foreign key (tenant_id, connector_instance_id) references connector_instance (tenant_id, id)
);`);
    this.addSql(`
create table ticket (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  client_id uuid,
  connector_instance_id uuid,
  source_system text not null,
  external_id text not null,
  external_key text,
  url text,
  title text not null default '',
  type text not null check (type in ('INCIDENT', 'SERVICE_REQUEST', 'PROBLEM', 'CHANGE', 'OTHER')),
  type_raw text,
  priority text not null check (priority in ('P1', 'P2', 'P3', 'P4', 'NONE')),
  priority_raw text,
  status text not null check (status in ('NEW', 'OPEN', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'WAITING_THIRD_PARTY',
    'RESOLVED', 'CLOSED', 'CANCELLED', 'UNMAPPED')),
  status_raw text,
  tier text not null check (tier in ('TIER1', 'TIER2', 'TIER3', 'OTHER')),
  tier_raw text,
  created_at timestamptz not null,
  first_response_at timestamptz,
  first_resolved_at timestamptz,
  last_resolved_at timestamptz,
  closed_at timestamptz,
  source_updated_at timestamptz not null,
  reopen_count integer not null default 0,
  agent_reply_count integer,
  merged_into_id uuid,
  vendor_sla jsonb,
  primary key (tenant_id, id),
  unique (tenant_id, source_system, connector_instance_id, external_id),
  foreign key (tenant_id, client_id) references client (tenant_id, id),
  foreign key (tenant_id, connector_instance_id) references connector_instance (tenant_id, id),
  foreign key (tenant_id, merged_into_id) references ticket (tenant_id, id)
);`);
    this.addSql(`create index ticket_client_created on ticket (tenant_id, client_id, created_at);`);
    this.addSql(`
create table ticket_event (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  ticket_id uuid not null,
  client_id uuid,
  seq integer not null,
  occurred_at timestamptz not null,
  kind text not null check (kind in ('STATUS_CHANGED', 'TIER_CHANGED', 'PRIORITY_CHANGED', 'ASSIGNEE_CHANGED',
    'AGENT_PUBLIC_REPLY', 'CUSTOMER_REPLY')),
  from_value text,
  to_value text,
  from_raw text,
  to_raw text,
  automatic boolean not null default false,
  primary key (tenant_id, id),
  unique (tenant_id, ticket_id, seq),
  foreign key (tenant_id, ticket_id) references ticket (tenant_id, id) on delete cascade
);`);
    this.addSql(`
create table csat_response (
  tenant_id uuid not null references tenant (id),
  id uuid not null,
  ticket_id uuid not null,
  client_id uuid,
  score double precision not null,
  scale_min double precision not null,
  scale_max double precision not null,
  received_at timestamptz not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, ticket_id) references ticket (tenant_id, id) on delete cascade,
  check (scale_min < scale_max and score between scale_min and scale_max)
);`);

    // Row-level security: who may see a row is decided by the transaction's qd.tenant_id / qd.client_id.
    const tenantOnly = ['app_user', 'api_token', 'connector_instance', 'sync_run'];
    const clientOwned = [
      'critical_success_factor', 'kpi_definition', 'engagement', 'service_review', 'csi_item',
      'ticket', 'ticket_event', 'csat_response',
    ];
    const sharedOrClient = ['business_calendar', 'business_calendar_version', 'sla_policy', 'sla_policy_version'];
    const policies: Record<string, string> = {
      tenant: `id = qd_tenant()`,
      client: `tenant_id = qd_tenant() and (qd_client() is null or id = qd_client())`,
    };
    for (const t of tenantOnly) policies[t] = `tenant_id = qd_tenant() and qd_client() is null`;
    for (const t of clientOwned) policies[t] = `tenant_id = qd_tenant() and (qd_client() is null or client_id = qd_client())`;
    for (const t of sharedOrClient) {
      policies[t] = `tenant_id = qd_tenant() and (qd_client() is null or client_id is null or client_id = qd_client())`;
    }
    for (const [table, rule] of Object.entries(policies)) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`alter table ${table} force row level security;`);
      this.addSql(`create policy ${table}_isolation on ${table} using (${rule}) with check (${rule});`);
      this.addSql(`grant select, insert, update, delete on ${table} to qd_app;`);
    }

    // Token lookup happens before a tenant is known to the transaction: a definer function scoped
    // to the tenant named in the token itself, so forced RLS still applies inside it.
    this.addSql(`
create function qd_authenticate(p_tenant uuid, p_hash bytea)
returns table (token_id uuid, role text, client_id uuid, user_id uuid)
language plpgsql security definer set search_path = public as $$
begin
  perform set_config('qd.tenant_id', p_tenant::text, true);
  perform set_config('qd.client_id', '', true);
  return query
    update api_token t set last_used_at = now()
    where t.tenant_id = p_tenant and t.token_hash = p_hash and t.revoked_at is null
      and (t.expires_at is null or t.expires_at > now())
    returning t.id, t.role, t.client_id, t.user_id;
end $$;`);
    this.addSql(`revoke all on function qd_authenticate(uuid, bytea) from public;`);
    this.addSql(`grant execute on function qd_authenticate(uuid, bytea) to qd_app;`);
  }
}
