import type { KpiFigure } from '../../api/kpis/engine/kpi-figure.js';

/** Equal within 1e-9 (absolute, or relative to the larger magnitude); null equals only null. */
export function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  const diff = Math.abs(a - b);
  return diff <= 1e-9 || diff <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

const keyOf = (f: KpiFigure) => `${f.bucket}|${f.group ?? ''}|${f.key}|${f.figure}`;

export interface Comparison {
  compared: number;
  mismatches: number;
  examples: string[];
}

/**
 * Compares the engine's figures with the baseline's, figure by figure (value, numerator,
 * denominator): a figure either side lacks, or one differing beyond 1e-9, is a mismatch.
 */
export function compareFigures(engine: readonly KpiFigure[], baseline: readonly KpiFigure[]): Comparison {
  const expected = new Map(baseline.map((f) => [keyOf(f), f]));
  const seen = new Set<string>();
  const examples: string[] = [];
  let mismatches = 0;
  const miss = (text: string) => {
    mismatches++;
    if (examples.length < 10) examples.push(text);
  };
  for (const f of engine) {
    const k = keyOf(f);
    seen.add(k);
    const b = expected.get(k);
    if (!b) {
      miss(`${k}: missing from the baseline`);
      continue;
    }
    for (const field of ['value', 'numerator', 'denominator'] as const) {
      if (!sameNumber(f[field], b[field])) miss(`${k}.${field}: engine ${f[field]} baseline ${b[field]}`);
    }
  }
  for (const k of expected.keys()) if (!seen.has(k)) miss(`${k}: missing from the engine`);
  return { compared: baseline.length, mismatches, examples };
}
