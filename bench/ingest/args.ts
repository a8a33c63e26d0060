/** Options of bench/ingest.ts. */
export interface IngestArgs {
  /** Tickets of the three-pass sync and the write-path comparison (default 200,000). */
  tickets: number;
  /** Tickets of the peak-RSS sync (default 1,000,000; 0 skips it). */
  rssTickets: number;
  /** Tickets written through MikroORM upsertMany, and through per-row em.upsert (slow: samples). */
  ormTickets: number;
  perRowTickets: number;
}

/**
 * `--scale s` multiplies every count (quick runs: `--scale 0.05`); each count can also be set alone.
 *
 * @example
 * parseIngestArgs(['--scale', '0.1']).tickets; //=> 20000
 */
export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  const value = (name: string): number | undefined => {
    const at = argv.indexOf(`--${name}`);
    if (at < 0) return undefined;
    const n = Number(argv[at + 1]);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} expects a non-negative number, got "${argv[at + 1]}"`);
    return n;
  };
  const scale = value('scale') ?? 1;
  const count = (name: string, full: number) => Math.round(value(name) ?? full * scale);
  return {
    tickets: Math.max(1000, count('tickets', 200_000)),
    rssTickets: count('rss-tickets', 1_000_000),
    ormTickets: Math.max(500, count('orm-tickets', 20_000)),
    perRowTickets: Math.max(100, count('per-row-tickets', 2_000)),
  };
}
