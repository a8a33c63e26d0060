import { describe, expect, it } from 'vitest';
import { KpiDirection } from '../../kpi-definitions/kpi-direction.js';
import { kpiComparison, type KpiTrend } from './kpi-comparison.js';
import type { KpiDirectionValue } from './kpi-direction-value.js';

const H: KpiDirectionValue = 'HIGHER_IS_BETTER';
const L: KpiDirectionValue = 'LOWER_IS_BETTER';

describe('kpiComparison', () => {
  it.each<[string, number | null, number | null, KpiDirectionValue, number | null, number | null, KpiTrend]>([
    ['higher: a rise improved', 0.9, 0.8, H, 0.1, 0.125, 'IMPROVED'],
    ['higher: a fall worsened', 0.72, 0.8, H, -0.08, -0.1, 'WORSENED'],
    ['lower: a fall improved', 45, 60, L, -15, -0.25, 'IMPROVED'],
    ['lower: a rise worsened', 90, 60, L, 30, 0.5, 'WORSENED'],
    ['equal values', 60, 60, L, 0, 0, 'UNCHANGED'],
    ['equal within float noise: delta snapped to 0', 0.1 + 0.2, 0.3, H, 0, 0, 'UNCHANGED'],
    ['equal within float noise at large magnitude', 30_000 + 1e-8, 30_000, L, 0, 0, 'UNCHANGED'],
    ['a small real change is not noise', 0.3001, 0.3, H, 0.0001, 0.0001 / 0.3, 'IMPROVED'],
    ['previous 0: no relative delta', 5, 0, L, 5, null, 'WORSENED'],
    ['both 0: unchanged, no relative delta', 0, 0, L, 0, null, 'UNCHANGED'],
    ['negative previous: relative delta keeps the sign of delta', -1, -2, H, 1, 0.5, 'IMPROVED'],
    ['no current value', null, 0.8, H, null, null, 'NO_DATA'],
    ['no previous value', 0.8, null, L, null, null, 'NO_DATA'],
    ['no values at all', null, null, H, null, null, 'NO_DATA'],
  ])('%s', (_name, current, previous, direction, delta, relativeDelta, trend) => {
    const result = kpiComparison(current, previous, direction);
    expect(result.trend).toBe(trend);
    if (delta === null) expect(result.delta).toBeNull();
    else expect(result.delta).toBeCloseTo(delta, 12);
    if (relativeDelta === null) expect(result.relativeDelta).toBeNull();
    else expect(result.relativeDelta).toBeCloseTo(relativeDelta, 12);
  });

  it('reports an exact 0 (not noise) when unchanged', () => {
    expect(kpiComparison(0.1 + 0.2, 0.3, H)).toEqual({ delta: 0, relativeDelta: 0, trend: 'UNCHANGED' });
  });

  it('accepts the KpiDirection enum', () => {
    expect(kpiComparison(2, 1, KpiDirection.LOWER_IS_BETTER).trend).toBe('WORSENED');
  });

  it.each<[string, number | null, number | null]>([
    ['NaN current', Number.NaN, 1],
    ['infinite previous', 1, Number.POSITIVE_INFINITY],
    ['NaN previous with no current', null, Number.NaN],
  ])('throws a RangeError on %s', (_name, current, previous) => {
    expect(() => kpiComparison(current, previous, H)).toThrow(RangeError);
  });
});
