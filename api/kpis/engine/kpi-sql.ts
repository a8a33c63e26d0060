/**
 * The KPI engine's SQL. Every statement starts from `cb`: one row per requested client and bucket,
 * with the bucket's local dates turned into instants in that client's own zone (rule 12). Counts
 * are cast to int (pg returns bigint as text); percentiles are exact `percentile_cont`.
 */
import { backlogCounts, openJustBeforeEnd } from './backlog-sql.js';

export const CLIENT_BUCKETS = `
with cb as materialized (
  select c.id as client_id, c.endpoint_count, b.b_start,
         (b.b_start::timestamp at time zone c.time_zone) as t_from,
         (b.b_end::timestamp at time zone c.time_zone) as t_to
    from client c
   cross join unnest(?::date[], ?::date[]) as b(b_start, b_end)
   where c.tenant_id = ? and c.id = any(?::uuid[])
)`;

/**
 * A PostgreSQL array literal for ids and dates (characters that need no quoting), passed as one
 * text parameter: the query builder would spread a JS array into a list of parameters.
 */
export function arrayLiteral(values: readonly string[]): string {
  for (const v of values) if (!/^[0-9a-fA-F-]+$/.test(v)) throw new Error(`not an id or date: ${v}`);
  return `{${values.join(',')}}`;
}

// Median and p90 from one aggregate (one sort): [p50, p90].
const stats = (column: string, where: string, prefix: string) => `
  percentile_cont(array[0.5, 0.9]) within group (order by ${column}) filter (where ${where}) as ${prefix}_percentiles,
  avg(${column}) filter (where ${where}) as ${prefix}_mean,
  count(*) filter (where ${where})::int as ${prefix}_n`;

const statuses = (column: string, prefix: string) =>
  ['MET', 'BREACHED', 'NO_TARGET', 'PENDING']
    .map((s) => `count(*) filter (where not f.excluded and ${column} = '${s}')::int as ${prefix}_${s.toLowerCase()}`)
    .join(',\n  ');

/** Tickets created in the bucket: volume, response time, attainment, escalation. */
export const createdCohort = (group: string) => `${CLIENT_BUCKETS}
select cb.b_start::text as bucket, ${group} as grp,
  count(*) filter (where not f.excluded)::int as volume,
  count(*) filter (where not f.excluded and cb.endpoint_count is not null)::int as volume_with_endpoints,
  count(*) filter (where f.excluded)::int as excluded,
  ${stats('f.response_minutes', 'not f.excluded and f.response_stopped', 'fr')},
  ${statuses('f.response_status', 'frs')},
  ${statuses('f.resolution_status', 'res')},
  count(*) filter (where not f.excluded and f.started_in_tier1)::int as esc_den,
  count(*) filter (where not f.excluded and f.started_in_tier1 and f.escalated)::int as esc_num
from cb
join ticket_kpi_fact f on f.tenant_id = ? and f.client_id = cb.client_id and f.created_at >= cb.t_from and f.created_at < cb.t_to
group by 1, 2`;

/** Tickets first resolved in the bucket: resolution time, FCR, FLR, reopens, CSAT response rate. */
export const resolvedCohort = (group: string) => `${CLIENT_BUCKETS}
select cb.b_start::text as bucket, ${group} as grp,
  count(*)::int as resolved,
  ${stats('f.resolution_minutes', 'f.resolution_stopped', 'rt')},
  count(*) filter (where f.fcr is not null)::int as fcr_den,
  count(*) filter (where f.fcr)::int as fcr_num,
  count(*) filter (where f.started_in_tier1)::int as flr_den,
  count(*) filter (where f.started_in_tier1 and not f.left_tier1_before_resolution)::int as flr_num,
  count(*) filter (where f.first_reopen_after_resolution_at < cb.t_to)::int as reopen_num
from cb
join ticket_kpi_fact f on f.tenant_id = ? and f.client_id = cb.client_id and not f.excluded
  and f.first_resolved_at >= cb.t_from and f.first_resolved_at < cb.t_to
group by 1, 2`;

/**
 * Tickets open just before the bucket's end (after every event strictly before it), by age. Only
 * tickets whose last open span reaches the end (`open_until`) are read, not the whole history.
 */
export const backlogAtEnd = (group: string) => `${CLIENT_BUCKETS}
select cb.b_start::text as bucket, ${group} as grp,
  ${backlogCounts('cb')}
from cb
${openJustBeforeEnd('cb')}
group by 1, 2`;

const normalized = '(cr.score - cr.scale_min) / (cr.scale_max - cr.scale_min)';

/** CSAT responses received in the bucket, attributed to their ticket's client. */
export const csatResponses = (group: string) => `${CLIENT_BUCKETS}
select cb.b_start::text as bucket, ${group} as grp,
  count(*)::int as responses,
  count(*) filter (where ${normalized} >= 0.75)::int as satisfied,
  avg(${normalized}) as mean_score
from cb
join csat_response cr on cr.tenant_id = ? and cr.client_id = cb.client_id and cr.received_at >= cb.t_from and cr.received_at < cb.t_to
join ticket_kpi_fact f on f.tenant_id = cr.tenant_id and f.ticket_id = cr.ticket_id and f.client_id = cb.client_id and not f.excluded
group by 1, 2`;
