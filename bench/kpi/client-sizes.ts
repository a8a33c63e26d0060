/**
 * Skewed client sizes: Zipf-like weights rank^-0.8 over 200 clients, so the largest client has
 * about 10% of the tickets and the median one about 0.25%.
 */
export const CLIENT_COUNT = 200;
export const ZIPF_EXPONENT = 0.8;

/** Cumulative weights of client indexes 0..count-1 (index 0 is the largest). */
export function zipfCumulative(count = CLIENT_COUNT, exponent = ZIPF_EXPONENT): number[] {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= count; rank++) {
    total += rank ** -exponent;
    cumulative.push(total);
  }
  return cumulative;
}

/** The share of the largest client. */
export function largestShare(count = CLIENT_COUNT, exponent = ZIPF_EXPONENT): number {
  const cumulative = zipfCumulative(count, exponent);
  return 1 / cumulative[cumulative.length - 1];
}
