import type { RetryPolicy } from '../http-client.js';

/**
 * The "full jitter" backoff before retry number `retry` (0 for the first retry): a uniform draw between
 * 0 and the exponential cap, so clients that failed together do not come back together
 * (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
 *
 * @example
 * fullJitter(0, { baseDelayMs: 500, maxDelayMs: 30_000 }, () => 0.5); //=> 250
 * fullJitter(3, { baseDelayMs: 500, maxDelayMs: 30_000 }, () => 0.5); //=> 2000
 * fullJitter(10, { baseDelayMs: 500, maxDelayMs: 30_000 }, () => 0.5); //=> 15000 (capped at maxDelayMs)
 */
export function fullJitter(
  retry: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number,
): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry));
}
