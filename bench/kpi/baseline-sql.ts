import type pg from 'pg';
import type { KpiFigure, KpiFigureKind } from '../../api/kpis/engine/kpi-figure.js';
import { KpiKey } from '../../api/kpi-definitions/kpi-key.js';
import { REVIEW_FROM, REVIEW_TO } from './bench-period.js';

/**
 * The baseline: the whole catalogue for one client's monthly review, written independently of
 * the engine (api/kpis/engine/kpi-sql.ts): one plain SQL query per KPI, exact `percentile_cont`
 * over the raw tickets. Exclusion (cancelled or merged) is read from the ticket's own columns; the
 * derived inputs are the stored cycle-1 SLA clocks (minutes, MET/BREACHED/...) and KPI facts (first
 * resolution, reopen, tier, FCR, open spans). Months are the client's local months, cut with
 * `timezone(zone, local timestamp)`; all review buckets are whole months (1 month each).
 */
const MONTHS = `
with m as (
  select d::date::text as bucket, timezone(c.time_zone, d) as lo, timezone(c.time_zone, d + interval '1 month') as hi, c.endpoint_count
    from client c, generate_series($3::timestamp, $4::timestamp - interval '1 month', interval '1 month') d
   where c.tenant_id = $1 and c.id = $2
)`;
const LIVE = `t.status <> 'CANCELLED' and t.merged_into_id is null`;
const CREATED_IN_MONTH = `t.tenant_id = $1 and t.client_id = $2 and t.created_at >= m.lo and t.created_at < m.hi`;
const RESOLVED_IN_MONTH = `f.tenant_id = $1 and f.client_id = $2 and f.first_resolved_at >= m.lo and f.first_resolved_at < m.hi`;
const clock1 = (name: string, extra = '') =>
  `ticket_sla_clock k on k.tenant_id = t.tenant_id and k.ticket_id = t.id and k.clock = '${name}' and k.cycle = 1${extra}`;
const timeStats = `percentile_cont(0.5) within group (order by k.elapsed_minutes) as median,
  percentile_cont(0.9) within group (order by k.elapsed_minutes) as p90, avg(k.elapsed_minutes) as mean, count(k.elapsed_minutes)::int as n`;
const attainment = (name: string) => `${MONTHS}
select m.bucket, count(*) filter (where k.status = 'MET')::int as met, count(*) filter (where k.status = 'BREACHED')::int as breached,
  count(*) filter (where k.status = 'NO_TARGET')::int as no_target, count(*) filter (where k.status = 'PENDING')::int as pending
from m left join (ticket t join ${clock1(name)}) on ${CREATED_IN_MONTH} and ${LIVE}
group by m.bucket`;
const resolvedCohort = (columns: string) => `${MONTHS}
select m.bucket, ${columns}
from m left join (ticket_kpi_fact f join ticket t on t.tenant_id = f.tenant_id and t.id = f.ticket_id and ${LIVE}) on ${RESOLVED_IN_MONTH}
group by m.bucket`;
const age = (lo: number, hi: number | null) =>
  `count(*) filter (where t.id is not null and extract(epoch from m.hi) - extract(epoch from t.created_at) >= ${lo * 86400}${
    hi === null ? '' : ` and extract(epoch from m.hi) - extract(epoch from t.created_at) < ${hi * 86400}`})::int`;

type Row = Record<string, number | string | null>;
type Shape = Pick<KpiFigure, 'value' | 'numerator' | 'denominator'>;
const count = (v: unknown): Shape => ({ value: Number(v), numerator: null, denominator: null });
const ratio = (n: unknown, d: unknown): Shape => ({ value: Number(d) === 0 ? null : Number(n) / Number(d), numerator: Number(n), denominator: Number(d) });
const stat = (v: unknown, n: unknown): Shape => ({ value: v === null || v === undefined ? null : Number(v), numerator: null, denominator: Number(n) });

interface BaselineQuery {
  key: KpiKey;
  sql: string;
  figures: (row: Row, resolved: number) => Partial<Record<KpiFigureKind, Shape>>;
}

