import { describe, expect, it } from 'vitest';
import { FLOAT_NOISE_RATIO, floatNoise } from './float-noise.js';

describe('floatNoise', () => {
  it.each<[string, readonly number[], number]>([
    ['ratios use the floor of 1', [0.9, 0.95, 0.05], FLOAT_NOISE_RATIO],
    ['zero uses the floor of 1', [0, 0], FLOAT_NOISE_RATIO],
    ['no magnitudes uses the floor of 1', [], FLOAT_NOISE_RATIO],
    ['minutes scale with the largest magnitude', [24_000, 30_000], 30_000 * FLOAT_NOISE_RATIO],
    ['negative magnitudes count by absolute value', [-50_000, 10], 50_000 * FLOAT_NOISE_RATIO],
  ])('%s', (_name, magnitudes, expected) => {
    expect(floatNoise(...magnitudes)).toBeCloseTo(expected, 20);
  });

  it.each<[string, number, number]>([
    ['0.95 - 0.05 vs 0.9', 0.95 - 0.05, 0.9],
    ['0.1 + 0.2 vs 0.3', 0.1 + 0.2, 0.3],
    ['0.1 + 0.2 - 0.3 vs 0', 0.1 + 0.2 - 0.3, 0],
    ['summed minutes', 0.1 * 3 * 10_000, 3_000],
  ])('covers float noise: %s', (_name, a, b) => {
    expect(Math.abs(a - b)).toBeLessThanOrEqual(floatNoise(a, b));
  });
});
