// KPI engine benchmark: 3M tickets for 200 clients (Zipf-like sizes) over 24 months, in the bench's
// own database. Times computeKpis for one client's 12-month review (median-sized and largest
// client) and for all 200 clients x 12 months, against an independent percentile_cont SQL
// baseline (with a mismatch count) and an ORM-load floor, and the stored-month rollup against the
// computation from tickets (timing and figure-by-figure mismatches); then the SLA clock's
// business-minute spans per second against a day-by-day loop. The last line is a key=value summary.
// Usage: npm run bench:kpi [-- --scale 0.01] [--reps 50] [--spans 1000000] [--loop-spans 20000]
// Database: DATABASE_URL's server (database qd_bench, dropped and recreated) or, without it, an
// embedded PostgreSQL in QD_BENCH_DATA_DIR (default .data/bench; port QD_BENCH_PG_PORT or a free one).
import pg from 'pg';
import { parseArgs, FULL_TICKETS } from './kpi/args.js';
import { baselineReview, BASELINE_KEYS } from './kpi/baseline-sql.js';
import { openBenchDatabase } from './kpi/bench-database.js';
import { AS_OF, REVIEW_FROM, REVIEW_TO } from './kpi/bench-period.js';
import { createBenchTenant } from './kpi/bench-tenant.js';
import { largestShare } from './kpi/client-sizes.js';
import { compareFigures } from './kpi/compare-figures.js';
import { refreshSample } from './kpi/derivation-sample.js';
import { reviewKpis, timeReview } from './kpi/engine-review.js';
import { compareRollupWithTickets, storeAllMonths, timeMonthRefresh, timeReviewFromTickets } from './kpi/stored-months.js';
import { loadTickets } from './kpi/load-tickets.js';
import { floorDisagreements, ormFloor } from './kpi/orm-floor.js';
import { benchSpans } from './kpi/sla-spans.js';
import { denormalizeKpiFactsSql } from '../api/kpis/store/denormalize-kpi-facts.js';
import { fmt, median } from './kpi/stats.js';

const args = parseArgs(process.argv.slice(2));
const total = Math.max(1000, Math.round(FULL_TICKETS * args.scale));
const log = (line: string) => console.log(line);