const QUERIES: BaselineQuery[] = [
  {
    key: KpiKey.ticket_volume,
    sql: `${MONTHS}
select m.bucket, count(t.id) filter (where ${LIVE})::int as live, count(t.id) filter (where not (${LIVE}))::int as excluded
from m left join ticket t on ${CREATED_IN_MONTH}
group by m.bucket`,
    figures: (r) => ({ COUNT: count(r.live), EXCLUDED: count(r.excluded) }),
  },
  {
    key: KpiKey.first_response_time,
    sql: `${MONTHS}
select m.bucket, ${timeStats}
from m left join (ticket t join ${clock1('FIRST_RESPONSE', ' and k.stopped_at is not null')}) on ${CREATED_IN_MONTH} and ${LIVE}
group by m.bucket`,
    figures: (r) => ({ MEDIAN: stat(r.median, r.n), P90: stat(r.p90, r.n), MEAN: stat(r.mean, r.n) }),
  },
  {
    key: KpiKey.resolution_time,
    sql: `${MONTHS}
select m.bucket, ${timeStats}
from m left join (ticket_kpi_fact f join ticket t on t.tenant_id = f.tenant_id and t.id = f.ticket_id and ${LIVE}
                  join ${clock1('RESOLUTION', ' and k.stopped_at is not null')}) on ${RESOLVED_IN_MONTH}
group by m.bucket`,
    figures: (r) => ({ MEDIAN: stat(r.median, r.n), P90: stat(r.p90, r.n), MEAN: stat(r.mean, r.n) }),
  },
  {
    key: KpiKey.sla_response_attainment,
    sql: attainment('FIRST_RESPONSE'),
    figures: (r) => ({ RATIO: ratio(r.met, Number(r.met) + Number(r.breached)), NO_TARGET: count(r.no_target), PENDING: count(r.pending) }),
  },
  {
    key: KpiKey.sla_resolution_attainment,
    sql: attainment('RESOLUTION'),
    figures: (r) => ({ RATIO: ratio(r.met, Number(r.met) + Number(r.breached)), NO_TARGET: count(r.no_target), PENDING: count(r.pending) }),
  },
  {
    key: KpiKey.first_contact_resolution,
    sql: resolvedCohort(`count(*) filter (where f.fcr)::int as num, count(f.fcr)::int as den`),
    figures: (r) => ({ RATIO: ratio(r.num, r.den) }),
  },
  {
    key: KpiKey.escalation_rate,
    sql: `${MONTHS}
select m.bucket, count(*) filter (where f.started_in_tier1 and f.escalated)::int as num, count(*) filter (where f.started_in_tier1)::int as den
from m left join (ticket t join ticket_kpi_fact f on f.tenant_id = t.tenant_id and f.ticket_id = t.id) on ${CREATED_IN_MONTH} and ${LIVE}
group by m.bucket`,
    figures: (r) => ({ RATIO: ratio(r.num, r.den) }),
  },
  {
    key: KpiKey.first_level_resolution,
    sql: resolvedCohort(`count(*) filter (where f.started_in_tier1 and not f.left_tier1_before_resolution)::int as num,
      count(*) filter (where f.started_in_tier1)::int as den`),
    figures: (r) => ({ RATIO: ratio(r.num, r.den) }),
  },
  {
    key: KpiKey.reopen_rate,
    sql: resolvedCohort(`count(*) filter (where f.first_reopen_after_resolution_at < m.hi)::int as num, count(f.ticket_id)::int as den`),
    figures: (r) => ({ RATIO: ratio(r.num, r.den) }),
  },
  {
    key: KpiKey.backlog,
    sql: `${MONTHS}
select m.bucket, count(t.id)::int as backlog, ${age(0, 1)} as a0, ${age(1, 3)} as a1, ${age(3, 7)} as a3, ${age(7, 30)} as a7, ${age(30, null)} as a30
from m left join (ticket t join ticket_kpi_fact f on f.tenant_id = t.tenant_id and f.ticket_id = t.id)
  on t.tenant_id = $1 and t.client_id = $2 and ${LIVE} and t.created_at < m.hi and f.open_ranges @> (m.hi - interval '1 microsecond')
group by m.bucket`,
    figures: (r) => ({
      COUNT: count(r.backlog), AGE_0_1D: count(r.a0), AGE_1_3D: count(r.a1), AGE_3_7D: count(r.a3), AGE_7_30D: count(r.a7), AGE_30D_PLUS: count(r.a30),
    }),
  },
  {
    key: KpiKey.csat,
    sql: `${MONTHS}
select m.bucket, count(x.score)::int as responses, count(*) filter (where x.norm >= 0.75)::int as satisfied, avg(x.norm) as mean
from m left join (
  select cr.received_at, cr.score, (cr.score - cr.scale_min) / (cr.scale_max - cr.scale_min) as norm
    from csat_response cr join ticket t on t.tenant_id = cr.tenant_id and t.id = cr.ticket_id
   where t.tenant_id = $1 and t.client_id = $2 and ${LIVE}) x on x.received_at >= m.lo and x.received_at < m.hi
group by m.bucket`,
    figures: (r, resolved) => ({
      COUNT: count(r.responses), RATIO: ratio(r.satisfied, r.responses), MEAN: stat(r.mean, r.responses), RESPONSE_RATE: ratio(r.responses, resolved),
    }),
  },
  {
    key: KpiKey.tickets_per_endpoint,
    sql: `${MONTHS}
select m.bucket, case when m.endpoint_count is null then 0 else count(t.id) end::int as num, coalesce(m.endpoint_count, 0)::float8 as den
from m left join ticket t on ${CREATED_IN_MONTH} and ${LIVE}
group by m.bucket, m.endpoint_count`,
    figures: (r) => ({ PER_ENDPOINT_MONTH: ratio(r.num, r.den) }),
  },
];

/** Resolved-cohort size per month, the denominator of csat RESPONSE_RATE. */
const RESOLVED_COUNT = resolvedCohort(`count(f.ticket_id)::int as resolved`);

/** The baseline catalogue for one client's review, run on `db` (a session scoped to the tenant). */
export async function baselineReview(db: pg.Client, tenantId: string, clientId: string): Promise<KpiFigure[]> {
  const params = [tenantId, clientId, REVIEW_FROM, REVIEW_TO];
  const resolved = new Map((await db.query<Row>(RESOLVED_COUNT, params)).rows.map((r) => [String(r.bucket), Number(r.resolved)]));
  const figures: KpiFigure[] = [];
  for (const query of QUERIES) {
    for (const row of (await db.query<Row>(query.sql, params)).rows) {
      const bucket = String(row.bucket);
      for (const [figure, shape] of Object.entries(query.figures(row, resolved.get(bucket) ?? 0))) {
        figures.push({ key: query.key, figure: figure as KpiFigureKind, bucket, group: null, ...shape });
      }
    }
  }
  return figures;
}

/** Which figures the baseline covers: every key of the catalogue. */
export const BASELINE_KEYS = QUERIES.map((q) => q.key);
