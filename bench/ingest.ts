// Ingest benchmark: a fake ConnectWise (in this process) serving N tickets (default 200k) with their
// audit trails and surveys; the real `quarterdeck connectors sync` in its own process syncs it three
// times (fresh, unchanged full re-read, 20 % changed). Then the write path alone on the same normalized
// tickets beside the raw-SQL limit (UNNEST arrays), MikroORM upsertMany and per-row em.upsert; then the
// peak RSS of a sync process ingesting 1M tickets. The last line is a key=value summary.
// Usage: npm run bench:ingest [-- --scale 0.05] [--tickets n] [--rss-tickets n] [--orm-tickets n] [--per-row-tickets n]
// Database: as bench:kpi (DATABASE_URL's server or an embedded PostgreSQL), database qd_bench_ingest.
import pg from 'pg';
import { startFakeConnectWise, type FakeConnectWise } from '../connectors/connectwise/fake/start-fake-connectwise.js';
import { openBenchDatabase } from './kpi/bench-database.js';
import { fmt } from './kpi/stats.js';
import { parseIngestArgs } from './ingest/args.js';
import { createBenchInstance } from './ingest/bench-instance.js';
import { normalizedPages } from './ingest/normalized-pages.js';
import { runSyncProcess, type SyncProcessResult } from './ingest/sync-process.js';
import { ticketTableWrites } from './ingest/table-writes.js';
import { writeOrmPerRow, writeOrmUpsertMany, writeOurs, writeRawUnnest, type WriteTiming } from './ingest/write-variants.js';

const args = parseIngestArgs(process.argv.slice(2));
const log = (line: string) => console.log(line);
const rate = (n: number, seconds: number) => fmt(n / seconds, 0);
const companiesFor = (tickets: number) => Math.min(200, Math.max(5, Math.round(tickets / 1000)));
const END = new Date(Date.now() - 60 * 60_000);

