import { describe, expect, it } from 'vitest';
import { KpiDirection } from '../../kpi-definitions/kpi-direction.js';
import type { KpiDirectionValue } from './kpi-direction-value.js';
import { kpiStatus, type KpiStatus } from './kpi-status.js';

const H: KpiDirectionValue = 'HIGHER_IS_BETTER';
const L: KpiDirectionValue = 'LOWER_IS_BETTER';

describe('kpiStatus', () => {
  it.each<[string, number | null, number, number, KpiDirectionValue, KpiStatus]>([
    // HIGHER_IS_BETTER: SLA attainment target 0.95, tolerance 0.05
    ['higher: above the target', 0.97, 0.95, 0.05, H, 'GREEN'],
    ['higher: exactly the target', 0.95, 0.95, 0.05, H, 'GREEN'],
    ['higher: just below the target', 0.9499, 0.95, 0.05, H, 'AMBER'],
    ['higher: exactly target - tolerance is AMBER', 0.9, 0.95, 0.05, H, 'AMBER'],
    ['higher: target - tolerance computed with float noise (0.8999999999999999)', 0.95 - 0.05, 0.95, 0.05, H, 'AMBER'],
    ['higher: just past the tolerance', 0.8999, 0.95, 0.05, H, 'RED'],
    ['higher: far below', 0.5, 0.95, 0.05, H, 'RED'],
    ['higher: a hair below the target from rounding', 0.1 + 0.2, 0.30000000000000004 + 1e-16, 0, H, 'GREEN'],
    ['higher: tolerance 0, any real miss is RED', 0.949, 0.95, 0, H, 'RED'],
    ['higher: value 0', 0, 0.95, 0.05, H, 'RED'],
    // LOWER_IS_BETTER: resolution time target 480 business minutes, tolerance 60
    ['lower: below the target', 300, 480, 60, L, 'GREEN'],
    ['lower: exactly the target', 480, 480, 60, L, 'GREEN'],
    ['lower: just above the target', 480.5, 480, 60, L, 'AMBER'],
    ['lower: exactly target + tolerance is AMBER', 540, 480, 60, L, 'AMBER'],
    ['lower: just past the tolerance', 540.01, 480, 60, L, 'RED'],
    ['lower: target + tolerance computed with float noise', 0.1 + 0.2, 0.1, 0.2, L, 'AMBER'],
    ['lower: ratio target 0 met by float noise', 0.1 + 0.2 - 0.3, 0, 0, L, 'GREEN'],
    ['lower: count target 0 missed by one', 1, 0, 0, L, 'RED'],
    // NO_DATA
    ['higher: no value', null, 0.95, 0.05, H, 'NO_DATA'],
    ['lower: no value', null, 480, 60, L, 'NO_DATA'],
  ])('%s', (_name, value, target, tolerance, direction, expected) => {
    expect(kpiStatus(value, target, tolerance, direction)).toBe(expected);
  });

  it('accepts the KpiDirection enum', () => {
    expect(kpiStatus(0.9, 0.95, 0.05, KpiDirection.HIGHER_IS_BETTER)).toBe('AMBER');
    expect(kpiStatus(0.9, 0.95, 0.05, KpiDirection.LOWER_IS_BETTER)).toBe('GREEN');
  });

  it.each<[string, number | null, number, number]>([
    ['negative tolerance', 0.9, 0.95, -0.01],
    ['NaN tolerance', 0.9, 0.95, Number.NaN],
    ['infinite tolerance', 0.9, 0.95, Number.POSITIVE_INFINITY],
    ['NaN target', 0.9, Number.NaN, 0.05],
    ['NaN value', Number.NaN, 0.95, 0.05],
    ['infinite value', Number.NEGATIVE_INFINITY, 0.95, 0.05],
    ['negative tolerance even without a value', null, 0.95, -1],
  ])('throws a RangeError on %s', (_name, value, target, tolerance) => {
    expect(() => kpiStatus(value, target, tolerance, H)).toThrow(RangeError);
  });
});
