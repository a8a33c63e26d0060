/**
 * Relative size of a difference that is treated as floating-point noise: one billionth. Doubles
 * carry about 16 significant digits and a KPI passes through a handful of operations, so real
 * noise is around 1e-15 of the magnitudes involved; no KPI is reported to 9 significant digits,
 * so no real difference is that small.
 */
export const FLOAT_NOISE_RATIO = 1e-9;

/**
 * @name floatNoise
 * @summary The largest difference between KPI numbers that is still floating-point noise.
 *
 * @description
 * `FLOAT_NOISE_RATIO` times the largest absolute magnitude involved, with a floor of 1 on that
 * magnitude: figures close to 0 (a ratio of 0, a target of 0) are compared with an absolute
 * margin of 1e-9, since noise such as `0.1 + 0.2 - 0.3` (5.6e-17) comes from operands we no
 * longer see. Business minutes in the thousands get a proportionally larger margin.
 *
 * @param magnitudes - every number taking part in the comparison (value, target, tolerance...)
 *
 * @example
 * floatNoise(0.9, 0.95, 0.05); //=> 1e-9
 * floatNoise(24_000, 30_000); //=> 0.00003
 * Math.abs(0.95 - 0.05 - 0.9) <= floatNoise(0.95, 0.05, 0.9); //=> true (1.1e-16 is noise)
 */
export function floatNoise(...magnitudes: readonly number[]): number {
  return FLOAT_NOISE_RATIO * Math.max(1, ...magnitudes.map(Math.abs));
}
