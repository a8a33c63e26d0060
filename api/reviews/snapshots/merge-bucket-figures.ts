import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import type { KpiFigure } from '../../kpis/engine/kpi-figure.js';

/** A figure over a whole period: a KpiFigure without its bucket. */
export type PeriodFigure = Omit<KpiFigure, 'bucket'>;

const sum = (values: readonly (number | null)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

/**
 * Combines consecutive buckets of one period into one figure per key, figure and group, exactly
 * where the figure allows it: counts add up, ratios add numerators and denominators, means weigh
 * by their set sizes, and the backlog is the last bucket's (the state at the period's end).
 * Medians and percentiles cannot be combined from buckets: their value is null (their set size is
 * still summed). Used only for periods no single calendar bucket covers (see `periodFigures`).
 *
 * @example
 * mergeBucketFigures([
 *   { key: 'reopen_rate', figure: 'RATIO', bucket: '2025-12-29', group: null, value: 0.5, numerator: 1, denominator: 2 },
 *   { key: 'reopen_rate', figure: 'RATIO', bucket: '2026-01-01', group: null, value: 0, numerator: 0, denominator: 2 },
 * ]) //=> [{ key: 'reopen_rate', figure: 'RATIO', group: null, value: 0.25, numerator: 1, denominator: 4 }]
 */
export function mergeBucketFigures(figures: readonly KpiFigure[]): PeriodFigure[] {
  const groups = new Map<string, KpiFigure[]>();
  for (const f of [...figures].sort((a, b) => a.bucket.localeCompare(b.bucket))) {
    const id = `${f.key}|${f.figure}|${f.group ?? ''}`;
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  return [...groups.values()].map((parts) => {
    const { key, figure, group } = parts[0]!;
    const last = parts.at(-1)!;
    if (key === KpiKey.backlog) return { key, figure, group, value: last.value, numerator: last.numerator, denominator: last.denominator };
    const numerator = sum(parts.map((p) => p.numerator));
    const denominator = sum(parts.map((p) => p.denominator));
    switch (figure) {
      case 'COUNT': case 'EXCLUDED': case 'NO_TARGET': case 'PENDING':
        return { key, figure, group, value: sum(parts.map((p) => p.value)), numerator: null, denominator: null };
      case 'RATIO': case 'RESPONSE_RATE': case 'PER_ENDPOINT_MONTH':
        return { key, figure, group, value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
      case 'MEAN': {
        const weighted = sum(parts.map((p) => (p.value ?? 0) * (p.denominator ?? 0)));
        return { key, figure, group, value: denominator === 0 ? null : weighted / denominator, numerator: null, denominator };
      }
      default: // MEDIAN, P90 (and backlog ages, handled above)
        return { key, figure, group, value: null, numerator: null, denominator };
    }
  });
}
