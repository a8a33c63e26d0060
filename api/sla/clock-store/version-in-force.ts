/**
 * The version in force on a local date: the latest whose `effectiveFrom` is on or before it
 * (kpi-sla.md rule 13: the versions in force on a ticket's local creation date apply for its
 * whole life). Undefined when the date precedes the first version.
 *
 * @example
 * versionInForce([{ effectiveFrom: '2026-01-01' }, { effectiveFrom: '2027-01-01' }], '2026-12-31')
 * //=> { effectiveFrom: '2026-01-01' }
 */
export function versionInForce<V extends { effectiveFrom: string }>(versions: readonly V[], localDate: string): V | undefined {
  let best: V | undefined;
  for (const v of versions) {
    if (v.effectiveFrom <= localDate && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
  }
  return best;
}