log(`scale=${args.scale}: ${total.toLocaleString('en')} tickets, 200 clients (largest ~${fmt(largestShare() * 100, 1)}%), 24 months, as of ${AS_OF.toISOString()}`);
const database = await openBenchDatabase((m) => log(`  ${m}`));
log(`database: ${database.where}`);
const db = new pg.Client({ connectionString: database.url });
await db.connect();
try {
  await db.query(`set synchronous_commit = off`);
  const tenant = await createBenchTenant(database.orm.em, db);
  const { tenantId } = tenant;

  // 1. Data.
  let lastReport = 0;
  const load = await loadTickets(db, tenant, total, AS_OF, (done, all, seconds) => {
    if (done === all || seconds - lastReport >= 15) {
      lastReport = seconds;
      log(`  loaded ${done.toLocaleString('en')}/${all.toLocaleString('en')} tickets in ${fmt(seconds, 1)} s`);
    }
  });
  // The columns refreshKpiFacts copies beside the facts, filled for the bulk-loaded rows in one statement.
  const denormalizeStart = performance.now();
  // Statistics first: planned blind over freshly loaded tables, this join can take many minutes.
  await db.query('analyze ticket, ticket_sla_clock, ticket_kpi_fact');
  await db.query(denormalizeKpiFactsSql(false).replace('?', '$1'), [tenantId]);
  log(`  copied ticket attributes and clock outcomes into the facts in ${fmt((performance.now() - denormalizeStart) / 1000, 1)} s`);
  const analyzeStart = performance.now();
  // Vacuum too: the update above left a dead row per fact, which autovacuum would otherwise clean
  // up while the timings below run.
  await db.query('vacuum analyze');
  log(`generated ${load.tickets.toLocaleString('en')} tickets, ${load.events.toLocaleString('en')} events, ${load.csat.toLocaleString('en')} CSAT responses, ` +
    `${load.clocks.toLocaleString('en')} SLA clock rows and ${load.tickets.toLocaleString('en')} KPI fact rows in ${fmt(load.seconds, 1)} s ` +
    `(${fmt(load.tickets / load.seconds, 0)} tickets/s; JS generate + derive ${fmt(load.jsSeconds, 1)} s; vacuum analyze ${fmt((performance.now() - analyzeStart) / 1000, 1)} s)`);
  const sample = await refreshSample(db, database.orm, tenantId, Math.min(2000, total), AS_OF);
  log(`refreshTicketDerivations (clocks + facts; months are stored below) on a ${sample.tickets}-ticket sample: ${fmt(sample.ms, 0)} ms = ${fmt(sample.ticketsPerSecond, 0)} tickets/s ` +
    `(all ${total.toLocaleString('en')} would take ~${fmt(total / sample.ticketsPerSecond, 0)} s); rows differing from the bulk derivation: ${sample.differingRows}`);

  // 2. Clients by size.
  const sizes = (await db.query<{ client_id: string; n: number }>(
    `select client_id, count(*)::int as n from ticket where tenant_id = $1 group by client_id order by n desc, client_id`, [tenantId])).rows;
  const clientById = new Map(tenant.clients.map((c) => [c.id, c]));
  const largest = sizes[0];
  const middle = sizes[Math.floor(sizes.length / 2)];
  const describe = (s: { client_id: string; n: number }) => `${s.n.toLocaleString('en')} tickets, ${clientById.get(s.client_id)!.timeZone}`;
  log(`largest client: ${describe(largest)}; median client: ${describe(middle)}; smallest: ${sizes.at(-1)!.n} tickets`);

  // 3. One client's review.
  const allClientIds = tenant.clients.map((c) => c.id);
  const storeSeconds = await storeAllMonths(database.orm, tenantId, allClientIds, '2024-01-01', '2026-01-01', AS_OF);
  await db.query('vacuum analyze kpi_client_month');
  const monthRefreshMs = await timeMonthRefresh(database.orm, tenantId, largest.client_id, '2025-06-01', '2025-07-01', AS_OF, 5);
  log(`stored months (kpi_client_month rollup) for 200 clients x 24 months in ${fmt(storeSeconds, 1)} s; refreshing one dirty month of the largest client: ${fmt(monthRefreshMs, 1)} ms (median of 5)`);
  const fromTicketsP95 = await timeReviewFromTickets(database.orm, tenantId, largest.client_id, Math.min(10, args.reps));
  log(`the largest client's review computed from its tickets (no stored months): p95 ${fmt(fromTicketsP95)} ms`);

  const reviewMedian = await timeReview(database.orm, tenantId, [middle.client_id], args.reps);
  const reviewLargest = await timeReview(database.orm, tenantId, [largest.client_id], args.reps);
  log(`computeKpis, one client's 12-month review (${REVIEW_FROM}..${REVIEW_TO}, monthly, full catalogue = ${reviewLargest.figures.length} figures), ${args.reps} runs:`);
  log(`  median client:  p50 ${fmt(reviewMedian.p50)} ms  p95 ${fmt(reviewMedian.p95)} ms`);
  log(`  largest client: p50 ${fmt(reviewLargest.p50)} ms  p95 ${fmt(reviewLargest.p95)} ms  (target p95 <= 5 ms: ${reviewLargest.p95 <= 5 ? 'met' : 'NOT met'})`);
  log(`  an empty tenant transaction (begin, settings, select 1, commit) timed after each review of the largest client: ` +
    `p50 ${fmt(reviewLargest.floorP50)} ms  p95 ${fmt(reviewLargest.floorP95)} ms`);

  // 4. All clients x 12 months, one call.
  const allRuns: number[] = [];
  let allFigures = 0;
  for (let i = 0; i < 2; i++) {
    const start = performance.now();
    allFigures = (await reviewKpis(database.orm, tenantId, allClientIds)).length;
    allRuns.push((performance.now() - start) / 1000);
  }
  const allClientsSeconds = allRuns[allRuns.length - 1];
  log(`computeKpis, all 200 clients x 12 months in one call (${allFigures} figures): first ${fmt(allRuns[0], 3)} s, second ${fmt(allClientsSeconds, 3)} s ` +
    `(target <= 2 s: ${allClientsSeconds <= 2 ? 'met' : 'NOT met'})`);
  // The same question, and others the rollup answers, computed from the tickets: timing and exactness side by side.
  const rollup = await compareRollupWithTickets(database.orm, tenantId, allClientIds, largest.client_id);
  log(`  the same from the tickets (computeKpisFromTickets): ${fmt(rollup.allClientsFromTicketsSeconds, 3)} s = ` +
    `${fmt(rollup.allClientsFromTicketsSeconds / allClientsSeconds, 1)}x the rollup`);
  log(`  rollup vs tickets, figure by figure (all clients monthly, quarterly and by client; the largest client yearly): ` +
    `${rollup.compared} figures, mismatches=${rollup.mismatches}; by client (${rollup.byClientFigures} figures) ${fmt(rollup.byClientSeconds, 3)} s, ` +
    `quarterly ${fmt(rollup.quarterlySeconds, 3)} s`);
  for (const e of rollup.examples) log(`    ${e}`);

  // 5. Baseline: independent percentile_cont SQL per KPI, same reviews.
  const baselineRuns: number[] = [];
  let baselineLargest = await baselineReview(db, tenantId, largest.client_id);
  for (let i = 0; i < Math.min(5, args.reps); i++) {
    const start = performance.now();
    baselineLargest = await baselineReview(db, tenantId, largest.client_id);
    baselineRuns.push(performance.now() - start);
  }
  const baselineMs = median(baselineRuns);
  const baselineMedian = await baselineReview(db, tenantId, middle.client_id);
  const cmpLargest = compareFigures(reviewLargest.figures, baselineLargest);
  const cmpMedian = compareFigures(reviewMedian.figures, baselineMedian);
  const mismatches = cmpLargest.mismatches + cmpMedian.mismatches;
  log(`baseline (one plain percentile_cont SQL per KPI over raw tickets + stored clocks/facts; covers all ${BASELINE_KEYS.length} catalogue keys): ` +
    `largest client's review ${fmt(baselineMs)} ms (median of ${baselineRuns.length})`);
  log(`  compared ${cmpLargest.compared + cmpMedian.compared} figures (value, numerator, denominator) for both reviews: mismatches=${mismatches}`);
  for (const e of [...cmpLargest.examples, ...cmpMedian.examples]) log(`    ${e}`);

  // 6. ORM floor.
  const floors = [];
  for (let i = 0; i < 2; i++) floors.push(await ormFloor(database.orm, tenantId, largest.client_id, clientById.get(largest.client_id)!.timeZone));
  const floor = floors.reduce((a, b) => (b.ms < a.ms ? b : a));
  log(`ORM floor (em.find tickets + clocks of the largest client's year, volume + median resolution in JS): ${fmt(floor.ms, 1)} ms ` +
    `(${floor.ticketsLoaded.toLocaleString('en')} tickets, ${floor.clocksLoaded.toLocaleString('en')} clocks; months disagreeing with the engine: ${floorDisagreements(floor, reviewLargest.figures)})`);

  // 7. SLA spans.
  const spans = benchSpans(args.spans, args.loopSpans);
  log(`SLA clock, businessMinutesBetween on ${spans.spans.toLocaleString('en')} spans (1 h to 3 weeks, Europe/Helsinki Mon-Fri 08-16 + holidays): ` +
    `${fmt(spans.spansPerSecond / 1e6, 2)} M spans/s (target >= 5 M/s: ${spans.spansPerSecond >= 5e6 ? 'met' : 'NOT met'})`);
  log(`  day-by-day luxon loop on ${spans.loopSpans.toLocaleString('en')} of them: ${fmt(spans.loopSpansPerSecond, 0)} spans/s; ratio ${fmt(spans.ratio, 1)}x ` +
    `(target >= 50x: ${spans.ratio >= 50 ? 'met' : 'NOT met'}); disagreements: ${spans.disagreements}`);

  log([
    `review_p95_ms=${fmt(reviewLargest.p95)}`,
    `review_median_client_p95_ms=${fmt(reviewMedian.p95)}`,
    `review_p50_ms=${fmt(reviewLargest.p50)}`,
    `tx_floor_p95_ms=${fmt(reviewLargest.floorP95)}`,
    `review_from_tickets_p95_ms=${fmt(fromTicketsP95)}`,
    `month_refresh_ms=${fmt(monthRefreshMs, 1)}`,
    `all_clients_s=${fmt(allClientsSeconds, 3)}`,
    `all_clients_from_tickets_s=${fmt(rollup.allClientsFromTicketsSeconds, 3)}`,
    `rollup_mismatches=${rollup.mismatches}`,
    `baseline_review_ms=${fmt(baselineMs)}`,
    `orm_floor_ms=${fmt(floor.ms, 1)}`,
    `mismatches=${mismatches}`,
    `sla_spans_per_s=${fmt(spans.spansPerSecond, 0)}`,
    `sla_vs_loop=${fmt(spans.ratio, 1)}`,
  ].join(' '));
} finally {
  await db.end();
  await database.release();
}
