import type { EntityManager } from '@mikro-orm/postgresql';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { assembleFigures, groupsOf, type KpiCell } from './assemble-figures.js';
import { computeKpisFromTickets } from './compute-kpis-from-tickets.js';
import { kpiBuckets, type Bucket } from './buckets.js';
import type { KpiFigure } from './kpi-figure.js';
import type { KpiRequest } from './kpi-request.js';
import { arrayLiteral } from './kpi-sql.js';
import { ROLLUP_COUNTS, ROLLUP_ROWS } from './rollup-sql.js';
import { percentileContOfRuns, SortedRun } from './sorted-runs.js';

/** The first day of the month after `month` (YYYY-MM-01). */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The local months [start, end) of a whole-month bucket. */
export function monthsOf(bucket: Pick<Bucket, 'start' | 'end'>): string[] {
  const months: string[] = [];
  for (let m = bucket.start; m < bucket.end; m = nextMonth(m)) months.push(m);
  return months;
}

/** True when every bucket is whole local months, so the rollup can answer it. */
export function isWholeMonths(buckets: readonly Bucket[]): boolean {
  return buckets.every((b) => b.start.endsWith('-01') && b.end.endsWith('-01'));
}

/** True when `computeKpisFromRollup` answers `request` (whole months; no breakdown, or by client). */
export function rollupAnswers(request: KpiRequest, buckets: readonly Bucket[]): boolean {
  return (request.breakdown === null || request.breakdown === 'CLIENT') && isWholeMonths(buckets);
}

interface RollupRow {
  client_id: string;
  bucket: string;
  month: string | null;
  endpoint_count: number | null;
  [column: string]: number | string | Buffer | null;
}

const SUMS = ['fr_sum', 'rt_sum', 'score_sum'] as const;
const ADDED = ROLLUP_COUNTS.filter((c) => !c.startsWith('age_') && c !== 'backlog');
const AT_END = ['backlog', 'age_0_1d', 'age_1_3d', 'age_3_7d', 'age_7_30d', 'age_30d_plus'] as const;

/** The statements `buildReadSql` writes, built once each. */
const READ_SQL = new Map<string, string>();
function readSql(source: 'stored' | 'computed', arrays: { fr: boolean; rt: boolean }): string {
  const key = `${source}${arrays.fr}${arrays.rt}`;
  let sql = READ_SQL.get(key);
  if (!sql) READ_SQL.set(key, (sql = buildReadSql(source, arrays)));
  return sql;
}

/**
 * The stored rows when every cell is one client-month (monthly buckets, one client or by client):
 * no bucket arithmetic, no sorted minutes, no reopens past the month; the same columns as
 * `readSql` (the bucket is the month). Parameters: tenant, first month, end, tenant, client ids.
 */
const MONTHLY_SQL = `
select c.id::text as client_id, m.month::text as bucket, m.month::text as month, c.endpoint_count,
  ${[...ADDED, ...AT_END].map((col) => `m.${col}`).join(', ')},
  m.fr_sum, m.fr_p50, m.fr_p90, m.rt_sum, m.rt_p50, m.rt_p90, m.score_sum, null::bytea as fr_sorted, null::bytea as rt_sorted
from client c
left join kpi_client_month m on m.tenant_id = ? and m.client_id = c.id and m.month >= ?::date and m.month < ?::date
where c.tenant_id = ? and c.id = any(?::uuid[])`;

/**
 * Rollup rows of the requested clients joined to the buckets their month falls in. `source` is
 * kpi_client_month (stored rows; left joined, so a visible client without any is still listed
 * with a null month) or the rollup computed from the tickets for some pairs. Per row: its counts
 * and sums; the reopens before the bucket's end; the sorted minutes only where a cell merges
 * several client-months (`wide`), and only of the statistics asked for.
 */
