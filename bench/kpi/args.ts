/** Command-line options of bench/kpi.ts. */
export interface BenchArgs {
  /** Fraction of the full data set (1 = 3M tickets). */
  scale: number;
  /** computeKpis repetitions per client review. */
  reps: number;
  /** Spans timed with businessMinutesBetween. */
  spans: number;
  /** Spans timed with the day-by-day loop. */
  loopSpans: number;
}

export const FULL_TICKETS = 3_000_000;

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const inline = argv.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function positive(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

/** `--scale <fraction> --reps <n> --spans <n> --loop-spans <n>`. */
export function parseArgs(argv: readonly string[]): BenchArgs {
  return {
    scale: positive(option(argv, '--scale'), '--scale', 1),
    reps: Math.round(positive(option(argv, '--reps'), '--reps', 50)),
    spans: Math.round(positive(option(argv, '--spans'), '--spans', 1_000_000)),
    loopSpans: Math.round(positive(option(argv, '--loop-spans'), '--loop-spans', 20_000)),
  };
}
