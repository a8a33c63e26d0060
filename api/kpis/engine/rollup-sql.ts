/**
 * SQL of the per-client-month rollup (table kpi_client_month): for each (client, local month) the
 * aggregates of the four cohorts that `computeKpisFromTickets` reads (kpi-sql.ts), with the same
 * predicates and the same instants (`month::timestamp at time zone` the client's zone), in a
 * form that combines exactly over clients and over consecutive months:
 * - counts and sums add up;
 * - `fr_sorted` / `rt_sorted` are the cohort's response / resolution minutes, ascending, as
 *   concatenated `float8send` bytes (8 bytes big-endian each), so merged percentiles are exact
 *   selections (sorted-runs.ts); `*_p50` / `*_p90` are the month's own `percentile_cont`;
 * - `reopen_at` lists, ascending, the first reopens of the month's resolutions, so a bucket ending
 *   later counts those before its own end; `reopen_num` counts those before the month's end;
 * - the backlog is the one at the month's end (a bucket's backlog is its last month's).
 */

import { backlogCounts, openJustBeforeEnd } from './backlog-sql.js';

/** Integer columns of a rollup row. */
export const ROLLUP_COUNTS = [
  'volume', 'excluded', 'fr_n', 'frs_met', 'frs_breached', 'frs_no_target', 'frs_pending', 'res_met', 'res_breached',
  'res_no_target', 'res_pending', 'esc_den', 'esc_num', 'resolved', 'rt_n', 'fcr_den', 'fcr_num', 'flr_den', 'flr_num',
  'reopen_num', 'backlog', 'age_0_1d', 'age_1_3d', 'age_3_7d', 'age_7_30d', 'age_30d_plus', 'responses', 'satisfied',
] as const;

/** Every stored column of a rollup row but its key and computed_at. */
export const ROLLUP_COLUMNS = [
  ...ROLLUP_COUNTS, 'fr_sum', 'fr_p50', 'fr_p90', 'fr_sorted', 'rt_sum', 'rt_p50', 'rt_p90', 'rt_sorted', 'reopen_at', 'score_sum',
] as const;

const RESPONDED = 'not f.excluded and f.response_stopped';
const RESOLVED = 'f.resolution_stopped';

/** Count, sum, [p50, p90] and the sorted values of `column` over the rows passing `where`. */
const measure = (column: string, where: string, prefix: string) => `
    count(*) filter (where ${where})::int as ${prefix}_n,
    coalesce(sum(${column}) filter (where ${where}), 0)::float8 as ${prefix}_sum,
    percentile_cont(array[0.5, 0.9]) within group (order by ${column}) filter (where ${where}) as ${prefix}_pct,
    coalesce(string_agg(float8send(${column}), ''::bytea order by ${column}) filter (where ${where}), ''::bytea) as ${prefix}_sorted`;

const statuses = (column: string, prefix: string) =>
  ['MET', 'BREACHED', 'NO_TARGET', 'PENDING']
    .map((s) => `count(*) filter (where not f.excluded and ${column} = '${s}')::int as ${prefix}_${s.toLowerCase()}`)
    .join(',\n    ');

const normalized = '(cr.score - cr.scale_min) / (cr.scale_max - cr.scale_min)';

/**
 * One rollup row per (client, month) pair (`client_id`, `month` and ROLLUP_COLUMNS), computed from
 * ticket_kpi_fact and csat_response. A pair whose client does not exist (or is not visible) gives
 * no row; a month without tickets gives a row of zeros. Parameters: client ids (uuid[] literal),
 * months (date[] literal, first days of local months, paired by position), then the tenant 5 times.
 */
export const ROLLUP_ROWS = `
with cm as materialized (
  select c.id as client_id, p.month,
         (p.month::timestamp at time zone c.time_zone) as t_from,
         ((p.month + interval '1 month')::date::timestamp at time zone c.time_zone) as t_to
    from unnest(?::uuid[], ?::date[]) as p(client_id, month)
    join client c on c.tenant_id = ? and c.id = p.client_id
),
c_created as (
  select cm.client_id, cm.month,
    count(*) filter (where not f.excluded)::int as volume,
    count(*) filter (where f.excluded)::int as excluded,${measure('f.response_minutes', RESPONDED, 'fr')},
    ${statuses('f.response_status', 'frs')},
    ${statuses('f.resolution_status', 'res')},
    count(*) filter (where not f.excluded and f.started_in_tier1)::int as esc_den,
    count(*) filter (where not f.excluded and f.started_in_tier1 and f.escalated)::int as esc_num
  from cm
  join ticket_kpi_fact f on f.tenant_id = ? and f.client_id = cm.client_id and f.created_at >= cm.t_from and f.created_at < cm.t_to
  group by cm.client_id, cm.month
),
c_resolved as (
  select cm.client_id, cm.month,
    count(*)::int as resolved,${measure('f.resolution_minutes', RESOLVED, 'rt')},
    count(*) filter (where f.fcr is not null)::int as fcr_den,
    count(*) filter (where f.fcr)::int as fcr_num,
    count(*) filter (where f.started_in_tier1)::int as flr_den,
    count(*) filter (where f.started_in_tier1 and not f.left_tier1_before_resolution)::int as flr_num,
    count(*) filter (where f.first_reopen_after_resolution_at < cm.t_to)::int as reopen_num,
    coalesce(array_agg(f.first_reopen_after_resolution_at order by f.first_reopen_after_resolution_at)
      filter (where f.first_reopen_after_resolution_at is not null), '{}') as reopen_at
  from cm
  join ticket_kpi_fact f on f.tenant_id = ? and f.client_id = cm.client_id and not f.excluded
    and f.first_resolved_at >= cm.t_from and f.first_resolved_at < cm.t_to
  group by cm.client_id, cm.month
),
c_backlog as (
  select cm.client_id, cm.month,
    ${backlogCounts('cm')}
  from cm
  ${openJustBeforeEnd('cm')}
  group by cm.client_id, cm.month
),
c_csat as (
  select cm.client_id, cm.month,
    count(*)::int as responses,
    count(*) filter (where ${normalized} >= 0.75)::int as satisfied,
    sum(${normalized})::float8 as score_sum
  from cm
  join csat_response cr on cr.tenant_id = ? and cr.client_id = cm.client_id and cr.received_at >= cm.t_from and cr.received_at < cm.t_to
  join ticket_kpi_fact f on f.tenant_id = cr.tenant_id and f.ticket_id = cr.ticket_id and f.client_id = cm.client_id and not f.excluded
  group by cm.client_id, cm.month
)
select cm.client_id, cm.month,
  ${ROLLUP_COUNTS.map((c) => `coalesce(${c}, 0) as ${c}`).join(', ')},
  coalesce(fr_sum, 0) as fr_sum, fr_pct[1] as fr_p50, fr_pct[2] as fr_p90, coalesce(fr_sorted, ''::bytea) as fr_sorted,
  coalesce(rt_sum, 0) as rt_sum, rt_pct[1] as rt_p50, rt_pct[2] as rt_p90, coalesce(rt_sorted, ''::bytea) as rt_sorted,
  coalesce(reopen_at, '{}') as reopen_at, coalesce(score_sum, 0) as score_sum
from cm
left join c_created using (client_id, month)
left join c_resolved using (client_id, month)
left join c_backlog using (client_id, month)
left join c_csat using (client_id, month)`;