function buildReadSql(source: 'stored' | 'computed', arrays: { fr: boolean; rt: boolean }): string {
  const from = source === 'stored'
    ? 'cb left join kpi_client_month m on m.tenant_id = ? and m.client_id = cb.client_id and m.month >= cb.b_start and m.month < cb.b_end'
    : `cb join (${ROLLUP_ROWS}) m on m.client_id = cb.client_id and m.month >= cb.b_start and m.month < cb.b_end`;
  return `
with cb as materialized (
  select c.id as client_id, c.endpoint_count, b.b_start, b.b_end, b.months > 1 as multi, (b.months > 1 or ?::boolean) as wide,
         (b.b_end::timestamp at time zone c.time_zone) as t_to
    from client c
   cross join unnest(?::date[], ?::date[], ?::int[]) as b(b_start, b_end, months)
   where c.tenant_id = ? and c.id = any(?::uuid[])
)
select cb.client_id::text as client_id, cb.b_start::text as bucket, m.month::text as month, cb.endpoint_count,
  ${ADDED.filter((c) => c !== 'reopen_num').map((c) => `m.${c}`).join(', ')}, ${AT_END.map((c) => `m.${c}`).join(', ')},
  m.fr_sum, m.fr_p50, m.fr_p90, m.rt_sum, m.rt_p50, m.rt_p90, m.score_sum,
  case when cb.multi then (select count(*) from unnest(m.reopen_at) r where r < cb.t_to)::int else m.reopen_num end as reopen_num,
  ${arrays.fr ? 'case when cb.wide then m.fr_sorted end' : 'null::bytea'} as fr_sorted,
  ${arrays.rt ? 'case when cb.wide then m.rt_sorted end' : 'null::bytea'} as rt_sorted
from ${from}`;
}

/** The merged aggregates of one cell. */
class CellTotals {
  rows = 0;
  single: RollupRow | null = null;
  readonly sums: Record<string, number> = {};
  volumeWithEndpoints = 0;
  readonly frRuns: SortedRun[] = [];
  readonly rtRuns: SortedRun[] = [];

  add(row: RollupRow, last: boolean): void {
    this.rows++;
    this.single = this.rows === 1 ? row : null;
    for (const c of ADDED) this.sums[c] = (this.sums[c] ?? 0) + Number(row[c]);
    for (const c of SUMS) this.sums[c] = (this.sums[c] ?? 0) + Number(row[c]);
    for (const c of AT_END) this.sums[c] = (this.sums[c] ?? 0) + (last ? Number(row[c]) : 0);
    if (row.endpoint_count !== null) this.volumeWithEndpoints += Number(row.volume);
    if (row.fr_sorted) this.frRuns.push(new SortedRun(row.fr_sorted as Buffer));
    if (row.rt_sorted) this.rtRuns.push(new SortedRun(row.rt_sorted as Buffer));
  }

  private percentiles(prefix: 'fr' | 'rt', runs: SortedRun[]): number[] | null {
    const n = this.sums[`${prefix}_n`] ?? 0;
    if (n === 0) return null;
    if (this.single) return [this.single[`${prefix}_p50`] as number, this.single[`${prefix}_p90`] as number];
    const held = runs.reduce((sum, r) => sum + r.length, 0);
    if (held !== n) throw new Error(`kpi_client_month: ${prefix} minutes hold ${held} values for ${n} tickets`);
    return percentileContOfRuns(runs, [0.5, 0.9]) as number[]; // n > 0: never null
  }

  cell(withPercentiles: { fr: boolean; rt: boolean }): KpiCell {
    const s = this.sums;
    const mean = (sum: number, n: number) => (n === 0 ? null : sum / n);
    const pick = (columns: readonly string[]) => Object.fromEntries(columns.map((c) => [c, s[c] ?? 0]));
    return {
      created: {
        ...pick(['volume', 'excluded', 'fr_n', 'frs_met', 'frs_breached', 'frs_no_target', 'frs_pending',
          'res_met', 'res_breached', 'res_no_target', 'res_pending', 'esc_den', 'esc_num']),
        volume_with_endpoints: this.volumeWithEndpoints,
        fr_mean: mean(s.fr_sum ?? 0, s.fr_n ?? 0),
        fr_percentiles: withPercentiles.fr ? this.percentiles('fr', this.frRuns) : null,
      },
      resolved: {
        ...pick(['resolved', 'rt_n', 'fcr_den', 'fcr_num', 'flr_den', 'flr_num', 'reopen_num']),
        rt_mean: mean(s.rt_sum ?? 0, s.rt_n ?? 0),
        rt_percentiles: withPercentiles.rt ? this.percentiles('rt', this.rtRuns) : null,
      },
      backlog: pick(AT_END),
      csat: { ...pick(['responses', 'satisfied']), mean_score: mean(s.score_sum ?? 0, s.responses ?? 0) },
    };
  }
}

