/** A linear map from a domain of values to a range of pixels, with round tick values across it. */
export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  ticks: readonly number[];
}

/**
 * Round tick values (steps of 1, 2 or 5 times a power of ten) covering [min, max], about `count`
 * of them; the first tick is at or below `min`, the last at or above `max`.
 *
 * @example
 * niceTicks(0, 0.93) //=> [0, 0.2, 0.4, 0.6, 0.8, 1]
 * niceTicks(0, 37)   //=> [0, 10, 20, 30, 40]
 * niceTicks(5, 5)    //=> [5]
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let i = Math.floor(min / step); i <= Math.ceil(max / step - 1e-9); i++) ticks.push(Number((i * step).toFixed(decimals)));
  return ticks;
}

/**
 * A scale over the values to draw (0 always included, so bars and lines start from zero), widened
 * to round ticks, onto the pixel range [from, to] (from > to for a y axis, which grows upwards).
 *
 * @example
 * const y = linearScale([0.5, 0.9], [200, 0]);
 * y.domain //=> [0, 1]
 * y(0.5)   //=> 100
 */
export function linearScale(values: readonly number[], [from, to]: readonly [number, number]): LinearScale {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const ticks = niceTicks(low, high === low ? low + 1 : high);
  const domain = [ticks[0]!, ticks.at(-1)!] as const;
  const scale = (value: number) => from + ((value - domain[0]) / (domain[1] - domain[0])) * (to - from);
  return Object.assign(scale, { domain, ticks });
}
