import { floatNoise } from './float-noise.js';
import type { KpiDirectionValue } from './kpi-direction-value.js';

/** How a KPI moved between two periods, judged by its direction. */
export type KpiTrend = 'IMPROVED' | 'WORSENED' | 'UNCHANGED' | 'NO_DATA';

/** A KPI value set against the same KPI's value for an earlier period. */
export interface KpiComparison {
  /** `current - previous`; null when either is null; 0 when they are equal within float noise. */
  delta: number | null;
  /** `delta / |previous|` (0.1 = moved by 10 % of the previous value); null when `previous` is 0 or null, or `current` is null. */
  relativeDelta: number | null;
  trend: KpiTrend;
}

/**
 * @name kpiComparison
 * @summary Compare a KPI's current value with a previous period's value.
 *
 * @description
 * The trend follows the KPI's direction: a rise IMPROVED a HIGHER_IS_BETTER KPI and WORSENED a
 * LOWER_IS_BETTER one. Values equal within `floatNoise(current, previous)` (the epsilon of
 * `kpiStatus`) are UNCHANGED, and then `delta` and `relativeDelta` are reported as exactly 0 so
 * their sign never contradicts the trend. NO_DATA when either value is null.
 *
 * `relativeDelta` divides by `|previous|`, so its sign is the sign of `delta`; it is null when
 * `previous` is 0 (no meaningful percentage from nothing) or null.
 *
 * @param current - the KPI's value for the period under review, or null
 * @param previous - its value for the period compared with, or null
 * @param direction - whether higher or lower values are better
 *
 * @throws {RangeError} when `current` or `previous` is neither null nor a finite number.
 *
 * @example
 * kpiComparison(0.9, 0.8, 'HIGHER_IS_BETTER'); //=> { delta: 0.1 (≈), relativeDelta: 0.125 (≈), trend: 'IMPROVED' }
 * kpiComparison(90, 60, 'LOWER_IS_BETTER'); //=> { delta: 30, relativeDelta: 0.5, trend: 'WORSENED' }
 * kpiComparison(0.1 + 0.2, 0.3, 'HIGHER_IS_BETTER'); //=> { delta: 0, relativeDelta: 0, trend: 'UNCHANGED' }
 * kpiComparison(5, 0, 'LOWER_IS_BETTER'); //=> { delta: 5, relativeDelta: null, trend: 'WORSENED' }
 * kpiComparison(null, 0.8, 'HIGHER_IS_BETTER'); //=> { delta: null, relativeDelta: null, trend: 'NO_DATA' }
 */
export function kpiComparison(current: number | null, previous: number | null, direction: KpiDirectionValue): KpiComparison {
  assertNullOrFinite('current', current);
  assertNullOrFinite('previous', previous);
  if (current === null || previous === null) return { delta: null, relativeDelta: null, trend: 'NO_DATA' };

  const relative = (delta: number): number | null => (previous === 0 ? null : delta / Math.abs(previous));
  const raw = current - previous;
  if (Math.abs(raw) <= floatNoise(current, previous)) return { delta: 0, relativeDelta: relative(0), trend: 'UNCHANGED' };
  const better = direction === 'HIGHER_IS_BETTER' ? raw > 0 : raw < 0;
  return { delta: raw, relativeDelta: relative(raw), trend: better ? 'IMPROVED' : 'WORSENED' };
}

function assertNullOrFinite(name: string, value: number | null): void {
  if (value !== null && !Number.isFinite(value)) {
    throw new RangeError(`${name} must be null or a finite number; received ${String(value)}`);
  }
}
