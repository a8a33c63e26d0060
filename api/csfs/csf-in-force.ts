/**
 * Whether a critical success factor applies on a local date: from its `effectiveFrom` (always
 * when null) until its `retiredFrom` (excluded; never when null).
 *
 * @example
 * csfInForce({ effectiveFrom: null, retiredFrom: '2026-07-01' }, '2026-06-30') //=> true
 * csfInForce({ effectiveFrom: null, retiredFrom: '2026-07-01' }, '2026-07-01') //=> false
 */
export function csfInForce(csf: { effectiveFrom?: string | null; retiredFrom?: string | null }, date: string): boolean {
  return (!csf.effectiveFrom || csf.effectiveFrom <= date) && (!csf.retiredFrom || csf.retiredFrom > date);
}