/**
 * The KPI catalogue for a whole-month `request` without a breakdown or by client (see
 * `rollupAnswers`), combined from the per-client-month rollup (kpi_client_month) inside the
 * caller's tenant transaction: counts and sums add up over a cell's client-months, a bucket's
 * backlog is its last month's, reopens are counted before the bucket's end, and medians and p90s
 * are exact selections from the months' sorted minutes, so every figure is the one
 * `computeKpisFromTickets` gives (means up to float rounding of the sums' order). A client-month
 * without a stored row is computed from the tickets in a second statement (not stored); with no
 * stored row at all the whole request is. One statement when every month is stored.
 */
export async function computeKpisFromRollup(
  em: EntityManager,
  request: KpiRequest,
  buckets: readonly Bucket[] = kpiBuckets(request.from, request.to, request.granularity),
): Promise<KpiFigure[]> {
  if (!rollupAnswers(request, buckets)) throw new Error('computeKpisFromRollup answers whole months without a breakdown or by client');
  const byClient = request.breakdown === 'CLIENT';
  const clientIds = [...new Set(request.clientIds)];
  const keys = new Set(request.keys.length ? request.keys : Object.values(KpiKey));
  const arrays = { fr: keys.has(KpiKey.first_response_time), rt: keys.has(KpiKey.resolution_time) };
  const monthsPerBucket = buckets.map((b) => monthsOf(b));
  const bucketParams = [
    !byClient && clientIds.length > 1,
    arrayLiteral(buckets.map((b) => b.start)), arrayLiteral(buckets.map((b) => b.end)),
    `{${monthsPerBucket.map((m) => m.length).join(',')}}`, request.tenantId, arrayLiteral(clientIds),
  ];
  const connection = em.getConnection();
  const tx = em.getTransactionContext();
  // Every cell one client-month: the plainest statement (the hot path of reviews and dashboards).
  const monthly = monthsPerBucket.every((m) => m.length === 1) && (byClient || clientIds.length === 1);
  const rows = monthly
    ? await connection.execute<RollupRow[]>(MONTHLY_SQL,
      [request.tenantId, buckets[0]!.start, buckets.at(-1)!.end, request.tenantId, arrayLiteral(clientIds)], 'all', tx)
    : await connection.execute<RollupRow[]>(readSql('stored', arrays), [...bucketParams, request.tenantId], 'all', tx);

  // Visible clients and their endpoints; the stored months; the months still missing.
  const endpointsOf = new Map<string, number | null>();
  const stored = new Set<string>();
  for (const row of rows) {
    endpointsOf.set(row.client_id, row.endpoint_count);
    if (row.month !== null) stored.add(`${row.client_id}|${row.month}`);
  }
  const missing: [string, string][] = [];
  for (const clientId of endpointsOf.keys()) {
    for (const months of monthsPerBucket) for (const month of months) if (!stored.has(`${clientId}|${month}`)) missing.push([clientId, month]);
  }
  // Nothing stored yet (e.g. just after the rollup's migration): the tickets answer as cheaply.
  if (stored.size === 0 && missing.length > 0) return computeKpisFromTickets(em, request, buckets);
  const computed = missing.length === 0 ? [] : await connection.execute<RollupRow[]>(readSql('computed', arrays), [
    ...bucketParams, arrayLiteral(missing.map(([c]) => c)), arrayLiteral(missing.map(([, m]) => m)), ...Array(5).fill(request.tenantId),
  ], 'all', tx);

  const cells = new Map<string, CellTotals>();
  const endOf = new Map(buckets.map((b) => [b.start, b.end]));
  for (const row of [...rows, ...computed]) {
    if (row.month === null) continue;
    const key = `${row.bucket}|${byClient ? row.client_id : ''}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = new CellTotals()));
    cell.add(row, nextMonth(row.month) === endOf.get(row.bucket));
  }
  const totalEndpoints = [...endpointsOf.values()].reduce<number>((a, b) => a + (b ?? 0), 0);
  const endpointsFor = (grp: string | null) => (byClient ? endpointsOf.get(grp ?? '') ?? 0 : totalEndpoints);
  return assembleFigures(request, buckets, groupsOf(request.breakdown, [], request.clientIds),
    (bucket, grp) => cells.get(`${bucket.start}|${grp ?? ''}`)?.cell(arrays), endpointsFor);
}