log(`ingest bench: ${args.tickets.toLocaleString('en')} tickets in three passes; write paths on the same tickets; peak RSS at ${args.rssTickets.toLocaleString('en')}`);
const database = await openBenchDatabase((m) => log(`  ${m}`), 'qd_bench_ingest');
log(`database: ${database.where}`);
const db = new pg.Client({ connectionString: database.url });
await db.connect();
let cw: FakeConnectWise | undefined;
try {
  cw = await startFakeConnectWise({ tickets: args.tickets, companies: companiesFor(args.tickets), seed: 42, end: END, spanDays: 365 });
  const bench = await createBenchInstance(database.orm, db, database.url, { slug: 'ingest', name: 'CW', companies: companiesFor(args.tickets), config: cw.config });
  const pass = async (label: string, before?: () => Promise<void>): Promise<SyncProcessResult & { written: number; read: number; seconds: number }> => {
    await before?.();
    const writesBefore = await ticketTableWrites(db);
    const result = await runSyncProcess(bench.env, 'CW', 'ingest');
    const written = (await ticketTableWrites(db)) - writesBefore;
    const tickets = result.outcomes.find((o) => o.stream === 'tickets')!;
    const seconds = result.durationMs / 1000;
    log(`${label.padEnd(28)} ${tickets.read.toLocaleString('en').padStart(9)} tickets read in ${fmt(seconds, 1)} s = ${rate(tickets.read, seconds)} tickets/s; ` +
      `${tickets.inserted} new, ${tickets.updated} changed, ${tickets.unchanged} unchanged; ${written.toLocaleString('en')} rows written; peak RSS ${fmt(result.peakRssMb, 0)} MB\n` +
      `${''.padEnd(28)} seconds spent: ${Object.entries(tickets.timings).map(([stage, ms]) => `${stage} ${fmt(ms / 1000, 1)}`).join(', ')}`);
    return { ...result, written, read: tickets.read, seconds };
  };

  // 1. End to end over HTTP, three passes.
  const fresh = await pass('e2e fresh');
  const unchanged = await pass('e2e unchanged (full re-read)', async () => {
    await db.query(`delete from sync_state where connector_instance_id = $1`, [bench.instanceId]);
  });
  const changedIds = cw.changeTickets(0.2, new Date(END.getTime() + 5 * 60_000));
  const changed = await pass(`e2e 20 % changed (${changedIds.length.toLocaleString('en')})`);

  // 2. The write path alone, beside its limit and the ORM, on the same normalized tickets.
  const pages = normalizedPages(cw, args.tickets);
  const pick = (n: number) => { const out = []; let left = n; for (const p of pages) { if (left <= 0) break; out.push(p.slice(0, left)); left -= p.length; } return out; };
  await db.query('checkpoint');
  const variants: [string, () => Promise<WriteTiming>][] = [
    ['raw SQL limit (UNNEST arrays)', () => writeRawUnnest(db, bench.tenantId, pages)],
    ['our write path', () => writeOurs(database.orm, db, bench.tenantId, pages)],
    ['MikroORM upsertMany', () => writeOrmUpsertMany(database.orm, db, bench.tenantId, pick(args.ormTickets))],
    ['MikroORM em.upsert per row', () => writeOrmPerRow(database.orm, db, bench.tenantId, pick(args.perRowTickets))],
  ];
  const rates = new Map<string, number>();
  for (const [label, run] of variants) {
    const timing = await run();
    rates.set(label, timing.tickets / timing.seconds);
    log(`write ${label.padEnd(30)} ${timing.tickets.toLocaleString('en').padStart(9)} tickets + ${timing.events.toLocaleString('en')} events in ${fmt(timing.seconds, 2)} s = ${rate(timing.tickets, timing.seconds)} tickets/s`);
  }
  const writeVsLimit = rates.get('our write path')! / rates.get('raw SQL limit (UNNEST arrays)')!;

  // 3. Peak memory of a sync process ingesting many tickets.
  let peakRss = Math.max(fresh.peakRssMb, unchanged.peakRssMb, changed.peakRssMb);
  if (args.rssTickets > 0) {
    await cw.close();
    cw = await startFakeConnectWise({ tickets: args.rssTickets, companies: companiesFor(args.rssTickets), seed: 43, end: END, spanDays: 365 });
    await createBenchInstance(database.orm, db, database.url, { slug: 'ingest-rss', name: 'CW big', companies: companiesFor(args.rssTickets), config: cw.config });
    const big = await runSyncProcess({ ...bench.env }, 'CW big', 'ingest-rss');
    const read = big.outcomes.find((o) => o.stream === 'tickets')!.read;
    peakRss = big.peakRssMb;
    log(`peak RSS syncing ${read.toLocaleString('en')} tickets: ${fmt(big.peakRssMb, 0)} MB (${fmt(big.durationMs / 1000, 0)} s, ${rate(read, big.durationMs / 1000)} tickets/s)`);
  }

  log(`write_vs_limit=${fmt(writeVsLimit)} unchanged_rows_written=${unchanged.written} e2e_tickets_per_s=${rate(fresh.read, fresh.seconds)} ` +
    `e2e_unchanged_tickets_per_s=${rate(unchanged.read, unchanged.seconds)} e2e_changed_tickets_per_s=${rate(changed.read, changed.seconds)} ` +
    `write_tickets_per_s=${fmt(rates.get('our write path')!, 0)} limit_tickets_per_s=${fmt(rates.get('raw SQL limit (UNNEST arrays)')!, 0)} ` +
    `orm_upsert_many_tickets_per_s=${fmt(rates.get('MikroORM upsertMany')!, 0)} orm_per_row_tickets_per_s=${fmt(rates.get('MikroORM em.upsert per row')!, 0)} ` +
    `peak_rss_mb=${fmt(peakRss, 0)}`);
} finally {
  await cw?.close();
  await db.end();
  await database.release();
}
