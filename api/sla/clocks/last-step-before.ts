/**
 * The index of the last step whose `at` is before `limit` (or at it, when `inclusive`), by binary
 * search over steps sorted by `at`; -1 when there is none. Keeps the replay linear when a ticket
 * has many cycles (each looks up its own stretch of the timeline).
 *
 * @example
 * const steps = [{ at: 10 }, { at: 20 }, { at: 30 }];
 * lastStepBefore(steps, 20, false); //=> 0
 * lastStepBefore(steps, 20, true); //=> 1
 * lastStepBefore(steps, 5, true); //=> -1
 */
export function lastStepBefore(steps: readonly { readonly at: number }[], limit: number, inclusive: boolean): number {
  let low = 0;
  let high = steps.length;
  // Invariant: steps[< low] qualify, steps[>= high] do not.
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = steps[middle].at;
    if (at < limit || (inclusive && at === limit)) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
