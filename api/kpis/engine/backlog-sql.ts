/** Whether a backlog ticket's age at `period.t_to` is in [lo, hi) days (real time, rule 10). */
const age = (period: string, lo: number, hi: number | null) =>
  `extract(epoch from ${period}.t_to - f.created_at) >= ${lo * 86400}${hi === null ? '' : ` and extract(epoch from ${period}.t_to - f.created_at) < ${hi * 86400}`}`;

/**
 * The backlog count and its age buckets [0,1d) [1d,3d) [3d,7d) [7d,30d) [30d,inf), over the facts `f`
 * joined by `openJustBeforeEnd(period)`. Shared by the from-tickets engine and the month rollup, so the
 * two cannot drift apart.
 */
export const backlogCounts = (period: string) => `count(*)::int as backlog,
  count(*) filter (where ${age(period, 0, 1)})::int as age_0_1d,
  count(*) filter (where ${age(period, 1, 3)})::int as age_1_3d,
  count(*) filter (where ${age(period, 3, 7)})::int as age_3_7d,
  count(*) filter (where ${age(period, 7, 30)})::int as age_7_30d,
  count(*) filter (where ${age(period, 30, null)})::int as age_30d_plus`;

/**
 * Joins the facts of the tickets open just before `period.t_to` (after every event strictly before it),
 * not cancelled or merged. Only tickets whose last open span reaches the end (`open_until`) are read.
 * Takes the tenant id as its one `?`.
 */
export const openJustBeforeEnd = (period: string) => `join ticket_kpi_fact f on f.tenant_id = ? and f.client_id = ${period}.client_id
  and f.open_until >= ${period}.t_to and f.created_at < ${period}.t_to and not f.excluded
  and f.open_ranges @> (${period}.t_to - interval '1 microsecond')`;
