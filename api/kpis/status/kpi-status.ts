import { floatNoise } from './float-noise.js';
import type { KpiDirectionValue } from './kpi-direction-value.js';

/** The traffic light of a KPI value against its target; NO_DATA when there is no value. */
export type KpiStatus = 'GREEN' | 'AMBER' | 'RED' | 'NO_DATA';

/**
 * @name kpiStatus
 * @summary The traffic light of a KPI value against its definition's target and tolerance.
 *
 * @description
 * - GREEN: the value meets the target (HIGHER_IS_BETTER: value >= target; LOWER_IS_BETTER:
 *   value <= target).
 * - AMBER: it misses the target by at most `tolerance`, inclusive: exactly `target - tolerance`
 *   (HIGHER_IS_BETTER) or `target + tolerance` (LOWER_IS_BETTER) is still AMBER. With a
 *   tolerance of 0 there is no AMBER band.
 * - RED: it misses by more than `tolerance`.
 * - NO_DATA: the value is null (e.g. a ratio whose denominator is empty, kpi-sla.md).
 *
 * Both boundaries allow floating-point noise of `floatNoise(value, target, tolerance)` (one
 * billionth of the largest magnitude, at least 1e-9), so a value computed as `0.95 - 0.05`
 * (`0.8999999999999999`) is AMBER against target 0.95 with tolerance 0.05, and a value a hair
 * below its target from rounding is GREEN.
 *
 * @param value - the KPI's value for the period, or null when it has none
 * @param target - the definition's target
 * @param tolerance - how far past the target is still AMBER (>= 0)
 * @param direction - whether higher or lower values are better
 *
 * @throws {RangeError} when `value` (if not null) or `target` is not a finite number, or
 *   `tolerance` is negative or not finite.
 *
 * @example
 * kpiStatus(0.96, 0.95, 0.05, 'HIGHER_IS_BETTER'); //=> 'GREEN'
 * kpiStatus(0.9, 0.95, 0.05, 'HIGHER_IS_BETTER'); //=> 'AMBER' (misses by exactly the tolerance)
 * kpiStatus(0.95 - 0.05, 0.95, 0.05, 'HIGHER_IS_BETTER'); //=> 'AMBER' (float noise ignored)
 * kpiStatus(0.89, 0.95, 0.05, 'HIGHER_IS_BETTER'); //=> 'RED'
 * kpiStatus(75, 60, 15, 'LOWER_IS_BETTER'); //=> 'AMBER' (minutes: 15 over target)
 * kpiStatus(null, 60, 15, 'LOWER_IS_BETTER'); //=> 'NO_DATA'
 */
export function kpiStatus(value: number | null, target: number, tolerance: number, direction: KpiDirectionValue): KpiStatus {
  if (!Number.isFinite(target)) throw new RangeError(`target must be a finite number; received ${String(target)}`);
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new RangeError(`tolerance must be a finite number >= 0; received ${String(tolerance)}`);
  }
  if (value === null) return 'NO_DATA';
  if (!Number.isFinite(value)) throw new RangeError(`value must be null or a finite number; received ${String(value)}`);

  const shortfall = direction === 'HIGHER_IS_BETTER' ? target - value : value - target;
  const noise = floatNoise(value, target, tolerance);
  if (shortfall <= noise) return 'GREEN';
  if (shortfall <= tolerance + noise) return 'AMBER';
  return 'RED';
}
